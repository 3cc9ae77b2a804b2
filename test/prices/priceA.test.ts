import * as fs from "node:fs";
import * as path from "node:path";
import { runPriceA, priceAForMonth, parseIndicators, priceAGrid } from "../../src/prices";
import type { GridJson } from "../../src/inputs/gridSheetWrite";
import { readWorkbookGrids } from "../../src/inputs/workbookGrids";
import { gridCells } from "../grids/cells";
import { Decimal } from "../../src/engine";
import { RunError } from "../../src/run";
import type { AppendResult, CellValue, OutputCell, TableData } from "../../src/workbook/port";
import { MemoryWorkbook, rowOf, values } from "../run/memoryPort";

const HEADERS = ["Mois", "Indicateur", "Valeur", "Poids"];

/** June 2025: mix 420 × 40 + 360 × 40 + 330 × 20 (default weight) ÷ 100 = 378.00; FAM and SODIAAL_A of March. */
function indicatorRows(): CellValue[][] {
  return [
    HEADERS,
    ["2025-06", "PGC_FRANCE", 420, 40],
    ["2025-06", "B2B", 360, 40],
    ["2025-06", "Beurre poudre", 330, null],
    ["2025-03", "FAM", "385,40", null],
    ["2025-03", "SODIAAL_A", "370,10", null],
    ["2025-06", "Saisonnalité", "-4,50", null],
  ];
}

/** A memory workbook that can append rows to an input table (like the .xlsx and Office ports). */
class AppendingWorkbook extends MemoryWorkbook {
  async appendRows(name: string, rows: OutputCell[][]): Promise<AppendResult> {
    const s = this.sheets.find((x) => x.cells && x.name === name)!;
    const firstRow = s.cells!.length + 1;
    for (const r of rows) s.cells!.push(r.map((c) => c.value as CellValue));
    return { sheet: s.name, firstRow, lastRow: firstRow + rows.length - 1 };
  }
}

function workbook(indicators = indicatorRows(), prices: CellValue[][] = [["2025-05", "sud-est-2018", 400]]) {
  return new AppendingWorkbook({
    Indicateurs: indicators,
    PrixDeBase: [["Mois", "Grille", "Prix", "Commentaire"], ...prices],
  });
}

function table(rows: CellValue[][]): TableData {
  return {
    sheet: "Indicateurs",
    headerRow: 1,
    firstColumn: 1,
    headers: rows[0] as string[],
    rows: rows.slice(1).map((values, i) => ({ row: i + 2, values })),
  };
}

describe("Sodiaal price A from the Indicateurs table", () => {
  test("hand-computed: mix 378.00 + 50 % × (385.40 − 370.10) = 7.65 − 4.50 seasonality = 381.15", () => {
    const a = priceAForMonth(parseIndicators(table(indicatorRows())), "2025-06");
    expect(a.mix.toFixed(2)).toBe("378.00");
    expect(a.environment.toFixed(2)).toBe("7.65");
    expect(a.seasonality.toFixed(2)).toBe("-4.50");
    expect(a.price.toFixed(2)).toBe("381.15");
    expect(a.environmentMonth).toBe("2025-03");
    expect(a.mixIndicators.find((i) => i.indicator === "BEURRE_POUDRE")).toMatchObject({ defaultWeight: true });
    expect(a.terms[0]).toBe(
      "mix produits de 2025-06 : PGC_FRANCE 420,00 × 40 + B2B 360,00 × 40 + BEURRE_POUDRE 330,00 × 20 (poids 2019 par défaut) ÷ 100 = 378,00 €/1000 L",
    );
  });

  test("other weights are data, not constants: 50/30/20 gives another mix", () => {
    const rows = indicatorRows();
    rows[1][3] = 50;
    rows[2][3] = 30;
    // 420 × 50 + 360 × 30 + 330 × 20 = 38 400 ÷ 100 = 384.00 → 384 + 7.65 − 4.50 = 387.15
    expect(priceAForMonth(parseIndicators(table(rows)), "2025-06").price.toFixed(2)).toBe("387.15");
  });

  test("missing pieces are named, never taken as 0", () => {
    const rows = indicatorRows().filter((r) => r[1] !== "FAM" && r[1] !== "Saisonnalité");
    expect(() => priceAForMonth(parseIndicators(table(rows)), "2025-06")).toThrow(RunError);
    expect(() => priceAForMonth(parseIndicators(table(rows)), "2025-06")).toThrow(
      "prix A de 2025-06 impossible à calculer : FAM (prix FranceAgriMer) de 2025-03 (m − 3) absent ; SAISONNALITE (saisonnalité régionale) de 2025-06 absente (saisissez 0 s'il n'y en a pas)",
    );
    expect(() => priceAForMonth(parseIndicators(table(indicatorRows())), "2025-07")).toThrow(
      /aucun indicateur du mix produits pour 2025-07/,
    );
    const noWeight = [...indicatorRows(), ["2025-06", "EXPORT", 300, null]];
    expect(() => priceAForMonth(parseIndicators(table(noWeight)), "2025-06")).toThrow(
      /EXPORT de 2025-06 \(ligne 8\) sans poids/,
    );
    const bad = [...indicatorRows(), ["2025-06", "B2B", "abc", 40]];
    expect(() => priceAForMonth(parseIndicators(table(bad)), "2025-06")).toThrow(/Indicateurs ligne 8, Valeur \(C\)/);
  });

  test("SODIAAL_A of m − 3 absent: the PrixDeBase of that month is used and said", () => {
    const rows = indicatorRows().filter((r) => r[1] !== "SODIAAL_A");
    const a = priceAForMonth(parseIndicators(table(rows)), "2025-06", new Map([["2025-03", new Decimal(372)]]));
    // 378.00 + 0.5 × (385.40 − 372) = 6.70 − 4.50 = 380.20
    expect(a.price.toFixed(2)).toBe("380.20");
    expect(a.sodiaal.source).toBe("PrixDeBase");
    expect(a.terms.some((t) => t.includes("pris dans PrixDeBase"))).toBe(true);
  });

  test("written into PrixDeBase (columns in the table's order) and shown term by term on « Prix A 2025-06 »", async () => {
    const port = workbook();
    const r = await runPriceA(port, { month: "2025-06" });
    expect(r.grid).toBe("sud-est-2018");
    expect(r.prixDeBase).toMatchObject({ status: "appended", row: 3 });
    expect(port.sheet("PrixDeBase")!.cells!.at(-1)).toEqual(["2025-06", "sud-est-2018", 381.15, null]);
    const sheet = port.output("Prix A 2025-06");
    expect(rowOf(sheet, "Prix A")?.[1]).toBe(381.15);
    expect(rowOf(sheet, "Effet environnement (50 % de l'écart à m − 3)")?.[1]).toBe(7.65);
    expect(await port.generatedSheets()).toEqual([{ name: "Prix A 2025-06", key: "prix-a 2025-06" }]);
    // Again: the price is already there, the sheet is replaced, nothing appended twice.
    const again = await runPriceA(port, { month: "2025-06" });
    expect(again.prixDeBase.status).toBe("already");
    expect(port.sheet("PrixDeBase")!.cells).toHaveLength(3);
    expect(values(port.output("Prix A 2025-06")).length).toBeGreaterThan(10);
  });

  test("a different price already in PrixDeBase is never overwritten; a grid in cts/kg is refused", async () => {
    const port = workbook(indicatorRows(), [["2025-06", "sud-est-2018", 390]]);
    const r = await runPriceA(port, { month: "2025-06" });
    expect(r.prixDeBase.status).toBe("not-written");
    expect(r.prixDeBase.message).toContain("PrixDeBase ligne 2 : un autre prix (390,00)");
    expect(port.sheet("PrixDeBase")!.cells).toHaveLength(2);
    await expect(runPriceA(port, { month: "2025-06", grid: "mooh-2025" })).rejects.toThrow("payée en cts/kg");
  });

  test("a port that cannot append rows: the sheet says what to type", async () => {
    const port = new MemoryWorkbook({ Indicateurs: indicatorRows(), PrixDeBase: [["Mois", "Grille", "Prix"]] });
    const r = await runPriceA(port, { month: "2025-06" });
    expect(r.prixDeBase.message).toBe(
      "ce classeur ne permet pas d'ajouter une ligne à PrixDeBase : saisissez 2025-06 · sud-est-2018 · 381,15",
    );
  });

  test("the grid comes from the run's catalogue: a workbook « Grille » sheet, a family's version for the month", async () => {
    // « Grille ma-laiterie »: sud-est-2018 as the sud-est family's version from 2025-03.
    const { $schema: _schema, ...sudEst } = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../src/engine/grids/sud-est-2018.json"), "utf8"),
    ) as GridJson;
    const sheet = gridCells({
      ...sudEst,
      id: "ma-laiterie",
      family: "sud-est",
      validFrom: "2025-03",
      name: "Grille de ma laiterie",
    });
    const port = new AppendingWorkbook({
      Indicateurs: indicatorRows(),
      PrixDeBase: [["Mois", "Grille", "Prix", "Commentaire"]],
      "Grille ma-laiterie": sheet,
    });
    // Without --grid: one €/1000 L grid per family, the version of the month (ma-laiterie in June).
    const r = await runPriceA(port, { month: "2025-06" });
    expect(r.grid).toBe("ma-laiterie");
    expect(port.sheet("PrixDeBase")!.cells!.at(-1)).toEqual(["2025-06", "ma-laiterie", 381.15, null]);
    const { catalogue } = await readWorkbookGrids(port);
    expect(priceAGrid(undefined, "2025-02", catalogue)).toBe("sud-est-2018");
    expect(priceAGrid("sud-est", "2025-06", catalogue)).toBe("ma-laiterie");
    expect(priceAGrid("Ma_Laiterie", "2025-06", catalogue)).toBe("ma-laiterie");
    // Built-in only, the workbook's grid is unknown (what price-a did before).
    expect(() => priceAGrid("ma-laiterie", "2025-06")).toThrow(
      "grille « ma-laiterie » inconnue ; grilles disponibles : sud-est-2018, mooh-2025 (familles : sud-est, mooh)",
    );
    expect(() => priceAGrid("mooh", "2025-06", catalogue)).toThrow("la grille mooh-2025 est payée en cts/kg");
  });
});
