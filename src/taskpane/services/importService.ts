/**
 * Data intake in the pane: preview a lab's or buyer's file (mapping guessed, or a saved one), then import
 * into the workbook through a workbook port (Office.js in Excel). The component only calls this.
 */
import { applyImport, importRows, type ImportPlan } from "../../intake/importer";
import { describeColumns, guessMapping, type ColumnGuess, type ImportKind, type Mapping } from "../../intake/mapping";
import type { SourceTable } from "../../intake/source";
import { loadMappings, type SavedMapping } from "../../intake/store";
import type { WorkbookPort } from "../../workbook/port";

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

export interface ImportService {
  preview(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }, kind: ImportKind, mappingName?: string): Promise<ImportPreview>;
  /** Imports with the mapping as confirmed; `saveAs` saves it under that name. */
  run(preview: ImportPreview, mapping: Mapping, saveAs?: string): Promise<ImportPlan>;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** `port()` gives a fresh port for each step (the Office port re-reads the workbook). */
export function createImportService(port: () => WorkbookPort): ImportService {
  return {
    async preview(file, kind, mappingName) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // The file reader (with the .xlsx port for .xlsx files) is loaded on demand, in a chunk of its own.
      const { openSource } = await import(/* webpackChunkName: "intake-source" */ "../../intake/source");
      const source = openSource(file.name, bytes);
      const saved = (await loadMappings(port())).filter((m) => m.mapping.kind === kind);
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
      const p = port();
      const plan = await importRows(p, preview.source, mapping, preview.kind);
      await applyImport(p, plan, { saveAs: saveAs?.trim() || undefined, mapping });
      return plan;
    },
  };
}
