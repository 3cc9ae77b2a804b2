/**
 * The OP's letterhead (OP table: Raison sociale, Adresse, Code postal, Ville, SIREN, N° TVA) at the top left of
 * a document's first page, and the document's kind and reference at the top right.
 */
import type { Party } from "../../invoicing/types";
import { BOLD, REGULAR } from "./fonts";
import type { PageBox } from "./layout";
import { drawLine, lineHeight, type TextStyle } from "./text";

export type Letterhead = Pick<Party, "name" | "address" | "postalCode" | "city" | "siren"> & {
  vatNumber?: string | null;
};

const NAME: TextStyle = { font: BOLD, size: 11, color: "#1f3a5a" };
const LINE: TextStyle = { font: REGULAR, size: 8.5, color: "#333333" };
const KIND: TextStyle = { font: BOLD, size: 11 };

/** "123456789" → "123 456 789" (a SIREN as it is printed). */
export function sirenText(siren: string): string {
  return /^\d{9}$/.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren;
}

/** The lines of a party's address block. */
export function addressLines(p: Pick<Party, "address" | "postalCode" | "city">): string[] {
  return [...p.address.split(/\r?\n/), `${p.postalCode} ${p.city}`.trim()].filter((l) => l.trim() !== "");
}

/** Height taken at the top of the first page by `drawHead` (letterhead or not). */
export function headHeight(letterhead: Letterhead | null): number {
  if (!letterhead) return 36 + 2 * lineHeight(KIND.size) + 6;
  const lines = 2 + addressLines(letterhead).length + (letterhead.vatNumber ? 1 : 0);
  return 36 + lineHeight(NAME.size) + (lines - 1) * lineHeight(LINE.size) + 12;
}

/** Draws the letterhead (left) and the document's kind and reference (right). */
export function drawHead(
  pdf: PDFKit.PDFDocument,
  box: PageBox,
  letterhead: Letterhead | null,
  kind: string,
  reference: string,
): void {
  const half = (box.right - box.left) / 2;
  let y = 36;
  if (letterhead) {
    drawLine(pdf, NAME, letterhead.name, box.left, y, half);
    y += lineHeight(NAME.size);
    for (const l of addressLines(letterhead)) {
      drawLine(pdf, LINE, l, box.left, y, half);
      y += lineHeight(LINE.size);
    }
    drawLine(pdf, LINE, `SIREN ${sirenText(letterhead.siren)}`, box.left, y, half);
    if (letterhead.vatNumber)
      drawLine(pdf, LINE, `N° TVA ${letterhead.vatNumber}`, box.left, y + lineHeight(LINE.size), half);
  }
  drawLine(pdf, KIND, kind, box.left + half, 36, half, "right");
  drawLine(pdf, LINE, reference, box.left + half, 36 + lineHeight(KIND.size), half, "right");
  const bottom = headHeight(letterhead) - 6;
  pdf.moveTo(box.left, bottom).lineTo(box.right, bottom).lineWidth(0.8).strokeColor("#1f3a5a").stroke();
}
