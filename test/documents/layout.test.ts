/**
 * Pagination of a long sheet printed as PDF: the header row of the table repeated on every page, an
 * explanation never separated from the line it explains, « Page n / N » on every page.
 */
import { newPdf, pdfBytes } from "../../src/documents/pdf/document";
import { nodeFonts } from "../../src/documents/pdf/nodeFonts";
import { drawDocument, pageBox } from "../../src/documents/pdf/layout";
import { fitColumns, sheetBlocks, STATEMENT_STYLE } from "../../src/documents/pdf/sheet";
import type { OutputCell, OutputSheet } from "../../src/workbook/port";
import { pdfPages } from "./poppler";

function longSheet(lines: number): OutputSheet {
  const rows: (OutputCell[] | null)[] = [
    [{ value: "Calcul du prix", style: "title" }],
    [
      { value: "Composante", style: "header" },
      { value: "Montant", style: "header" },
    ],
  ];
  for (let i = 1; i <= lines; i++) {
    rows.push([{ value: `Ligne ${i}` }, { value: i * 10, style: "money" }]);
    // Explanations of two or three printed lines, cut at 105 characters as the sheet does.
    rows.push([
      { value: null },
      { value: `Explication ${i} : ${"une moyenne pondérée par les volumes ".repeat(2)}`, style: "note" },
    ]);
    rows.push([
      { value: null },
      { value: `suite ${i} ${"référence 38,00 g/l ".repeat(i % 3)}fin ${i}.`, style: "note" },
    ]);
  }
  return { name: "long", rows, columnWidths: [30, 60] };
}

describe("a sheet over several pages", () => {
  it("repeats the header row, keeps each explanation with its line and numbers the pages", async () => {
    const pdf = newPdf(nodeFonts(), { title: "test" });
    const box = pageBox("portrait", 60);
    const sheet = longSheet(120);
    const blocks = sheetBlocks(
      pdf,
      sheet,
      fitColumns(sheet.columnWidths!, 2, box.left, box.right - box.left),
      STATEMENT_STYLE,
    );
    const n = drawDocument(pdf, blocks, { box, runningHead: "Relevé de test" });
    const pages = pdfPages(await pdfBytes(pdf));
    expect(pages.length).toBe(n);
    expect(n).toBeGreaterThan(3);
    pages.forEach((page, p) => {
      expect(page).toContain(`Page ${p + 1} / ${n}`);
      const lines = page
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      const header = lines.findIndex((l) => /^Composante\s+Montant$/.test(l));
      expect(header).toBeGreaterThanOrEqual(0);
      // Under the header, a line of the table, never the middle of an explanation.
      expect(lines[header + 1]).toMatch(/^Ligne \d+\s+[\d ]+,00$/);
      // Each explanation on the page is whole: it starts and ends on this page.
      const starts = [...page.matchAll(/Explication (\d+)/g)].map((m) => m[1]);
      const ends = [...page.matchAll(/fin (\d+)\./g)].map((m) => m[1]);
      expect(ends).toEqual(starts);
    });
    // Every line printed once, in order.
    const all = pages.join("\n");
    const printed = [...all.matchAll(/Ligne (\d+)/g)].map((m) => Number(m[1]));
    expect(printed).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });
});
