/**
 * Pictures for a reviewer: one statement, one invoice and the summary rendered to PNG (pdftoppm, 100 dpi) into
 * out/documents/ (not committed; CI keeps them as artefacts). docs/statement.png and docs/invoice.png in the
 * README are these pictures (regenerate with `npx jest test/documents/png` and copy the first page of each).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { invoicePdf } from "../../src/documents";
import { documentPdf, monthDocuments } from "../../src/documents/month";
import { nodeFonts } from "../../src/documents/pdf/nodeFonts";
import { runStatements } from "../../src/run";
import { sampleWorkbook } from "../run/fixtures";
import { ASSUJETTI, OP } from "./invoices";
import { pdfToPng } from "./poppler";
import { a1StatementPdf } from "./statements";

const OUT = path.resolve(__dirname, "..", "..", "out", "documents");

function expectPictures(files: string[], pages: number): void {
  expect(files).toHaveLength(pages);
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    // An A4 page at 100 dpi is 827 × 1170 pixels; a blank one compresses to a few kB, a printed one does not.
    expect(bytes.length).toBeGreaterThan(20_000);
  }
}

describe("documents as pictures (out/documents/)", () => {
  it("renders the statement of producer A1", async () => {
    expectPictures(pdfToPng(await a1StatementPdf(), path.join(OUT, "statement")), 1);
  });

  it("renders an invoice", async () => {
    expectPictures(pdfToPng(await invoicePdf(ASSUJETTI), path.join(OUT, "invoice")), 1);
  });

  it("renders the summary of 40 producers in landscape column groups", async () => {
    const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers: 40 });
    const result = await runStatements(workbook, { month: "2025-03", keepSheets: true, write: false });
    const summary = monthDocuments(result, { letterhead: OP }).find((d) => d.kind === "synthese")!;
    const files = pdfToPng(await documentPdf(summary, nodeFonts()), path.join(OUT, "summary"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expectPictures(files, files.length);
  });
});
