/**
 * What the « Grilles » section shows: the grids available (read again when a sheet is added), the one
 * chosen, and its readable table. A failed read is said through the section's failure bar.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from "react";
import type { GridsActions, GridsView } from "../../services/grids";
import { messageOf } from "../ActionFeedback";

export type GridRows = (string | number | null)[][];

/** `setError` is the section's error state setter (a setter keeps its identity: the reads run when they must). */
export function useGridsView(grids: GridsActions, setError: Dispatch<SetStateAction<string | null>>) {
  const [view, setView] = useState<GridsView | null>(null);
  const [selected, setSelected] = useState("");
  const [table, setTable] = useState<GridRows | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    grids.list().then(
      (v) => {
        if (!live) return;
        setView(v);
        setSelected((s) => (s && v.grids.some((g) => g.id === s) ? s : (v.grids[0]?.id ?? "")));
      },
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [grids, version, setError]);

  useEffect(() => {
    if (!selected) return;
    let live = true;
    grids.table(selected).then(
      (rows) => live && setTable(rows),
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [grids, selected, version, setError]);

  /** A sheet « Grille <id> » was added: read the grids again and show it. */
  function added(sheet: string) {
    setVersion((v) => v + 1);
    setSelected(sheet.replace(/^Grille\s+/, ""));
  }

  return { view, selected, setSelected, table, added };
}
