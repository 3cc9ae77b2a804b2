/**
 * The downloadable template of the standalone page, built with ExcelJS (loaded only on this page, only when
 * asked): the input tables (statements and invoices) as Excel tables with typed columns and drop-down lists, like "Créer le modèle"
 * does in Excel.
 */
import ExcelJS from "exceljs";
import { colLetters } from "../../workbook/office/address";
import { TEMPLATE_TABLE_STYLE, templateTables } from "../../workbook/office/templateSpec";

/** Rows that carry the drop-down lists below each header. */
const LIST_ROWS = 5000;

export async function templateWorkbook(gridIds: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Paie du lait OP";
  for (const spec of templateTables(gridIds)) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      key: c.header,
      width: c.width,
      style: c.format ? { numFmt: c.format } : {},
    }));
    ws.addTable({
      name: spec.name,
      ref: "A1",
      headerRow: true,
      style: { theme: TEMPLATE_TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: spec.rows ?? [spec.columns.map(() => null)],
      totalsRow: false,
    });
    spec.columns.forEach((c, i) => {
      if (!c.list || c.list.length === 0) return;
      const col = colLetters(i + 1);
      (
        ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${col}2:${col}${LIST_ROWS}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${c.list.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: c.header,
        error: c.hint ?? c.list.join(", "),
      });
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
