/**
 * The generated-sheet markers through Office.js (names.ts says what a marker is): a hidden sheet-scoped name
 * MilkPay_Generated = "key/sheet name", the same as the .xlsx port. Read for every sheet at the snapshot;
 * added to each sheet written, in the request that creates it.
 */
import type { GeneratedSheet } from "../port";
import { GENERATED_MARKER, markerFormula, parseMarkerFormula, parseMarkerValue, stillGenerated } from "../names";

/** Queues the loads of each sheet's names (ExcelApi 1.4), for generatedSheetsOf after the sync. */
export function loadSheetNames(sheets: readonly Excel.Worksheet[]): Excel.NamedItemCollection[] {
  return sheets.map((s) => s.names.load("items/name,items/type,items/value"));
}

/** The sheets whose marker says they are generated and that still have the name it records. */
export function generatedSheetsOf(
  lists: readonly Excel.NamedItemCollection[],
  sheetNames: readonly string[],
): GeneratedSheet[] {
  const generated: GeneratedSheet[] = [];
  lists.forEach((list, i) => {
    for (const item of list.items) {
      if (item.name.toLowerCase() !== GENERATED_MARKER.toLowerCase()) continue;
      const text = markerText(item.type, item.value);
      if (text === null) continue;
      const marker = parseMarkerValue(text);
      // Renamed by the user (« P001 archive mars »): the sheet is theirs now.
      if (stillGenerated(marker, sheetNames[i])) generated.push({ name: sheetNames[i], key: marker.key });
    }
  });
  return generated;
}

/** The text of a marker name's value ("2025-03/P001 2025-03" or ="…"), null when it is not a string constant. */
function markerText(type: string, value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (type !== "String" && !/^\s*=?\s*"/.test(value)) return null;
  return parseMarkerFormula(value) ?? (type === "String" ? value : null);
}

/** The formula of the marker of the sheet `sheetName` written by the run `key` (throws when too long). */
export function sheetMarker(key: string, sheetName: string): string {
  return "=" + markerFormula(key, sheetName);
}

/** Queues the hidden marker name on a sheet. */
export function addMarker(ws: Excel.Worksheet, marker: string): void {
  const item = ws.names.add(GENERATED_MARKER, marker);
  item.visible = false;
}
