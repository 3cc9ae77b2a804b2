/**
 * Withholdings (Retenues, invoices.md "Withholdings on statements"): amounts withheld from the payment that
 * are not part of the price — the Cniel interprofessional contribution (1,22 €/1000 L), the Swiss SMP
 * contribution… Each applies to every statement of the month it covers (Du/Au, Acheteur, Grille, Producteur
 * blank = all), as a line below the total; « Net à payer » = total − withholdings. They never change the
 * price nor anything the grid computes, and stay outside the VAT base.
 *
 * Amounts, each rounded once to the cent (ROUND_HALF_UP) like a statement line:
 *   Base volume:  Taux × volume ÷ 1000 L (€/1000 L grids) or ÷ 100 (cts/kg grids) — the grid's amountDivisor;
 *   Base montant: Taux % × the statement total.
 *
 * A Retenues row that cannot be read concerns the producers it may apply to (its Producteur when readable,
 * else every producer, unless its readable Du/Au leave the month out): their withholdings are unknown, so
 * their statement shows no net and they get no invoice until it is fixed (never read as 0).
 */
import { Decimal, ZERO, round2, type Statement, type YearMonth } from "../engine";
import type { Issue } from "../inputs/issues";
import { Bad, codeKey, gridKey, normalizeKey, parseCode, parseMonth, parseText, type Parsed } from "../inputs";
import { Columns } from "../inputs/columns";
import { RowIssues } from "../inputs/rowIssues";
import { t } from "../messages";
import type { WorkbookPort } from "../workbook/port";
import { parsePercent } from "./inputs";
import type { Withholding } from "./types";

export const WITHHOLDINGS_SHEET = "Retenues";
/** Tables the statement run reads for withholdings (the Office port loads them with the others, in one go). */
export const WITHHOLDING_TABLES = [WITHHOLDINGS_SHEET, "Acheteurs"];

const COLUMNS = {
  code: { header: "Code", required: true },
  label: { header: "Libellé", required: true },
  base: { header: "Base", required: true },
  rate: { header: "Taux", required: true },
  from: { header: "Du" },
  to: { header: "Au" },
  buyer: { header: "Acheteur" },
  grid: { header: "Grille" },
  producer: { header: "Producteur" },
};

export interface WithholdingRule {
  row: number;
  code: string | null;
  label: string | null;
  base: "volume" | "montant" | null;
  rate: Decimal | null;
  from: YearMonth | null;
  to: YearMonth | null;
  /** Filters as keys (codeKey, gridKey); null = all. */
  buyer: string | null;
  grid: string | null;
  producer: string | null;
  issues: Issue[];
}

export interface WithholdingTable {
  sheet: string;
  rules: WithholdingRule[];
}

/** What a statement's withholdings are: the lines, or why they cannot be known. */
export type StatementWithholdings = { lines: Withholding[]; total: Decimal; net: Decimal } | { issues: Issue[] };

export async function readWithholdings(port: WorkbookPort): Promise<WithholdingTable | null> {
  const table = await port.readTable(WITHHOLDINGS_SHEET);
  if (!table) return null;
  const c = new Columns(table, COLUMNS);
  const rules = table.rows.map(({ row, values }): WithholdingRule => {
    const issues = new RowIssues(table.sheet, row);
    // Raw parses first (blank or not), then the values: an Excel error or a formula without value is an issue.
    const codeParsed = parseCode(c.cell(values, "code"));
    const labelParsed = parseText(c.cell(values, "label"));
    const baseParsed = parseText(c.cell(values, "base"));
    const rateParsed = parsePercent(c.cell(values, "rate"));
    const code = issues.take(codeParsed, c.ref.code);
    const label = issues.take(labelParsed, c.ref.label);
    const baseText = issues.take(baseParsed, c.ref.base);
    let base: WithholdingRule["base"] = null;
    if (baseText !== null) {
      const k = normalizeKey(baseText);
      base = k === "volume" ? "volume" : k === "montant" ? "montant" : null;
      if (base === null) issues.add(c.ref.base, t("invoicing.withholding.badBase", { text: baseText }));
    }
    const rate = issues.take(rateParsed, c.ref.rate);
    // A withholding of more than the whole amount, or of more than 100 €/1000 L, is a typing error.
    const shown = rate?.toString().replace(".", ",") ?? "";
    if (rate !== null && base === "montant" && rate.abs().gt(100))
      issues.add(c.ref.rate, t("invoicing.withholding.implausiblePercent", { rate: shown }));
    if (rate !== null && base === "volume" && rate.abs().gt(100))
      issues.add(c.ref.rate, t("invoicing.withholding.implausibleRate", { rate: shown }));
    const from = issues.take(parseMonth(c.cell(values, "from")), c.ref.from);
    const to = issues.take(parseMonth(c.cell(values, "to")), c.ref.to);
    if (from !== null && to !== null && to < from)
      issues.add(c.ref.to, t("invoicing.withholding.endBeforeStart", { to, from }));
    if (codeParsed === null) issues.add(c.ref.code, t("invoicing.withholding.codeMissing"), "MISSING_VALUE");
    if (labelParsed === null) issues.add(c.ref.label, t("invoicing.withholding.labelMissing"), "MISSING_VALUE");
    if (baseParsed === null) issues.add(c.ref.base, t("invoicing.withholding.baseMissing"), "MISSING_VALUE");
    if (rateParsed === null) issues.add(c.ref.rate, t("invoicing.withholding.rateMissing"), "MISSING_VALUE");
    // An unreadable filter is null (= all) with an issue: the row then concerns every producer of its months.
    const buyer = issues.take(parseCode(c.cell(values, "buyer")), c.ref.buyer);
    const grid = issues.take(parseText(c.cell(values, "grid")), c.ref.grid);
    const producer = issues.take(parseCode(c.cell(values, "producer")), c.ref.producer);
    return {
      row,
      code,
      label,
      base,
      rate,
      from,
      to,
      buyer: buyer === null ? null : codeKey(buyer),
      grid: grid === null ? null : gridKey(grid),
      producer: producer === null ? null : codeKey(producer),
      issues: issues.all,
    };
  });
  return { sheet: table.sheet, rules };
}

/** Whether a rule's period and filters may concern this statement (a bad row: as far as it can be read). */
function concerns(r: WithholdingRule, s: Statement, buyer: string | null | undefined): boolean | "buyer-unknown" {
  if (r.from !== null && s.month < r.from) return false;
  if (r.to !== null && s.month > r.to) return false;
  if (r.grid !== null && r.grid !== gridKey(s.grid)) return false;
  if (r.producer !== null && r.producer !== codeKey(s.producer)) return false;
  if (r.buyer !== null) {
    if (buyer === undefined || buyer === null) return "buyer-unknown";
    if (r.buyer !== codeKey(buyer)) return false;
  }
  return true;
}

/**
 * The withholdings of one statement. `buyer`: the producer's buyer code (Producteurs.Acheteur, or the only
 * Acheteurs row), null when it cannot be told — a rule limited to one buyer then cannot be decided.
 */
export function withholdingsFor(
  table: WithholdingTable | null,
  s: Statement,
  divisor: Decimal,
  buyer: string | null | undefined,
): StatementWithholdings {
  const lines: Withholding[] = [];
  const problems: Issue[] = [];
  for (const r of table?.rules ?? []) {
    const applies = concerns(r, s, buyer);
    if (applies === false) continue;
    if (r.issues.length > 0) {
      // A bad row meant for everyone is one issue for the checks (the run lists it once), not one per producer.
      problems.push(...(r.producer !== null ? r.issues.map((i) => ({ ...i, producer: s.producer })) : r.issues));
      continue;
    }
    if (applies === "buyer-unknown") {
      problems.push({
        severity: "error",
        code: "WITHHOLDING",
        sheet: table!.sheet,
        row: r.row,
        producer: s.producer,
        message: t("invoicing.withholding.buyerUnknown", {
          code: String(r.code),
          buyer: String(r.buyer),
          producer: s.producer,
        }),
      });
      continue;
    }
    const amount =
      r.base === "volume" ? round2(r.rate!.times(s.volume).div(divisor)) : round2(r.rate!.times(s.total).div(100));
    lines.push({ code: r.code!, label: r.label!, base: r.base!, rate: r.rate!, amount });
  }
  if (problems.length) return { issues: problems };
  const total = lines.reduce((t, l) => t.plus(l.amount), ZERO);
  return { lines, total, net: s.total.minus(total) };
}

/** What the statement run needs to put withholdings on every statement: the rules and each producer's buyer. */
export interface WithholdingContext {
  table: WithholdingTable | null;
  /** The producer's buyer code, null when unknown (only looked up when a rule names a buyer). */
  buyerOf(producer: string): string | null;
}

export async function withholdingContext(port: WorkbookPort): Promise<WithholdingContext> {
  const table = await readWithholdings(port);
  // Producer → Acheteur as written: null when blank (then the only Acheteurs row), a Bad when unreadable (unknown).
  const buyers = new Map<string, Parsed<string>>();
  let only: string | null = null;
  if (table?.rules.some((r) => r.buyer !== null)) {
    const acheteurs = await port.readTable("Acheteurs");
    const iCode = acheteurs ? acheteurs.headers.findIndex((h) => normalizeKey(h) === "code") : -1;
    // The only buyer is known when Acheteurs has one coded row and its code is readable.
    const codes = (acheteurs?.rows ?? []).map((r) => parseCode(r.values[iCode] ?? null)).filter((c) => c !== null);
    if (codes.length === 1 && typeof codes[0] === "string") only = codes[0];
    const producers = await port.readTable("Producteurs");
    if (producers) {
      const iCode = producers.headers.findIndex((h) => normalizeKey(h) === "code");
      const iBuyer = producers.headers.findIndex((h) => normalizeKey(h) === "acheteur");
      for (const { values } of producers.rows) {
        const code = parseCode(values[iCode] ?? null);
        if (typeof code === "string" && !buyers.has(codeKey(code)))
          buyers.set(codeKey(code), iBuyer < 0 ? null : parseCode(values[iBuyer] ?? null));
      }
    }
  }
  return {
    table,
    buyerOf: (producer) => {
      const buyer = buyers.get(codeKey(producer)) ?? null;
      return buyer instanceof Bad ? null : (buyer ?? only);
    },
  };
}
