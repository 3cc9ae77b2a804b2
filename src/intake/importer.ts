/**
 * The import: rows of a lab's or buyer's file → rows of Analyses or Livraisons, through the workbook port.
 *
 * `importRows` reads Producteurs and the target table and decides, row by row, what lands and what does not;
 * `applyImport` (write.ts) appends the rows (port.appendRows), adds the rejects to « Import rejets » and saves
 * the mapping (store.ts). `importFile` does both. Nothing is lost and nothing is silently changed:
 * - every row of the file ends in exactly one count: imported, duplicate, rejected or without consent
 *   (for a wide file, each result of the row: read = imported + duplicates + rejected + noConsent; tally.ts);
 * - a rejected row goes to « Import rejets » with its source line, its text as in the file and the reason;
 * - a row already in the table (Analyses: same date, producer and criterion with the same value;
 *   Livraisons: same date, producer, volume and time), or earlier in the same file, is a duplicate and
 *   is not added again — so importing the same file twice adds nothing. The same date, producer and
 *   criterion with a different value is a conflict: rejected, the table is left as it is (seen.ts);
 * - a producer whose Consentement is non: his results are not imported, counted, and listed without their
 *   content.
 * Values are parsed by src/inputs/cell.ts (the statement run's parser) and written as numbers and dates, text
 * as text. The rows' checks are in rowChecks.ts, then results.ts (Analyses) or volumes.ts (Livraisons).
 *
 * The task pane imports this module rather than index.ts (which loads the file readers), hence the plan's
 * types and applyImport exported here too.
 */
import type { GridCatalogue } from "../engine";
import { Columns } from "../inputs/columns";
import { DELIVERY_COLUMNS } from "../inputs/deliveriesTable";
import { RESULT_COLUMNS } from "../inputs/resultsTable";
import { SHEETS } from "../inputs/tables";
import { readWorkbookGrids } from "../inputs/workbookGrids";
import { message, t } from "../messages";
import type { TableData, WorkbookPort } from "../workbook/port";
import { ImportError } from "./errors";
import { resolveMapping, type ImportKind, type Mapping } from "./mapping";
import { emptySummary, type ImportPlan } from "./plan";
import { importResults } from "./results";
import type { ImportContext } from "./rowChecks";
import type { SourceTable } from "./source";
import { Tally } from "./tally";
import { ProducerIndex, decideImportGrid, type ImportGrid } from "./validate";
import { importDeliveries } from "./volumes";
import { applyImport, type ApplyOptions } from "./write";

export { summaryLine, type ImportPlan, type ImportSummary, type Reject } from "./plan";
export { applyImport, type ApplyOptions } from "./write";

export interface ImportOptions {
  /** Grid of the producers whose Grille is blank (default: the only grid named in PrixDeBase). */
  grid?: string;
}

/** Decides what lands: reads Producteurs, PrixDeBase (the import's grid) and the target table, writes nothing. */
export async function importRows(
  port: WorkbookPort,
  source: SourceTable,
  mapping: Mapping,
  kind: ImportKind,
  options: ImportOptions = {},
): Promise<ImportPlan> {
  if (mapping.kind !== kind)
    throw new ImportError(
      t("intake.kindMismatch", {
        mapped: message(`intake.kindOf.${mapping.kind}`),
        wanted: message(`intake.kindOf.${kind}`),
      }),
    );
  const resolved = resolveMapping(mapping, source.headers);
  const producersTable = await readRequired(port, SHEETS.producers);
  const producers = asImportError(() => new ProducerIndex(producersTable));
  const target = await readRequired(port, kind === "analyses" ? SHEETS.results : SHEETS.deliveries);
  const summary = emptySummary(source, kind, mapping.layout);
  // The run's catalogue: built-in grids and the workbook's grid sheets (a broken sheet's grid is named as such).
  const grids = await readWorkbookGrids(port);
  const importGrid = await gridForBlankGrille(port, options.grid, grids.catalogue);
  const tally = new Tally(summary, source);
  const context: ImportContext = { source, mapping: resolved, producers, importGrid, grids, tally };
  const rows =
    kind === "analyses"
      ? importResults(
          context,
          target,
          asImportError(() => new Columns(target, RESULT_COLUMNS)),
        )
      : importDeliveries(
          context,
          target,
          asImportError(() => new Columns(target, DELIVERY_COLUMNS)),
        );
  return { summary, target: target.sheet, rows, rejects: tally.rejects };
}

/** importRows then applyImport. */
export async function importFile(
  port: WorkbookPort,
  source: SourceTable,
  mapping: Mapping,
  kind: ImportKind,
  options: Omit<ApplyOptions, "mapping"> & ImportOptions = {},
): Promise<ImportPlan> {
  const plan = await importRows(port, source, mapping, kind, { grid: options.grid });
  await applyImport(port, plan, { ...options, mapping });
  return plan;
}

async function readRequired(port: WorkbookPort, name: string): Promise<TableData> {
  const table = await port.readTable(name);
  if (!table) {
    const sheets = (await port.sheetNames()).join(", ") || message("inputs.noSheets");
    throw new ImportError(t("intake.tableNotFound", { name, sheets }));
  }
  return table;
}

/** A table the import cannot use (a required column missing…) stops it with an ImportError. */
function asImportError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw e instanceof ImportError ? e : new ImportError((e as Error).message);
  }
}

/** The import's grid (decideImportGrid), with a PrixDeBase that cannot be read as an ImportError. */
async function gridForBlankGrille(
  port: WorkbookPort,
  option: string | undefined,
  catalogue: GridCatalogue,
): Promise<ImportGrid> {
  const prices = await port.readTable(SHEETS.prices);
  return asImportError(() => decideImportGrid(prices, option, catalogue));
}
