/**
 * What the command-line tools (statements, import, compare / price-a, sample, demo) share: exit statuses,
 * where they print, how they read their arguments and resolve paths, how they start (usage errors, --help),
 * how they check their outputs before working and how they write them. Every sentence comes from the
 * catalogue (src/messages).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOGUES, t, type MessageKey } from "../messages";

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress on one line, rewritten). */
  isTTY: boolean;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
};

/** An exit with its one-line reason (printed on stderr as `<tool>: <reason>`). */
export interface CliExit {
  code: number;
  reason?: string;
}

export function failer(tool: string, io: CliIO): (code: number, reason: string) => CliExit {
  return (code, reason) => {
    io.stderr(`${tool}: ${reason}\n`);
    return { code, reason };
  };
}

/**
 * Reads the command line with `parse`: the arguments, or the exit already reported — a usage error (exit 2,
 * with a pointer to --help) or the help itself (exit 0).
 */
export function startCli<A extends { help: boolean }>(
  tool: string,
  io: CliIO,
  usage: string,
  parse: () => A,
): { args: A } | { exit: CliExit } {
  let args: A;
  try {
    args = parse();
  } catch (e) {
    if (e instanceof UsageError)
      return { exit: failer(tool, io)(EXIT_USAGE, t("cli.usageHint", { reason: e.message })) };
    throw e;
  }
  if (args.help) {
    io.stdout(usage + "\n");
    return { exit: { code: EXIT_OK } };
  }
  return { args };
}

/**
 * Scans a command line: -h/--help, -q/--quiet and --overwrite for every tool; `option(flag, value)` handles the tool's own
 * options (`value()` takes the argument, written `--flag value` or `--flag=value`) and returns false for one
 * it does not know. An unknown option is a UsageError.
 */
export function scanArgs(
  argv: readonly string[],
  option: (flag: string, value: () => string) => boolean,
): { positional: string[]; help: boolean; quiet: boolean; overwrite: boolean } {
  const positional: string[] = [];
  let help = false;
  let quiet = false;
  let overwrite = false;
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i];
    let inline: string | undefined;
    const eq = flag.indexOf("=");
    if (flag.startsWith("--") && eq > 0) [flag, inline] = [flag.slice(0, eq), flag.slice(eq + 1)];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UsageError(t("cli.needsValue", { flag }));
      i++;
      return v;
    };
    if (flag === "-h" || flag === "--help") help = true;
    else if (flag === "-q" || flag === "--quiet") quiet = true;
    else if (flag === "--overwrite") overwrite = true;
    else if (option(flag, value)) continue;
    else if (flag.startsWith("-") && flag !== "-") throw new UsageError(t("cli.unknownOption", { flag }));
    else positional.push(flag);
  }
  return { positional, help, quiet, overwrite };
}

/** The --month argument, checked. */
export function checkMonth(month: string | undefined): string {
  if (!month) throw new UsageError(t("cli.monthMissing"));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(t("cli.monthFormat", { month }));
  return month;
}

/** Whether two paths name the same file (same path, or an existing file reached by another path or link). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A message on one line (stderr reasons). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** The bytes of a file, or why it cannot be read (a one-line reason). */
export function readInput(file: string): Uint8Array | string {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    return t("input.unreadable", { file, reason: errnoText(e) });
  }
}

/** A system error in words (« fichier ou dossier introuvable (ENOENT) »). */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (!code) return oneLine((e as Error)?.message ?? String(e));
  const key = `errno.${code}` as MessageKey;
  const words = key in CATALOGUES.fr ? t(key) : t("errno.other", { code });
  return words.endsWith(code) ? words : `${words} (${code})`;
}

/**
 * A path argument as the user meant it: relative paths start from the folder where the command was typed.
 * `npm run` starts the script in the project's folder but sets INIT_CWD to that folder; a direct `tsx …`
 * has no INIT_CWD and its current folder is the right one.
 */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), p);
}
