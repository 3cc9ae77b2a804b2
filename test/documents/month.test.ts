/**
 * The month's PDFs: names (Windows-safe, unique), order, the combined PDF (each document numbered on its own),
 * the summary in column groups with its header row on every page, and `npm run statements -- --pdf DIR`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/statements";
import type { CliIO } from "../../src/cli/common";
import { combinedPdf, documentPdf, monthDocuments, renderMonth, safeFileName } from "../../src/documents/month";
import { nodeFonts } from "../../src/documents/pdf/nodeFonts";
import { columnGroups } from "../../src/documents/pdf/summary";
import { runStatements } from "../../src/run";
import { sampleWorkbook } from "../run/fixtures";
import { smallOp, xlsxBytes } from "../cli/workbooks";
import { ASSUJETTI, AVOIR, OP } from "./invoices";
import { pdfPages } from "./poppler";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-pdf-month-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sampleRun = async (producers: number) => {
  const { workbook } = sampleWorkbook({ grid: "sud-est-2018", producers, plain: true });
  return runStatements(workbook, { month: "2025-03", keepSheets: true, write: false });
};

describe("file names", () => {
  it("replaces the characters Windows refuses and trailing dots and spaces", () => {
    expect(safeFileName('2025-03 A/B:C*D?"E<F>G|H\\I releve')).toBe("2025-03 A_B_C_D__E_F_G_H_I releve");
    expect(safeFileName("2025-03 P1. ")).toBe("2025-03 P1");
  });

  it("names each document `<month> <code> releve` / `<month> <code> <number>`, each statement followed by its invoices", async () => {
    const result = await sampleRun(3);
    const invoices = [
      { ...ASSUJETTI, producer: "P002" },
      { ...AVOIR, producer: "p002" },
    ];
    const docs = monthDocuments(result, { letterhead: OP, invoices });
    expect(docs.map((d) => d.fileName)).toEqual([
      "2025-03 P001 releve.pdf",
      "2025-03 P002 releve.pdf",
      "2025-03 P002 F2025-000001.pdf",
      "2025-03 p002 F2025-000003.pdf",
      "2025-03 P003 releve.pdf",
      "2025-03 synthese.pdf",
    ]);
  });

  it("keeps two codes apart that would give the same file name", async () => {
    const result = await sampleRun(2);
    result.producers[1].code = "P001";
    const docs = monthDocuments(result, { letterhead: null });
    expect(docs.map((d) => d.fileName).slice(0, 2)).toEqual(["2025-03 P001 releve.pdf", "2025-03 P001 releve (2).pdf"]);
  });
});

describe("combined PDF", () => {
  it("holds every statement and invoice, each document numbered on its own pages", async () => {
    const result = await sampleRun(3);
    const docs = monthDocuments(result, { letterhead: OP, invoices: [{ ...ASSUJETTI, producer: "P002" }] });
    const singles = await Promise.all(
      docs.filter((d) => d.kind !== "synthese").map(async (d) => pdfPages(await documentPdf(d, nodeFonts())).length),
    );
    const pages = pdfPages(await combinedPdf(docs, "2025-03", nodeFonts()));
    // Its pages are the documents' pages one after the other (no summary).
    expect(pages.length).toBe(singles.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const [k, n] of singles.entries()) {
      const first = pages[at];
      expect(first).toContain(k === 2 ? "F2025-000001" : `P00${k < 2 ? k + 1 : k}`);
      for (let p = 0; p < n; p++) {
        if (n > 1) expect(pages[at + p]).toContain(`Page ${p + 1} / ${n}`);
        else expect(pages[at + p]).not.toMatch(/Page \d+ \/ \d+/);
      }
      at += n;
    }
    expect(pages.join("\n")).not.toContain("Synthèse des paies");
  });
});

describe("rendering the month once", () => {
  it("gives the same single PDFs and the same combined PDF as drawing each document again, replayed or not", async () => {
    const result = await sampleRun(3);
    // A character outside the preloaded set (ñ) in P002's sheet: that statement is drawn again into the
    // combined PDF rather than replayed.
    const sheet = result.outputSheets!.find((s) => s.name === result.producers[1].sheet)!;
    const row = sheet.rows.find((r) => r?.[0]?.value === "Producteur")!;
    row[2] = { value: "EARL Peña", style: "text" };
    const docs = monthDocuments(result, { letterhead: OP, invoices: [{ ...ASSUJETTI, producer: "P003" }] });
    const singles: string[] = [];
    const combined = await renderMonth(
      docs,
      "2025-03",
      nodeFonts(),
      (d, bytes) => void singles.push(`${d.fileName}\n${pdfPages(bytes).join("\f")}`),
    );
    const drawn = await Promise.all(
      docs.map(async (d) => `${d.fileName}\n${pdfPages(await documentPdf(d, nodeFonts())).join("\f")}`),
    );
    expect(singles).toEqual(drawn);
    expect(singles.join("\n")).toContain("EARL Peña");
    const replayed = pdfPages(combined!);
    expect(replayed).toEqual(pdfPages(await combinedPdf(docs, "2025-03", nodeFonts())));
    expect(replayed.join("\n")).toContain("EARL Peña");
    expect(replayed.join("\n")).toContain("F2025-000001");
  });
});

describe("summary PDF", () => {
  it("splits the columns into groups that keep 8,5 pt text, Code and Nom repeated in each", () => {
    // Widths in characters × 4,76 pt (8,5 pt × 0,56): 770 pt hold 161 characters; Code + Nom take 40.
    const widths = [12, 28, 14, 22, 12, 6, ...Array(10).fill(13), 14, 7, 12, 12, 11, 18, 12, 12, 12];
    const groups = columnGroups(widths, 2, 770, 8.5 * 0.56);
    for (const g of groups) {
      expect(g.slice(0, 2)).toEqual([0, 1]);
      const chars = g.reduce((s, i) => s + widths[i], 0);
      expect(chars * 8.5 * 0.56).toBeLessThanOrEqual(770);
    }
    // Every column printed once (besides the repeated two).
    expect(groups.flatMap((g) => g.slice(2)).sort((a, b) => a - b)).toEqual(widths.map((_, i) => i).slice(2));
  });

  it("prints every producer's row with the header row on every page", async () => {
    const result = await sampleRun(60);
    const summary = monthDocuments(result, { letterhead: OP }).find((d) => d.kind === "synthese")!;
    const pages = pdfPages(await documentPdf(summary, nodeFonts()));
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, p] of pages.entries()) {
      expect(p).toMatch(/Code\s+Nom/);
      expect(p).toContain(`Page ${i + 1} / ${pages.length}`);
    }
    const text = pages.join("\n");
    for (const o of result.producers) expect(text).toContain(o.code);
    // The grand total of the run, in the first group (13 or more characters: "1 234 567,89").
    const total = result.summary.totals[0].total
      .toFixed(2)
      .replace(".", ",")
      .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    expect(text).toContain(total);
  });
});

describe("npm run statements -- --pdf DIR", () => {
  const io = (): CliIO & { out: string; err: string } => {
    const o = {
      out: "",
      err: "",
      isTTY: false,
      stdout: (t: string) => void (o.out += t),
      stderr: (t: string) => void (o.err += t),
    };
    return o;
  };

  it("writes one PDF per statement, the summary and the combined PDF; refuses to overwrite them", async () => {
    const input = path.join(dir, "op.xlsx");
    fs.writeFileSync(input, await xlsxBytes(smallOp()));
    const pdfDir = path.join(dir, "pdf", "mars");
    const first = await runCli([input, "--month", "2025-03", "--pdf", pdfDir, "--quiet"], io());
    expect(first.code).toBe(0);
    expect(fs.readdirSync(pdfDir).sort()).toEqual([
      "2025-03 P1 releve.pdf",
      "2025-03 P2 releve.pdf",
      "2025-03 impression.pdf",
      "2025-03 synthese.pdf",
    ]);
    const p1 = pdfPages(fs.readFileSync(path.join(pdfDir, "2025-03 P1 releve.pdf"))).join("\n");
    // P1: 2 × 5 000 = 10 000 L at the base price 450,00 → 4 500,00 for the base line.
    expect(p1).toMatch(/Volume livré\s+10 000\s+L/);
    expect(p1).toMatch(/Prix de base\s+\+450,00\s+4 500,00/);
    // The producer's name "=1+1" is text, printed as typed.
    expect(p1).toContain("=1+1");

    const out = path.join(dir, "second.xlsx");
    const again = io();
    const second = await runCli([input, "--month", "2025-03", "--pdf", pdfDir, "--out", out], again);
    expect(second.code).toBe(1);
    expect(again.err).toMatch(/4 fichiers PDF existent déjà .*« 2025-03 P1 releve\.pdf ».*rien n'a été écrit/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
