import { decodeBytes, detectSeparator, parseCsv, splitRecords } from "../../src/intake/csv";
import { csvSource, openSource, ImportError } from "../../src/intake/source";
import { guessMapping, resolveMapping, unitOfHeader } from "../../src/intake/mapping";
import { cp1252, enc, withBom } from "./fixtures";

describe("encoding detection", () => {
  test("UTF-8 with BOM, without BOM, Windows-1252", () => {
    expect(decodeBytes(withBom("Critère;Valeur"))).toEqual({ text: "Critère;Valeur", encoding: "utf-8-bom" });
    expect(decodeBytes(enc("Critère;Valeur"))).toEqual({ text: "Critère;Valeur", encoding: "utf-8" });
    const latin = cp1252("Critère;Point de congélation;°C");
    expect(latin.includes(0xe9)).toBe(true);
    expect(decodeBytes(latin)).toEqual({ text: "Critère;Point de congélation;°C", encoding: "windows-1252" });
  });
});

describe("separator detection", () => {
  test("; with decimal commas, , with quotes, tab, |", () => {
    expect(detectSeparator("Date;Code;Valeur\n03/03/2025;P1;38,5\n04/03/2025;P1;39,1\n")).toBe(";");
    expect(detectSeparator('Date,Code,Valeur\n03/03/2025,P1,"38,5"\n04/03/2025,P1,"39,1"\n')).toBe(",");
    expect(detectSeparator("Date\tCode\tValeur\n03/03/2025\tP1\t38,5\n")).toBe("\t");
    expect(detectSeparator("Date|Code|Valeur\n03/03/2025|P1|38,5\n")).toBe("|");
  });
});

describe("RFC 4180 records", () => {
  test("quotes, doubled quotes, separators and line breaks inside quotes, CRLF, blank lines", () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"two\nlines"\r\n\r\n1;;3\n';
    const recs = splitRecords(text, ";");
    expect(recs.map((r) => r.fields)).toEqual([
      ["a", "b", "c"],
      ["x;y", 'say "hi"', "two\nlines"],
      ["1", null, "3"],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(text.slice(recs[2].start, recs[2].end)).toBe("1;;3");
  });

  test("a short row keeps its real length", () => {
    const csv = parseCsv(enc("Date;Code;Critère;Valeur\n03/03/2025;P1;MG\n"));
    expect(csv.records[1].fields).toEqual(["03/03/2025", "P1", "MG"]);
  });

  test("preamble lines before the header are skipped and counted", () => {
    const src = csvSource(
      "lab.csv",
      enc("Export Infolabo du 02/04/2025\n\nDate;Code;Critère;Valeur\n03/03/2025;P1;MG;38,5\n"),
    );
    expect(src.headers).toEqual(["Date", "Code", "Critère", "Valeur"]);
    expect(src.preamble).toBe(1);
    expect(src.headerLine).toBe(3);
    expect(src.rows).toEqual([{ line: 4, values: ["03/03/2025", "P1", "MG", "38,5"] }]);
    expect(src.rawLine(src.rows[0])).toBe("03/03/2025;P1;MG;38,5");
  });

  test("an empty file is refused with a clear reason", () => {
    expect(() => openSource("vide.csv", new Uint8Array(0))).toThrow(ImportError);
    expect(() => openSource("vide.csv", enc("\n\n  \n"))).toThrow(/vide/);
    expect(() => openSource("faux.xlsx", enc("Date;Code"))).toThrow(/pas un classeur Excel/);
  });
});

describe("mapping guess", () => {
  test("long layout with French lab headers", () => {
    const headers = ["N° producteur", "Date de prélèvement", "Paramètre", "Résultat", "Unité"];
    const m = guessMapping(headers, "analyses");
    expect(m.layout).toBe("long");
    expect(m.columns).toEqual({
      code: "N° producteur",
      date: "Date de prélèvement",
      criterion: "Paramètre",
      value: "Résultat",
    });
  });

  test("wide layout: TB = fat, TP = protein, cryoscopie, antibiotiques; units in headers", () => {
    const headers = [
      "EDE",
      "Date prélèvement",
      "TB (g/l)",
      "TP (g/l)",
      "Germes",
      "Cellules",
      "Spores butyriques",
      "Cryoscopie",
      "Antibiotiques",
      "Commentaire",
    ];
    const m = guessMapping(headers, "analyses");
    expect(m.layout).toBe("wide");
    expect(m.columns).toEqual({ code: "EDE", date: "Date prélèvement" });
    expect(m.criteria).toEqual({
      "TB (g/l)": "MG",
      "TP (g/l)": "MP",
      Germes: "GERMES",
      Cellules: "CELLULES",
      "Spores butyriques": "BUTYRIQUES",
      Cryoscopie: "PC",
      Antibiotiques: "INHIBITEURS",
    });
    const r = resolveMapping(m, headers);
    expect(r.criteria.find((c) => c.criterion === "MG")!.unit).toBe("g/l");
    expect(unitOfHeader("MG %")).toBe("%");
  });

  test("volumes", () => {
    const m = guessMapping(
      ["Date de collecte", "Heure de collecte", "Code adhérent", "Quantité (L)", "Température (°C)"],
      "livraisons",
    );
    expect(m.columns).toEqual({
      date: "Date de collecte",
      time: "Heure de collecte",
      code: "Code adhérent",
      volume: "Quantité (L)",
      temperature: "Température (°C)",
    });
  });

  test("a mapping that misses a required column says which", () => {
    const m = guessMapping(["Date", "Valeur"], "analyses");
    expect(() => resolveMapping(m, ["Date", "Valeur"])).toThrow(/Code producteur.*Critère|Critère/);
  });
});
