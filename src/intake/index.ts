/** Data intake: lab results and volumes imported into Analyses and Livraisons (command line and task pane). */
export {
  parseCsv,
  decodeBytes,
  detectSeparator,
  splitRecords,
  separatorName,
  type Separator,
  type Encoding,
} from "./csv";
export { openSource, csvSource, xlsxSource, xlsxSheetNames, type SourceTable, type SourceRow } from "./source";
export { ImportError } from "./errors";
export {
  guessMapping,
  resolveMapping,
  describeColumns,
  checkMapping,
  criterionOfHeader,
  unitOfHeader,
  FIELDS,
  fieldLabel,
  type FieldSpec,
  type Mapping,
  type ImportKind,
  type Field,
  type ColumnGuess,
} from "./mapping";
export { ProducerIndex, rangeProblem, decideImportGrid } from "./validate";
export { importRows, importFile, type ImportOptions } from "./importer";
export { applyImport, type ApplyOptions } from "./write";
export { summaryLine, type ImportPlan, type ImportSummary, type Reject } from "./plan";
export {
  loadMappings,
  findMapping,
  withMapping,
  IMPORT_KEY,
  MAPPINGS_SHEET,
  REJECTS_SHEET,
  type SavedMapping,
} from "./store";
