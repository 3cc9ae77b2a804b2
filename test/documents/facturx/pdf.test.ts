/**
 * The Factur-X PDF read back with poppler-utils (pdfdetach, pdfinfo, pdffonts, pdftotext), tools that are
 * not ours: the attachment is ciiXml(doc) byte for byte, the XMP carries the PDF/A-3b and Factur-X
 * properties, every font is embedded, the page shows the amounts of the XML. A missing tool fails the test.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FacturXError, ciiXml } from "../../../src/documents/facturx";
import { facturXPdf } from "../../../src/documents/facturx/node";
import type { InvoiceDocument } from "../../../src/invoicing/types";
import { ALL_DOCUMENTS, CREDIT_NOTE, INVOICE_ASSUJETTI, INVOICE_DEDUCTIONS, INVOICE_FORFAIT } from "./fixtures";

const CREATED = new Date("2025-04-05T08:00:00Z");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "facturx-pdf-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: "utf8" });
}

async function writePdf(
  doc: InvoiceDocument,
  name: string,
  render?: (pdf: PDFKit.PDFDocument) => void,
): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await facturXPdf(doc, render, { creationDate: CREATED }));
  return file;
}

/** pdftotext's text with no-break spaces and the minus sign as plain characters. */
function pageText(file: string): string {
  return run("pdftotext", ["-layout", file, "-"])
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\u2212/g, "-");
}

describe("Factur-X PDF", () => {
  it.each(ALL_DOCUMENTS)("%s: factur-x.xml attached, identical to ciiXml", async (name, doc) => {
    const file = await writePdf(doc, name.replace(/\W+/g, "-"));
    expect(run("pdfdetach", ["-list", file])).toMatch(/^1 embedded files?\n1: factur-x\.xml\n$/);
    const saved = path.join(dir, `${name.replace(/\W+/g, "-")}.xml`);
    run("pdfdetach", ["-save", "1", "-o", saved, file]);
    expect(readFileSync(saved, "utf8")).toBe(ciiXml(doc));
  });

  it("PDF/A-3b with the Factur-X XMP (fx: EN 16931) and its extension schema, well-formed", async () => {
    const file = await writePdf(INVOICE_ASSUJETTI, "meta");
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Title:\s+Facture F2025-000001/);
    expect(info).toMatch(/Author:\s+GAEC du Mont/);
    const xmp = run("pdfinfo", ["-meta", file]);
    expect(XMLValidator.validate(xmp)).toBe(true);
    const rdf = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xmp)["x:xmpmeta"]["rdf:RDF"][
      "rdf:Description"
    ];
    const props = Object.assign({}, ...rdf);
    expect(props).toMatchObject({
      "fx:DocumentType": "INVOICE",
      "fx:DocumentFileName": "factur-x.xml",
      "fx:Version": "1.0",
      "fx:ConformanceLevel": "EN 16931",
      "pdfaid:part": "3",
      "pdfaid:conformance": "B",
      "@_xmlns:fx": "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
    });
    const schema = props["pdfaExtension:schemas"]["rdf:Bag"]["rdf:li"];
    expect(schema["pdfaSchema:namespaceURI"]).toBe("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#");
    expect(schema["pdfaSchema:prefix"]).toBe("fx");
    expect(
      schema["pdfaSchema:property"]["rdf:Seq"]["rdf:li"].map((p: Record<string, string>) => p["pdfaProperty:name"]),
    ).toEqual(["DocumentFileName", "DocumentType", "Version", "ConformanceLevel"]);
  });

  it("every font embedded; the catalog has /AF, the sRGB output intent and the metadata", async () => {
    const file = await writePdf(INVOICE_DEDUCTIONS, "fonts");
    const fonts = run("pdffonts", [file]).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/ yes\s+yes\s+yes\s+\d+\s+\d+$/); // emb sub uni
    const raw = readFileSync(file).toString("latin1");
    const catalog = raw.slice(raw.indexOf("/Type /Catalog"), raw.indexOf("endobj", raw.indexOf("/Type /Catalog")));
    expect(catalog).toMatch(/\/AF \[\d+ 0 R\]/);
    expect(catalog).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(catalog).toMatch(/\/Metadata \d+ 0 R/);
    expect(raw).toMatch(/\/Type \/Filespec\n\/AFRelationship \/Alternative\n\/F \(factur-x\.xml\)/);
    expect(raw).toMatch(/\/Subtype \/text#2Fxml/);
    expect(raw).toContain("/S /GTS_PDFA1");
    // A name with XML markup stays out of the document information rather than breaking the XMP.
    expect(run("pdfinfo", [file])).not.toMatch(/Author:/);
    expect(XMLValidator.validate(run("pdfinfo", ["-meta", file]))).toBe(true);
  });

  it("the page shows the amounts of the XML (deductions and lump sums)", async () => {
    const text = pageText(await writePdf(INVOICE_DEDUCTIONS, "text"));
    // 11 304,80 HT; 621,76 TVA; 11 926,56 TTC; −39,22 Cniel; 11 887,34 net.
    for (const amount of [
      "13 358,33",
      "-482,25",
      "-1 500,00",
      "-215,40",
      "120,00",
      "11 304,80",
      "621,76",
      "11 926,56",
      "-39,22",
      "11 887,34",
    ])
      expect(text).toContain(amount);
    expect(text).toContain("Facture n° F2025-000006");
    expect(text).toContain("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €");
  });

  it("forfait and credit note pages: no VAT line, the exemption mention; the credit note's negative amounts", async () => {
    const forfait = pageText(await writePdf(INVOICE_FORFAIT, "forfait-text"));
    expect(forfait).not.toMatch(/TVA 5,5/);
    expect(forfait).toContain(
      "TVA non applicable : exploitant agricole au remboursement forfaitaire (art. 298 quater du CGI)",
    );
    expect(forfait).toMatch(/Net à payer\s+11 154,50/);
    const credit = pageText(await writePdf(CREDIT_NOTE, "credit-text"));
    expect(credit).toContain("Avoir n° F2025-000003");
    expect(credit).toContain("Annule la facture n° F2025-000001");
    // −14 967,92 TTC; the withholding given back +36,60; −14 931,32 net.
    expect(credit).toMatch(/Total TTC\s+-14 967,92/);
    expect(credit).toMatch(/Cniel\s+36,60/);
    expect(credit).toMatch(/Net à payer\s+-14 931,32/);
  });

  it("draws the caller's page instead of the plain one", async () => {
    const file = await writePdf(INVOICE_ASSUJETTI, "custom", (pdf) => {
      pdf.fontSize(12).text("Relevé et facture du mois, mise en page du module documents");
    });
    const text = pageText(file);
    expect(text).toContain("Relevé et facture du mois, mise en page du module documents");
    expect(text).not.toContain("Net à payer");
    expect(run("pdfdetach", ["-list", file])).toContain("1: factur-x.xml");
  });

  it("refuses a renderer that uses a standard font (never embedded: not PDF/A), accepts one registered under that name", async () => {
    await expect(
      writePdf(INVOICE_ASSUJETTI, "helvetica", (pdf) => pdf.font("Helvetica-Bold").text("Titre")),
    ).rejects.toThrow(/Helvetica-Bold.*standard PDF font/);
    const bold = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf/DejaVuSans-Bold.ttf");
    const file = await writePdf(INVOICE_ASSUJETTI, "registered", (pdf) =>
      pdf.registerFont("Helvetica-Bold", bold).font("Helvetica-Bold").text("Titre en gras"),
    );
    expect(run("pdffonts", [file])).toMatch(/DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("same document and date, same bytes", async () => {
    const a = await facturXPdf(INVOICE_ASSUJETTI, undefined, { creationDate: CREATED });
    const b = await facturXPdf(INVOICE_ASSUJETTI, undefined, { creationDate: CREATED });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("rejects a document ciiXml refuses: no PDF without its XML", async () => {
    const broken = { ...INVOICE_ASSUJETTI, seller: { ...INVOICE_ASSUJETTI.seller, vatNumber: null } };
    await expect(facturXPdf(broken)).rejects.toBeInstanceOf(FacturXError);
  });
});
