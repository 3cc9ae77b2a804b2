import { Decimal } from "../../src/engine";
import {
  Bad,
  gridKey,
  isoToSerial,
  normalizeNumberText,
  parseCode,
  parseCriterion,
  parseDate,
  parseDecimal,
  parseEventType,
  parseInhibitor,
  parseMonth,
  parseNonNegative,
  parsePlace,
  parseTime,
  parseYesNo,
  serialToIso,
  isAmbiguousThousands,
  parseQuantity,
  parseText,
  parseVolume,
} from "../../src/inputs";
import { NoValue } from "../../src/workbook/port";
import { headerKey } from "../../src/inputs/columns";

const dec = (v: unknown) => (v instanceof Decimal ? v.toString() : v);

describe("numbers as an accountant types them", () => {
  it.each([
    ["38,5", "38.5"],
    ["38.5", "38.5"],
    ["100 000", "100000"],
    ["100\u00a0000", "100000"],
    ["100\u202f000", "100000"],
    ["60'000", "60000"],
    ["60\u2019000", "60000"],
    ["1 234 567,89", "1234567.89"],
    ["  4 250  ", "4250"],
    ["-0,520", "-0.52"],
    ["\u22120,520", "-0.52"],
    ["+12", "12"],
    [",5", "0.5"],
    ["0", "0"],
  ])("%j → %s", (text, expected) => {
    expect(dec(parseDecimal(text))).toBe(expected);
  });

  it("reads number cells through their shortest form, within Excel's 15 digits", () => {
    expect(dec(parseDecimal(38.5))).toBe("38.5");
    expect(dec(parseDecimal(0.1 + 0.2))).toBe("0.3");
    expect(dec(parseDecimal(-0.52))).toBe("-0.52");
    expect(dec(parseDecimal(100000))).toBe("100000");
    expect(dec(parseDecimal(1e-7))).toBe("1e-7");
  });

  it.each([
    "abc",
    "12,3,4",
    "1.234,5",
    "2 5OO",
    "12 34",
    "1234 567",
    "38,",
    "€ 12",
    "4,1 %",
    "--3",
    "1e5",
    "-",
    "12 000,5 €",
  ])("refuses %j: a bad value, never 0", (text) => {
    const v = parseDecimal(text);
    expect(v).toBeInstanceOf(Bad);
    expect((v as Bad).message).toContain("nombre");
  });

  it("a blank cell is not a value (null), never 0", () => {
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal("   ")).toBeNull();
    expect(parseDecimal("\u00a0")).toBeNull();
  });

  it("refuses booleans and non-finite numbers in number columns", () => {
    expect(parseDecimal(true)).toBeInstanceOf(Bad);
    expect(parseDecimal(Number.NaN)).toBeInstanceOf(Bad);
    expect(parseDecimal(Infinity)).toBeInstanceOf(Bad);
  });

  it("refuses negative volumes, counts and prices", () => {
    expect(parseNonNegative("-5")).toBeInstanceOf(Bad);
    expect(dec(parseNonNegative("0"))).toBe("0");
    expect(normalizeNumberText("1 000 000")).toBe("1000000");
  });
});

describe("dates", () => {
  it("reads Excel serial numbers (1900 date system)", () => {
    expect(serialToIso(45717)).toBe("2025-03-01");
    expect(serialToIso(45720)).toBe("2025-03-04");
    expect(serialToIso(45720.75)).toBe("2025-03-04"); // a time of day is dropped
    expect(parseDate(45352)).toBe("2024-03-01"); // after 29/02/2024
    expect(parseDate(45351)).toBe("2024-02-29");
    expect(isoToSerial("2025-03-04")).toBe(45720);
    expect(isoToSerial("1900-03-01")).toBe(61);
  });

  it.each([
    ["2025-03-04", "2025-03-04"],
    ["2025-3-4", "2025-03-04"],
    ["2025-03-04T00:00:00", "2025-03-04"],
    ["2025-03-04T00:00:00.000Z", "2025-03-04"],
    ["04/03/2025", "2025-03-04"],
    ["4/3/2025", "2025-03-04"],
    ["04.03.2025", "2025-03-04"],
    ["04-03-2025", "2025-03-04"],
    ["04/03/25", "2025-03-04"],
    [" 29/02/2024 ", "2024-02-29"],
  ])("%j → %s (day first)", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(["31/02/2025", "29/02/2025", "32/03/2025", "2025-13-01", "03/04", "demain", "04/03/2025 extra", "0"])(
    "refuses %j",
    (text) => {
      expect(parseDate(text)).toBeInstanceOf(Bad);
    },
  );

  it("refuses serials that cannot be a date of the OP (a volume typed in the date column)", () => {
    expect(parseDate(3500)).toBeInstanceOf(Bad);
    expect(parseDate(-1)).toBeInstanceOf(Bad);
    expect(parseDate(true)).toBeInstanceOf(Bad);
    expect(parseDate(null)).toBeNull();
  });
});

describe("months of PrixDeBase", () => {
  it.each([
    ["2025-03", "2025-03"],
    ["2025/3", "2025-03"],
    ["03/2025", "2025-03"],
    ["3/2025", "2025-03"],
    ["mars 2025", "2025-03"],
    ["Févr. 2025", "2025-02"],
    ["août 2024", "2024-08"],
    ["15/03/2025", "2025-03"],
    ["2025-03-31", "2025-03"],
  ])("%j → %s", (text, month) => {
    expect(parseMonth(text)).toBe(month);
  });

  it("reads a date serial as its month", () => {
    expect(parseMonth(45717)).toBe("2025-03");
    expect(parseMonth(45747)).toBe("2025-03");
  });

  it.each(["2025-13", "13/2025", "mars", "bientôt"])("refuses %j", (text) => {
    expect(parseMonth(text)).toBeInstanceOf(Bad);
  });
});

describe("enumerations", () => {
  it("oui/non and their spellings, blank = default", () => {
    for (const yes of ["oui", "OUI", "Oui ", "o", "yes", "VRAI", "true", "1", "x"]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ["non", "NON", "n", "no", "FAUX", "false", "0"]) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(null)).toBeNull();
    expect(parseYesNo(" ")).toBeNull();
    expect(parseYesNo("peut-être")).toBeInstanceOf(Bad);
    expect(parseYesNo(2)).toBeInstanceOf(Bad);
  });

  it("INHIBITEURS: positif/négatif, POS/NEG, 1/0, VRAI/FAUX, TRUE/FALSE", () => {
    for (const pos of ["positif", "Positif", "POSITIF", "positive", "POS", "pos", "1", "VRAI", "TRUE", "true", "+"])
      expect(parseInhibitor(pos)).toBe(1);
    for (const neg of ["négatif", "negatif", "NÉGATIF", "négative", "NEG", "0", "FAUX", "FALSE", "-"])
      expect(parseInhibitor(neg)).toBe(0);
    expect(parseInhibitor(1)).toBe(1);
    expect(parseInhibitor(0)).toBe(0);
    expect(parseInhibitor(true)).toBe(1);
    expect(parseInhibitor(false)).toBe(0);
    expect(parseInhibitor("douteux")).toBeInstanceOf(Bad);
    expect(parseInhibitor(2)).toBeInstanceOf(Bad);
  });

  it("Lieu: ferme or centre", () => {
    expect(parsePlace("Ferme")).toBe("ferme");
    expect(parsePlace("CENTRE")).toBe("centre");
    expect(parsePlace("centre de collecte")).toBe("centre");
    expect(parsePlace("laiterie")).toBeInstanceOf(Bad);
  });

  it("Critère: the codes and the names labs print, case and accents ignored", () => {
    expect(parseCriterion("MG")).toBe("MG");
    expect(parseCriterion("mp")).toBe("MP");
    expect(parseCriterion("Germes")).toBe("GERMES");
    expect(parseCriterion("Cellules somatiques")).toBe("CELLULES");
    expect(parseCriterion("butyriques")).toBe("BUTYRIQUES");
    expect(parseCriterion("Point de congélation")).toBe("PC");
    expect(parseCriterion("inhibiteurs")).toBe("INHIBITEURS");
    expect(parseCriterion("TB")).toBe("MG");
    expect(parseCriterion("lactose")).toBeInstanceOf(Bad);
  });

  it("Type of event", () => {
    expect(parseEventType("alerte")).toBe("ALERTE");
    expect(parseEventType("Épandage")).toBe("EPANDAGE");
    expect(parseEventType("DOMMAGES")).toBe("DOMMAGES");
    expect(parseEventType("vol")).toBeInstanceOf(Bad);
  });
});

describe("times and codes", () => {
  it("Heure as HH:MM text or an Excel time fraction", () => {
    expect(parseTime("06:30")).toBe("06:30");
    expect(parseTime("6:30")).toBe("06:30");
    expect(parseTime("6h30")).toBe("06:30");
    expect(parseTime("18h")).toBe("18:00");
    expect(parseTime("06:30:00")).toBe("06:30");
    expect(parseTime(0.25)).toBe("06:00");
    expect(parseTime(0.75)).toBe("18:00");
    expect(parseTime(45720.5)).toBe("12:00");
    expect(parseTime(6.5 / 24)).toBe("06:30");
    expect(parseTime("25:00")).toBeInstanceOf(Bad);
    expect(parseTime("matin")).toBeInstanceOf(Bad);
  });

  it("grid ids forgive case, accents, spaces and underscores", () => {
    expect(gridKey("Sud Est 2018")).toBe("sud-est-2018");
    expect(gridKey(" MOOH_2025 ")).toBe("mooh-2025");
  });

  it("codes are text, trimmed; number codes are their digits", () => {
    expect(parseCode(" P001 ")).toBe("P001");
    expect(parseCode(1001)).toBe("1001");
    expect(parseCode("")).toBeNull();
  });
});

describe("headers", () => {
  it("match case- and accent-insensitively, units in parentheses ignored", () => {
    expect(headerKey("Critère")).toBe("critere");
    expect(headerKey("CRITERE")).toBe("critere");
    expect(headerKey(" Validé ")).toBe("valide");
    expect(headerKey("Volume (L)")).toBe("volume");
    expect(headerKey("Température (°C)")).toBe("temperature");
    expect(headerKey("PrixDeBase")).toBe("prixdebase");
  });
});

describe("cells without a value and ambiguous quantities", () => {
  it.each([
    ["5.000", true],
    ["5,000", true],
    ["12,500", true],
    [" 999.999 ", true],
    ["\u20135,000", true], // the sign does not lift the doubt
    ["0,500", false], // a lone 0 is not a thousands group
    ["1234,500", false], // four digits before: not a thousands group
    ["1 234,500", false], // spaces group the thousands: the comma is decimal
    ["5,00", false],
    ["5,0000", false],
    ["5000", false],
    [",500", false],
  ])("%j is ambiguous as a quantity: %p", (text, expected) => {
    expect(isAmbiguousThousands(text)).toBe(expected);
  });

  it("reads an ambiguous text as a decimal where it is one, asks again where it is a quantity; a number cell is never ambiguous", () => {
    expect(dec(parseDecimal("38,500"))).toBe("38.5");
    expect(parseVolume("5.000")).toBeInstanceOf(Bad);
    expect((parseVolume("5.000") as Bad).reason).toBe("ambiguous");
    expect((parseQuantity("100.000", "le comptage") as Bad).message).toBe(
      "100.000 : séparateur ambigu (milliers ou décimales ?) : retapez le comptage sans séparateur de milliers (100000) ou avec une virgule décimale et au plus deux décimales (100,00)",
    );
    expect(dec(parseVolume(5.0))).toBe("5");
    expect(dec(parseVolume("5 000"))).toBe("5000");
  });

  it("never reads an Excel error or a formula without a value as blank, 0, a code or a name", () => {
    const formula = "formule sans valeur calculée : recalculez et enregistrez le classeur dans Excel";
    const error = "#N/A : la cellule contient une erreur Excel ; corrigez la formule ou la valeur";
    for (const parse of [
      parseDecimal,
      parseNonNegative,
      parseVolume,
      parseDate,
      parseMonth,
      parseTime,
      parseYesNo,
      parseInhibitor,
      parseCriterion,
      parseCode,
      parseText,
    ]) {
      expect(parse(NoValue.formula)).toEqual(new Bad(formula, "formula"));
      expect(parse(NoValue.error("#N/A"))).toEqual(new Bad(error, "error"));
    }
  });
});
