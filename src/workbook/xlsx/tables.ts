/** The Excel tables (ListObjects) of a workbook's worksheets, from their table parts. */
import { t } from "../../messages";
import { columnNumber } from "../columns";
import type { ExcelTableBounds } from "../reading";
import { parseRels, relKind, relsPathOf, resolveTarget } from "./opc";
import type { PackageParts } from "./parts";
import { parseRange } from "./ranges";
import type { SheetInfo } from "./workbookPart";
import { child, childrenNamed, parseXml } from "./xml";

export interface TableInfo {
  name: string;
  displayName: string;
  ref: string;
  headerRowCount: number;
  totalsRowCount: number;
  columns: string[];
  sheet: SheetInfo;
  /** Package path of the table part. */
  part: string;
}

/** Every table of these sheets' worksheets, sheet by sheet. */
export function readTables(parts: PackageParts, sheets: SheetInfo[]): TableInfo[] {
  const out: TableInfo[] = [];
  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet" || !sheet.part) continue;
    const relsXml = parts.text(relsPathOf(sheet.part));
    if (!relsXml) continue;
    for (const r of parseRels(relsXml).rels) {
      if (r.external || relKind(r.type) !== "table") continue;
      const tablePart = resolveTarget(sheet.part, r.target);
      const xml = parts.text(tablePart);
      if (xml) out.push(tableOf(xml, sheet, tablePart));
    }
  }
  return out;
}

function tableOf(xml: string, sheet: SheetInfo, part: string): TableInfo {
  const root = parseXml(xml);
  const cols = child(root, "tableColumns");
  return {
    name: root.attrs.name ?? "",
    displayName: root.attrs.displayName ?? root.attrs.name ?? "",
    ref: root.attrs.ref ?? "",
    headerRowCount: root.attrs.headerRowCount !== undefined ? Number(root.attrs.headerRowCount) : 1,
    totalsRowCount: root.attrs.totalsRowCount !== undefined ? Number(root.attrs.totalsRowCount) : 0,
    columns: cols ? childrenNamed(cols, "tableColumn").map((c) => c.attrs.name ?? "") : [],
    sheet,
    part,
  };
}

/** The bounds of an Excel table's ref, or the catalogue's message naming the table if the file's ref is bad. */
export function tableRange(table: TableInfo): ReturnType<typeof parseRange> {
  return parseRange(table.ref, t("workbook.tableLabel", { table: table.displayName }));
}

/** The table as the shared table reader takes it (reading.ts). */
export function tableBounds(table: TableInfo): ExcelTableBounds {
  const r = tableRange(table);
  return {
    r1: r.r1,
    r2: r.r2,
    c1: columnNumber(r.c1),
    c2: columnNumber(r.c2),
    headerRows: table.headerRowCount,
    totalsRows: table.totalsRowCount,
    columns: table.columns,
  };
}
