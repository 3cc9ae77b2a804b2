/**
 * `npm run invoices -- … --pdf DIR` on the sample workbook, end to end on .xlsx files: every invoice and credit
 * note issued is written as its Factur-X PDF/A-3, and for EVERY one of them
 *   - ciiXml passes the CII D16B schema (xmllint) and the EN 16931 rules with no fatal (CEN's XSLT);
 *   - the PDF carries factur-x.xml equal to ciiXml (pdfdetach), with the same totals;
 *   - the PDF's text (pdftotext) shows the number, HT, VAT (or the forfait mention), TTC, each withholding,
 *     the net and every line amount, read from the output workbook: the register row and the invoice sheet.
 * Then a correction (one more delivery for P001) re-issued: the credit note and the new invoice go through the
 * same checks; the kept invoices are written again, the cancelled one is not. Nothing is skipped: without
 * poppler-utils, xmllint or the validation files the suite fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { generateSample } from "../../scripts/sample/generate";
import { writeSampleXlsx } from "../../scripts/sample/write";
import { parseArgs, runCli, usage } from "../../src/cli/invoices";
import { CATALOGUES } from "../../src/messages";
import { ciiXml } from "../../src/documents/facturx";
import { Decimal, frNumber } from "../../src/engine";
import { isoToSerial } from "../../src/inputs/cell";
import { REGISTER_SHEET } from "../../src/invoicing/register";
import type { InvoiceDocument } from "../../src/invoicing/types";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { pdfAttachments, pdfFonts, pdfPageSizes, pdfText } from "../documents/poppler";
import { describeFailures, fatal, ruleFailures, schemaErrors } from "../documents/facturx/validators";
import { io, tempFolder } from "./io";

jest.setTimeout(240_000);

const dir = tempFolder("milkpay-invoices-pdf-");

/** « 53 608,50 » as the PDF prints it (pdfText turns no-break spaces into spaces). */
const shown = (n: number | Decimal) => frNumber(new Decimal(n).abs(), 2).replace(/[\u00a0\u202f]/g, " ");

interface RegisterFigures {
  type: string;
  ht: number;
  vat: number;
  ttc: number;
  withholdings: number;
  net: number;
}

async function registerFigures(file: string): Promise<Map<string, RegisterFigures>> {
  const t = (await XlsxWorkbook.open(fs.readFileSync(file)).readTable(REGISTER_SHEET))!;
  const col = (h: string) => t.headers.findIndex((x) => x === h);
  const out = new Map<string, RegisterFigures>();
  for (const { values } of t.rows) {
    const n = (h: string) => values[col(h)] as number;
    out.set(String(values[col("N°")]), {
      type: String(values[col("Type")]),
      ht: n("HT"),
      vat: n("TVA"),
      ttc: n("TTC"),
      withholdings: n("Retenues"),
      net: n("Net à payer"),
    });
  }
  return out;
}

/** The line amounts of an invoice sheet (column F between « Désignation » and « Total HT ») and its withholdings. */
async function sheetAmounts(file: string, sheet: string): Promise<{ lines: number[]; withholdings: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const rows: [string, unknown][] = [];
  ws.eachRow((row) => rows.push([String(row.getCell(1).value ?? ""), row.getCell(6).value]));
  const from = rows.findIndex(([a]) => a === "Désignation");
  const to = rows.findIndex(([a]) => a === "Total HT");
  const w0 = rows.findIndex(([a]) => a === "Retenues (hors base TVA)");
  const net = rows.findIndex(([a]) => a === "Net à payer");
  const num = (v: unknown) =>
    typeof v === "object" && v !== null && "result" in v ? (v as { result: number }).result : (v as number);
  return {
    lines: rows.slice(from + 1, to).map(([, v]) => num(v)),
    withholdings: w0 < 0 ? [] : rows.slice(w0 + 1, net).map(([, v]) => num(v)),
  };
}

function xmlAmount(xml: string, tag: string): number {
  const m = new RegExp(`<ram:${tag}(?: [^>]*)?>(-?[0-9.]+)</ram:${tag}>`).exec(xml);
  if (!m) throw new Error(`${tag} missing`);
  return Number(m[1]);
}

/** Every check of the brief on one document. */
async function checkDocument(
  doc: InvoiceDocument,
  pdfDir: string,
  workbook: string,
  register: Map<string, RegisterFigures>,
): Promise<void> {
  const xml = ciiXml(doc);
  expect(schemaErrors(xml)).toBeNull();
  const failures = fatal(ruleFailures(xml));
  if (failures.length) throw new Error(`${doc.number}: ${describeFailures(failures)}`);

  const bytes = new Uint8Array(fs.readFileSync(path.join(pdfDir, `${doc.month} ${doc.producer} ${doc.number}.pdf`)));
  const attached = pdfAttachments(bytes);
  expect([...attached.keys()]).toEqual(["factur-x.xml"]);
  expect(new TextDecoder().decode(attached.get("factur-x.xml"))).toBe(xml);
  // drawInvoice inside the PDF/A-3: A4 pages, DejaVu only and embedded (no standard-14 font).
  expect(new Set(pdfPageSizes(bytes))).toEqual(new Set(["595.28 x 841.89"]));
  const fonts = pdfFonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toEqual({ name: expect.stringMatching(/^DejaVu/), embedded: true });

  const reg = register.get(doc.number)!;
  expect(reg.type).toBe(doc.type);
  // The XML's totals are the register's (a credit note's are written positive in CII, type code 381).
  expect(Math.abs(xmlAmount(xml, "TaxBasisTotalAmount"))).toBeCloseTo(Math.abs(reg.ht), 2);
  expect(Math.abs(xmlAmount(xml, "TaxTotalAmount"))).toBeCloseTo(Math.abs(reg.vat), 2);
  expect(Math.abs(xmlAmount(xml, "GrandTotalAmount"))).toBeCloseTo(Math.abs(reg.ttc), 2);
  expect(Math.abs(xmlAmount(xml, "DuePayableAmount"))).toBeCloseTo(Math.abs(reg.net), 2);

  const text = pdfText(bytes).replace(/[ \t]+/g, " ");
  expect(text).toContain(doc.number);
  expect(text).toContain(doc.type === "avoir" ? "Avoir" : "Facture");
  for (const figure of [reg.ht, reg.ttc, reg.net]) expect(text).toContain(shown(figure));
  if (doc.vatRegime === "forfait") {
    expect(reg.vat).toBe(0);
    expect(text).toContain("TVA non applicable");
    expect(text).toContain("298 quater");
  } else {
    expect(reg.vat).not.toBe(0);
    expect(text).toContain(shown(reg.vat));
  }
  const sheet = await sheetAmounts(workbook, doc.number);
  expect(sheet.lines).toHaveLength(doc.lines.length);
  for (const amount of sheet.lines) expect(text).toContain(shown(amount));
  expect(sheet.withholdings).toHaveLength(doc.withholdings.length);
  for (const amount of sheet.withholdings) expect(text).toContain(shown(amount));
  // Σ withholdings on the sheet = the register's Retenues; TTC − Retenues = Net (both signed, to the cent).
  expect(
    sheet.withholdings
      .reduce((a, b) => a.plus(b), new Decimal(0))
      .negated()
      .toNumber(),
  ).toBeCloseTo(reg.withholdings, 2);
  expect(new Decimal(reg.ttc).minus(reg.withholdings).toNumber()).toBeCloseTo(reg.net, 2);
}

describe("npm run invoices --pdf on the sample workbook", () => {
  it("takes --pdf DIR, in its help in French and English", async () => {
    expect(parseArgs(["op.xlsx", "--month", "2025-03", "--pdf", "pdf"]).pdf).toBe("pdf");
    expect(usage()).toMatch(/\[--pdf DOSSIER\]/);
    expect(usage()).toMatch(/--pdf DOSSIER +écrit aussi les PDF du mois dans DOSSIER/);
    expect(CATALOGUES.en["invoices.usage"]).toMatch(/--pdf DIR +also write the month's PDFs into DIR/);
  });

  it("writes every document as Factur-X that the validators accept, with the register's figures; then a credit note", async () => {
    const sample = generateSample({ grid: "sud-est-2018", producers: 6, months: 3 });
    const input = path.join(dir, "op.xlsx");
    await writeSampleXlsx(sample, input);
    const out1 = path.join(dir, "op-1.xlsx");
    const pdf1 = path.join(dir, "pdf-1");
    const o1 = io();
    const r1 = await runCli([input, "--month", sample.month, "--date", "2025-04-02", "--out", out1, "--pdf", pdf1], o1);
    expect(o1.err).toBe("");
    expect(r1.code).toBe(0);
    const issued1 = r1.result!.issued;
    expect(issued1.length).toBe(6);
    expect(issued1.some((d) => d.vatRegime === "forfait")).toBe(true);
    expect(issued1.some((d) => d.vatRegime === "assujetti")).toBe(true);
    expect(issued1.some((d) => d.withholdings.length > 0)).toBe(true);
    // 6 statements + 6 invoices + the summary + the combined PDF, and the summary says so.
    expect(fs.readdirSync(pdf1).sort()).toEqual(
      [
        ...issued1.flatMap((d) => [`2025-03 ${d.producer} releve.pdf`, `2025-03 ${d.producer} ${d.number}.pdf`]),
        "2025-03 impression.pdf",
        "2025-03 synthese.pdf",
      ].sort(),
    );
    expect(o1.out).toContain(`→ 14 PDF dans ${pdf1}`);
    const register1 = await registerFigures(out1);
    for (const doc of issued1) await checkDocument(doc, pdf1, out1, register1);
    // The OP's letterhead on the statements too.
    const op = issued1[0].op;
    expect(pdfText(new Uint8Array(fs.readFileSync(path.join(pdf1, "2025-03 P003 releve.pdf"))))).toContain(op.name);
    // The combined PDF prints every statement and invoice.
    const combined = pdfText(new Uint8Array(fs.readFileSync(path.join(pdf1, "2025-03 impression.pdf"))));
    for (const d of issued1) expect(combined).toContain(d.number);

    // Same folder again: refused before anything is written (the workbook included), unless --overwrite.
    const refusedOut = path.join(dir, "op-refused.xlsx");
    const o2 = io();
    expect(
      (await runCli([input, "--month", sample.month, "--date", "2025-04-02", "--out", refusedOut, "--pdf", pdf1], o2))
        .code,
    ).toBe(1);
    expect(o2.err).toMatch(/fichiers PDF existent déjà dans .*pdf-1 .*rien n'a été écrit/);
    expect(fs.existsSync(refusedOut)).toBe(false);
    const overwritten = io();
    const again = await runCli(
      [input, "--month", sample.month, "--date", "2025-04-02", "--out", refusedOut, "--pdf", pdf1, "--overwrite"],
      overwritten,
    );
    expect(again.code).toBe(0);
    expect(again.pdfs!.files).toHaveLength(14);

    // Correction: one more delivery of 1 000 L for P001 on 20/03, then the issue again on op-1's register.
    const corrected = XlsxWorkbook.open(fs.readFileSync(out1));
    await corrected.appendRows!("Livraisons", [
      [
        { value: isoToSerial("2025-03-20"), style: "date" },
        { value: "P001", style: "text" },
        { value: 1000, style: "count" },
      ],
    ] as never);
    const input2 = path.join(dir, "op-corrected.xlsx");
    fs.writeFileSync(input2, corrected.toBytes());
    const out3 = path.join(dir, "op-3.xlsx");
    const pdf3 = path.join(dir, "pdf-3");
    const o3 = io();
    const r3 = await runCli(
      [input2, "--month", sample.month, "--date", "2025-04-05", "--out", out3, "--pdf", pdf3],
      o3,
    );
    expect(o3.err).toBe("");
    expect(r3.code).toBe(0);
    const [credit, invoice] = r3.result!.issued;
    expect(r3.result!.issued).toHaveLength(2);
    expect(credit).toMatchObject({
      type: "avoir",
      producer: "P001",
      cancels: issued1[0].number,
      number: "F2025-000007",
    });
    expect(invoice).toMatchObject({ type: "facture", producer: "P001", number: "F2025-000008" });
    // The credit note cancels the first invoice exactly: its net is the opposite of the first one's.
    expect(credit.net.toFixed(2)).toBe(issued1[0].net.negated().toFixed(2));
    // The new invoice is the corrected statement: 1 000 L more on every per-unit line, and the CVO withheld on
    // them too: 1,22 €/1 000 L × (V + 1 000) L, rounded to the cent.
    expect(invoice.volume.minus(issued1[0].volume).toNumber()).toBe(1000);
    for (const l of invoice.lines.filter((x) => x.unit === "L"))
      expect(l.quantity.toNumber()).toBe(invoice.volume.toNumber());
    const cvo = invoice.withholdings.find((w) => w.code === "CNIEL")!;
    expect(cvo.amount.toFixed(2)).toBe(
      invoice.volume.times("1.22").div(1000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    );
    const register3 = await registerFigures(out3);
    for (const doc of [credit, invoice]) await checkDocument(doc, pdf3, out3, register3);
    // The kept invoices are in the folder again; the cancelled one is not reprinted.
    const names = fs.readdirSync(pdf3);
    for (const d of issued1.slice(1)) expect(names).toContain(`2025-03 ${d.producer} ${d.number}.pdf`);
    expect(names).not.toContain(`2025-03 P001 ${issued1[0].number}.pdf`);
    for (const d of r3.result!.unchanged) await checkDocument(d, pdf3, out3, register3);
  });

  it("an OP sheet with a bad SIREN: the PDFs print without letterhead and the summary says which cell", async () => {
    const sample = generateSample({ grid: "sud-est-2018", producers: 2, months: 3 });
    const op = sample.sheets.find((s) => s.name === "OP")!;
    op.rows[0][op.headers.indexOf("SIREN")] = "771 234 565"; // one digit off: the Luhn key fails
    const input = path.join(dir, "bad-op.xlsx");
    await writeSampleXlsx(sample, input);
    const pdfDir = path.join(dir, "pdf-bad-op");
    const o = io();
    const r = await (
      await import("../../src/cli/statements")
    ).runCli([input, "--month", sample.month, "--out", path.join(dir, "bad-op-out.xlsx"), "--pdf", pdfDir], o);
    expect(r.code).toBe(0);
    expect(o.out).toMatch(
      /⚠ PDF sans en-tête de l'OP — feuille OP, ligne 2, colonne SIREN \([A-Z]+\) : « 771 234 565 » n'est pas un SIREN valide/,
    );
    const text = pdfText(new Uint8Array(fs.readFileSync(path.join(pdfDir, "2025-03 P001 releve.pdf"))));
    expect(text).not.toContain(op.rows[0][op.headers.indexOf("Raison sociale")] as string);
    expect(text).not.toContain("SIREN 771");
  });
});
