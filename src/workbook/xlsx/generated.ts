/** The sheets a run generated: those carrying the MilkPay_Generated marker, a hidden sheet-scoped defined name. */
import type { GeneratedSheet } from "../port";
import { GENERATED_MARKER, parseMarkerFormula, parseMarkerValue, stillGenerated } from "../names";
import type { WorkbookInfo } from "./workbookPart";
import { child, childrenNamed, textOf } from "./xml";

/** Sheets carrying the marker under the name they were generated with, in workbook order. */
export function generatedSheets(wb: WorkbookInfo): GeneratedSheet[] {
  const out: { index: number; g: GeneratedSheet }[] = [];
  const names = child(wb.root, "definedNames");
  for (const dn of names ? childrenNamed(names, "definedName") : []) {
    if ((dn.attrs.name ?? "").toLowerCase() !== GENERATED_MARKER.toLowerCase() || dn.attrs.localSheetId === undefined)
      continue;
    const sheet = wb.sheets[Number(dn.attrs.localSheetId)];
    const text = parseMarkerFormula(textOf(wb.xml, dn));
    if (!sheet || text === null) continue;
    const marker = parseMarkerValue(text);
    // Renamed by the user (« P001 archive mars »): the sheet is theirs now.
    if (stillGenerated(marker, sheet.name)) out.push({ index: sheet.index, g: { name: sheet.name, key: marker.key } });
  }
  return out.sort((a, b) => a.index - b.index).map((x) => x.g);
}
