/** The intake tests' OP tables as plain data (no ExcelJS: usable in jsdom suites). */
import type { CellValue } from "../../src/workbook/port";

type OpSheets = Record<string, CellValue[][]>;

/** An OP with four producers: P1 and P2 (sud-est, g/l), M1 (mooh, %), P9 without consent; EDE numbers. */
export function opSheets(): OpSheets {
  return {
    Producteurs: [
      ["Code", "Nom", "Grille", "Consentement", "EDE"],
      ["P1", "Martin", "sud-est-2018", "oui", "01234567"],
      ["P2", "Durand", "", "", "01234568"],
      ["M1", "Müller", "mooh-2025", "oui", ""],
      ["P9", "Refus", "", "non", ""],
    ],
    Livraisons: [
      ["Date", "Code", "Volume", "Heure"],
      ["03/03/2025", "P1", 5000, "06:30"],
    ],
    Analyses: [
      ["Date", "Code", "Critère", "Valeur"],
      ["03/03/2025", "P1", "MG", 40],
    ],
    PrixDeBase: [
      ["Mois", "Grille", "Prix"],
      ["2025-03", "sud-est-2018", 450],
    ],
  };
}
