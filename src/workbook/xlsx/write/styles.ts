/**
 * Output cell styles for the .xlsx port: appends to the workbook's own styles.xml the fonts, fills, borders,
 * number formats and cell formats the outputs need, keeping every existing index valid. Entries are reused
 * when an identical one already exists, so running again does not grow the stylesheet.
 */
import { NUMBER_FORMATS } from "../../formats";
import type { CellStyle } from "../../port";
import { type XNode, applySplices, child, escapeAttr, parseXml, prefixOf, setAttrSplice, type Splice } from "../xml";

/** Built-in number format ids: 2 = 0.00, 3 = #,##0, 4 = #,##0.00, 49 = @ (text). Formats: ../formats.ts. */
export { NUMBER_FORMATS };

const BUILTIN_FORMATS: Record<string, number> = { "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49, General: 0 };

interface StyleSpec {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string; // ARGB
  border?: "top" | "bottom";
  align?: string; // inner <alignment .../> attributes
}

const SPECS: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "FFD9E1F2", border: "bottom", align: 'vertical="center" wrapText="1"' },
  text: { numFmt: NUMBER_FORMATS.text },
  money: { numFmt: NUMBER_FORMATS.money },
  rate: { numFmt: NUMBER_FORMATS.rate },
  count: { numFmt: NUMBER_FORMATS.count },
  decimal2: { numFmt: NUMBER_FORMATS.decimal2 },
  decimal3: { numFmt: NUMBER_FORMATS.decimal3 },
  date: { numFmt: NUMBER_FORMATS.date },
  total: { numFmt: NUMBER_FORMATS.money, bold: true, border: "top" },
  note: { italic: true, size: 9 },
};

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const DEFAULT_CHILDREN: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

function squash(s: string): string {
  return s.replace(/>\s+</g, "><").trim();
}

interface Section {
  local: string;
  node: XNode | undefined;
  /** Existing children (normalised XML) → index. */
  index: Map<string, number>;
  count: number;
  added: string[];
  raw: string[];
}

export class StyleSheetEditor {
  private readonly xml: string;
  private readonly root: XNode;
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly addedNumFmts: string[] = [];
  private readonly cache = new Map<CellStyle, number>();
  private baseFont = "";

  constructor(xml: string | null) {
    this.xml = xml ?? MINIMAL_STYLES;
    this.root = parseXml(this.xml);
    this.p = prefixOf(this.root);
    for (const local of ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]) {
      const node = child(this.root, local);
      const raw = node ? node.children.map((c) => this.xml.slice(c.start, c.end)) : DEFAULT_CHILDREN[local].slice();
      const index = new Map<string, number>();
      raw.forEach((r, i) => {
        const k = squash(r);
        if (!index.has(k)) index.set(k, i);
      });
      this.sections.set(local, { local, node, index, count: raw.length, added: node ? [] : raw.slice(), raw });
    }
    const numFmts = child(this.root, "numFmts");
    for (const nf of numFmts?.children ?? []) {
      const id = Number(nf.attrs.numFmtId);
      const code = nf.attrs.formatCode;
      if (Number.isFinite(id)) {
        if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
        if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
      }
    }
    // Base font = font 0 (the Normal style's), without bold/italic/size.
    const font0 = this.sections.get("fonts")!.raw[0] ?? DEFAULT_CHILDREN.fonts[0];
    const inner = /^<[^>]*?>([\s\S]*)<\/[^>]+>$/.exec(font0.trim());
    this.baseFont = inner ? inner[1] : "";
  }

  /** The cellXfs index for an output style. */
  xf(style: CellStyle): number {
    const hit = this.cache.get(style);
    if (hit !== undefined) return hit;
    const spec = SPECS[style];
    const p = this.p;
    const numFmtId = spec.numFmt ? this.numFmt(spec.numFmt) : 0;
    const fontId = spec.bold || spec.italic || spec.size ? this.add("fonts", this.font(spec)) : 0;
    const fillId = spec.fill
      ? this.add(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${spec.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    let borderId = 0;
    if (spec.border) {
      const line = `style="thin"><${p}color indexed="64"/>`;
      const top = spec.border === "top" ? `<${p}top ${line}</${p}top>` : `<${p}top/>`;
      const bottom = spec.border === "bottom" ? `<${p}bottom ${line}</${p}bottom>` : `<${p}bottom/>`;
      borderId = this.add("borders", `<${p}border><${p}left/><${p}right/>${top}${bottom}<${p}diagonal/></${p}border>`);
    }
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    xf += spec.align ? ` applyAlignment="1"><${p}alignment ${spec.align}/></${p}xf>` : "/>";
    const id = this.add("cellXfs", xf);
    this.cache.set(style, id);
    return id;
  }

  private font(spec: StyleSpec): string {
    const p = this.p;
    let inner = this.baseFont.replace(/<(\w+:)?(b|i)(\s[^>]*)?\/>/g, "");
    if (spec.size) {
      const sz = `<${p}sz val="${spec.size}"/>`;
      inner = /<(\w+:)?sz\s[^>]*\/>/.test(inner) ? inner.replace(/<(\w+:)?sz\s[^>]*\/>/, sz) : sz + inner;
    }
    return `<${p}font>${spec.bold ? `<${p}b/>` : ""}${spec.italic ? `<${p}i/>` : ""}${inner}</${p}font>`;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const have = this.numFmtIds.get(code);
    if (have !== undefined) return have;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.addedNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private add(section: string, xml: string): number {
    const s = this.sections.get(section)!;
    const k = squash(xml);
    const have = s.index.get(k);
    if (have !== undefined) return have;
    const id = s.count++;
    s.index.set(k, id);
    s.added.push(xml);
    return id;
  }

  /** The edited styles.xml, or null when nothing had to be added. */
  result(): string | null {
    const splices: Splice[] = [];
    const p = this.p;
    const missing: { local: string; xml: string }[] = [];
    const numFmts = child(this.root, "numFmts");
    if (this.addedNumFmts.length) {
      if (numFmts && !numFmts.selfClosing) {
        splices.push({ start: numFmts.closeStart, end: numFmts.closeStart, text: this.addedNumFmts.join("") });
        splices.push(
          setAttrSplice(this.xml, numFmts, "count", String(numFmts.children.length + this.addedNumFmts.length)),
        );
      } else if (numFmts) {
        splices.push({
          start: numFmts.start,
          end: numFmts.end,
          text: `<${p}numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join("")}</${p}numFmts>`,
        });
      } else
        missing.push({
          local: "numFmts",
          xml: `<${p}numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join("")}</${p}numFmts>`,
        });
    }
    for (const s of this.sections.values()) {
      if (!s.added.length) continue;
      if (s.node && !s.node.selfClosing) {
        splices.push({ start: s.node.closeStart, end: s.node.closeStart, text: s.added.join("") });
        splices.push(setAttrSplice(this.xml, s.node, "count", String(s.count)));
      } else {
        const el = `<${p}${s.local} count="${s.count}">${(s.node ? s.added : s.added).join("")}</${p}${s.local}>`;
        if (s.node) splices.push({ start: s.node.start, end: s.node.end, text: el });
        else missing.push({ local: s.local, xml: el });
      }
    }
    for (const m of missing) {
      const rank = ORDER.indexOf(m.local);
      const after = this.root.children.find((c) => ORDER.indexOf(c.local) > rank);
      const at = after ? after.start : this.root.closeStart;
      splices.push({ start: at, end: at, text: m.xml });
    }
    if (!splices.length) return null;
    // Splices at the same offset must keep ORDER: sort is stable on equal starts only if pushed in order.
    return applySplices(this.xml, splices);
  }
}
