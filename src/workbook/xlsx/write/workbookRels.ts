/** The workbook part's relationships after a write: the deleted ones go, the new sheets' (and styles') are added. */
import type { NewSheets } from "./newSheets";
import { REL_STYLES, REL_WORKSHEET, relativeTarget } from "../opc";
import type { WorkbookInfo } from "../workbookPart";
import { type Splice, applySplices, escapeAttr } from "../xml";

function relationship(wb: WorkbookInfo, id: string, type: string, part: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relativeTarget(wb.path, part))}"/>`;
}

/** `styles`: the styles part and its new relationship id when the workbook had none. */
export function editWorkbookRels(
  wb: WorkbookInfo,
  removedRelIds: Set<string>,
  added: NewSheets,
  styles: { id: string; part: string } | null,
): string {
  const splices: Splice[] = [];
  for (const r of wb.rels)
    if (removedRelIds.has(r.id)) splices.push({ start: r.node.start, end: r.node.end, text: "" });
  const rels = added.sheets.map((s) => relationship(wb, s.rid, REL_WORKSHEET, s.path));
  if (styles) rels.push(relationship(wb, styles.id, REL_STYLES, styles.part));
  splices.push({ start: wb.relsRoot.closeStart, end: wb.relsRoot.closeStart, text: rels.join("") });
  return applySplices(wb.relsXml, splices);
}
