/** The fonts for Node (command line, tests, bench): read once per process from the dejavu-fonts-ttf package. */
import * as fs from "node:fs";
import * as path from "node:path";
import { FONT_FILES, parseFonts, type PdfFonts } from "./fonts";

let fonts: PdfFonts | undefined;

export function fontDirectory(): string {
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

export function nodeFonts(): PdfFonts {
  if (!fonts) {
    const dir = fontDirectory();
    fonts = parseFonts(fs.readFileSync(path.join(dir, FONT_FILES.regular)), fs.readFileSync(path.join(dir, FONT_FILES.bold)));
  }
  return fonts;
}
