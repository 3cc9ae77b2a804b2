import { GridError, UnknownGridError, computeStatement, getGrid, gridIds, loadGrid, type Grid } from "../../src/engine";
import sudEst from "../../src/engine/grids/sud-est-2018.json";
import { deliveriesOn, producerMonth, rateOf, twice, type GridJson } from "./builders";

/** A deep copy of the sud-est grid data, changed by `edit`. */
function variant(edit: (g: GridJson) => void): unknown {
  const g = JSON.parse(JSON.stringify(sudEst));
  edit(g);
  return g;
}
const germTiers = (g: GridJson) => g.components.find((c: GridJson) => c.code === "GERMES").tiers;

describe("built-in grids", () => {
  test("both seed grids load", () => {
    expect(gridIds()).toEqual(["sud-est-2018", "mooh-2025"]);
    expect(getGrid("mooh-2025").currency).toBe("CHF");
    expect(getGrid("sud-est-2018").volumeUnit).toBe("L");
  });
  test("an unknown id names the available ones", () => {
    expect(() => getGrid("sud-est-2019")).toThrow(UnknownGridError);
    expect(() => getGrid("sud-est-2019")).toThrow('grid "sud-est-2019" unknown; available: sud-est-2018, mooh-2025');
  });
  test("every grid writes down the choices it made", () => {
    for (const id of gridIds()) expect(getGrid(id).choices.length).toBeGreaterThan(0);
  });
});

describe("a faulty grid is refused with a message naming the grid and the field", () => {
  const cases: [string, (g: GridJson) => void, string][] = [
    [
      "overlapping tiers (upTo and from at the same bound)",
      (g) => (germTiers(g)[0] = { upTo: "100000", rate: "0" }),
      "grille « sud-est-2018 » : components[3].tiers[1] : tranches qui se chevauchent : 100000 est dans deux tranches",
    ],
    [
      "overlapping tiers (starts before the previous ends)",
      (g) => (germTiers(g)[1].from = "90000"),
      "components[3].tiers[1] : tranches qui se chevauchent : commence à 90000 avant la fin de la précédente (100000)",
    ],
    [
      "a gap between tiers",
      (g) => (germTiers(g)[1] = { above: "100000", upTo: "200000", rate: "-9" }),
      "components[3].tiers[1] : trou entre les tranches : 100000 n'est dans aucune tranche",
    ],
    [
      "a numeric gap",
      (g) => (germTiers(g)[1].from = "110000"),
      "components[3].tiers[1] : trou entre les tranches : de 100000 à 110000",
    ],
    [
      "unsorted tiers",
      (g) => germTiers(g).reverse(),
      "components[3].tiers[0] : la première tranche n'a pas de borne basse",
    ],
    [
      "unsorted middle tiers",
      (g) => {
        const t = germTiers(g);
        t.splice(1, 0, { from: "50000", below: "60000", rate: "0" });
      },
      "components[3].tiers[1]",
    ],
    [
      "a tier with both from and above",
      (g) => (germTiers(g)[1].above = "100000"),
      "components[3].tiers[1] : une tranche a une seule borne basse",
    ],
    [
      "a tier without rate",
      (g) => delete germTiers(g)[1].rate,
      "components[3].tiers[1] : une tranche a soit rate, soit percentOfBase",
    ],
    [
      "a rate that is not a number",
      (g) => (germTiers(g)[1].rate = "-9,00 €"),
      'components[3].tiers[1].rate : attendu : un nombre écrit avec un point décimal, entre guillemets (ex. "-9.00"), reçu "-9,00 €"',
    ],
    [
      "an unknown method",
      (g) => (g.criteria.GERMES.method = "median"),
      'criteria.GERMES.method : valeur inconnue "median" ; attendu : arithmetic, geometric, weighted, worst',
    ],
    ["a missing unit", (g) => delete g.criteria.CELLULES.unit, "criteria.CELLULES.unit : manquant"],
    [
      "a geometric mean not rounded to a whole count",
      (g) => (g.criteria.CELLULES.round = 2),
      "criteria.CELLULES.round",
    ],
    [
      "an unknown criterion",
      (g) => (g.criteria.LACTOSE = { method: "arithmetic", unit: "%" }),
      "criteria.LACTOSE : nom inconnu « LACTOSE » ; attendu : MG, MP",
    ],
    [
      "a component on a criterion without rule",
      (g) => delete g.criteria.BUTYRIQUES,
      "components[5].criterion : « BUTYRIQUES » n'a pas d'entrée dans criteria",
    ],
    [
      "an unknown component kind",
      (g) => (g.components[1].kind = "bonus-malus"),
      'components[1].kind : valeur inconnue "bonus-malus" ; attendu : base, marginal',
    ],
    ["duplicate component codes", (g) => (g.components[2].code = "MG"), "components[2].code : code « MG » en double"],
    [
      "marginal bands not contiguous",
      (g) => (g.components[1].bands[1].from = "37"),
      "components[1].bands[1].from : attendu : le to de la tranche précédente (38)",
    ],
    [
      "marginal bands unsorted",
      (g) => {
        g.components[1].bands[1].to = "37";
        g.components[1].bands[2].from = "37";
      },
      "components[1].bands[1] : tranches dans le désordre",
    ],
    [
      "no base component",
      (g) => g.components.shift(),
      'components : une grille a besoin d\'un composant de type "base"',
    ],
    ["missing volume unit", (g) => delete g.volumeUnit, "volumeUnit : manquant"],
    [
      "a zero amount divisor",
      (g) => (g.amountDivisor = "0"),
      "amountDivisor : attendu : un nombre strictement positif",
    ],
    ["a bad id", (g) => (g.id = "Sud Est"), "grille « Sud Est » : id : attendu : un identifiant en minuscules"],
    [
      "a bonus condition without threshold",
      (g) => delete g.components.find((c: GridJson) => c.code === "PRIME").conditions[0].below,
      "conditions[0] : une condition sur la valeur du mois a soit below, soit upTo",
    ],
  ];
  test.each(cases)("%s", (_name, edit, message) => {
    const broken = variant(edit);
    expect(() => loadGrid(broken)).toThrow(GridError);
    expect(() => loadGrid(broken)).toThrow(message);
  });
  test("not an object at all", () => {
    expect(() => loadGrid(null)).toThrow(GridError);
    expect(() => loadGrid("sud-est")).toThrow("(grille) : attendu : un objet { … }");
  });
});

describe("adding a buyer's grid is adding data", () => {
  test("a cheese dairy's copy with its own butyric tiers computes with them", () => {
    const cheese = loadGrid(
      variant((g) => {
        g.id = "sud-est-2018-fromagerie";
        g.components.find((c: GridJson) => c.code === "BUTYRIQUES").tiers = [
          { below: "500", rate: "4.00" },
          { from: "500", upTo: "1500", rate: "0" },
          { above: "1500", rate: "-20.00" },
        ];
      }),
    );
    const M = "2025-03";
    const at = (grid: Grid, v: number) =>
      rateOf(
        computeStatement(producerMonth({ grid, deliveries: deliveriesOn(M, [4]), results: twice(M, "BUTYRIQUES", v) })),
        "BUTYRIQUES",
      );
    expect([at(cheese, 499), at(cheese, 500), at(cheese, 1500), at(cheese, 1501)]).toEqual([
      "4.00",
      "0.00",
      "0.00",
      "-20.00",
    ]);
    expect(at(getGrid("sud-est-2018"), 1501)).toBe("0.00");
  });
});
