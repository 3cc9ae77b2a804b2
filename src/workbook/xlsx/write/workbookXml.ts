/**
 * The workbook part after a write, as splices of its text (everything else in it is kept): the sheet list,
 * the defined names, the views' active and first tabs, and a full recalculation on open.
 */
import { t } from "../../../messages";
import { definedNamesSplice, keptNames } from "./definedNames";
import type { NewSheets } from "./newSheets";
import { NS_REL } from "../opc";
import { type SheetPlan, isVisible } from "./writePlan";
import type { WorkbookInfo } from "../workbookPart";
import { type Splice, applySplices, child, childrenNamed, escapeAttr, prefixOf, setAttrSplice } from "../xml";

export function editWorkbookXml(wb: WorkbookInfo, plan: SheetPlan, added: NewSheets): string {
  const splices: Splice[] = [sheetListSplice(wb, plan, added)];
  const names = definedNamesSplice(wb, keptNames(wb, plan).concat(added.names));
  if (names) splices.push(names);
  if (plan.deleted.size) splices.push(...viewSplices(wb, plan));
  // Formulas elsewhere may point at the sheets just written: have Excel recalculate on open.
  const calcPr = child(wb.root, "calcPr");
  if (calcPr && calcPr.attrs.fullCalcOnLoad !== "1") splices.push(setAttrSplice(wb.xml, calcPr, "fullCalcOnLoad", "1"));
  return applySplices(wb.xml, splices);
}

/** <sheets>: the kept sheets as they were written, then the new ones. */
function sheetListSplice(wb: WorkbookInfo, plan: SheetPlan, added: NewSheets): Splice {
  const sheetsNode = child(wb.root, "sheets");
  if (!sheetsNode) throw new Error(t("workbook.noSheetList"));
  const wp = prefixOf(wb.root);
  // The prefix the workbook binds to the relationships namespace, if any.
  const relNs = Object.entries(wb.root.attrs)
    .find(([k, v]) => k.startsWith("xmlns:") && v === NS_REL)?.[0]
    .slice(6);
  const kept = plan.remaining.map((s) => wb.xml.slice(s.node.start, s.node.end)).join("");
  const fresh = added.sheets.map(({ name, sheetId, rid }) => {
    const ridAttr = relNs ? `${relNs}:id="${rid}"` : `xmlns:r="${NS_REL}" r:id="${rid}"`;
    return `<${wp}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${ridAttr}/>`;
  });
  return { start: sheetsNode.openEnd, end: sheetsNode.closeStart, text: kept + fresh.join("") };
}

/**
 * Active tab and first visible tab follow their sheets: the tab a view pointed at, or the nearest visible one
 * before it.
 */
function viewSplices(wb: WorkbookInfo, plan: SheetPlan): Splice[] {
  // New sheets are visible.
  const order = [
    ...plan.remaining.map((s) => ({ old: s.index, visible: isVisible(s) })),
    ...plan.sheets.map(() => ({ old: Infinity, visible: true })),
  ];
  const remapIndex = (old: number): number => {
    let best = -1;
    order.forEach((s, i) => {
      if (s.old <= old && s.visible) best = i;
    });
    if (best < 0) best = order.findIndex((s) => s.visible);
    return Math.max(0, best);
  };
  const splices: Splice[] = [];
  const views = child(wb.root, "bookViews");
  for (const v of views ? childrenNamed(views, "workbookView") : []) {
    const tag = wb.xml.slice(v.start, v.openEnd);
    const next = tag.replace(
      /(\s(activeTab|firstSheet)\s*=\s*)("([^"]*)"|'([^']*)')/g,
      (_m, pre: string, _n, _q, a?: string, b?: string) => `${pre}"${remapIndex(Number(a ?? b ?? 0))}"`,
    );
    if (next !== tag) splices.push({ start: v.start, end: v.openEnd, text: next });
  }
  return splices;
}
