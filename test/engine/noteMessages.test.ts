/**
 * The engine's notes speak the language in use (issue 15): French by default, unchanged to the byte, English
 * and Swiss German on demand, each note in one language (the explanation it quotes, the criterion it names
 * included); numbers and dates keep their French writing. A note keeps its message, so the statement's
 * Remarques are French whatever the language, while the run's issues and its checks sheet follow it.
 */
import { Decimal, computeStatement, type Criterion, type ProducerMonthInput, type Statement } from "../../src/engine";
import { setLanguage, t, type Lang, type MessageKey } from "../../src/messages";
import { runStatements } from "../../src/run";
import { deliveries, opWorkbook, results } from "../run/fixtures";
import { values } from "../run/memoryPort";
import { deliveriesOn, notesOf, producerMonth, twice, type ResultRow } from "./builders";

afterEach(() => setLanguage(null));

const M = "2025-03";

/** Two results in March of every sud-est criterion but `missing` (a month that needs no fallback). */
function marchResults(...missing: Criterion[]): ResultRow[] {
  const typical: [Criterion, number | string][] = [
    ["MG", 40],
    ["MP", 33],
    ["GERMES", 20000],
    ["CELLULES", 150000],
    ["BUTYRIQUES", 500],
    ["PC", "-0.520"],
    ["INHIBITEURS", 0],
  ];
  return typical.filter(([c]) => !missing.includes(c)).flatMap(([c, v]) => twice(M, c, v));
}

/** Sud-est, deliveries on the sampling days (4 and 18 March) and on `days` of February. */
function sudEst(opts: { results: ResultRow[]; february?: number[]; basePrice?: string }): ProducerMonthInput {
  return producerMonth({
    basePrice: opts.basePrice,
    deliveries: [...deliveriesOn("2025-02", opts.february ?? []), ...deliveriesOn(M, [4, 18])],
    results: opts.results,
  });
}

/** Five clean months of germs before March (a joker's window). */
const cleanGerms: ResultRow[] = ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02"].flatMap((m) => [
  [`${m}-05`, "GERMES", 20000],
  [`${m}-20`, "GERMES", 30000],
]);

/** A mooh month with one collection at the given temperature, time and place. */
function pickUp(temperature: string, time?: string, place?: "ferme" | "centre"): ProducerMonthInput {
  const input = producerMonth({ grid: "mooh-2025", deliveries: [] });
  const collection = { date: `${M}-04`, volume: new Decimal(2000), temperature: new Decimal(temperature), time, place };
  return { ...input, deliveries: [collection] };
}

/** A mooh month: one germ count, a freezing point, a positive inhibitor test, damages. */
function moohMonth(historyStart?: string): ProducerMonthInput {
  return producerMonth({
    grid: "mooh-2025",
    basePrice: 70,
    deliveries: [[`${M}-04`, 10000]],
    results: [
      [`${M}-04`, "CELLULES", 400000],
      [`${M}-04`, "PC", "-0.500"],
      [`${M}-04`, "INHIBITEURS", 1],
    ],
    events: [{ date: `${M}-05`, type: "DOMMAGES", amount: 500 }],
    historyStart,
  });
}

interface NoteCase {
  /** What the note says. */
  name: string;
  input: () => ProducerMonthInput;
  code: string;
  /** Every note of that code, in each language. */
  notes: Record<Lang, string[]>;
}

const CASES: NoteCase[] = [
  {
    name: "base price rounded",
    input: () => sudEst({ results: marchResults(), basePrice: "450.456" }),
    code: "BASE_PRICE",
    notes: {
      fr: [
        "prix de base 450,456 arrondi à 450,46 €/1000 L : ce prix arrondi sert à toutes les lignes (base, % du prix de base, valeur du lait)",
      ],
      en: [
        "base price 450,456 rounded to 450,46 €/1000 L: this rounded price is used on every line (base, % of the base price, milk value)",
      ],
      de: [
        "Basispreis 450,456 auf 450,46 €/1000 L gerundet: Dieser gerundete Preis gilt für alle Zeilen (Basis, % des Basispreises, Milchwert)",
      ],
    },
  },
  {
    name: "no delivery",
    input: () => producerMonth({ results: marchResults() }),
    code: "VOLUME",
    notes: {
      fr: ["aucune livraison en 2025-03"],
      en: ["no delivery in 2025-03"],
      de: ["keine Lieferung im Monat 2025-03"],
    },
  },
  {
    name: "no result and no history: the component is not calculated",
    input: () => sudEst({ results: marchResults("MG") }),
    code: "MISSING",
    notes: {
      fr: [
        "Matière grasse : aucun résultat ce mois et pas d'historique des mois précédents dans le classeur : pas de moyenne à reprendre : composante non calculée (jamais comptée 0)",
      ],
      en: [
        "Matière grasse: no result this month and no earlier months in the workbook: no mean to carry over: component not calculated (never counted as 0)",
      ],
      de: [
        "Matière grasse: kein Resultat in diesem Monat und keine früheren Monate in der Arbeitsmappe: kein Mittel zu übernehmen: Komponente nicht berechnet (nie als 0 gezählt)",
      ],
    },
  },
  {
    name: "fallback: the previous month's mean",
    input: () =>
      sudEst({
        results: [...marchResults("MG"), ["2025-02-04", "MG", 40], ["2025-02-18", "MG", 41]],
        february: [4, 18],
      }),
    code: "FALLBACK",
    notes: {
      fr: ["Matière grasse : aucun résultat ce mois : moyenne du mois précédent reprise (2025-02 : 40,50\u00a0g/l)"],
      en: ["Fat: no result this month: the previous month's mean carried over (2025-02: 40,50\u00a0g/l)"],
      de: ["Fett: kein Resultat in diesem Monat: Mittel des Vormonats übernommen (2025-02: 40,50\u00a0g/l)"],
    },
  },
  {
    name: "fallback: completed by the previous month's last result",
    input: () =>
      sudEst({ results: [...marchResults("MG"), ["2025-02-18", "MG", 38], [`${M}-04`, "MG", 40]], february: [18] }),
    code: "FALLBACK",
    notes: {
      fr: [
        "Matière grasse : moins de 2 résultats ce mois, moyenne pondérée par les volumes 39,00\u00a0g/l sur 1 résultat du mois et le dernier résultat du mois précédent (18/02/2025 : 38,00\u00a0g/l)",
      ],
      en: [
        "Fat: fewer than 2 results this month, volume-weighted mean 39,00\u00a0g/l over 1 result of the month and the previous month's last result (18/02/2025: 38,00\u00a0g/l)",
      ],
      de: [
        "Fett: weniger als 2 Resultate in diesem Monat, nach Menge gewichtetes Mittel 39,00\u00a0g/l aus 1 Resultat des Monats und dem letzten Resultat des Vormonats (18/02/2025: 38,00\u00a0g/l)",
      ],
    },
  },
  {
    name: "joker granted",
    input: () =>
      sudEst({
        results: [
          ...marchResults("GERMES"),
          ...cleanGerms,
          [`${M}-04`, "GERMES", 20000],
          [`${M}-11`, "GERMES", 250000],
        ],
      }),
    code: "JOKER",
    notes: {
      fr: [
        "joker germes : résultat de 250\u00a0000 du 11/03/2025 écarté (tous les autres résultats du mois et des 5 mois précédents ≤ 70\u00a0000)",
      ],
      en: [
        "germ joker: result of 250\u00a0000 on 11/03/2025 set aside (every other result of the month and of the previous 5 months ≤ 70\u00a0000)",
      ],
      de: [
        "Keimzahl-Joker: Resultat von 250\u00a0000 vom 11/03/2025 ausgeklammert (alle anderen Resultate des Monats und der 5 Vormonate ≤ 70\u00a0000)",
      ],
    },
  },
  {
    name: "joker refused",
    input: () =>
      sudEst({
        results: [...marchResults("GERMES"), ...cleanGerms, [`${M}-04`, "GERMES", 90000], [`${M}-18`, "GERMES", 95000]],
      }),
    code: "JOKER",
    notes: {
      fr: ["joker refusé : 2 résultats > 70\u00a0000 ce mois"],
      en: ["joker refused: 2 results > 70\u00a0000 this month"],
      de: ["Joker abgelehnt: 2 Resultate > 70\u00a0000 in diesem Monat"],
    },
  },
  {
    name: "joker decided on a short history",
    input: () =>
      sudEst({ results: [...marchResults("GERMES"), [`${M}-04`, "GERMES", 20000], [`${M}-11`, "GERMES", 250000]] }),
    code: "HISTORY",
    notes: {
      fr: ["Germes : joker décidé sur 0 mois d'historique au lieu de 5"],
      en: ["Germ count: joker decided on 0 months of history instead of 5"],
      de: ["Keimzahl: Joker aufgrund von 0 Monaten Verlauf statt 5 entschieden"],
    },
  },
  {
    name: "cooling outside the tolerated windows",
    input: () => pickUp("10", "08:01", "ferme"),
    code: "COOLING",
    notes: {
      fr: [
        "Refroidissement : 10 °C le 04/03/2025 à 08:01 (ferme), hors des plages tolérées (05:00–08:00, 17:00–20:00) : maximum 5 °C",
      ],
      en: [
        "Cooling: 10 °C on 04/03/2025 at 08:01 (farm), outside the tolerated time windows (05:00–08:00, 17:00–20:00): maximum 5 °C",
      ],
      de: [
        "Kühlung: 10 °C am 04/03/2025 um 08:01 (Hof), ausserhalb der tolerierten Zeitfenster (05:00–08:00, 17:00–20:00): höchstens 5 °C",
      ],
    },
  },
  {
    name: "cooling above the tolerance",
    input: () => pickUp("10.1", "06:30", "centre"),
    code: "COOLING",
    notes: {
      fr: ["Refroidissement : 10,1 °C le 04/03/2025 à 06:30 (centre), au-dessus de 10 °C"],
      en: ["Cooling: 10,1 °C on 04/03/2025 at 06:30 (collection centre), above 10 °C"],
      de: ["Kühlung: 10,1 °C am 04/03/2025 um 06:30 (Sammelstelle), über 10 °C"],
    },
  },
  {
    name: "cooling without time nor place",
    input: () => pickUp("7"),
    code: "COOLING",
    notes: {
      fr: [
        "Refroidissement : 7 °C le 04/03/2025 ; heure ou lieu manquant, tolérance jusqu'à 10 °C impossible à vérifier",
      ],
      en: ["Cooling: 7 °C on 04/03/2025; time or place missing, the tolerance up to 10 °C cannot be checked"],
      de: ["Kühlung: 7 °C am 04/03/2025; Uhrzeit oder Ort fehlt, Toleranz bis 10 °C nicht prüfbar"],
    },
  },
  {
    name: "volume outliers, above and below",
    input: () =>
      producerMonth({
        deliveries: [
          ...deliveriesOn("2025-02", [2, 9, 16, 23], 15000),
          ...deliveriesOn(M, [2, 9, 16], 15000),
          [`${M}-21`, 80000],
          [`${M}-23`, 2000],
        ],
        results: marchResults(),
      }),
    code: "VOLUME_OUTLIER",
    notes: {
      fr: [
        "Livraison du 21/03/2025 : 80\u00a0000 L, plus de 5 fois la livraison habituelle du producteur (médiane 15\u00a0000 L sur 9 livraisons de 2025-02 à 2025-03) : payée telle que saisie, vérifiez le volume",
        "Livraison du 23/03/2025 : 2\u00a0000 L, moins du 5e de la livraison habituelle du producteur (médiane 15\u00a0000 L sur 9 livraisons de 2025-02 à 2025-03) : payée telle que saisie, vérifiez le volume",
      ],
      en: [
        "Delivery on 21/03/2025: 80\u00a0000 L, more than 5 times the producer's usual delivery (median 15\u00a0000 L over 9 deliveries from 2025-02 to 2025-03): paid as entered, check the volume",
        "Delivery on 23/03/2025: 2\u00a0000 L, less than 1/5 of the producer's usual delivery (median 15\u00a0000 L over 9 deliveries from 2025-02 to 2025-03): paid as entered, check the volume",
      ],
      de: [
        "Lieferung vom 21/03/2025: 80\u00a0000 L, mehr als das 5-Fache der üblichen Lieferung des Produzenten (Median 15\u00a0000 L aus 9 Lieferungen von 2025-02 bis 2025-03): wie erfasst bezahlt, prüfen Sie die Menge",
        "Lieferung vom 23/03/2025: 2\u00a0000 L, weniger als 1/5 der üblichen Lieferung des Produzenten (Median 15\u00a0000 L aus 9 Lieferungen von 2025-02 bis 2025-03): wie erfasst bezahlt, prüfen Sie die Menge",
      ],
    },
  },
  {
    name: "a contestation, quoting how the monthly value was obtained",
    input: () => moohMonth("2024-01"),
    code: "CONTESTATION",
    notes: {
      fr: ["Point de congélation : moyenne arithmétique −0,500\u00a0°C sur 1 résultat → 1 contestation"],
      en: ["Point de congélation: arithmetic mean −0,500\u00a0°C over 1 result → 1 contestation"],
      de: ["Point de congélation: arithmetisches Mittel −0,500\u00a0°C aus 1 Resultat → 1 Beanstandung"],
    },
  },
  {
    name: "delivery suspended",
    input: () => moohMonth("2024-01"),
    code: "SUSPENSION",
    notes: {
      fr: ["Substances inhibitrices : suspension de livraison (1 contestation en 12 mois)"],
      en: ["Substances inhibitrices: delivery suspension (1 contestation in 12 months)"],
      de: ["Substances inhibitrices: Liefersperre (1 Beanstandung in 12 Monaten)"],
    },
  },
  {
    name: "contestations counted on a short history",
    input: () => moohMonth(),
    code: "HISTORY",
    notes: {
      fr: [
        "Cellules somatiques : historique incomplet, 0 des 4 mois précédents disponibles pour compter les contestations",
        "Substances inhibitrices : historique incomplet, 0 des 11 mois précédents disponibles pour compter les contestations",
      ],
      en: [
        "Cellules somatiques: incomplete history, 0 of the 4 previous months available to count the contestations",
        "Substances inhibitrices: incomplete history, 0 of the 11 previous months available to count the contestations",
      ],
      de: [
        "Cellules somatiques: unvollständiger Verlauf, 0 von 4 Vormonaten verfügbar, um die Beanstandungen zu zählen",
        "Substances inhibitrices: unvollständiger Verlauf, 0 von 11 Vormonaten verfügbar, um die Beanstandungen zu zählen",
      ],
    },
  },
  {
    name: "antibiotics: a positive test on a day without delivery",
    input: () =>
      producerMonth({
        deliveries: deliveriesOn(M, [4, 18]),
        results: [...marchResults("INHIBITEURS"), [`${M}-20`, "INHIBITEURS", 1]],
        historyStart: "2024-01",
      }),
    code: "ANTIBIOTIC",
    notes: {
      fr: ["Antibiotiques : test positif du 20/03/2025 sans livraison ce jour, pénalité non calculée"],
      en: ["Antibiotics: positive test on 20/03/2025 with no delivery that day, penalty not calculated"],
      de: ["Antibiotika: positiver Test vom 20/03/2025 ohne Lieferung an diesem Tag, Strafe nicht berechnet"],
    },
  },
  {
    name: "antibiotics: an alert beyond the year's indemnities",
    input: () =>
      producerMonth({
        deliveries: deliveriesOn(M, [4, 18]),
        results: marchResults(),
        historyStart: "2025-01",
        events: [
          { date: "2025-01-10", type: "ALERTE", volume: 3000 },
          { date: `${M}-10`, type: "ALERTE", volume: 3000 },
        ],
      }),
    code: "ALERT",
    notes: {
      fr: ["Alerte du 10/03/2025 : pas d'indemnité, déjà 1 alerte en 2025 (1 par an)"],
      en: ["Alert on 10/03/2025: no indemnity, already 1 alert in 2025 (1 a year)"],
      de: ["Alarm vom 10/03/2025: keine Entschädigung, bereits 1 Alarm im Jahr 2025 (1 pro Jahr)"],
    },
  },
];

function statementIn(lang: Lang, input: ProducerMonthInput): Statement {
  setLanguage(lang);
  return computeStatement(input);
}

/** A note's message worded again in French, as the statement's Remarques word it. */
const inFrench = (s: Statement) => s.notes.map((n) => t(n.text.key as MessageKey, n.text.params, "fr"));

describe.each(CASES)("the note: $name", ({ input, code, notes }) => {
  it.each(["fr", "en", "de"] as const)("in %s", (lang) => {
    expect(notesOf(statementIn(lang, input()), code)).toEqual(notes[lang]);
  });

  it("is worded in French again from its message, whatever the language it was made in", () => {
    const french = statementIn("fr", input());
    for (const lang of ["en", "de"] as const) {
      const other = statementIn(lang, input());
      expect(inFrench(other)).toEqual(french.notes.map((n) => n.message));
      // The statement's own words (how each monthly value was obtained) stay French.
      expect(other.monthlyValues.map((v) => v.explanation)).toEqual(french.monthlyValues.map((v) => v.explanation));
      expect(other.lines.map((l) => l.explanation)).toEqual(french.lines.map((l) => l.explanation));
    }
  });
});

describe("a run in English", () => {
  /** P1: one fat result in March and none in February (a warning); a base price to round (an info). */
  function workbook() {
    return opWorkbook({
      producers: [["P1", "Ferme P1", null, "oui", null]],
      deliveries: deliveries("P1", [
        ["04/03/2025", 5000],
        ["18/03/2025", 5000],
      ]),
      results: results("P1", [...marchResults("MG"), [`${M}-04`, "MG", 41]]),
      prices: [["2025-03", "sud-est-2018", 450.456]],
    });
  }
  const fatFr =
    "Matière grasse : moyenne pondérée par les volumes 41,00\u00a0g/l sur 1 résultat seulement (aucun résultat le mois précédent pour compléter)";
  const fatEn =
    "Fat: volume-weighted mean 41,00\u00a0g/l over 1 result only (no result in the previous month to complete it)";
  const baseFr =
    "prix de base 450,456 arrondi à 450,46 €/1000 L : ce prix arrondi sert à toutes les lignes (base, % du prix de base, valeur du lait)";

  /** The notes under Remarques: column A gives the severity, a long note continues on the rows below. */
  function remarks(sheet: ReturnType<typeof values>): string[][] {
    const start = sheet.findIndex((r) => r[0] === "Remarques");
    const found: string[][] = [];
    for (const row of sheet.slice(start + 1)) {
      if (row.length === 0) break;
      if (row[0]) found.push([String(row[0]), String(row[1])]);
      else found[found.length - 1][1] += ` ${String(row[1])}`;
    }
    return found;
  }

  it("lists the notes in English in its issues and checks sheet, and keeps the statement's Remarques French", async () => {
    setLanguage("en");
    const port = workbook();
    const result = await runStatements(port, { month: M });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "FALLBACK", producer: "P1", message: fatEn }),
    );
    expect(values(port.output(`Contrôles ${M}`))).toContainEqual(["Avertissement", null, null, null, "P1", fatEn]);
    expect(remarks(values(port.output(`${M} P1`)))).toEqual([
      ["Information", baseFr],
      ["Avertissement", fatFr],
    ]);
  });

  it("in French, the same statement's Remarques and issues", async () => {
    const port = workbook();
    const result = await runStatements(port, { month: M });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "FALLBACK", message: fatFr }));
    expect(remarks(values(port.output(`${M} P1`)))).toEqual([
      ["Information", baseFr],
      ["Avertissement", fatFr],
    ]);
  });
});
