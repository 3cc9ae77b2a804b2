/**
 * The parts that go with deleted sheets: the sheet parts, their relationship parts, what only they point to
 * (drawings, comments, tables...), and calcChain.xml when it names a deleted sheet.
 */
import { type Rel, parseRels, relKind, relsPathOf, resolveTarget, sourceOfRels } from "../opc";
import type { PackageParts } from "../parts";
import type { SheetInfo, WorkbookInfo } from "../workbookPart";

export interface RemovedParts {
  /** Lower-case paths of the parts to delete. */
  parts: Set<string>;
  /** Ids of the workbook relationships to delete. */
  relIds: Set<string>;
}

export function removedParts(parts: PackageParts, wb: WorkbookInfo, deletedSheets: SheetInfo[]): RemovedParts {
  const removed = collectRemovedParts(parts, deletedSheets.map((s) => s.part).filter(Boolean));
  const relIds = new Set(deletedSheets.map((s) => s.rid));
  // calcChain lists formula cells by sheetId; drop it (Excel rebuilds it) if it names a deleted sheet.
  const calcRel = wb.rels.find((r) => relKind(r.type) === "calcChain");
  if (calcRel && deletedSheets.length) {
    const calcPath = resolveTarget(wb.path, calcRel.target);
    const calc = parts.text(calcPath) ?? "";
    const ids = new Set(deletedSheets.map((s) => String(s.sheetId)));
    const re = /\si="(\d+)"/g;
    let m: RegExpExecArray | null;
    let hit = false;
    while (!hit && (m = re.exec(calc))) hit = ids.has(m[1]);
    if (hit) {
      removed.add(calcPath.toLowerCase());
      relIds.add(calcRel.id);
    }
  }
  return { parts: removed, relIds };
}

/** The relationships of a part; none when it has no relationship part or an unreadable one. */
function relsOf(parts: PackageParts, part: string): Rel[] {
  const xml = parts.text(relsPathOf(part));
  try {
    return xml ? parseRels(xml).rels : [];
  } catch {
    return [];
  }
}

/**
 * The parts to delete with these sheet parts: the parts themselves, their relationship parts, and what they
 * point to when nothing that stays points to it. Lower-case paths.
 */
function collectRemovedParts(parts: PackageParts, sheetParts: string[]): Set<string> {
  const removed = new Set(sheetParts.map((p) => p.toLowerCase()));
  if (sheetParts.some((p) => parts.has(relsPathOf(p)))) {
    const allRels = parts.names().filter((n) => /(^|\/)_rels\/[^/]*\.rels$/i.test(n));
    for (;;) {
      const referenced = referencedParts(parts, allRels, removed);
      let added = false;
      for (const part of Array.from(removed)) {
        for (const r of relsOf(parts, part)) {
          if (r.external) continue;
          const target = resolveTarget(part, r.target).toLowerCase();
          if (!removed.has(target) && !referenced.has(target) && parts.has(target)) {
            removed.add(target);
            added = true;
          }
        }
      }
      if (!added) break;
    }
  }
  for (const p of Array.from(removed)) {
    const rp = relsPathOf(p);
    if (parts.has(rp)) removed.add(rp.toLowerCase());
  }
  return removed;
}

/** Lower-case paths of the parts that the parts staying point to. */
function referencedParts(parts: PackageParts, allRels: string[], removed: Set<string>): Set<string> {
  const referenced = new Set<string>();
  for (const relsPath of allRels) {
    const source = sourceOfRels(relsPath);
    if (removed.has(source.toLowerCase()) || removed.has(relsPath.toLowerCase())) continue;
    const xml = parts.text(relsPath);
    if (!xml) continue;
    let rels: Rel[];
    try {
      rels = parseRels(xml).rels;
    } catch {
      continue;
    }
    for (const r of rels) if (!r.external) referenced.add(resolveTarget(source, r.target).toLowerCase());
  }
  return referenced;
}
