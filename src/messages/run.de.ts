/**
 * The statement run, in Swiss Standard German (de-CH: ss, «…» without inner spaces). Same keys and
 * parameters as run.fr.ts.
 */
import type { runFr } from "./run.fr";

export const runDe: { [K in keyof typeof runFr]: string } = {
  "run.badMonth": "ungültiger Monat «{month}»: JJJJ-MM erwartet (z. B. 2025-03)",
  "run.noConsent": "keine Einwilligung: keine Abrechnung für diesen Produzenten",
  "run.gridOutsideValidity":
    "Raster {grid} für {month} verwendet, ausserhalb seiner Gültigkeit (ab {from}): Prüfen Sie die Spalte Grille, PrixDeBase oder --grid",
  "run.gridOutsideValidityTo":
    "Raster {grid} für {month} verwendet, ausserhalb seiner Gültigkeit ({from} bis {to}): Prüfen Sie die Spalte Grille, PrixDeBase oder --grid",

  "run.priceWithoutGrid": "Basispreis von {month} ohne Raster",
  "run.priceGridIgnored": "{problem}: Basispreis ignoriert",
  "run.twoBasePrices": "zwei verschiedene Basispreise für {month} und das Raster {grid} (Zeilen {first} und {second})",
  "run.severalPricedGrids":
    "mehrere Raster haben einen Basispreis für {month} ({grids}): Geben Sie das Raster der Produzenten ohne Grille mit --grid an",
  "run.noBasePrice": "kein Basispreis für {month} im Blatt {sheet}{detail}",
  "run.noBasePriceOfGrid": "kein Basispreis für {month} und das Raster {grid} im Blatt {sheet}{detail}",
  "run.noBasePriceDetail": " ({sheet} Zeile {row}: {message})",
  "run.noBasePriceDetailColumn": " ({sheet} Zeile {row}, Spalte {column}: {message})",
  "run.producerWithoutBasePrice": "kein Basispreis für {month} und das Raster {grid} in {sheet}",

  "run.duplicateCode":
    "Produzentencode «{code}» doppelt (Zeilen {first} und {second}): keine Abrechnung, bis das Duplikat korrigiert ist",
  "run.noEventsSheet": "kein Blatt {sheet}: keine Ereignisse (Alarm, Ausbringung, Schäden) berücksichtigt",
  "run.unknownProducer":
    "Produzentencode «{code}» fehlt in {sheet}: {n} {n:Zeile|Zeilen} ignoriert (erste Zeile {first})",
  "run.notValidated": "{problem} (Resultat nicht validiert, nicht gezählt)",
  "run.engineFailed": "Berechnung unmöglich: {detail}",
  "run.eventWithoutEffect": "Ereignis {type} vom {date} ohne Wirkung: Das Raster {grid} sieht es nicht vor",

  "run.sheetOfOtherMonth":
    "das Blatt «{sheet}» wurde für {other} erzeugt, nicht für {month}: Benennen Sie es um oder löschen Sie es und starten Sie dann neu (nichts wurde geschrieben)",
  "run.sheetNotGenerated":
    "das Blatt «{sheet}» existiert bereits und wurde nicht von der Milchgeldabrechnung erzeugt: Benennen Sie es um oder löschen Sie es und starten Sie dann neu (nichts wurde geschrieben)",
  "run.json.atColumn": "Spalte {column}: {message}",
};
