/** The Livraisons table: one row per collection (date, producer, volume; time, temperature and place if given). */
import type { Decimal, Delivery, IsoDate, SourceRef } from "../engine";
import type { TableData } from "../workbook/port";
import { parseCode, parseDate, parsePlace, parseTime } from "./cell";
import { Columns, type ColumnSpec } from "./columns";
import { parseDecimal, parseVolume } from "./numbers";
import { BadRow, RowIssues, type DataRow } from "./rowIssues";

export const DELIVERY_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  volume: { header: "Volume", required: true },
  time: { header: "Heure" },
  temperature: { header: "Température" },
  place: { header: "Lieu" },
} satisfies Record<string, ColumnSpec>;

export type DeliveryColumns = Columns<keyof typeof DELIVERY_COLUMNS>;

/**
 * A row that could be read: the engine's delivery, carrying its producer code and worksheet row. One object
 * per row (the source for messages is made on demand), which matters at 500 000 rows.
 */
export class DeliveryRow implements Delivery {
  time?: string;
  temperature?: Decimal;
  place?: "ferme" | "centre";
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly volume: Decimal,
    /** The Volume column as named in messages, "Volume (C)". */
    readonly column: string,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row, column: this.column };
  }
}

export function readDeliveries(t: TableData, c: DeliveryColumns): DataRow<DeliveryRow>[] {
  return t.rows.map(({ row, values }) => {
    const issues = new RowIssues(t.sheet, row);
    const dateParsed = parseDate(c.cell(values, "date"));
    const date = issues.take(dateParsed, c.ref.date);
    const volumeParsed = parseVolume(c.cell(values, "volume"));
    const volume = issues.take(volumeParsed, c.ref.volume);
    if (dateParsed === null) issues.missing(c.ref.date, "inputs.missing.date");
    if (volumeParsed === null) issues.missing(c.ref.volume, "inputs.missing.volume");
    const code = issues.code(parseCode(c.cell(values, "code")), c.ref.code);
    const time = issues.take(parseTime(c.cell(values, "time")), c.ref.time);
    const temperature = issues.take(parseDecimal(c.cell(values, "temperature")), c.ref.temperature);
    const place = issues.take(parsePlace(c.cell(values, "place")), c.ref.place);
    if (issues.list) return new BadRow(row, code, date, issues.list);
    const d = new DeliveryRow(t.sheet, row, code!, date!, volume!, c.ref.volume);
    if (time !== null) d.time = time;
    if (temperature !== null) d.temperature = temperature;
    if (place !== null) d.place = place;
    return d;
  });
}
