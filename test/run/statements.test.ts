/**
 * Statements computed by hand from grids.md (not by calling the engine), to the cent, for sample producers
 * of both grids, run through the whole statement run (tables → gather → engine → sheets) on an in-memory
 * workbook.
 */
import { runJson, runStatements } from "../../src/run";
import { rowOf } from "./memoryPort";
import { a1March2025, deliveries, opWorkbook, results } from "./fixtures";

const lineMap = (lines: { code: string; rate: number | null; amount: number }[]) =>
  Object.fromEntries(lines.map((l) => [l.code, [l.rate, l.amount]]));

describe("sud-est-2018, a clean month (producer A1)", () => {
  const wb = a1March2025;

  it("totals to the cent", async () => {
    const result = await runStatements(wb(), { month: "2025-03" });
    const [s] = runJson(result).statements;
    // Volume 8 000 + 7 000 + 7 500 + 7 500 = 30 000 L.
    expect(s.volume).toBe(30000);
    const lines = lineMap(s.lines);
    // Base 452,30 × 30 = 13 569,00.
    expect(lines.BASE).toEqual([452.3, 13569]);
    // Fat: (41 × 8 000 + 39,5 × 7 500) / 15 500 = 40,2742 → 40,27 g/l; 2 × 2,91 + 0,27 × 1,45 = 6,2115 → 6,21; × 30 = 186,30.
    expect(lines.MG).toEqual([6.21, 186.3]);
    // Protein: (33 × 8 000 + 34,6 × 7 500) / 15 500 = 33,7742 → 33,77; 1,77 × 6,40 = 11,328 → 11,33; × 30 = 339,90.
    expect(lines.MP).toEqual([11.33, 339.9]);
    // Germs: (30 000 + 50 000) / 2 = 40 000 < 100 000 → 0.
    expect(lines.GERMES).toEqual([0, 0]);
    // Cells: √(250 000 × 360 000) = 300 000, in 300 000–400 000 inclusive → −6,00; × 30 = −180,00.
    expect(lines.CELLULES).toEqual([-6, -180]);
    // Spores: √(400 × 900) = 600 < 800 → +1,50; × 30 = 45,00.
    expect(lines.BUTYRIQUES).toEqual([1.5, 45]);
    // Freezing point: worst −0,515 ≤ −0,512 → 0.
    expect(lines.PC).toEqual([0, 0]);
    // Premium: cell mean 300 000 is not < 250 000 → not paid.
    expect(lines.PRIME).toEqual([0, 0]);
    // Total 13 569,00 + 186,30 + 339,90 − 180,00 + 45,00 = 13 960,20; per 1000 L: 465,34.
    expect(s.total).toBe(13960.2);
    expect(s.pricePerUnit).toBe(465.34);
    // Effective price leaves out quality deductions: (13 960,20 + 180,00) / 30 = 471,34.
    expect(result.statements[0].effectivePrice!.toNumber()).toBe(471.34);
    expect(result.issues).toEqual([]);
  });

  it("lays out a printable statement sheet", async () => {
    const port = wb();
    await runStatements(port, { month: "2025-03" });
    const sheet = port.output("2025-03 A1");
    expect(sheet.print).toEqual({ orientation: "portrait", fitToOnePage: true, area: `A1:H${sheet.rows.length}` });
    expect(sheet.columnWidths).toHaveLength(8);
    expect(rowOf(sheet, "Producteur")).toEqual(["Producteur", "A1", "GAEC du Pré"]);
    expect(rowOf(sheet, "Total à payer")).toEqual(["Total à payer", null, 13960.2, "EUR"]);
    expect(rowOf(sheet, "Prix moyen payé")?.[1]).toBe(465.34);
    expect(rowOf(sheet, "Prix effectif (PSL)")?.[1]).toBe(471.34);
    const fat = rowOf(sheet, "Matière grasse")!;
    expect(fat.slice(0, 6)).toEqual(["Matière grasse", 40.27, "g/l", "moyenne pondérée par les volumes", 2, "—"]);
    // Every row fits the 8 columns of the print area.
    expect(Math.max(...sheet.rows.map((r) => r?.length ?? 0))).toBeLessThanOrEqual(8);
    // Dates are Excel serials with a date style; amounts are money.
    const deliveriesHeader = sheet.rows.findIndex((r) => r?.[0]?.value === "Date");
    expect(sheet.rows[deliveriesHeader + 1]![0]).toEqual({ value: 45718, style: "date" });
    const total = sheet.rows.find((r) => r?.[0]?.value === "Total à payer")!;
    expect(total[2].style).toBe("total");
  });
});

describe("sud-est-2018, fallbacks, antibiotics and an alert (producer B1)", () => {
  it("totals to the cent", async () => {
    const port = opWorkbook({
      producers: [["B1", "EARL Martin", "sud-est-2018", "oui", "oui"]],
      deliveries: deliveries("B1", [
        ["20/02/2025", 6000],
        ["04/03/2025", 5000],
        ["10/03/2025", 4000],
        ["20/03/2025", 6000],
      ]),
      results: results("B1", [
        ["20/02/2025", "MG", 37],
        ["20/02/2025", "MP", 31],
        ["10/02/2025", "GERMES", 60000],
        ["20/02/2025", "GERMES", 20000],
        ["20/02/2025", "CELLULES", 200000],
        ["20/02/2025", "BUTYRIQUES", 1000],
        ["10/03/2025", "MG", 39],
        ["10/03/2025", "MP", "32,5"],
        ["10/03/2025", "GERMES", 45000],
        ["10/03/2025", "CELLULES", 320000],
        ["10/03/2025", "PC", -0.505],
        ["20/03/2025", "INHIBITEURS", "positif"],
      ]),
      prices: [
        ["2025-02", "sud-est-2018", 440],
        ["2025-03", "sud-est-2018", 452.3],
      ],
      events: [
        ["21/03/2025", "B1", "EPANDAGE", null, "320"],
        ["25/03/2025", "B1", "ALERTE", "3 000", null],
      ],
    });
    const result = await runStatements(port, { month: "2025-03" });
    const [s] = runJson(result).statements;
    expect(s.volume).toBe(15000);
    const lines = lineMap(s.lines);
    // Base 452,30 × 15 = 6 784,50.
    expect(lines.BASE).toEqual([452.3, 6784.5]);
    // Fat: one result → with the last of February, weighted by the day's volume:
    // (37 × 6 000 + 39 × 4 000) / 10 000 = 37,80 → −0,20 × 1,45 = −0,29; × 15 = −4,35.
    expect(lines.MG).toEqual([-0.29, -4.35]);
    // Protein: (31 × 6 000 + 32,5 × 4 000) / 10 000 = 31,60 → −0,40 × 5,70 = −2,28; × 15 = −34,20.
    expect(lines.MP).toEqual([-2.28, -34.2]);
    // Germs: (20 000 + 45 000) / 2 = 32 500 → 0. Cells: √(200 000 × 320 000) = 252 982 → 0.
    expect(lines.GERMES).toEqual([0, 0]);
    expect(lines.CELLULES).toEqual([0, 0]);
    // Spores: no result in March → February's value (1 000) → 0.
    expect(lines.BUTYRIQUES).toEqual([0, 0]);
    // Freezing point −0,505 → −2 % of 452,30 = −9,046 → −9,05; × 15 = −135,75.
    expect(lines.PC).toEqual([-9.05, -135.75]);
    // Antibiotics, first positive in 12 months: 125 % × 6 000 L × 452,30 / 1000 = 3 392,25; destruction 250; spreading 320.
    expect(lines.ANTIBIO).toEqual([null, -3392.25]);
    expect(lines.DESTRUCTION).toEqual([null, -250]);
    expect(lines.EPANDAGE).toEqual([null, -320]);
    // Alert, first of the year: 50 % × 3 000 L × 452,30 / 1000 = 678,45.
    expect(lines.ALERTE).toEqual([null, 678.45]);
    // No premium with a positive test.
    expect(lines.PRIME).toEqual([0, 0]);
    // 6 784,50 − 4,35 − 34,20 − 135,75 − 3 392,25 − 250 − 320 + 678,45 = 3 326,40.
    expect(s.total).toBe(3326.4);
    expect(s.pricePerUnit).toBe(221.76);
    // The fallbacks are explained on the statement.
    const mv = result.statements[0].monthlyValues;
    expect(mv.find((v) => v.criterion === "MG")!.fallback).toBe("previous-last-result");
    expect(mv.find((v) => v.criterion === "BUTYRIQUES")!.fallback).toBe("previous-mean");
    const sheet = port.output("2025-03 B1");
    const texts = sheet.rows
      .flatMap((r) => r?.map((c) => c.value) ?? [])
      .filter((v) => typeof v === "string") as string[];
    expect(texts).toContain("complété par le dernier résultat du mois précédent");
    expect(texts).toContain("moyenne du mois précédent reprise");
    // History the workbook lacks is said (warnings in the checks list).
    expect(result.issues.some((i) => i.producer === "B1" && i.code === "HISTORY")).toBe(true);
  });
});

describe("mooh-2025, a contestation ladder and cooling (producer C1)", () => {
  it("totals to the cent", async () => {
    const port = opWorkbook({
      producers: [["C1", "Ferme Favre", "mooh-2025", "non", null]],
      deliveries: deliveries("C1", [
        ["02/03/2025", 4000, "06:30", 4.2, "ferme"],
        ["04/03/2025", 4200, "10:15", "7,5", "ferme"],
        ["06/03/2025", 3800, 0.75, 9, "centre"],
      ]),
      results: results("C1", [
        ["05/11/2024", "GERMES", 65000],
        ["19/11/2024", "GERMES", 61000],
        ["14/01/2025", "GERMES", 90000],
        ["04/02/2025", "GERMES", 20000],
        ["18/02/2025", "GERMES", 30000],
        ["02/03/2025", "MG", "4,12"],
        ["06/03/2025", "MG", 4.19],
        ["02/03/2025", "MP", 3.27],
        ["06/03/2025", "MP", "3,24"],
        ["02/03/2025", "GERMES", 70000],
        ["06/03/2025", "GERMES", "58 000"],
        ["02/03/2025", "CELLULES", 120000],
        ["06/03/2025", "CELLULES", 140000],
        ["02/03/2025", "PC", -0.516],
        ["06/03/2025", "PC", "-0,519"],
        ["02/03/2025", "INHIBITEURS", "NEG"],
      ]),
      prices: [["03/2025", "mooh-2025", "63,20"]],
    });
    const result = await runStatements(port, { month: "2025-03" });
    const [s] = runJson(result).statements;
    expect(s.currency).toBe("CHF");
    expect(s.volume).toBe(12000);
    const lines = lineMap(s.lines);
    // Base 63,20 cts/kg × 12 000 kg / 100 = 7 584,00 CHF.
    expect(lines.BASE).toEqual([63.2, 7584]);
    // Fat (4,12 + 4,19) / 2 = 4,155 → 4,16 %: 16 × 0,06 = +0,96; × 120 = 115,20.
    expect(lines.MG).toEqual([0.96, 115.2]);
    // Protein (3,27 + 3,24) / 2 = 3,255 → 3,26 %: −4 × 0,07 = −0,28; × 120 = −33,60.
    expect(lines.MP).toEqual([-0.28, -33.6]);
    // Germs: March mean 64 000 ≥ 60 000 → 1; window Nov–Mar: Nov mean 63 000 → 1, Jan single 90 000 ≥ 80 000 → 1,
    // Feb mean 25 000 → 0: level 3 → −6 cts/kg; × 120 = −720,00.
    expect(lines.GERMES).toEqual([-6, -720]);
    // Cells 130 000 < 300 000, inhibitors negative: no deduction.
    expect(lines.CELLULES).toEqual([0, 0]);
    expect(lines.INHIBITEURS).toEqual([0, 0]);
    // Freezing point (−0,516 − 0,519) / 2 = −0,5175 → −0,518 ≤ −0,513 → 0.
    expect(lines.PC).toEqual([0, 0]);
    // Excellence needs germs ≤ 10 000: not paid.
    expect(lines.EXCELLENCE).toEqual([0, 0]);
    // 7 584,00 + 115,20 − 33,60 − 720,00 = 6 945,60 CHF; 6 945,60 × 100 / 12 000 = 57,88 cts/kg.
    expect(s.total).toBe(6945.6);
    expect(s.pricePerUnit).toBe(57.88);
    // Cooling: 7,5 °C at 10:15 at the farm is outside the tolerated windows; 9 °C at 18:00 at a centre is tolerated.
    const cooling = result.issues.filter((i) => i.code === "COOLING");
    expect(cooling).toHaveLength(1);
    expect(cooling[0]).toMatchObject({ severity: "warning", sheet: "Livraisons", row: 3, producer: "C1" });
    const sheet = port.output("2025-03 C1");
    expect(sheet.rows.some((r) => r?.[0]?.value === "Date" && r[2]?.value === "Heure")).toBe(true);
  });
});
