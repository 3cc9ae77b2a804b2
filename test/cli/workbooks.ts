/**
 * .xlsx workbooks for the command-line tests: an OP workbook written by ExcelJS, and the same with a chart
 * (drawing + chart part, which ExcelJS cannot write) added at zip level with fflate.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue } from "../../src/workbook/port";

export interface OpSheets {
  [sheet: string]: CellValue[][];
}

/** Dates in the tables are written as real Excel dates (serials with a date format) when given as Date. */
export async function xlsxBytes(sheets: OpSheets, build?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  build?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small clean OP: two producers (one named "=1+1"), March 2025, sud-est. */
export function smallOp(): OpSheets {
  const producer = (code: string): CellValue[][] => [
    ["03/03/2025", code, "MG", 40],
    ["17/03/2025", code, "MG", "40,0"],
    ["03/03/2025", code, "MP", 33],
    ["17/03/2025", code, "MP", 33],
    ["03/03/2025", code, "GERMES", 20000],
    ["17/03/2025", code, "GERMES", "20 000"],
    ["03/03/2025", code, "CELLULES", 150000],
    ["17/03/2025", code, "CELLULES", 150000],
    ["03/03/2025", code, "BUTYRIQUES", 500],
    ["17/03/2025", code, "BUTYRIQUES", 500],
    ["03/03/2025", code, "PC", -0.52],
    ["03/03/2025", code, "INHIBITEURS", "négatif"],
  ];
  return {
    Producteurs: [
      ["Code", "Nom", "Charte"],
      ["P1", "=1+1", "oui"],
      ["P2", "@SUM(A1)", "oui"],
    ],
    Livraisons: [
      ["Date", "Code", "Volume"],
      ["03/03/2025", "P1", 5000],
      ["17/03/2025", "P1", "5 000"],
      [45719, "P2", 4000],
      [45733, "P2", 4000],
    ],
    Analyses: [["Date", "Code", "Critère", "Valeur"], ...producer("P1"), ...producer("P2")],
    PrixDeBase: [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "sud-est-2018", 450],
    ],
    Evenements: [["Date", "Code", "Type", "Volume", "Montant"]],
  };
}

const CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Livraisons!$C$2:$C$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';

const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Volumes"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Adds a bar chart (drawing1 → chart1) to the worksheet part `sheetPart` (e.g. xl/worksheets/sheet2.xml). */
export function withChart(bytes: Uint8Array, sheetPart: string): Uint8Array {
  const files = unzipSync(bytes);
  const dir = sheetPart.slice(0, sheetPart.lastIndexOf("/"));
  const relsPath = `${dir}/_rels/${sheetPart.slice(dir.length + 1)}.rels`;
  files["xl/charts/chart1.xml"] = strToU8(CHART);
  files["xl/drawings/drawing1.xml"] = strToU8(DRAWING);
  files["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const rel = `<Relationship Id="rIdChart9" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`;
  files[relsPath] = strToU8(
    files[relsPath]
      ? strFromU8(files[relsPath]).replace("</Relationships>", `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  const sheet = strFromU8(files[sheetPart]);
  const at = ["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"]
    .map((t) => sheet.indexOf(t))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  files[sheetPart] = strToU8(sheet.slice(0, at) + `<drawing r:id="rIdChart9"/>` + sheet.slice(at));
  const ct = strFromU8(files["[Content_Types].xml"]).replace(
    "</Types>",
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
  );
  files["[Content_Types].xml"] = strToU8(ct);
  return zipSync(files);
}

export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function entryText(bytes: Uint8Array, path: string): string {
  const f = unzipSync(bytes, { filter: (x) => x.name === path })[path];
  if (!f) throw new Error(`no ${path}`);
  return strFromU8(f);
}
