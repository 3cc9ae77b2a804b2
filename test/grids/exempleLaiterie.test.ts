/**
 * The third grid, written only as data (grids/exemple-laiterie.json, no code): a documented example that
 * uses every component kind. Its months are computed by hand below.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  computeStatement,
  loadGrid,
  marginalAdjustment,
  type MarginalComponent,
  type Statement,
} from "../../src/engine";
import { D, line, producerMonth } from "../engine/builders";

const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../grids/exemple-laiterie.json"), "utf8"));
const grid = loadGrid(raw);
const M = "2026-03";
const amounts = (s: Statement) => Object.fromEntries(s.lines.map((l) => [l.code, l.amount.toFixed(2)]));

describe("exemple-laiterie: a grid that is only data", () => {
  test("it uses every component kind the engine knows", () => {
    expect(new Set(grid.components.map((c) => c.kind))).toEqual(
      new Set(["base", "marginal", "tiers", "ladder", "antibiotic", "bonus", "cooling"]),
    );
    expect([grid.family, grid.validFrom, grid.validTo]).toEqual(["exemple-laiterie", "2026-01", "2026-12"]);
  });

  test("fat bands below the reference: 35 g/l = −(2 × 2.00) − (1 × 3.00) = −7.00; 39 g/l = +2.50", () => {
    const mg = grid.components.find((c) => c.code === "MG") as MarginalComponent;
    expect(marginalAdjustment(mg, D(35)).toFixed(2)).toBe("-7.00");
    expect(marginalAdjustment(mg, D(39)).toFixed(2)).toBe("2.50");
    expect(marginalAdjustment(mg, D("36.5")).toFixed(2)).toBe("-3.00"); // 1.5 g × 2.00
  });

  test("a good month: every line by hand, premium earned", () => {
    // 6 000 L on the 4th, 4 000 L on the 18th = 10 000 L at 420 €/1000 L.
    const s = computeStatement(
      producerMonth({
        grid,
        month: M,
        basePrice: 420,
        charter: true,
        deliveries: [
          [`${M}-04`, 6000],
          [`${M}-18`, 4000],
        ],
        results: [
          [`${M}-04`, "MG", 41],
          [`${M}-18`, "MG", 36], // weighted (41×6000 + 36×4000)/10000 = 39.00 → +2.50
          [`${M}-04`, "MP", "33.0"],
          [`${M}-18`, "MP", "33.6"], // arithmetic 33.30 → 13 steps of 0.1 × 0.60 = +7.80
          [`${M}-04`, "GERMES", 20000],
          [`${M}-18`, "GERMES", 45000], // geometric √(9·10⁸) = 30 000 < 50 000 → +2.00
          [`${M}-04`, "BUTYRIQUES", 800],
          [`${M}-18`, "BUTYRIQUES", 1300], // arithmetic 1 050 > 1 000 → −8.00
          [`${M}-04`, "PC", "-0.520"],
          [`${M}-18`, "PC", "-0.512"], // worst −0.512: above −0.515 up to −0.510 → 0, warning
          [`${M}-04`, "CELLULES", 200000],
          [`${M}-18`, "CELLULES", 250000], // geometric 223 607 < 350 000: no contestation
          [`${M}-04`, "INHIBITEURS", 0],
          [`${M}-18`, "INHIBITEURS", 0],
        ],
      }),
    );
    const a = amounts(s);
    expect(a.BASE).toBe("4200.00"); // 420 × 10 000 / 1000
    expect(a.MG).toBe("25.00"); // 2.50 × 10
    expect(a.MP).toBe("78.00"); // 7.80 × 10
    expect(a.GERMES).toBe("20.00"); // 2.00 × 10
    expect(a.BUTYRIQUES).toBe("-80.00"); // −8.00 × 10
    expect(a.PRIME).toBe("40.00"); // germs 30 000 < 50 000, cells ≤ 300 000, no positive, charter: 4.00 × 10
    // 4 200 + 25 + 78 + 20 − 80 + 0 (PC) + 40 = 4 283.00 → 428.30 €/1000 L.
    expect(s.total.toFixed(2)).toBe("4283.00");
    expect(s.pricePerUnit!.toFixed(2)).toBe("428.30");
    expect(s.notes.map((n) => n.message).join("\n")).toMatch(/−0,514 et −0,510 °C : avertissement/);
  });

  test("a bad month: percent of the base price, a cell ladder at level 2, an antibiotic positive", () => {
    const s = computeStatement(
      producerMonth({
        grid,
        month: M,
        basePrice: 420,
        charter: true,
        historyStart: "2026-01",
        deliveries: [
          [`${M}-04`, 6000],
          [`${M}-18`, 4000],
        ],
        results: [
          [`${M}-04`, "PC", "-0.508"], // above −0.510 → −3 % × 420 = −12.60 → × 10 = −126.00
          ["2026-02-05", "CELLULES", 380000],
          ["2026-02-19", "CELLULES", 380000], // February: mean 380 000 ≥ 350 000 → 1 contestation
          [`${M}-18`, "CELLULES", 420000], // March, single result ≥ 400 000 → 1 contestation; window of 3 months holds 2 → level 2: −5.00 × 10 = −50.00
          [`${M}-18`, "INHIBITEURS", 1], // positive on the 18th (4 000 L): 100 % × 420 × 4 000 / 1000 = −1 680.00, destruction −200.00
        ],
      }),
    );
    const a = amounts(s);
    expect(a.PC).toBe("-126.00");
    expect(a.CELLULES).toBe("-50.00");
    expect(line(s, "ANTIBIO").amount.toFixed(2)).toBe("-1680.00");
    const destruction = s.lines.filter((l) => l.code !== "ANTIBIO" && /ANTIBIO|DESTRUCTION/.test(l.code));
    expect(destruction.map((l) => l.amount.toFixed(2))).toEqual(["-200.00"]);
    // 4 200 − 126 − 50 − 1 680 − 200 = 2 144.00 (no premium: a positive test; fat, protein, germs, spores have
    // no value: no line).
    expect(s.total.toFixed(2)).toBe("2144.00");
  });
});
