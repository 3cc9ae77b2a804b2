/**
 * The Office.js calls that write one planned sheet (plan.ts): create it with its marker and column widths,
 * write a block of cells (formats, values, looks), finish it (merges, print setup). Queued only: the caller
 * (writeSheets.ts) syncs once per request.
 */
import { HEADER_FILL, type Look } from "./formats";
import { addMarker } from "./markers";
import { AREAS_PER_CALL, type CellBlock, type SheetPlan } from "./plan";

export function createSheet(ctx: Excel.RequestContext, plan: SheetPlan, marker: string): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(plan.name);
  // The marker first: a run stopped half-way leaves sheets that the next run recognizes and replaces.
  addMarker(ws, marker);
  for (const w of plan.widths) ws.getRange(w.columns).format.columnWidth = w.points;
  return ws;
}

/** `rangeAreas` (ExcelApi 1.9): the cells of one look are styled by groups of ranges, not one range at a time. */
export function writeBlock(ws: Excel.Worksheet, block: CellBlock, rangeAreas: boolean): void {
  if (!block.address) return;
  const range = ws.getRange(block.address);
  // Formats first: a string written into an "@" cell stays text.
  if (block.formats) range.numberFormat = block.formats;
  range.values = block.values;
  for (const [look, areas] of Object.entries(block.looks) as [Look, string[]][]) {
    if (rangeAreas) {
      for (let i = 0; i < areas.length; i += AREAS_PER_CALL)
        applyLook(ws.getRanges(areas.slice(i, i + AREAS_PER_CALL).join(",")).format, look);
    } else {
      for (const a of areas) applyLook(ws.getRange(a).format, look);
    }
  }
}

function applyLook(format: Excel.RangeFormat, look: Look): void {
  switch (look) {
    case "title":
      format.font.bold = true;
      format.font.size = 14;
      break;
    case "header":
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      format.borders.getItem("EdgeBottom").style = "Continuous";
      format.verticalAlignment = "Center";
      format.wrapText = true;
      break;
    case "total":
      format.font.bold = true;
      format.borders.getItem("EdgeTop").style = "Continuous";
      break;
    case "note":
      format.font.italic = true;
      format.font.size = 9;
      break;
  }
}

/** Merges, then the print setup when the host has page layout (ExcelApi 1.9). */
export function finishSheet(ws: Excel.Worksheet, plan: SheetPlan, pageLayout: boolean): void {
  for (const m of plan.merges) ws.getRange(m).merge(false);
  if (plan.print && pageLayout) {
    const layout = ws.pageLayout;
    layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // One page wide; one page tall only for statements (the checks run over several pages); the summary at a
    // fixed scale over several pages wide, so that its text stays readable.
    if (plan.print.scale !== undefined) layout.zoom = { scale: plan.print.scale };
    else
      layout.zoom = plan.print.fitToOnePage
        ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
        : { horizontalFitToPages: 1 };
    if (plan.print.area) layout.setPrintArea(plan.print.area);
    if (plan.print.titleRows) layout.setPrintTitleRows(`$${plan.print.titleRows.replace(":", ":$")}`);
    if (plan.print.titleColumns) layout.setPrintTitleColumns(`$${plan.print.titleColumns.replace(":", ":$")}`);
  }
}
