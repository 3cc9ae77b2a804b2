/**
 * Who gets an invoice for the month (invoices.md): a producer with a statement, a Régime TVA, a buyer, a
 * billing mandate in `mandat` mode, readable invoicing values, known withholdings, a grid in euros and
 * something to invoice. Everyone else is listed with the reason, in the JSON and in the checks sheet; a
 * reason is never guessed around (no Régime TVA → no invoice, never a default regime).
 */
import { codeKey } from "../inputs";
import { whereText, type Issue } from "../inputs/issues";
import type { ProducerOutcome, RunResult } from "../run/types";
import { buildInvoice } from "./document";
import { DEFAULT_VAT_RATE, missingFields, toParty, vatRateFor, type BuyerRow, type InvoicingInputs } from "./inputs";
import type { InvoiceDocument } from "./types";
import type { IsoDate } from "../engine";

export interface NotInvoiced {
  producer: string;
  reason: string;
}

export interface Eligibility {
  candidates: InvoiceDocument[];
  notInvoiced: NotInvoiced[];
  /** For the checks sheet: the invoicing tables' bad values, then one line per producer left out (CHF once). */
  issues: Issue[];
}

function firstIssue(issues: readonly Issue[]): string {
  const i = issues[0];
  const where = whereText(i);
  return `${where ? `${where} : ` : ""}${i.message}`;
}

/**
 * The producer's buyer row, or why it cannot be told. An Acheteurs row whose Code is blank or unreadable
 * (#N/A…) may be the one meant: a producer whose buyer is not found among the readable codes — or, with a
 * blank Acheteur, the only row when that row is unreadable — is withheld naming that row, never matched to
 * another buyer by guess. A producer whose code is found among the readable rows is invoiced to that row (the
 * unreadable row stays listed in the checks).
 */
function buyerFor(inputs: InvoicingInputs, code: string | null): BuyerRow | string {
  const rows = inputs.buyers.rows.filter((b) => b.code !== null);
  const unreadable = inputs.buyers.rows.filter((b) => b.code === null);
  const because = unreadable.length ? ` ; code illisible : ${firstIssue(unreadable[0].issues)}` : "";
  if (code === null) {
    const all = inputs.buyers.rows.length;
    if (all === 1 && rows.length === 1) return rows[0];
    if (all === 0) return `aucun acheteur dans ${inputs.buyers.sheet}`;
    if (all === 1) return `colonne Acheteur vide et seule ligne de ${inputs.buyers.sheet} sans code lisible${because}`;
    return `colonne Acheteur vide alors que ${inputs.buyers.sheet} en compte ${all} : précisez le code de la laiterie`;
  }
  const found = rows.filter((b) => codeKey(b.code!) === codeKey(code));
  if (found.length === 0) return `acheteur « ${code} » absent de ${inputs.buyers.sheet}${because}`;
  if (found.length > 1)
    return `acheteur « ${code} » en double dans ${inputs.buyers.sheet} (lignes ${found.map((b) => b.row).join(", ")})`;
  return found[0];
}

/** The reason a producer with a statement gets no invoice, or his candidate invoice. */
function decide(o: ProducerOutcome, inputs: InvoicingInputs, issueDate: IsoDate): InvoiceDocument | string {
  const s = o.statement!;
  if (s.currency !== "EUR")
    return `grille ${s.grid} en ${s.currency} : producteur suisse hors TVA française (LTVA art. 21 al. 2 ch. 26), relevé avec retenues sans facture`;
  const op = inputs.op;
  if (!op.settings)
    return `ligne OP inutilisable (${firstIssue(op.issues)}) : aucune facture tant qu'elle n'est pas corrigée`;
  const w = o.withholdings;
  if (w && "issues" in w) return `retenues illisibles (${firstIssue(w.issues)})`;
  const p = inputs.producers.get(codeKey(o.code));
  if (!p) return `absent de ${inputs.producersSheet}`;
  if (p.issues.length) return `valeur illisible (${firstIssue(p.issues)})`;
  if (p.regime === null)
    return `Régime TVA vide (${inputs.producersSheet} ligne ${p.row}) : pas de facture, le régime n'est jamais deviné (assujetti ou forfait)`;
  const sellerMissing = missingFields(p.fields, p.regime === "assujetti");
  if (sellerMissing.length)
    return `mention${sellerMissing.length > 1 ? "s" : ""} du vendeur manquante${sellerMissing.length > 1 ? "s" : ""} : ${sellerMissing.join(", ")} (${inputs.producersSheet} ligne ${p.row})`;
  if (op.settings.mode === "mandat") {
    if (p.mandate === null)
      return `pas de mandat de facturation (colonne Mandat de ${inputs.producersSheet}, ligne ${p.row}) : l'OP ne peut facturer en son nom`;
    if (p.mandate > issueDate) return `mandat de facturation signé le ${p.mandate}, après la date d'émission`;
  }
  const buyer = buyerFor(inputs, p.buyer);
  if (typeof buyer === "string") return buyer;
  if (buyer.issues.length) return `acheteur ${buyer.code} : valeur illisible (${firstIssue(buyer.issues)})`;
  const buyerMissing = missingFields(buyer.fields, true);
  if (buyerMissing.length)
    return `acheteur ${buyer.code} : ${buyerMissing.join(", ")} manquant(s) (${inputs.buyers.sheet} ligne ${buyer.row})`;
  const rate = vatRateFor(inputs, s.month);
  if ("issues" in rate && p.regime === "assujetti")
    return `taux de TVA de ${s.month} illisible (${firstIssue(rate.issues)})`;
  if (s.total.lte(0)) return `montant HT ${s.total.isZero() ? "nul" : "négatif"} pour ${s.month} : rien à facturer`;
  return buildInvoice(s, w && "lines" in w ? w.lines : [], o.input!.grid.amountDivisor, {
    producer: o.code,
    buyerCode: buyer.code!,
    seller: toParty(p.fields),
    buyer: toParty(buyer.fields),
    op: op.settings,
    mandateDate: p.mandate,
    vatRegime: p.regime,
    // Forfait: no VAT, the rate is not used (an unreadable TauxTVA row does not withhold a forfait invoice).
    vatRate: "rate" in rate ? rate.rate : DEFAULT_VAT_RATE,
  });
}

export function eligibility(result: RunResult, inputs: InvoicingInputs, issueDate: IsoDate): Eligibility {
  const candidates: InvoiceDocument[] = [];
  const notInvoiced: NotInvoiced[] = [];
  const issues: Issue[] = [];
  const seen = new Set<Issue>();
  const addIssues = (list: readonly Issue[]) => {
    for (const i of list)
      if (!seen.has(i)) {
        seen.add(i);
        issues.push(i);
      }
  };
  addIssues(inputs.op.issues);
  const currencies = new Map<string, string[]>();
  for (const o of result.producers) {
    let reason: string;
    if (o.status === "no-consent") reason = "pas de consentement : ni relevé ni facture";
    else if (o.status === "error")
      reason = "retenu pour erreurs : pas de relevé, donc pas de facture (voir les erreurs de ce producteur)";
    else {
      const d = decide(o, inputs, issueDate);
      if (typeof d !== "string") {
        candidates.push(d);
        continue;
      }
      reason = d;
      if (o.statement!.currency !== "EUR") {
        const list = currencies.get(o.statement!.grid) ?? [];
        list.push(o.code);
        currencies.set(o.statement!.grid, list);
        notInvoiced.push({ producer: o.code, reason });
        continue;
      }
    }
    notInvoiced.push({ producer: o.code, reason });
    const p = inputs.producers.get(codeKey(o.code));
    if (p) addIssues(p.issues);
    issues.push({ severity: "warning", code: "INVOICE", producer: o.code, message: `pas de facture : ${reason}` });
  }
  for (const [grid, codes] of currencies) {
    issues.push({
      severity: "warning",
      code: "INVOICE",
      message: `pas de facture pour les ${codes.length} producteur(s) de la grille ${grid} (hors TVA française, LTVA art. 21 al. 2 ch. 26) : relevés avec retenues seulement`,
    });
  }
  for (const b of inputs.buyers.rows) addIssues(b.issues);
  if (inputs.vatRates) for (const r of inputs.vatRates.rows) addIssues(r.issues);
  return { candidates, notInvoiced, issues };
}
