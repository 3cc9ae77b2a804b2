/**
 * The Validé column (workbook.md: Analyses' Validé, oui/non, default oui; only validated results count):
 * read from the lab's file, written to Analyses, never lost when Analyses has no such column.
 */
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { guessMapping, importFile, openSource } from "../../src/intake";
import { enc, opSheets, opWorkbook, reopen } from "./fixtures";

const NOW = new Date(2025, 3, 2, 10, 15);

function withValidatedColumn() {
  const sheets = opSheets();
  sheets.Analyses = [
    ["Date", "Code", "Critère", "Valeur", "Validé"],
    ["03/03/2025", "P1", "MG", 40, "non"],
  ];
  return sheets;
}

const FILE = [
  "N° producteur;Date de prélèvement;Paramètre;Résultat;Validé",
  "P1;03/03/2025;MG;40;oui", // 2: validated, while Analyses holds the same value not validated → new
  "P1;04/03/2025;MG;41;non", // 3: not validated
  "P1;05/03/2025;MG;42;", // 4: blank → oui
  "P1;06/03/2025;MG;43;peut-être", // 5: unreadable → rejected
  "P1;04/03/2025;MG;41;non", // 6: the same not-validated result again → duplicate
  "",
].join("\n");

describe("Validé", () => {
  test("the header is recognised as the Validé field", () => {
    const src = openSource("lab.csv", enc(FILE));
    expect(guessMapping(src.headers, "analyses").columns).toMatchObject({ validated: "Validé", value: "Résultat" });
  });

  test("validated and not validated results land with their Validé; an unreadable one is rejected", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook(withValidatedColumn()));
    const src = openSource("lab.csv", enc(FILE));
    const plan = await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses", { now: NOW });
    expect(plan.summary).toMatchObject({ read: 5, imported: 3, duplicates: 1, rejected: 1 });
    expect(plan.rejects).toEqual([
      {
        line: 5,
        raw: "P1;06/03/2025;MG;43;peut-être",
        reason: expect.stringMatching(/^Validé : .*oui ou non attendu/),
      },
    ]);
    const rows = reopen(wb)
      .readTableSync("Analyses")!
      .rows.map((r) => r.values);
    expect(rows).toEqual([
      ["03/03/2025", "P1", "MG", 40, "non"],
      [45719, "P1", "MG", 40, "oui"],
      [45720, "P1", "MG", 41, "non"],
      [45721, "P1", "MG", 42, "oui"],
    ]);
  });

  test("Analyses without a Validé column: a not-validated result is rejected (it would count as validated), a validated one lands", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const src = openSource("lab.csv", enc(FILE));
    const plan = await importFile(wb, src, guessMapping(src.headers, "analyses"), "analyses", { now: NOW });
    // Line 2 duplicates Analyses' validated 40 (no Validé column there: validated).
    expect(plan.summary).toMatchObject({ read: 5, imported: 1, duplicates: 1, rejected: 3 });
    const reasons = plan.rejects.map((r) => [r.line, r.reason]);
    expect(reasons.filter(([, r]) => /pas de colonne « Validé »/.test(String(r))).map(([l]) => l)).toEqual([3, 6]);
    const rows = reopen(wb)
      .readTableSync("Analyses")!
      .rows.map((r) => r.values);
    expect(rows).toEqual([
      ["03/03/2025", "P1", "MG", 40],
      [45721, "P1", "MG", 42],
    ]);
  });
});

describe("appended rows are part of the workbook before it is saved", () => {
  test("read back at once, saved once; a refused row leaves the workbook as it was", async () => {
    const wb = XlsxWorkbook.open(await opWorkbook());
    const r = await wb.appendRows("Analyses", [
      [
        { value: 45720, style: "date" },
        { value: "P2", style: "text" },
        { value: "MP", style: "text" },
        { value: 33.1 },
      ],
    ]);
    expect(r).toEqual({ sheet: "Analyses", firstRow: 3, lastRow: 3 });
    expect(wb.readTableSync("Analyses")!.rows.map((x) => x.values)).toEqual([
      ["03/03/2025", "P1", "MG", 40],
      [45720, "P2", "MP", 33.1],
    ]);
    const before = wb.toBytes();
    const tooLong = "x".repeat(32768);
    await expect(wb.appendRows("Analyses", [[{ value: 45721 }, { value: tooLong }]])).rejects.toThrow(
      "feuille « Analyses », cellule B4 : texte de 32768 caractères, plus que les 32 767 qu'Excel accepte dans une cellule : raccourcissez-le",
    );
    expect(Buffer.from(wb.toBytes()).equals(Buffer.from(before))).toBe(true);
  });
});

describe("rows given column by column (ColumnRows) or as arrays", () => {
  test("land the same cells in the same rows", async () => {
    const { ColumnRows } = await import("../../src/workbook/rows");
    const rows = [
      [
        { value: 45720, style: "date" as const },
        { value: "P2", style: "text" as const },
        { value: "MP", style: "text" as const },
        { value: 33.1 },
      ],
      [{ value: 45721, style: "date" as const }, null, { value: "MG", style: "text" as const }, { value: 40 }],
    ];
    const block = new ColumnRows(4);
    for (const r of rows) {
      r.forEach((cell, j) => block.set(j, cell));
      block.commit();
    }
    expect(block.length).toBe(2);
    const a = XlsxWorkbook.open(await opWorkbook());
    const b = XlsxWorkbook.open(await opWorkbook());
    expect(await a.appendRows("Analyses", rows)).toEqual(await b.appendRows("Analyses", block));
    expect(b.readTableSync("Analyses")!.rows.map((x) => x.values)).toEqual([
      ["03/03/2025", "P1", "MG", 40],
      [45720, "P2", "MP", 33.1],
      [45721, null, "MG", 40],
    ]);
    expect(a.readTableSync("Analyses")).toEqual(b.readTableSync("Analyses"));
  });
});
