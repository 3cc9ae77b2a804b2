/** The .xlsx workbook port: read input tables fast, add output sheets keeping everything else intact. */
export { XlsxWorkbook, GENERATED_MARKER, type XlsxOptions } from "./workbook";
export { NUMBER_FORMATS } from "./write/styles";
