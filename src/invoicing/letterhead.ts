/**
 * The OP's letterhead on the month's documents (issue 14): name, address, SIREN (and VAT number) of the OP
 * table, read by the invoicing step's own reader (inputs.ts readOp), so the statement PDFs and the invoices
 * print the same party the register was issued under.
 *
 * Without an OP sheet the documents print without letterhead (a statement-only workbook). An OP sheet that
 * cannot be read whole — a bad SIREN, a blank address, two rows, any value the invoicing step would report —
 * does not stop the statements (producers are paid on them whatever the invoicing table says): the documents
 * print without letterhead and `problem` says why, naming sheet, row and column, for the command line's
 * summary and the pane. Never a half letterhead, never a SIREN that failed its check printed as the OP's.
 */
import { RunError } from "../inputs/issues";
import { t } from "../messages";
import type { WorkbookPort } from "../workbook/port";
import { INVOICE_SHEETS, readOp } from "./inputs";
import type { Party } from "./types";

/** What the documents print at the top left (same shape as documents/pdf/letterhead.ts Letterhead). */
export type OpLetterhead = Pick<Party, "name" | "address" | "postalCode" | "city" | "siren" | "vatNumber">;

export interface LetterheadReading {
  /** Null without an OP sheet, or when it cannot be read (then `problem`). */
  letterhead: OpLetterhead | null;
  /** Why the OP sheet gives no letterhead (one line), null when it does or when there is no OP sheet. */
  problem: string | null;
}

export async function readLetterhead(port: WorkbookPort): Promise<LetterheadReading> {
  const table = await port.readTable(INVOICE_SHEETS.op);
  if (!table) return { letterhead: null, problem: null };
  let op;
  try {
    op = readOp(table);
  } catch (e) {
    if (e instanceof RunError) return { letterhead: null, problem: noLetterhead(e.message) };
    throw e;
  }
  if (op.settings) {
    const s = op.settings;
    return {
      letterhead: {
        name: s.name,
        address: s.address,
        postalCode: s.postalCode,
        city: s.city,
        siren: s.siren,
        vatNumber: s.vatNumber,
      },
      problem: null,
    };
  }
  const first = op.issues[0];
  const at = { sheet: op.sheet, row: String(first.row) };
  const where = first.column
    ? t("invoicing.letterhead.whereColumn", { ...at, column: first.column })
    : t("invoicing.letterhead.where", at);
  const more = op.issues.length > 1 ? t("invoicing.letterhead.more", { n: op.issues.length - 1 }) : "";
  return {
    letterhead: null,
    problem: noLetterhead(t("invoicing.letterhead.problem", { where, message: first.message, more })),
  };
}

/** The reason alone (the fronts say « PDF sans en-tête de l'OP » in their own catalogue). */
function noLetterhead(why: string): string {
  return why;
}
