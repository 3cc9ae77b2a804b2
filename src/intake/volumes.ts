/**
 * The volumes side of an import (into Livraisons): each collection of the file, after the row's checks
 * (rowChecks.ts), read as the statement run reads Livraisons (volume, and the optional time, temperature and
 * place), its volume checked against the producer's grid, compared with what Livraisons and the file's earlier
 * rows hold (same date, producer, volume and time: a duplicate), then added as a row of Livraisons. A value
 * the table has no column for is not dropped: its row is rejected.
 */
import type { Decimal, Grid } from "../engine";
import { Bad, isBlankCell, parseCode, parseDate, parseDecimal, parsePlace, parseTime, parseVolume } from "../inputs";
import type { Columns } from "../inputs/columns";
import type { DELIVERY_COLUMNS } from "../inputs/deliveriesTable";
import { SHEETS } from "../inputs/tables";
import { t } from "../messages";
import type { TableData } from "../workbook/port";
import { ColumnRows } from "../workbook/rows";
import type { Field, ResolvedMapping } from "./mapping";
import { fieldCell, RowChecks, type ImportContext, type When, type Who } from "./rowChecks";
import { SeenDeliveries } from "./seen";
import type { SourceRow } from "./source";
import { volumeProblem } from "./validate";

export type LivraisonsColumns = Columns<keyof typeof DELIVERY_COLUMNS>;

/** The optional fields of a collection, with the header they have in Livraisons. */
const OPTIONAL = [
  ["time", "Heure"],
  ["temperature", "Température"],
  ["place", "Lieu"],
] as const;

/** A collection of the file, read and checked. */
interface Collection {
  volume: Decimal;
  time: string | null;
  temperature: Decimal | null;
  place: "ferme" | "centre" | null;
}

/** The collections of the file checked against Livraisons: the rows to append (rejects and counts in the tally). */
export function importDeliveries(context: ImportContext, target: TableData, columns: LivraisonsColumns): ColumnRows {
  const { source, mapping, tally } = context;
  const seen = new SeenDeliveries();
  recordDeliveries(target, columns, seen);
  const checks = new RowChecks(context, null);
  const rows = new ColumnRows(target.headers.length);
  // A field the file has and Livraisons has not: its values would be lost.
  const lacking = OPTIONAL.filter(([field]) => mapping.index[field] !== undefined && columns.index[field] < 0);
  for (const row of source.rows) {
    const who = checks.head(row, 1);
    if (who === null) continue;
    const when = checks.when;
    const collection = readCollection(row, mapping, who.grid, lacking);
    if (typeof collection === "string") tally.reject(row, collection);
    else if (!seen.add(when.date, who.producer.code, collection.volume, collection.time)) tally.duplicate();
    else {
      addCollection(rows, columns, who, when, collection);
      tally.imported();
    }
  }
  return rows;
}

/** Records the collections Livraisons holds (a row that cannot be read is left out: the run reports it). */
function recordDeliveries(target: TableData, c: LivraisonsColumns, seen: SeenDeliveries): void {
  for (const { values } of target.rows) {
    const code = parseCode(c.cell(values, "code"));
    const date = parseDate(c.cell(values, "date"));
    const volume = parseVolume(c.cell(values, "volume"));
    const time = parseTime(c.cell(values, "time"));
    if (code === null || code instanceof Bad || date === null || date instanceof Bad) continue;
    if (volume === null || volume instanceof Bad || time instanceof Bad) continue;
    seen.add(date, code, volume, time);
  }
}

/** A row's collection, or the reason of its reject. */
function readCollection(
  row: SourceRow,
  mapping: ResolvedMapping,
  grid: Grid,
  lacking: readonly (typeof OPTIONAL)[number][],
): Collection | string {
  const cell = (field: Field) => fieldCell(row.values, mapping.index[field]);
  const volume = parseVolume(cell("volume"));
  if (volume === null) return t("inputs.missing.volume");
  if (volume instanceof Bad) return volume.message;
  const problem = volumeProblem(volume, grid);
  if (problem) return problem;
  const time = parseTime(cell("time"));
  const temperature = parseDecimal(cell("temperature"));
  const place = parsePlace(cell("place"));
  if (time instanceof Bad) return time.message;
  if (temperature instanceof Bad) return temperature.message;
  if (place instanceof Bad) return place.message;
  const lost = lacking.find(([field]) => !isBlankCell(cell(field)));
  if (lost) return t("intake.lostColumn", { sheet: SHEETS.deliveries, column: lost[1] });
  return { volume, time, temperature, place };
}

/** Adds a collection as a row of Livraisons (an optional field only where the table has its column). */
function addCollection(rows: ColumnRows, c: LivraisonsColumns, who: Who, when: When, collection: Collection): void {
  const { volume, time, temperature, place } = collection;
  rows.set(c.index.date, when.cell);
  rows.set(c.index.code, who.cell);
  rows.set(c.index.volume, { value: volume.toNumber() });
  if (time !== null && c.index.time >= 0) rows.set(c.index.time, { value: time, style: "text" });
  if (temperature !== null && c.index.temperature >= 0)
    rows.set(c.index.temperature, { value: temperature.toNumber() });
  if (place !== null && c.index.place >= 0) rows.set(c.index.place, { value: place, style: "text" });
  rows.commit();
}
