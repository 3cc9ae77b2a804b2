/**
 * Writing output sheets: new worksheet parts, and string splices of the few package parts that must change
 * (workbook.xml and its relationships, [Content_Types].xml, styles.xml, docProps/app.xml; calcChain.xml is
 * dropped when it names a deleted sheet). Every other part keeps its original compressed bytes. Everything is
 * built first; the package changes only at the end, so a failure leaves the workbook as it was.
 */
import { t } from "../../../messages";
import type { OutputSheet } from "../../port";
import { markerFormula } from "../../names";
import { editAppProps } from "./appProps";
import type { Book } from "../book";
import { editContentTypes } from "./contentTypes";
import { RelIds, buildNewSheets } from "./newSheets";
import { dirOf, relsPathOf } from "../opc";
import { removedParts } from "./removedParts";
import { StyleSheetEditor } from "./styles";
import { workbookRelPart } from "../workbookPart";
import { editWorkbookRels } from "./workbookRels";
import { editWorkbookXml } from "./workbookXml";
import { planSheets } from "./writePlan";
import { generatedSheets } from "../generated";

const CONTENT_TYPES = "[Content_Types].xml";

export function writeSheets(
  book: Book,
  sheets: OutputSheet[],
  key: string,
  replace: string[],
  onProgress?: (done: number, total: number) => void,
): void {
  const wb = book.workbook();
  if (wb.strict) throw new Error(t("workbook.strict"));
  markerFormula(key); // checks the key before anything changes
  const plan = planSheets(wb, generatedSheets(wb), sheets, replace);
  const parts = book.parts;

  // Styles: the workbook's styles part, or a new one beside the workbook part.
  const stylesRelPart = workbookRelPart(wb, "styles");
  const stylesPath = stylesRelPart ?? dirOf(wb.path) + (dirOf(wb.path) ? "/" : "") + "styles.xml";
  const styles = new StyleSheetEditor(parts.text(stylesPath));

  const relIds = new RelIds(wb.rels);
  const added = buildNewSheets({
    parts,
    wb,
    sheets,
    firstIndex: plan.remaining.length,
    key,
    relIds,
    xf: (style) => styles.xf(style),
    onProgress,
  });
  const removed = removedParts(parts, wb, plan.deletedSheets);
  const workbookXml = editWorkbookXml(wb, plan, added);
  const newStyles = stylesRelPart === null ? { id: relIds.next(), part: stylesPath } : null;
  const relsXml = editWorkbookRels(wb, removed.relIds, added, newStyles);
  const contentTypes = editContentTypes(
    parts.text(CONTENT_TYPES)!,
    removed.parts,
    added.sheets.map((s) => s.path),
    newStyles && stylesPath,
  );
  const app = editAppProps(parts, wb, plan);

  // Commit: nothing above has touched the package.
  const stylesXml = styles.result();
  for (const p of removed.parts) parts.delete(p);
  parts.set(wb.path, workbookXml);
  parts.set(relsPathOf(wb.path), relsXml);
  parts.set(CONTENT_TYPES, contentTypes);
  if (stylesXml !== null) parts.set(stylesPath, stylesXml);
  if (app) parts.set(app.path, app.xml);
  for (const e of added.entries) parts.add(e);
  book.workbookChanged();
}
