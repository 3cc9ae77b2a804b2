/**
 * The two price commands on an .xlsx file (same code as the task pane: src/prices):
 *
 *   npm run compare -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--kg-per-litre 1.03] [--out FILE.xlsx] [--json FILE.json] [--overwrite]
 *   npm run price-a -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json] [--overwrite]
 *
 * Each writes a copy of the workbook (default beside the input: <name>-comparaison-YYYY-MM.xlsx,
 * <name>-prix-a-YYYY-MM.xlsx; never the input) with its generated sheet ("Comparaison YYYY-MM", "Prix A
 * YYYY-MM"); price-a also appends the price to PrixDeBase in that copy. The figures are printed; --json writes
 * them as JSON. Exit status as `npm run statements`: 0 done, 1 the workbook cannot be used (one-line reason),
 * 2 wrong command line.
 */
import { Decimal, frNumber, type CatalogueEntry } from "../engine";
import { comparisonJson, runComparison, runPriceA, type Comparison } from "../prices";
import type { XlsxWorkbook } from "../workbook/xlsx";
import { readGridFiles } from "./gridFiles";
import { t, type MessageKey } from "../messages";
import { UsageError, checkMonth, readCommandLine, type CommandLine } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, failer, processIO, startCli, userPath, type CliIO } from "./common";
import { besideInput, writeOutputs } from "./outputs";
import { failureReason, isExit, launchCli, openCommand } from "./workbookCommand";

type Command = "compare" | "price-a";

const USAGE: Record<Command, MessageKey> = { compare: "compare.usage", "price-a": "priceA.usage" };

interface Args {
  input: string;
  month: string;
  grid?: string;
  gridFiles: string[];
  out?: string;
  json?: string;
  factor?: string;
  quiet: boolean;
  help: boolean;
  overwrite: boolean;
}

/** The price commands' own options (args.ts adds --help, --quiet, --overwrite); compare has two more. */
const PRICE_A_OPTIONS = { month: "value", grid: "value", out: "value", json: "value" } as const;
const COMPARE_OPTIONS = { ...PRICE_A_OPTIONS, "kg-per-litre": "value", "grid-file": "values" } as const;

/** The command line of either command (price-a: no factor, no grid file). */
function readPriceArgs(command: Command, argv: readonly string[]): CommandLine<typeof COMPARE_OPTIONS> {
  if (command === "compare") return readCommandLine(argv, COMPARE_OPTIONS);
  const read = readCommandLine(argv, PRICE_A_OPTIONS);
  return { ...read, options: { ...read.options, "kg-per-litre": undefined, "grid-file": [] } };
}

function parse(command: Command, argv: readonly string[]): Args {
  const { positional, help, quiet, overwrite, options } = readPriceArgs(command, argv);
  const { "kg-per-litre": factor, "grid-file": gridFiles } = options;
  const a = { grid: options.grid, gridFiles, out: options.out, json: options.json, factor, quiet, help, overwrite };
  if (help) return { ...a, input: "", month: options.month ?? "" };
  if (positional.length !== 1)
    throw new UsageError(
      positional.length === 0 ? t("cli.workbookMissing") : t("cli.oneWorkbook", { files: positional.join(", ") }),
    );
  const month = checkMonth(options.month);
  if (factor !== undefined && !/^\d+([.,]\d+)?$/.test(factor))
    throw new UsageError(t("compare.factorFormat", { value: factor }));
  return { ...a, input: positional[0], month };
}

export interface PricesCliOutcome {
  code: number;
  outPath?: string;
  json?: unknown;
  reason?: string;
}

export async function runPricesCli(
  command: Command,
  argv: readonly string[],
  io: CliIO = processIO,
): Promise<PricesCliOutcome> {
  const fail = failer(command, io);
  const started = startCli(command, io, t(USAGE[command]), () => parse(command, argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const kind = command === "compare" ? "comparaison" : "prix-a";
  const defaultOut = (typed: string) => besideInput(typed, `${kind}-${args.month}`);
  const opened = openCommand(args, defaultOut, fail);
  if (isExit(opened)) return opened;
  const { input, outPath, jsonPath, port } = opened;
  const gridFiles = readGridFiles(args.gridFiles.map(userPath));
  if (typeof gridFiles === "string") return fail(EXIT_UNUSABLE, gridFiles);
  try {
    const { json, text } =
      command === "compare" ? await compare(port, args, gridFiles, outPath) : await priceA(port, args, outPath);
    const files: { file: string; data: Uint8Array | string }[] = [{ file: outPath, data: port.toBytes() }];
    if (jsonPath) files.push({ file: jsonPath, data: JSON.stringify(json, null, 2) + "\n" });
    writeOutputs(files);
    if (!args.quiet) io.stdout(text);
    return { code: EXIT_OK, outPath, json };
  } catch (e) {
    return fail(EXIT_UNUSABLE, failureReason(e, input));
  }
}

/** What a price command gives: its JSON (--json) and its printed summary. */
interface PriceOutput {
  json: unknown;
  text: string;
}

/** The grid comparison sheet, and its figures. */
async function compare(
  port: XlsxWorkbook,
  args: Args,
  gridFiles: CatalogueEntry[],
  outPath: string,
): Promise<PriceOutput> {
  const r = await runComparison(port, {
    month: args.month,
    grid: args.grid,
    gridFiles,
    kgPerLitre: args.factor ? new Decimal(args.factor.replace(",", ".")) : undefined,
  });
  return { json: comparisonJson(r.comparison), text: compareText(r.comparison, outPath) };
}

/** Price A of the month: its sheet and a PrixDeBase row, and its figures. */
async function priceA(port: XlsxWorkbook, args: Args, outPath: string): Promise<PriceOutput> {
  const r = await runPriceA(port, { month: args.month, grid: args.grid, write: "table" });
  const a = r.priceA;
  const json = {
    month: a.month,
    grid: r.grid,
    mix: a.mix.toNumber(),
    environment: a.environment.toNumber(),
    seasonality: a.seasonality.toNumber(),
    price: a.price.toNumber(),
    indicators: a.mixIndicators.map((i) => ({
      indicator: i.indicator,
      value: i.value.toNumber(),
      weight: i.weight.toNumber(),
      defaultWeight: i.defaultWeight,
    })),
    fam: { month: a.environmentMonth, value: a.fam.value.toNumber() },
    sodiaalA: { month: a.environmentMonth, value: a.sodiaal.value.toNumber(), source: a.sodiaal.source },
    terms: a.terms,
    prixDeBase: r.prixDeBase,
  };
  const lines = [
    t("priceA.title", { month: a.month, grid: r.grid, price: frNumber(a.price, 2) }),
    ...a.terms.map((term) => `  ${term}`),
    `  ${r.prixDeBase.message}`,
    t("cli.outputLine", { file: outPath }),
  ];
  return { json, text: lines.join("\n") + "\n" };
}

function compareText(c: Comparison, outPath: string): string {
  const lines = [t("compare.title", { month: c.month, factor: frNumber(c.kgPerLitre) })];
  for (const g of c.grids) {
    lines.push(
      g.psp.length
        ? t("compare.psp", {
            grid: g.grid,
            price: frNumber(g.psp[0].price, 2),
            unit: g.priceUnit,
            perKg: frNumber(g.psp[0].pricePerKg, 2),
            perKgUnit: g.psp[0].pricePerKgUnit,
            base: frNumber(g.basePrice!, 2),
          })
        : t("compare.pspProblem", { grid: g.grid, problem: g.problem ?? "" }),
    );
  }
  for (const p of c.producers) {
    const parts = p.byGrid.map((u) =>
      u.statement
        ? t("compare.underGrid", {
            grid: u.grid,
            total: frNumber(u.statement.total, 2),
            currency: u.statement.currency,
            price: u.statement.pricePerUnit ? frNumber(u.statement.pricePerUnit, 2) : "—",
            unit: u.statement.priceUnit,
          })
        : t("compare.underGridError", { grid: u.grid, error: u.error ?? "" }),
    );
    lines.push(t("compare.producer", { code: p.code, grid: p.grid, parts: parts.join(" | ") }));
  }
  for (const i of c.issues) lines.push(`  ${i.producer ?? ""} ${i.message}`);
  lines.push(t("cli.outputLine", { file: outPath }));
  return lines.join("\n") + "\n";
}

if (typeof require !== "undefined" && require.main === module) {
  const command = process.argv[2] as Command;
  if (command !== "compare" && command !== "price-a") {
    process.stderr.write(t("prices.whichCommand") + "\n");
    process.exitCode = EXIT_USAGE;
  } else launchCli(command, (argv) => runPricesCli(command, argv), process.argv.slice(3));
}
