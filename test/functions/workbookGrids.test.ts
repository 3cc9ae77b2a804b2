/**
 * Custom functions with the workbook's grids: the page reads the sheets « Grille <id> » and publishes them;
 * MILK_GRIDS lists them after the built-in ones and GERM_PENALTY(B2:B5; "my-grid") uses them; a new
 * publication (a sheet edited) replaces the old grid; only grid sheets trigger a new read.
 */
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import { germPenalty, grids } from "../../src/functions/core";
import { publishWorkbookGrids, workbookGridsVersion } from "../../src/functions/workbookGrids";
import type { GridJson } from "../../src/inputs/gridSheetWrite";
import { startWorkbookGridsSync, syncWorkbookGrids } from "../../src/taskpane/services/workbookGridsSync";
import { gridCells, rowWhere } from "../grids/cells";
import { MemoryWorkbook } from "../run/memoryPort";

/** The Sud-Est grid as « my-grid », its 100 000–200 000 germ tier at `rate`. */
const myGrid = (rate: string | number) =>
  gridCells({ ...(sudEst as GridJson), id: "my-grid", family: "my-grid" }, (cells) => {
    cells[rowWhere(cells, { 0: "Tranche", 1: "GERMES", 9: -9 })][9] = rate;
  });
const germs = [[120000], [180000], [null], [""]]; // arithmetic mean 150 000 (blanks ignored): the middle tier

afterEach(() => publishWorkbookGrids([]));

describe("custom functions and the workbook's grids", () => {
  test("a published workbook grid is listed by MILK_GRIDS and used by GERM_PENALTY", async () => {
    expect(() => germPenalty(germs, "my-grid", null)).toThrow(
      'grid "my-grid" unknown; available: sud-est-2018, mooh-2025',
    );
    const recalculate = jest.fn(async () => undefined);
    const wb = new MemoryWorkbook({ "Grille my-grid": myGrid("-10,00"), Producteurs: [["Code"]] });
    const published = await syncWorkbookGrids({ open: () => wb, recalculate });
    expect(published.map((g) => g.id)).toEqual(["my-grid"]);
    expect(recalculate).toHaveBeenCalledTimes(1);
    expect(grids()).toEqual([
      ["sud-est-2018", "Accord interprofessionnel Sud-Est (1er janvier 2018)", "EUR", "€/1000 L"],
      ["mooh-2025", "mooh société coopérative (dès le 1er janvier 2025)", "CHF", "cts/kg"],
      ["my-grid", "Accord interprofessionnel Sud-Est (1er janvier 2018)", "EUR", "€/1000 L"],
    ]);
    expect(germPenalty(germs, "my-grid", null)).toBe(-10);
    expect(germPenalty(germs, "MY-GRID", null)).toBe(-10);
    expect(germPenalty(germs, "sud-est-2018", null)).toBe(-9); // the built-in grid is unchanged
  });

  test("an edited sheet, read again, replaces the grid the functions use; a broken one is not published", async () => {
    const v0 = workbookGridsVersion();
    await syncWorkbookGrids({ open: () => new MemoryWorkbook({ "Grille my-grid": myGrid(-10) }) });
    expect(germPenalty(germs, "my-grid", null)).toBe(-10);
    await syncWorkbookGrids({ open: () => new MemoryWorkbook({ "Grille my-grid": myGrid("-12,5") }) });
    expect(germPenalty(germs, "my-grid", null)).toBe(-12.5);
    await syncWorkbookGrids({ open: () => new MemoryWorkbook({ "Grille my-grid": myGrid("moins douze") }) });
    expect(() => germPenalty(germs, "my-grid", null)).toThrow("unknown");
    expect(workbookGridsVersion()).toBe(v0 + 3);
  });

  test("only a change to a grid sheet triggers a new read (debounced)", async () => {
    let handler: (name?: string) => void = () => undefined;
    let reads = 0;
    const wb = new MemoryWorkbook({ "Grille my-grid": myGrid(-10) });
    const open = () => {
      reads++;
      return wb;
    };
    await startWorkbookGridsSync({ open, subscribe: async (changed) => void (handler = changed), debounceMs: 0 });
    expect(reads).toBe(1);
    handler("Livraisons");
    await new Promise((r) => setTimeout(r, 10));
    expect(reads).toBe(1);
    handler("Grille my-grid");
    handler("Grille my-grid");
    await new Promise((r) => setTimeout(r, 10));
    expect(reads).toBe(2);
  });
});
