/**
 * What writing output sheets does to the workbook's sheet list, decided and checked before anything changes:
 * the sheets replaced go (only generated ones may), the others stay in order, the new ones follow them.
 */
import { t } from "../../../messages";
import type { GeneratedSheet, OutputSheet } from "../../port";
import { GENERATED_MARKER, checkNewSheetNames, sheetNameKey } from "../../names";
import type { SheetInfo, WorkbookInfo } from "../workbookPart";

export interface SheetPlan {
  /** Indices (among all <sheet> elements) of the sheets deleted. */
  deleted: Set<number>;
  deletedSheets: SheetInfo[];
  /** The sheets kept, in order; the new sheets come after them. */
  remaining: SheetInfo[];
  /** A kept sheet's new index by its old one. */
  newIndex: Map<number, number>;
  /** The new sheets. */
  sheets: OutputSheet[];
}

export function isVisible(sheet: SheetInfo): boolean {
  return (sheet.node.attrs.state ?? "visible") === "visible";
}

/** The plan, or the message saying why these sheets cannot be written (nothing has changed then). */
export function planSheets(
  wb: WorkbookInfo,
  generated: GeneratedSheet[],
  sheets: OutputSheet[],
  replace: string[],
): SheetPlan {
  const generatedKeys = new Set(generated.map((g) => sheetNameKey(g.name)));
  const deleted = new Set<number>();
  for (const name of replace) {
    const s = wb.sheets.find((x) => sheetNameKey(x.name) === sheetNameKey(name));
    if (!s) throw new Error(t("workbook.noSuchSheet", { sheet: name }));
    if (!generatedKeys.has(sheetNameKey(s.name))) {
      throw new Error(t("workbook.notGenerated", { sheet: s.name, marker: GENERATED_MARKER }));
    }
    deleted.add(s.index);
  }
  const remaining = wb.sheets.filter((s) => !deleted.has(s.index));
  checkNewSheetNames(
    sheets.map((s) => s.name),
    remaining.map((s) => s.name),
  );
  if (!sheets.length && !remaining.some(isVisible)) throw new Error(t("workbook.lastSheet"));
  const newIndex = new Map<number, number>();
  remaining.forEach((s, i) => newIndex.set(s.index, i));
  const deletedSheets = wb.sheets.filter((s) => deleted.has(s.index));
  return { deleted, deletedSheets, remaining, newIndex, sheets };
}
