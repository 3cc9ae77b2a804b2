/**
 * The invoicing model (shared/spec/invoices.md): what the invoicing step computes from a month's statements
 * and what the documents (sheets, PDF, Factur-X) render. An invoice never computes a price of its own: its
 * lines are the statement's lines; only VAT, withholdings and the net are computed here, each rounded once
 * to the cent.
 *
 * Written before the invoicing and documents code so that both are built against one structure; fields may
 * be added, none removed without changing both.
 */
import type { Decimal, IsoDate, YearMonth } from "../engine";

export type VatRegime = "assujetti" | "forfait";
/** `mandat`: the OP issues in the producer's name (CGI annexe II art. 242 nonies); `autofacturation`: the buyer issues. */
export type InvoicingMode = "mandat" | "autofacturation";
export type DocumentType = "facture" | "avoir";

/** A legal person as printed on the invoice and written in Factur-X. */
export interface Party {
  name: string;
  /** 9 digits, no spaces. */
  siren: string;
  address: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2; "FR" for every party of a French invoice. */
  country: string;
  /** Intra-community VAT number (FR + 11 characters), when known. */
  vatNumber: string | null;
}

/** The OP table (one row). */
export interface OpSettings extends Party {
  mode: InvoicingMode;
  /** Numbering prefix, default "F". */
  prefix: string;
  /** Days after the end of the month to the due date, default 30. */
  paymentDays: number;
  /** Late-payment penalty text (required on B2B invoices). */
  latePenaltyText: string | null;
}

/** A withholding (Retenues) applied to one statement: a line below the total, outside the VAT base. */
export interface Withholding {
  code: string;
  label: string;
  base: "volume" | "montant";
  /** `volume`: per-unit rate in the grid's price unit (€/1000 L, cts/kg); `montant`: percent of the statement total. */
  rate: Decimal;
  /** Amount withheld, positive, rounded to the cent (a negative rate gives a negative amount: a refund). */
  amount: Decimal;
}

/** One invoice line: a statement line, as it is. */
export interface InvoiceLine {
  /** The statement line's code (BASE, MG, GERMES, ANTIBIO…). */
  code: string;
  description: string;
  /**
   * Per-unit lines: quantity = the month's volume in `unit`, unitPrice = the statement rate per `priceBasis`
   * units (1000 L). Lump sums (penalties, destruction, indemnities, damages): quantity 1, unit "forfait",
   * unitPrice = the amount, priceBasis 1.
   */
  quantity: Decimal;
  unit: string;
  /** Signed, in the currency per `priceBasis` units (a deduction is negative). */
  unitPrice: Decimal;
  priceBasis: Decimal;
  /** Signed amount excluding VAT, rounded to the cent: the statement line's amount (negated on a credit note). */
  amount: Decimal;
}

export interface InvoiceDocument {
  /** `<Préfixe><YYYY>-<NNNNNN>`. */
  number: string;
  type: DocumentType;
  mode: InvoicingMode;
  issueDate: IsoDate;
  /** The month delivered. */
  month: YearMonth;
  /** End of `month` + OP.paymentDays. */
  dueDate: IsoDate;
  /** Producer code (Producteurs.Code) and buyer code (Acheteurs.Code). */
  producer: string;
  buyerCode: string;
  /** Seller = the producer. */
  seller: Party;
  /** Buyer = the dairy. */
  buyer: Party;
  op: OpSettings;
  /** Date the billing mandate was signed (mandat mode). */
  mandateDate: IsoDate | null;
  vatRegime: VatRegime;
  /** Percent (5.5); null for `forfait`. */
  vatRate: Decimal | null;
  currency: string;
  /** Grid id of the statement the invoice comes from. */
  grid: string;
  volume: Decimal;
  volumeUnit: string;
  lines: InvoiceLine[];
  /** Σ lines. */
  ht: Decimal;
  /** vatRate × ht rounded to the cent; 0 for forfait. */
  vat: Decimal;
  ttc: Decimal;
  withholdings: Withholding[];
  /** Σ withholdings (negated on a credit note). */
  withholdingsTotal: Decimal;
  /** ttc − withholdingsTotal. */
  net: Decimal;
  /** For a credit note: the number of the invoice it cancels. */
  cancels: string | null;
  /** Hash of the document's content (the register's Empreinte): same content, same fingerprint. */
  fingerprint: string;
  /** The mentions the spec requires, as printed (mandate or autofacturation, VAT exemption, penalties, 40 €). */
  mentions: string[];
}
