/**
 * The pane's PDF service: the month's PDFs made from a run and zipped, as the browser does it (fonts given as
 * the TTF bytes, here from the package): one PDF per statement, the summary and the combined PDF.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { unzipSync } from "fflate";
import { fontDirectory } from "../../src/documents/pdf/nodeFonts";
import { FONT_FILES } from "../../src/documents/pdf/fonts";
import { runStatements } from "../../src/run";
import { createPdfService } from "../../src/taskpane/services/pdf";
import { sampleWorkbook } from "../run/fixtures";
import { pdfAttachments, pdfText } from "../documents/poppler";
import { ciiXml } from "../../src/documents/facturx";
import { issueOn } from "../../src/taskpane/services/invoices";
import type { MemoryWorkbook } from "../run/memoryPort";
import { InvoicingWorkbook } from "../invoicing/workbook";

const fontFiles = async () => ({
  regular: new Uint8Array(fs.readFileSync(path.join(fontDirectory(), FONT_FILES.regular))),
  bold: new Uint8Array(fs.readFileSync(path.join(fontDirectory(), FONT_FILES.bold))),
});

describe("PDF service of the pane", () => {
  it("zips one PDF per statement, the summary and the combined PDF, with progress", async () => {
    const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers: 5, plain: true });
    const result = await runStatements(workbook, { month: "2025-03", keepSheets: true, write: false });
    const progress: [number, number][] = [];
    const zip = await createPdfService(fontFiles).monthZip({ result, letterhead: null }, (d, t) =>
      progress.push([d, t]),
    );
    expect(zip.fileName).toBe("2025-03 PDF.zip");
    expect(zip.blob.type).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    const names = Object.keys(files).sort();
    // 5 statements + the summary + the combined PDF.
    expect(names).toEqual([
      "2025-03 P001 releve.pdf",
      "2025-03 P002 releve.pdf",
      "2025-03 P003 releve.pdf",
      "2025-03 P004 releve.pdf",
      "2025-03 P005 releve.pdf",
      "2025-03 impression.pdf",
      "2025-03 synthese.pdf",
    ]);
    expect(zip.files).toBe(7);
    expect(progress[progress.length - 1]).toEqual([7, 7]);
    const p3 = pdfText(files["2025-03 P003 releve.pdf"]);
    const s3 = result.statements[2];
    expect(p3).toContain(s3.producer);
    // The total as the sheet prints it (money, two decimals, no-break-space thousands).
    expect(p3).toContain(
      s3.total
        .toFixed(2)
        .replace(".", ",")
        .replace(/\B(?=(\d{3})+(?!\d))/g, " "),
    );
  });

  it("after the issue: each invoice as Factur-X (factur-x.xml = ciiXml), the OP letterhead on every document", async () => {
    const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers: 3, months: 3 });
    const wb = new InvoicingWorkbook();
    wb.sheets = (workbook as MemoryWorkbook).sheets;
    const issued = await issueOn(wb, { month: "2025-03", issueDate: "2025-04-02" });
    const source = issued.pdfs;
    expect(source.invoices!.map((d) => d.number)).toEqual(["F2025-000001", "F2025-000002", "F2025-000003"]);
    const zip = await createPdfService(fontFiles).monthZip(source);
    const files = unzipSync(new Uint8Array(await zip.blob.arrayBuffer()));
    // 3 statements + 3 invoices + the summary + the combined PDF.
    expect(Object.keys(files).sort()).toEqual([
      "2025-03 P001 F2025-000001.pdf",
      "2025-03 P001 releve.pdf",
      "2025-03 P002 F2025-000002.pdf",
      "2025-03 P002 releve.pdf",
      "2025-03 P003 F2025-000003.pdf",
      "2025-03 P003 releve.pdf",
      "2025-03 impression.pdf",
      "2025-03 synthese.pdf",
    ]);
    const op = source.letterhead!;
    for (const doc of source.invoices!) {
      const bytes = files[`2025-03 ${doc.producer} ${doc.number}.pdf`];
      expect(new TextDecoder().decode(pdfAttachments(bytes).get("factur-x.xml"))).toBe(ciiXml(doc));
      expect(pdfText(bytes)).toContain(doc.number);
    }
    for (const name of ["2025-03 P002 releve.pdf", "2025-03 P002 F2025-000002.pdf"]) {
      const text = pdfText(files[name]);
      expect(text).toContain(op.name);
      expect(text).toContain(`SIREN ${op.siren.slice(0, 3)} ${op.siren.slice(3, 6)} ${op.siren.slice(6)}`);
    }
  });

  it("asks for a new run when the result has no sheets", async () => {
    const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers: 1, plain: true });
    const result = await runStatements(workbook, { month: "2025-03", write: false });
    await expect(createPdfService(fontFiles).monthZip({ result, letterhead: null })).rejects.toThrow(
      /relancez la génération/,
    );
  });
});
