/**
 * The import panel's state and actions: which kind of file is picked, the preview read from it, what each
 * column is taken as, the name the mapping is saved under, and the outcome of the last import with its time
 * (kept while the next file is read, until the next import replaces it: then `replaced` is the one before).
 * Calls the import service, never Excel.
 */
import { useState } from "react";
import type { ImportKind } from "../../../intake/mapping";
import type { ImportOutcome, ImportPreview, ImportService } from "../../services/importService";
import { useServiceAction } from "../ActionFeedback";
import { assignOf, mappingOf, type Assign } from "./columnAssign";

/** An import done, and when. */
export interface ImportDone {
  outcome: ImportOutcome;
  at: Date;
}

export function useImport(
  service: ImportService,
  onBusy?: (busy: boolean) => void,
  onImported?: (outcome: ImportOutcome) => void,
) {
  const [kind, setKind] = useState<ImportKind>("analyses");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [assign, setAssign] = useState<Assign>({});
  const [saveAs, setSaveAs] = useState("");
  const { busy, error, run } = useServiceAction<"read" | "import">(onBusy);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [replaced, setReplaced] = useState<ImportDone | null>(null);

  /** Reads the file and guesses its columns (or takes those of the mapping saved as `mappingName`). */
  function load(f: File, k: ImportKind, mappingName?: string) {
    return run(
      "read",
      async () => {
        const p = await service.preview(f, k, mappingName);
        setFile(f);
        setPreview(p);
        setAssign(assignOf(p, p.mapping));
        setSaveAs(mappingName ?? "");
      },
      () => setPreview(null),
    );
  }

  /** Imports the previewed file with the columns as chosen; the preview stays when the import fails. */
  async function importRows() {
    if (!preview) return;
    await run("import", async () => {
      const outcome = await service.run(preview, mappingOf(preview.kind, assign), saveAs);
      setReplaced(done);
      setDone({ outcome, at: new Date() });
      setPreview(null);
      onImported?.(outcome);
    });
  }

  return {
    /** What the next file picked is: results or volumes. */
    kind,
    setKind,
    load,
    file,
    preview,
    cancel: () => setPreview(null),
    assign,
    setAssign,
    saveAs,
    setSaveAs,
    busy,
    error,
    done,
    replaced,
    importRows,
  };
}

export type ImportState = ReturnType<typeof useImport>;
