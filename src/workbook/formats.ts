/**
 * Number formats of the output styles, shared by both ports so that a statement looks the same written by
 * Office.js or into an .xlsx file. Invariant (en-US / OOXML) notation: Excel renders `#,##0.00` with the
 * user's separators (`1 234,50` in a French Excel).
 */
export const NUMBER_FORMATS = {
  money: "#,##0.00",
  rate: "+#,##0.00;-#,##0.00;0.00",
  count: "#,##0",
  decimal2: "0.00",
  decimal3: "0.000",
  date: "dd/mm/yyyy",
  text: "@",
} as const;
