/** src/inputs: the one reading of a cell (numbers, dates, words, codes) for every front. See cell.ts. */
export * from "./cell";
export * from "./numbers";
export { isBlankCell, isBlankText } from "../workbook/reading";
