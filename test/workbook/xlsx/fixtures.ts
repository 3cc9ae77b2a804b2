/** Fixture workbooks for the .xlsx port tests: made with ExcelJS, then patched at zip level with fflate. */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function text(bytes: Uint8Array, path: string): string {
  const f = unzipSync(bytes, { filter: (f) => f.name === path })[path];
  if (!f) throw new Error(`no ${path}`);
  return strFromU8(f);
}

/** Replaces, adds (string or bytes) or deletes (null) zip entries. */
export function patchZip(bytes: Uint8Array, changes: Record<string, string | Uint8Array | null>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, v] of Object.entries(changes)) {
    if (v === null) delete files[name];
    else files[name] = typeof v === "string" ? strToU8(v) : new Uint8Array(v);
  }
  return zipSync(files);
}

/** Edits one text entry. */
export function editText(bytes: Uint8Array, path: string, edit: (s: string) => string): Uint8Array {
  return patchZip(bytes, { [path]: edit(text(bytes, path)) });
}

export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A minimal worksheet part with the given <sheetData> content. */
export function sheetXml(sheetData: string, ns = "", rootAttrs = ""): string {
  const p = ns ? ns + ":" : "";
  const decl = ns ? `xmlns:${ns}` : "xmlns";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<${p}worksheet ${decl}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"${rootAttrs}>` +
    `<${p}dimension ref="A1"/><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`
  );
}

export const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Producteurs!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';

export const DRAWING_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * An OP workbook with things ExcelJS cannot make: a chart (drawing + chart part) on Producteurs, a
 * pivot-cache definition and records referenced from the workbook, a customXml item with its properties,
 * a printer-settings binary, a global and a sheet-scoped defined name, a Print_Area.
 */
export async function richFixture(): Promise<Uint8Array> {
  let bytes = await excelJsBytes((wb) => {
    const p = wb.addWorksheet("Producteurs");
    p.addRow(["Code", "Nom", "Volume"]);
    p.addRow(["P001", "GAEC du Pré", 1200]);
    p.addRow(["P002", '=HYPERLINK("x")', 900]);
    p.addRow(["P003", "Martin & Fils <SARL>", 300]);
    const l = wb.addWorksheet("Livraisons");
    l.addRow(["Date", "Code", "Volume"]);
    l.addRow([new Date(Date.UTC(2025, 2, 4)), "P001", 1000]);
    l.getCell("A2").numFmt = "dd/mm/yyyy";
    const n = wb.addWorksheet("Notes");
    n.addRow(["libre"]);
    wb.definedNames.add("Producteurs!$A$1:$C$4", "ToutesLesFermes");
  });
  const wbXml = text(bytes, "xl/workbook.xml");
  const relsXml = text(bytes, "xl/_rels/workbook.xml.rels");
  const ctXml = text(bytes, "[Content_Types].xml");
  const sheet1 = text(bytes, "xl/worksheets/sheet1.xml");
  const pkgRels = text(bytes, "_rels/.rels");
  const newWb = wbXml
    .replace(
      /<definedNames>([\s\S]*?)<\/definedNames>/,
      (_m, inner: string) =>
        `<definedNames>${inner}<definedName name="Taux" localSheetId="1">0.05</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">Notes!$A$1:$B$10</definedName></definedNames>`,
    )
    .replace(/<\/workbook>$/, '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches></workbook>');
  if (!newWb.includes("Taux")) throw new Error("fixture: definedNames not found");
  const newRels = relsXml.replace(
    "</Relationships>",
    `<Relationship Id="rIdPivot1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdCx1" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
  );
  const newCt = ctXml.replace(
    "</Types>",
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>' +
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
  );
  const newSheet1 = sheet1.replace("</worksheet>", '<drawing r:id="rIdDr1"/></worksheet>');
  if (newSheet1 === sheet1 || /<drawing /.test(sheet1)) throw new Error("fixture: cannot add drawing");
  const printer = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
  bytes = patchZip(bytes, {
    "xl/workbook.xml": newWb,
    "xl/_rels/workbook.xml.rels": newRels,
    "[Content_Types].xml": newCt,
    "xl/worksheets/sheet1.xml": newSheet1,
    "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDr1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rIdPs1" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
    "xl/drawings/drawing1.xml": DRAWING_XML,
    "xl/drawings/_rels/drawing1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    "xl/charts/chart1.xml": CHART_XML,
    "xl/printerSettings/printerSettings1.bin": printer,
    "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:C4" sheet="Producteurs"/></cacheSource><cacheFields count="1"><cacheField name="Code" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
    "xl/pivotCache/pivotCacheRecords1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3"><r><s v="P001"/></r><r><s v="P002"/></r><r><s v="P003"/></r></pivotCacheRecords>`,
    "customXml/item1.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<op:settings xmlns:op="urn:milkpay:test"><op:grid>sud-est-2018</op:grid></op:settings>',
    "customXml/itemProps1.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6E3F1E2A-1111-4A4A-9C9C-0123456789AB}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    "customXml/_rels/item1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    "_rels/.rels": pkgRels,
  });
  return bytes;
}
