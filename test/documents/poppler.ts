/**
 * Reading PDFs back with poppler (pdftotext, pdftoppm). The tests fail, never skip, when poppler-utils is
 * missing: the PDFs would otherwise go unchecked.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

function tool(name: string): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(
    `${name} introuvable : installez poppler-utils (apt-get install poppler-utils) pour lire les PDF dans les tests`,
  );
}

function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-pdf-"));
  const file = path.join(dir, "doc.pdf");
  try {
    fs.writeFileSync(file, bytes);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of each page (pdftotext -layout), with no-break and narrow spaces as plain spaces and the true minus
 * sign as "-", so that tests write figures as "13 960,20" and "-180,00".
 */
export function pdfPages(bytes: Uint8Array): string[] {
  const text = withFile(bytes, (file) =>
    execFileSync(tool("pdftotext"), ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );
  const pages = text
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\u2212/g, "-")
    .split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

export function pdfText(bytes: Uint8Array): string {
  return pdfPages(bytes).join("\n");
}

/** Renders every page to PNG (pdftoppm) as `<prefix>-<n>.png`; returns the files. */
export function pdfToPng(bytes: Uint8Array, prefix: string, dpi = 100): string[] {
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  for (const f of fs.readdirSync(dir)) if (f.startsWith(`${base}-`) && f.endsWith(".png")) fs.rmSync(path.join(dir, f));
  withFile(bytes, (file) => execFileSync(tool("pdftoppm"), ["-r", String(dpi), "-png", file, prefix]));
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The files attached to the PDF (pdfdetach -list, then -saveall), by name. */
export function pdfAttachments(bytes: Uint8Array): Map<string, Uint8Array> {
  return withFile(bytes, (file) => {
    const out = new Map<string, Uint8Array>();
    const list = execFileSync(tool("pdfdetach"), ["-list", "-enc", "UTF-8", file], { encoding: "utf8" });
    const names = list
      .split("\n")
      .slice(1)
      .map((l) => l.replace(/^\d+: /, ""))
      .filter((n) => n !== "");
    const dir = path.join(path.dirname(file), "attached");
    fs.mkdirSync(dir);
    execFileSync(tool("pdfdetach"), ["-saveall", "-o", dir, file]);
    for (const n of names) out.set(n, new Uint8Array(fs.readFileSync(path.join(dir, n))));
    return out;
  });
}

/** The fonts of the PDF (pdffonts): name (subset prefix removed), type and whether embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  const out = withFile(bytes, (file) => execFileSync(tool("pdffonts"), [file], { encoding: "utf8" }));
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // Columns: name, type (one or two words), encoding, emb, sub, uni, object, ID.
      return { name: cols[0].replace(/^[A-Z]{6}\+/, ""), embedded: cols[cols.length - 5] === "yes" };
    });
}

/** Each page's size in points (pdfinfo -f 1 -l N), as "595.28 x 841.89". */
export function pdfPageSizes(bytes: Uint8Array): string[] {
  const out = withFile(bytes, (file) =>
    execFileSync(tool("pdfinfo"), ["-f", "1", "-l", "999", file], { encoding: "utf8" }),
  );
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]);
}
