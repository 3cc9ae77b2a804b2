/** The Evenements table: antibiotic alerts, spreading and damages, with their volume and cost. */
import type { Decimal, EventType, IsoDate, ProducerEvent, SourceRef } from "../engine";
import { t } from "../messages/inputs";
import type { TableData } from "../workbook/port";
import { parseCode, parseDate, parseEventType } from "./cell";
import { Columns, type ColumnSpec } from "./columns";
import { parseQuantity, parseVolume } from "./numbers";
import { BadRow, RowIssues, type DataRow } from "./rowIssues";

export const EVENT_COLUMNS = {
  date: { header: "Date", required: true },
  code: { header: "Code", required: true },
  type: { header: "Type", required: true },
  volume: { header: "Volume" },
  amount: { header: "Montant" },
} satisfies Record<string, ColumnSpec>;

export type EventColumns = Columns<keyof typeof EVENT_COLUMNS>;

/** A row that could be read: the engine's event, carrying its producer code and worksheet row. */
export class EventRow implements ProducerEvent {
  volume?: Decimal;
  /** The Volume column as named in messages, when the row has a volume. */
  volumeColumn?: string;
  amount?: Decimal;
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly code: string,
    readonly date: IsoDate,
    readonly type: EventType,
  ) {}
  get source(): SourceRef {
    return { sheet: this.sheet, row: this.row };
  }
}

export function readEvents(table: TableData, c: EventColumns): DataRow<EventRow>[] {
  return table.rows.map(({ row, values }) => {
    const issues = new RowIssues(table.sheet, row);
    const codeParsed = parseCode(c.cell(values, "code"));
    const dateParsed = parseDate(c.cell(values, "date"));
    const date = issues.take(dateParsed, c.ref.date);
    const typeParsed = parseEventType(c.cell(values, "type"));
    const type: EventType | null = issues.take(typeParsed, c.ref.type);
    const volume = issues.take(parseVolume(c.cell(values, "volume")), c.ref.volume);
    const amount = issues.take(parseQuantity(c.cell(values, "amount"), "le montant"), c.ref.amount);
    if (dateParsed === null) issues.missing(c.ref.date, "inputs.missing.date");
    if (typeParsed === null) issues.missing(c.ref.type, "inputs.missing.eventType");
    const code = issues.code(codeParsed, c.ref.code);
    // A cost that is not entered is not a cost of 0: the statement waits for it.
    if (
      (type === "EPANDAGE" || type === "DOMMAGES") &&
      amount === null &&
      !issues.list?.some((i) => i.column === c.ref.amount)
    ) {
      issues.add(c.ref.amount, t("inputs.missingAmount", { type }), "MISSING_VALUE");
    }
    if (issues.list) return new BadRow(row, code, date, issues.list);
    const e = new EventRow(table.sheet, row, code!, date!, type!);
    if (volume !== null) {
      e.volume = volume;
      e.volumeColumn = c.ref.volume;
    }
    if (amount !== null) e.amount = amount;
    return e;
  });
}
