/**
 * The outputs of a command-line run (the workbook, the JSON…): checked before anything is read or computed,
 * then written together at the end.
 *
 * Before: an output may never be an input (even with --overwrite), two outputs may not be one file, an
 * existing output is refused unless --overwrite (an accountant's work in last month's output is never lost
 * without a word), and its folder must exist and take a new file — tried for real by creating and removing
 * the temporary file the write will use (permissions alone say nothing when running as root or on a
 * read-only disk).
 * At the end: every output is written to its temporary file first, then all are renamed into place, so that a
 * failure leaves no half-written file and no workbook without its JSON. A failure names the output's path.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { t } from "../messages";
import { EXIT_UNUSABLE, EXIT_USAGE, errnoText, sameFile } from "./common";

export interface Output {
  /** The option naming it, for the messages ("--out", "--json"). */
  flag: string;
  /** Absolute path (userPath). */
  file: string;
}

export interface Input {
  file: string;
  /** "output.isInput" (the workbook) or "output.isImported" (the file to import). */
  role: "output.isInput" | "output.isImported";
}

/**
 * A default output beside the input, from its path as the user typed it: `<name>-<suffix>.xlsx`, or .xlsm for
 * a macro-enabled workbook (its macros are kept).
 */
export function besideInput(input: string, suffix: string): string {
  const ext = path.extname(input);
  const kept = ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return path.join(path.dirname(input), `${path.basename(input, ext)}-${suffix}${kept}`);
}

/** A write failure, its message naming the output. */
export class OutputError extends Error {}

function temporaryOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** Why the outputs cannot be written, with the exit status, or null when they all can. */
export function checkOutputs(
  outputs: readonly Output[],
  inputs: readonly Input[],
  overwrite: boolean,
): { code: number; reason: string } | null {
  for (const [i, o] of outputs.entries()) {
    for (const input of inputs)
      if (sameFile(o.file, input.file))
        return { code: EXIT_USAGE, reason: t(input.role, { flag: o.flag, file: o.file }) };
    const other = outputs.slice(0, i).find((p) => sameFile(p.file, o.file));
    if (other)
      return { code: EXIT_USAGE, reason: t("output.twice", { flag: o.flag, file: o.file, other: other.flag }) };
    const problem = outputProblem(o, overwrite);
    if (problem) return problem;
  }
  return null;
}

function outputProblem(o: Output, overwrite: boolean): { code: number; reason: string } | null {
  const folder = path.dirname(o.file);
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(o.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR")
      return {
        code: EXIT_UNUSABLE,
        reason: t("output.parentNotFolder", { file: o.file, folder: firstNonFolder(folder) }),
      };
    if (code !== "ENOENT")
      return { code: EXIT_UNUSABLE, reason: t("output.failed", { file: o.file, reason: errnoText(e) }) };
  }
  if (stat?.isDirectory()) return { code: EXIT_USAGE, reason: t("output.isFolder", { file: o.file, flag: o.flag }) };
  if (stat && !overwrite) return { code: EXIT_USAGE, reason: t("output.exists", { file: o.file, flag: o.flag }) };
  let folderStat: fs.Stats;
  try {
    folderStat = fs.statSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR")
      return {
        code: EXIT_UNUSABLE,
        reason: t("output.parentNotFolder", { file: o.file, folder: firstNonFolder(folder) }),
      };
    return { code: EXIT_UNUSABLE, reason: t("output.noFolder", { file: o.file, folder }) };
  }
  if (!folderStat.isDirectory())
    return { code: EXIT_UNUSABLE, reason: t("output.parentNotFolder", { file: o.file, folder }) };
  // The real test: the temporary file the write will create.
  const tmp = temporaryOf(o.file);
  try {
    fs.closeSync(fs.openSync(tmp, "wx"));
    fs.rmSync(tmp, { force: true });
    if (stat) fs.accessSync(o.file, fs.constants.W_OK);
  } catch (e) {
    return { code: EXIT_UNUSABLE, reason: t("output.failed", { file: o.file, reason: errnoText(e) }) };
  }
  return null;
}

/** The nearest ancestor of `folder` that exists and is not a folder (a file used as a folder). */
function firstNonFolder(folder: string): string {
  let p = folder;
  for (;;) {
    try {
      if (!fs.statSync(p).isDirectory()) return p;
    } catch {
      /* goes up */
    }
    const up = path.dirname(p);
    if (up === p) return folder;
    p = up;
  }
}

/** Writes every output through its temporary file, then renames them all into place; OutputError on failure. */
export function writeOutputs(outputs: readonly { file: string; data: Uint8Array | string }[]): void {
  const written: string[] = [];
  try {
    for (const o of outputs) {
      const tmp = temporaryOf(o.file);
      try {
        fs.writeFileSync(tmp, o.data);
      } catch (e) {
        throw new OutputError(t("output.failed", { file: o.file, reason: errnoText(e) }));
      }
      written.push(tmp);
    }
    for (const o of outputs) {
      try {
        fs.renameSync(temporaryOf(o.file), o.file);
      } catch (e) {
        throw new OutputError(t("output.failed", { file: o.file, reason: errnoText(e) }));
      }
    }
  } finally {
    for (const tmp of written) fs.rmSync(tmp, { force: true });
  }
}
