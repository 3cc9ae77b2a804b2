/**
 * What the command-line tools (statements, import, compare / price-a, sample, demo) share: exit statuses,
 * where they print, how they start (usage errors, --help; the arguments are read by args.ts), how they read
 * their inputs and resolve paths. Every sentence comes from the catalogue (src/messages).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOGUES, t, type MessageKey } from "../messages";
import { UsageError } from "./args";

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 1;
export const EXIT_USAGE = 2;

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
