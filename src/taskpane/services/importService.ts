/**
 * Data intake in the pane: preview a lab's or buyer's file (mapping guessed, or a saved one), then import
 * into the workbook through a workbook port. The component only calls this. One implementation for both
 * places the pane runs, told apart by the target:
 * - Excel: a fresh Office.js port for each step (it re-reads the workbook); the rows are in the workbook.
 * - standalone page: the page's working workbook (standaloneService.ts); the rows added land in it, and every
 *   later action starts from it.
 */
import { applyImport, importRows, type ImportPlan } from "../../intake/importer";
import { describeColumns, guessMapping, type ColumnGuess, type ImportKind, type Mapping } from "../../intake/mapping";
import type { SourceTable } from "../../intake/source";
import { loadMappings, type SavedMapping } from "../../intake/store";
import { NoValue, type WorkbookPort } from "../../workbook/port";
import type { Download, OpenedWorkbook } from "./types";

export interface ImportPreview {
  fileName: string;
  kind: ImportKind;
  source: SourceTable;
  /** The mapping proposed: the saved one chosen, else guessed from the headers. */
  mapping: Mapping;
  /** Saved mappings of this kind. */
  saved: SavedMapping[];
  columns: ColumnGuess[];
  /** The first data rows, as text (what the person sees to confirm the columns). */
  sample: string[][];
}

export interface ImportOutcome {
  plan: ImportPlan;
  /** @deprecated Never set since the working workbook (issue 15): downloadWorkbook() gives every action's result. */
  download?: Download;
  /** Standalone: the working workbook as it now is (its sheets, how many imports it holds). */
  workbook?: OpenedWorkbook;
}

export interface ImportService {
  preview(
    file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
    kind: ImportKind,
    mappingName?: string,
  ): Promise<ImportPreview>;
  /** Imports with the mapping as confirmed; `saveAs` saves it under that name. */
  run(preview: ImportPreview, mapping: Mapping, saveAs?: string): Promise<ImportOutcome>;
}

/** Where the rows go. */
export interface ImportTarget<P extends WorkbookPort = WorkbookPort> {
  /** The workbook to read (and, for a run, write into): called once per preview and once per run. */
  open(): P | Promise<P>;
  /**
   * After the rows, rejects and mapping were written into the port `open` gave: keeps the result (standalone)
   * and says what the person gets. Not called when the import fails: the workbook is then left as it was.
   */
  commit?(port: P, plan: ImportPlan): Omit<ImportOutcome, "plan"> | Promise<Omit<ImportOutcome, "plan">>;
}

const text = (v: unknown) =>
  v === null || v === undefined ? "" : v instanceof NoValue ? v.code || "(formule)" : String(v);

/** `target`: a function giving a fresh port for each step (Excel), or an ImportTarget (standalone). */
export function createImportService<P extends WorkbookPort>(target: (() => P) | ImportTarget<P>): ImportService {
  const t: ImportTarget<P> = typeof target === "function" ? { open: target } : target;
  return {
    async preview(file, kind, mappingName) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // The file reader (with the .xlsx port for .xlsx files) is loaded on demand, in a chunk of its own.
      const { openSource } = await import(/* webpackChunkName: "intake-source" */ "../../intake/source");
      const source = openSource(file.name, bytes);
      const saved = (await loadMappings(await t.open())).filter((m) => m.mapping.kind === kind);
      const chosen = mappingName ? saved.find((m) => m.name === mappingName) : undefined;
      const mapping = chosen?.mapping ?? guessMapping(source.headers, kind);
      return {
        fileName: file.name,
        kind,
        source,
        mapping,
        saved,
        columns: describeColumns(source.headers, mapping),
        sample: source.rows.slice(0, 3).map((r) => source.headers.map((_, i) => text(r.values[i]))),
      };
    },
    async run(preview, mapping, saveAs) {
      const p = await t.open();
      const plan = await importRows(p, preview.source, mapping, preview.kind);
      await applyImport(p, plan, { saveAs: saveAs?.trim() || undefined, mapping });
      const kept = t.commit ? await t.commit(p, plan) : {};
      return { plan, ...kept };
    },
  };
}
