import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runPricesCli } from "../../src/cli/prices";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { CliIO } from "../../src/cli/common";
import { xlsxBytes, smallOp } from "./workbooks";
import { tempFolder } from "./io";

const dir = tempFolder("milkpay-prices-");

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const o: CliIO & { out: string[]; err: string[] } = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: false,
    out,
    err,
  };
  return o;
}

async function workbookFile(name: string): Promise<string> {
  const sheets = smallOp();
  sheets.PrixDeBase.push(["2025-03", "mooh-2025", 70]);
  sheets.Indicateurs = [
    ["Mois", "Indicateur", "Valeur", "Poids"],
    ["2025-06", "PGC_FRANCE", 420, 40],
    ["2025-06", "B2B", 360, 40],
    ["2025-06", "BEURRE_POUDRE", 330, 20],
    ["2025-03", "FAM", "385,40", null],
    ["2025-03", "SODIAAL_A", "370,10", null],
    ["2025-06", "SAISONNALITE", "-4,50", null],
  ];
  const file = path.join(dir, name);
  fs.writeFileSync(file, await xlsxBytes(sheets));
  return file;
}

describe("npm run compare / npm run price-a", () => {
  test("compare writes « Comparaison 2025-03 » into a copy and the JSON; the input is untouched", async () => {
    const file = await workbookFile("op.xlsx");
    const before = fs.readFileSync(file);
    const json = path.join(dir, "cmp.json");
    const o = io();
    // Producers without Grille and two grids priced: their data's units must be said.
    const e = io();
    expect((await runPricesCli("compare", [file, "--month", "2025-03"], e)).code).toBe(1);
    expect(e.err.join("")).toContain("précisez la grille des producteurs sans Grille avec --grid");
    const r = await runPricesCli("compare", [file, "--month", "2025-03", "--grid", "sud-est-2018", "--json", json], o);
    expect(r.code).toBe(0);
    expect(r.outPath).toBe(path.join(dir, "op-comparaison-2025-03.xlsx"));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const data = JSON.parse(fs.readFileSync(json, "utf8"));
    const psp = Object.fromEntries(data.grids.map((g: { grid: string; psp180000: number }) => [g.grid, g.psp180000]));
    expect(psp).toEqual({ "mooh-2025": 70, "sud-est-2018": 470.3 });
    expect(data.producers.map((p: { producer: string }) => p.producer)).toEqual(["P1", "P2"]);
    expect(o.out.join("")).toContain("PSP sud-est-2018 : 470,30 €/1000 L");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(r.outPath!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Comparaison 2025-03")).toBeDefined();
  });

  test("price-a appends the price to PrixDeBase in the copy and shows each term", async () => {
    const file = await workbookFile("op2.xlsx");
    const o = io();
    const r = await runPricesCli("price-a", [file, "--month", "2025-06"], o);
    expect(r.code).toBe(0);
    expect(o.out.join("")).toContain("Prix A 2025-06 (sud-est-2018) : 381,15 €/1000 L");
    // Read back through the .xlsx port (the appended cells are the data intake's appendRows).
    const wb = XlsxWorkbook.open(fs.readFileSync(r.outPath!));
    const prices = (await wb.readTable("PrixDeBase"))!;
    expect(prices.rows.at(-1)!.values).toEqual(["2025-06", "sud-est-2018", 381.15]);
    expect(await wb.sheetNames()).toContain("Prix A 2025-06");
    expect((await wb.generatedSheets()).map((g) => g.key)).toEqual(["prix-a 2025-06"]);
  });

  test("exit codes: 2 for a wrong command line, 1 for a workbook that cannot give price A", async () => {
    const file = await workbookFile("op3.xlsx");
    expect((await runPricesCli("compare", [file], io())).code).toBe(2);
    expect((await runPricesCli("price-a", [file, "--month", "2025-13"], io())).code).toBe(2);
    const o = io();
    expect((await runPricesCli("price-a", [file, "--month", "2025-07"], o)).code).toBe(1);
    expect(o.err.join("")).toMatch(
      /^price-a: prix A de 2025-07 impossible à calculer : .*aucun indicateur du mix produits pour 2025-07/,
    );
    expect((await runPricesCli("compare", ["--help"], io())).code).toBe(0);
  });
});
