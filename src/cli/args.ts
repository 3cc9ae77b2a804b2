/**
 * Reading a command line, once for every tool (statements, invoices, compare / price-a, import, grids, sample,
 * demo, bench/xlsx): Node's `util.parseArgs` cuts the arguments into tokens, this file checks each token in
 * order and says the first problem in the catalogue's words (src/messages), as a UsageError (exit 2).
 *
 * Every tool takes -h/--help, -q/--quiet and --overwrite; its own options are named without their dashes
 * (`{ month: "value", "grid-file": "values", plain: "switch" }`). A value is written `--flag value` or
 * `--flag=value`; a "values" option may be repeated (`--grid-file a.json --grid-file b.json`).
 *
 * parseArgs runs with `strict: false` and its tokens, not with `strict: true` and its errors: its strict checks
 * would say other things than the tools always said — it refuses a value starting with a dash (`--month -3`,
 * said here as a wrong month), refuses `--overwrite=yes` (taken here as --overwrite), accepts grouped short
 * flags (`-hq`, an unknown option here) and stops at `--` (an unknown option here); and its messages are
 * English sentences. The tokens give every case, in order, to say in French.
 */
import { parseArgs as parseNodeArgs } from "node:util";
import { t } from "../messages";

/** A wrong command line: its reason, printed with a pointer to --help (startCli, exit 2). */
export class UsageError extends Error {}

/** One option of a tool: takes a value, takes a value and may be repeated, or takes none. */
export type OptionKind = "value" | "values" | "switch";

/** A tool's own options, by name without the dashes. */
export type OptionKinds = Readonly<Record<string, OptionKind>>;

/** What each option was given: its last value (or undefined), every value in order, or whether it was there. */
export type OptionValues<K extends OptionKinds> = {
  -readonly [N in keyof K]: K[N] extends "values" ? string[] : K[N] extends "switch" ? boolean : string | undefined;
};

export interface CommandLine<K extends OptionKinds> {
  /** The arguments that are not options nor their values, in order. */
  positional: string[];
  help: boolean;
  quiet: boolean;
  overwrite: boolean;
  options: OptionValues<K>;
}

/** Checks an option's value as soon as it is read (its UsageError comes before any later problem). */
export type ValueCheck = (value: string, flag: string) => void;

/** The options of every tool. */
const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  quiet: { type: "boolean", short: "q" },
  overwrite: { type: "boolean" },
} as const;

type CommonName = keyof typeof COMMON_OPTIONS;
const COMMON_NAMES = new Set<string>(Object.keys(COMMON_OPTIONS));

/**
 * The option as written on the command line, for « option inconnue … »: `--name=value` names `--name`, any
 * other argument is named whole (`-hq`, `-x=3`).
 */
function writtenFlag(arg: string): string {
  const eq = arg.indexOf("=");
  return arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
}

function unknownOption(arg: string): UsageError {
  return new UsageError(t("cli.unknownOption", { flag: writtenFlag(arg) }));
}

/**
 * Reads `argv` with the tool's options `kinds`: the first problem is a UsageError — an unknown option, a value
 * missing (or an option where the value should be), or what `checks` says of a value.
 */
export function readCommandLine<const K extends OptionKinds>(
  argv: readonly string[],
  kinds: K,
  checks: Partial<Record<keyof K, ValueCheck>> = {},
): CommandLine<K> {
  const options = { ...COMMON_OPTIONS } as Record<string, { type: "boolean" | "string"; short?: string }>;
  for (const [name, kind] of Object.entries(kinds)) options[name] = { type: kind === "switch" ? "boolean" : "string" };
  const { tokens } = parseNodeArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const known = new Set(Object.keys(options));
  const read: CommandLine<K> = { positional: [], help: false, quiet: false, overwrite: false, options: empty(kinds) };
  const values = read.options as Record<string, string | string[] | boolean | undefined>;
  for (const token of tokens) {
    if (token.kind === "positional") {
      read.positional.push(token.value);
      continue;
    }
    const arg = argv[token.index];
    if (token.kind === "option-terminator") throw unknownOption(arg);
    // `-hq` comes as two tokens of one argument: not an option of these tools.
    const alone = arg === token.rawName || (token.inlineValue === true && arg.startsWith(`${token.rawName}=`));
    if (!alone || !known.has(token.name)) throw unknownOption(arg);
    if (COMMON_NAMES.has(token.name)) read[token.name as CommonName] = true;
    else if (kinds[token.name] === "switch") values[token.name] = true;
    else {
      const value = token.value;
      if (value === undefined || (!token.inlineValue && value.startsWith("--")))
        throw new UsageError(t("cli.needsValue", { flag: token.rawName }));
      checks[token.name]?.(value, token.rawName);
      if (kinds[token.name] === "values") (values[token.name] as string[]).push(value);
      else values[token.name] = value;
    }
  }
  return read;
}

function empty<K extends OptionKinds>(kinds: K): OptionValues<K> {
  const values: Record<string, string[] | boolean | undefined> = {};
  for (const [name, kind] of Object.entries(kinds))
    values[name] = kind === "values" ? [] : kind === "switch" ? false : undefined;
  return values as OptionValues<K>;
}

/** The --month argument, checked. */
export function checkMonth(month: string | undefined): string {
  if (!month) throw new UsageError(t("cli.monthMissing"));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(t("cli.monthFormat", { month }));
  return month;
}
