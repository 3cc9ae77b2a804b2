/** The fonts for Node (command line, tests, bench): read once per process from the dejavu-fonts-ttf package. */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { FONT_FILES, parseFonts, type PdfFonts } from "./fonts";
import { useDeflate } from "./streams";

let fonts: PdfFonts | undefined;

export function fontDirectory(): string {
  return path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

export function nodeFonts(): PdfFonts {
  if (!fonts) {
    // Node's native zlib for the streams we deflate (streams.ts): fflate, the default, is 3× slower (the
    // bench's 70 MB of page content at level 1: 0,68 s against 0,22 s CPU).
    useDeflate((data, level) => zlib.deflateSync(data, { level }));
    const dir = fontDirectory();
    fonts = parseFonts(
      fs.readFileSync(path.join(dir, FONT_FILES.regular)),
      fs.readFileSync(path.join(dir, FONT_FILES.bold)),
    );
  }
  return fonts;
}
