/**
 * docProps/app.xml after a write: its list of worksheet titles follows the workbook's. Excel tolerates a stale
 * one, so a layout other than the expected one is left as it is.
 */
import type { PackageParts } from "../parts";
import type { SheetPlan } from "./writePlan";
import { packagePart, type WorkbookInfo } from "../workbookPart";
import {
  type Splice,
  applySplices,
  child,
  childrenNamed,
  escapeText,
  parseXml,
  prefixOf,
  setAttrSplice,
  textOf,
} from "../xml";

/** The app.xml part and its new text when the write changes it, else null. */
export function editAppProps(
  parts: PackageParts,
  wb: WorkbookInfo,
  plan: SheetPlan,
): { path: string; xml: string } | null {
  const path = packagePart(parts, "extended-properties");
  const xml = path ? parts.text(path) : null;
  if (!path || xml === null) return null;
  const worksheets = (sheets: { kind: string; name: string }[]) =>
    sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  const next = updateAppTitles(
    xml,
    worksheets(wb.sheets),
    worksheets(plan.remaining).concat(plan.sheets.map((s) => s.name)),
  );
  return next !== xml ? { path, xml: next } : null;
}

/**
 * Updates docProps/app.xml's list of worksheet titles (HeadingPairs count and TitlesOfParts), or returns the
 * text unchanged when its layout is not the expected one (Excel tolerates a stale app.xml).
 */
export function updateAppTitles(xml: string, oldNames: string[], newNames: string[]): string {
  try {
    const root = parseXml(xml);
    const hp = child(root, "HeadingPairs");
    const tp = child(root, "TitlesOfParts");
    const hv = hp?.children[0];
    const tv = tp?.children[0];
    if (!hv || !tv) return xml;
    const variants = childrenNamed(hv, "variant");
    const titles = tv.children;
    let offset = 0;
    for (let i = 0; i + 1 < variants.length; i += 2) {
      const countNode = variants[i + 1].children[0];
      if (!countNode) return xml;
      const count = Number(textOf(xml, countNode));
      const seg = titles.slice(offset, offset + count).map((t) => textOf(xml, t));
      if (count === oldNames.length && seg.every((s, k) => s === oldNames[k])) {
        const lp = titles[offset]?.name ?? prefixOf(tv) + "lpstr";
        const splices: Splice[] = [];
        splices.push({ start: countNode.openEnd, end: countNode.closeStart, text: String(newNames.length) });
        const newTitles = newNames.map((n) => `<${lp}>${escapeText(n)}</${lp}>`).join("");
        if (count > 0)
          splices.push({ start: titles[offset].start, end: titles[offset + count - 1].end, text: newTitles });
        else {
          const at = offset < titles.length ? titles[offset].start : tv.closeStart;
          splices.push({ start: at, end: at, text: newTitles });
        }
        splices.push(setAttrSplice(xml, tv, "size", String(titles.length - count + newNames.length)));
        return applySplices(xml, splices);
      }
      offset += count;
    }
    return xml;
  } catch {
    return xml;
  }
}
