/** [Content_Types].xml after a write: the deleted parts' overrides go, the new sheets' (and styles') are added. */
import { CT_STYLES, CT_WORKSHEET, parseContentTypes } from "../opc";
import { type Splice, applySplices, escapeAttr } from "../xml";

function override(part: string, type: string): string {
  return `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`;
}

/**
 * `removed`: lower-case paths of the deleted parts; `sheetParts`: the new worksheet parts; `stylesPart`: a
 * styles part the workbook had no relationship to (declared unless it already is).
 */
export function editContentTypes(
  xml: string,
  removed: Set<string>,
  sheetParts: string[],
  stylesPart: string | null,
): string {
  const ct = parseContentTypes(xml);
  const splices: Splice[] = [];
  for (const [name, o] of ct.overrides)
    if (removed.has(name)) splices.push({ start: o.node.start, end: o.node.end, text: "" });
  const added = sheetParts.map((p) => override(p, CT_WORKSHEET));
  if (stylesPart !== null && !ct.overrides.has(stylesPart.toLowerCase())) added.push(override(stylesPart, CT_STYLES));
  splices.push({ start: ct.root.closeStart, end: ct.root.closeStart, text: added.join("") });
  return applySplices(xml, splices);
}
