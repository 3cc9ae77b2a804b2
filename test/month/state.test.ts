/**
 * The month's state (issue 15) on hand-made workbooks and on the sample: the month follows the workbook, every
 * count is the month's, a missing table is listed (never an error), an unreadable cell is left out.
 */
import { readMonthState, TEMPLATE_TABLE_NAMES } from "../../src/month/state";
import { runStatements } from "../../src/run";
import { serialOf } from "../../scripts/sample/typed";
import { opWorkbook, sampleWorkbook } from "../run/fixtures";
import { MemoryWorkbook } from "../run/memoryPort";

const SUD_EST = {
  grid: "sud-est-2018",
  gridName: "Accord interprofessionnel Sud-Est (1er janvier 2018)",
  unit: "€/1000 L",
};
const MOOH = { grid: "mooh-2025", gridName: "mooh société coopérative (dès le 1er janvier 2025)", unit: "cts/kg" };

describe("the month's state", () => {
  it("of the sample: its last month, 120 producers, the month's rows, the base price, Indicateurs", async () => {
    const { sample, workbook } = sampleWorkbook({ grid: "sud-est-2018" });
    const state = await readMonthState(workbook);
    expect(state.month).toBe("2025-03");
    expect(state.monthsWithDeliveries).toEqual(sample.months);
    expect(state.missingTables).toEqual([]);
    expect(state.producers).toBe(120);
    // Every March delivery whose date can be read (one is dated 32/03/2025: left out).
    const deliveries = sample.sheets.find((s) => s.name === "Livraisons")!.rows;
    const march = deliveries.filter(
      (r) =>
        (typeof r[0] === "number" && r[0] >= serialOf("2025-03-01") && r[0] <= serialOf("2025-03-31")) ||
        (typeof r[0] === "string" && /^(0[1-9]|[12]\d|3[01])\/03\/2025$/.test(r[0])),
    );
    expect(deliveries.some((r) => r[0] === "32/03/2025")).toBe(true);
    expect(state.collections).toBe(march.length);
    expect(state.analyses).toBeGreaterThan(1000);
    expect(state.basePrices).toEqual([{ ...SUD_EST, price: "444,97" }]);
    expect(state).toMatchObject({ indicators: true, statements: false, invoices: 0 });

    // After the statement run, the month's statements are there; not February's.
    await runStatements(workbook, { month: "2025-03" });
    expect((await readMonthState(workbook)).statements).toBe(true);
    const february = await readMonthState(workbook, "2025-02");
    expect(february).toMatchObject({ month: "2025-02", statements: false, indicators: true });
    expect(february.basePrices[0].price).toBe(sample.basePrices["2025-02"].toFixed(2).replace(".", ","));
  });

  it("of an empty workbook: the month before today, every table missing, nothing counted", async () => {
    const state = await readMonthState(new MemoryWorkbook({ Feuil1: [["x"]] }), undefined, {
      today: new Date(2026, 10, 30),
    });
    expect(state).toEqual({
      month: "2026-10",
      monthsWithDeliveries: [],
      missingTables: [...TEMPLATE_TABLE_NAMES],
      producers: 0,
      collections: 0,
      analyses: 0,
      basePrices: [],
      indicators: false,
      statements: false,
      invoices: 0,
    });
    expect(TEMPLATE_TABLE_NAMES).toEqual([
      "Producteurs",
      "Livraisons",
      "Analyses",
      "PrixDeBase",
      "Evenements",
      "Indicateurs",
      "OP",
      "Acheteurs",
      "Retenues",
      "TauxTVA",
    ]);
  });

  it("lists the missing tables in template order, and counts what the others hold", async () => {
    const wb = opWorkbook({
      producers: [["P1", "A", null, null, null]],
      deliveries: [["02/03/2025", "P1", 100]],
      events: null,
    });
    const state = await readMonthState(wb);
    expect(state.missingTables).toEqual(TEMPLATE_TABLE_NAMES.slice(4));
    expect(state).toMatchObject({ month: "2025-03", producers: 1, collections: 1, analyses: 0 });
  });

  it("leaves out what cannot be read, without failing", async () => {
    const wb = opWorkbook({
      producers: [
        ["P1", "A", null, null, null],
        ["P1", "A bis", null, null, null], // the same code twice: one producer
        [null, "sans code", null, null, null],
        ["P2", "B", "grille-inconnue", "peut-être", null],
      ],
      deliveries: [
        ["02/03/2025", "P1", 100],
        ["31/02/2025", "P1", 100], // no such day: in no month
        ["03/03/2025", "P1", "cent"], // a bad volume: still a March collection
        ["#N/A", "P2", 100],
        ["2025-01-05", "P2", 100],
      ],
      results: [
        ["02/03/2025", "P1", "MG", 40],
        ["02/03/2025", "P1", "MG", null], // a blank value is no result
        ["02/03/2025", "P1", "XX", 1],
      ],
      prices: [["2025-03", "sud-est-2018", "quatre cents"]],
    });
    const state = await readMonthState(wb);
    expect(state).toMatchObject({
      month: "2025-03",
      monthsWithDeliveries: ["2025-01", "2025-03"],
      producers: 2,
      collections: 2,
      analyses: 2,
      basePrices: [],
    });
    // A table whose headers lack a required column counts as empty.
    const noDate = new MemoryWorkbook({
      Livraisons: [
        ["Jour", "Code", "Volume"],
        ["02/03/2025", "P1", 1],
      ],
    });
    expect(await readMonthState(noDate, "2025-03")).toMatchObject({ collections: 0, monthsWithDeliveries: [] });
  });

  it("names the grid of each producer, the run's grid for those without one", async () => {
    const wb = opWorkbook({
      producers: [
        ["P1", "A", null, null, null],
        ["P2", "B", "mooh", null, null], // a family: its version for the month
        ["P3", "C", "mooh-2025", null, "non"], // no consent: not paid
      ],
      deliveries: [["02/03/2025", "P1", 100]],
      prices: [
        ["2025-03", "sud-est-2018", 440],
        ["2025-02", "mooh-2025", 62.1],
      ],
    });
    expect((await readMonthState(wb)).basePrices).toEqual([
      { ...SUD_EST, price: "440,00" },
      { ...MOOH, price: null },
    ]);
  });

  it("when the month's prices do not decide the run's grid: each grid priced, else the last one used", async () => {
    const producers = [["P1", "A", null, null, null]];
    const deliveries = [["02/03/2025", "P1", 100]];
    const several = opWorkbook({
      producers,
      deliveries,
      prices: [
        ["2025-03", "sud-est-2018", 440],
        ["2025-03", "mooh-2025", 62],
      ],
    });
    expect((await readMonthState(several)).basePrices).toEqual([
      { ...SUD_EST, price: "440,00" },
      { ...MOOH, price: "62,00" },
    ]);
    // The grid chosen in the pane decides.
    expect((await readMonthState(several, undefined, { grid: "mooh-2025" })).basePrices).toEqual([
      { ...MOOH, price: "62,00" },
    ]);
    // None for March: February's grid, without a price (then the run says « pas de prix de base »).
    const none = opWorkbook({
      producers,
      deliveries,
      prices: [
        ["2025-01", "sud-est-2018", 430],
        ["2025-02", "mooh-2025", 62],
        ["2025-05", "sud-est-2018", 445],
      ],
    });
    expect((await readMonthState(none)).basePrices).toEqual([{ ...MOOH, price: null }]);
    // Only later months priced: the nearest.
    expect((await readMonthState(none, "2024-12")).basePrices).toEqual([{ ...SUD_EST, price: null }]);
    expect((await readMonthState(opWorkbook({ producers, deliveries }))).basePrices).toEqual([]);
  });

  it("counts the month's statements by their marker and its invoices in the register", async () => {
    const wb = opWorkbook({ producers: [["P1", "A", null, null, null]], deliveries: [["02/03/2025", "P1", 1]] });
    wb.sheets.push({ name: "Synthèse 2025-03", cells: [["à moi"]] }); // the accountant's own sheet, no marker
    wb.sheets.push({ name: "Synthèse 2025-02", cells: [["x"]], generated: "2025-02" });
    wb.sheets.push({
      name: "Registre des factures",
      cells: [
        ["N°", "Type", "Date d'émission", "Mois", "Producteur"],
        ["F2025-000001", "facture", 45750, "2025-03", "P1"],
        ["F2025-000002", "avoir", 45751, "2025-03", "P1"],
        ["F2025-000003", "facture", 45752, "2025-02", "P1"],
        ["F2025-000004", "facture", 45753, "#REF!", "P1"],
      ],
    });
    expect(await readMonthState(wb)).toMatchObject({ statements: false, invoices: 2 });
    expect(await readMonthState(wb, "2025-02")).toMatchObject({ statements: true, invoices: 1 });
  });

  it("refuses a month that is not YYYY-MM", async () => {
    await expect(readMonthState(new MemoryWorkbook(), "mars")).rejects.toThrow("mois « mars » invalide");
  });

  it("reads each table once", async () => {
    const wb = opWorkbook({ producers: [["P1", "A", null, null, null]] });
    const reads: string[] = [];
    const readTable = wb.readTable.bind(wb);
    wb.readTable = (name: string) => (reads.push(name), readTable(name));
    await readMonthState(wb);
    expect(reads.length).toBe(new Set(reads.map((r) => r.toLowerCase())).size);
  });
});
