/** Builders for the invoicing tests: statements with known lines, parties with valid SIRENs, a register as a table. */
import { Decimal, type Statement } from "../../src/engine";
import { buildInvoice, contentText, type InvoiceParties } from "../../src/invoicing/document";
import { luhnValid, vatKey } from "../../src/invoicing/parties";
import { parseRegister, registerRow, REGISTER_HEADERS, type RegisterEntry } from "../../src/invoicing/register";
import type { InvoiceDocument, OpSettings, Party, Withholding } from "../../src/invoicing/types";
import type { CellValue, OutputCell, TableData } from "../../src/workbook/port";

export const d = (v: string | number) => new Decimal(v);

/** A SIREN with a valid Luhn key from 8 digits. */
export function siren(first8: string): string {
  for (let k = 0; k < 10; k++) if (luhnValid(first8 + k)) return first8 + k;
  throw new Error("unreachable");
}

export function party(name: string, first8: string, vat = true): Party {
  const s = siren(first8);
  return {
    name,
    siren: s,
    address: "1 route du Lait",
    postalCode: "38000",
    city: "Grenoble",
    country: "FR",
    vatNumber: vat ? `FR${vatKey(s)}${s}` : null,
  };
}

export function opSettings(mode: OpSettings["mode"] = "mandat", prefix = "F"): OpSettings {
  return {
    ...party("OP Lait des Alpes", "12345678"),
    mode,
    prefix,
    paymentDays: 30,
    latePenaltyText: "3 fois le taux d'intérêt légal",
  };
}

/** A statement of `volume` litres under sud-est (€/1000 L) with the given lines (amounts already rounded). */
export function statement(
  producer: string,
  month: string,
  volume: number,
  lines: { code: string; rate: number | null; amount: string }[],
): Statement {
  const ls = lines.map((l) => ({
    code: l.code,
    label: `Ligne ${l.code}`,
    rate: l.rate === null ? null : d(l.rate),
    amount: d(l.amount),
    category: "base" as never,
    inEffectivePrice: true,
    explanation: "",
  }));
  return {
    producer,
    grid: "sud-est-2018",
    month,
    currency: "EUR",
    priceUnit: "€/1000 L",
    volumeUnit: "L",
    volume: d(volume),
    basePrice: d(450),
    lines: ls,
    total: ls.reduce((t, l) => t.plus(l.amount), d(0)),
    pricePerUnit: null,
    effectivePrice: null,
    monthlyValues: [],
    notes: [],
    suspension: false,
  };
}

export function parties(
  producer: string,
  regime: InvoiceParties["vatRegime"] = "assujetti",
  mode: OpSettings["mode"] = "mandat",
): InvoiceParties {
  return {
    producer,
    buyerCode: "A1",
    seller: party(`GAEC ${producer}`, "87654321", regime === "assujetti"),
    buyer: party("Laiterie des Cimes", "55210055"),
    op: opSettings(mode),
    mandateDate: "2024-12-15",
    vatRegime: regime,
    vatRate: d("5.5"),
  };
}

/** An invoice of `total` € (one BASE lump line) for a producer-month. */
export function invoiceOf(
  producer: string,
  month: string,
  total: string,
  withholdings: Withholding[] = [],
): InvoiceDocument {
  return buildInvoice(
    statement(producer, month, 1000, [{ code: "BASE", rate: null, amount: total }]),
    withholdings,
    d(1000),
    parties(producer),
  );
}

/** The register as the port would read it back: headers, then the rows written (cells' values). */
export function registerTable(rows: OutputCell[][], edit?: (cells: CellValue[][]) => void): TableData {
  const cells = rows.map((r) => r.map((c) => c.value as CellValue));
  edit?.(cells);
  return {
    sheet: "Registre des factures",
    headerRow: 1,
    firstColumn: 1,
    headers: [...REGISTER_HEADERS],
    rows: cells.map((values, i) => ({ row: i + 2, values })),
  };
}

/** A register after documents were issued (round trip through its rows). */
export function registerOf(docs: readonly InvoiceDocument[]): RegisterEntry[] {
  return parseRegister(registerTable(docs.map((doc) => registerRow(doc, contentText(doc)))));
}
