/**
 * The two price commands on an .xlsx file (same code as the task pane: src/prices):
 *
 *   npm run compare -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--kg-per-litre 1.03] [--out FILE.xlsx] [--json FILE.json]
 *   npm run price-a -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json]
 *
 * Each writes a copy of the workbook (default beside the input: <name>-comparaison-YYYY-MM.xlsx,
 * <name>-prix-a-YYYY-MM.xlsx; never the input) with its generated sheet ("Comparaison YYYY-MM", "Prix A
 * YYYY-MM"); price-a also appends the price to PrixDeBase in that copy. The figures are printed; --json writes
 * them as JSON. Exit status as `npm run statements`: 0 done, 1 the workbook cannot be used (one-line reason),
 * 2 wrong command line.
 */
import * as path from "node:path";
import { Decimal, frNumber } from "../engine";
import { comparisonJson, runComparison, runPriceA } from "../prices";
import { RunError } from "../run";
import { readGridFiles } from "./gridFiles";
import { openWorkbook } from "./nodeXlsx";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, UsageError, checkMonth, failer, oneLine, processIO, readInput, sameFile, scanArgs, startCli, writeAtomic, type CliIO } from "./common";

type Command = "compare" | "price-a";

const USAGE: Record<Command, string> = {
  compare: `Usage: npm run compare -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--grid-file FILE.json]… [--kg-per-litre 1.03] [--out FILE.xlsx] [--json FILE.json]

Compares the grids for the month: the PSL standardized producer price of every grid (at its PrixDeBase of the
month) and, for each producer, what the same month would have paid under each grid with the same data.
Writes a copy of the workbook with the sheet "Comparaison YYYY-MM" (default <input>-comparaison-YYYY-MM.xlsx).

  --grid ID          grid of producers whose Grille is blank (the units their data is in)
  --grid-file F      a grid file (JSON) compared besides the built-in grids and the workbook's sheets
                     « Grille <id> »; repeatable
  --kg-per-litre F   litre/kilogram factor (default 1.03)
  --out FILE.xlsx    output workbook (never the input)
  --json FILE.json   also write the comparison as JSON
  --quiet            print nothing on success`,
  "price-a": `Usage: npm run price-a -- <workbook.xlsx> --month YYYY-MM [--grid ID] [--out FILE.xlsx] [--json FILE.json]

Computes the Sodiaal price A of the month from the Indicateurs table (Mois, Indicateur, Valeur, Poids):
product mix of the month + 50 % × (FAM − SODIAAL_A) of m − 3 + SAISONNALITE of the month. Writes a copy of
the workbook with the sheet "Prix A YYYY-MM" and the price appended to PrixDeBase for that month and grid
(an existing different price is never overwritten). Default output <input>-prix-a-YYYY-MM.xlsx.

  --grid ID          grid whose base price price A is (default: the only grid priced in €/1000 L)
  --out FILE.xlsx    output workbook (never the input)
  --json FILE.json   also write the computation as JSON
  --quiet            print nothing on success`,
};

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
}

function parse(command: Command, argv: readonly string[]): Args {
  const a: Partial<Args> & { quiet: boolean; help: boolean; gridFiles: string[] } = { quiet: false, help: false, gridFiles: [] };
  const { positional, help, quiet } = scanArgs(argv, (flag, value) => {
    if (flag === "--month") a.month = value();
    else if (flag === "--grid") a.grid = value();
    else if (flag === "--out") a.out = value();
    else if (flag === "--json") a.json = value();
    else if (flag === "--kg-per-litre" && command === "compare") a.factor = value();
    else if (flag === "--grid-file" && command === "compare") a.gridFiles.push(value());
    else return false;
    return true;
  });
  a.help = help;
  a.quiet = quiet;
  if (a.help) return { input: "", month: "", ...a };
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? "missing the workbook (.xlsx) to read" : `one workbook at a time (got ${positional.join(", ")})`);
  const month = checkMonth(a.month);
  if (a.factor !== undefined && !/^\d+([.,]\d+)?$/.test(a.factor)) throw new UsageError(`--kg-per-litre ${a.factor}: expected a positive number, e.g. 1.03`);
  return { ...a, input: positional[0], month };
}

export interface PricesCliOutcome {
  code: number;
  outPath?: string;
  json?: unknown;
  reason?: string;
}

export async function runPricesCli(command: Command, argv: readonly string[], io: CliIO = processIO): Promise<PricesCliOutcome> {
  const fail = failer(command, io);
  const started = startCli(command, io, USAGE[command], () => parse(command, argv));
  if ("exit" in started) return started.exit;
  const args = started.args;
  const ext = path.extname(args.input);
  const outPath = args.out ?? path.join(path.dirname(args.input), `${path.basename(args.input, ext)}-${command === "compare" ? "comparaison" : "prix-a"}-${args.month}${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
  if (sameFile(outPath, args.input)) return fail(EXIT_USAGE, `--out ${outPath} is the input workbook: the input is never overwritten; choose another file`);
  if (args.json && (sameFile(args.json, args.input) || sameFile(args.json, outPath))) return fail(EXIT_USAGE, `--json ${args.json} would overwrite a workbook`);
  const bytes = readInput(args.input);
  if (typeof bytes === "string") return fail(EXIT_UNUSABLE, bytes);
  const port = openWorkbook(args.input, bytes);
  if (typeof port === "string") return fail(EXIT_UNUSABLE, port);
  const gridFiles = readGridFiles(args.gridFiles);
  if (typeof gridFiles === "string") return fail(EXIT_UNUSABLE, gridFiles);
  try {
    let json: unknown;
    let text: string;
    if (command === "compare") {
      const r = await runComparison(port, { month: args.month, grid: args.grid, gridFiles, kgPerLitre: args.factor ? new Decimal(args.factor.replace(",", ".")) : undefined });
      json = comparisonJson(r.comparison);
      text = compareText(r.comparison, outPath);
    } else {
      const r = await runPriceA(port, { month: args.month, grid: args.grid, write: "table" });
      const a = r.priceA;
      json = {
        month: a.month,
        grid: r.grid,
        mix: a.mix.toNumber(),
        environment: a.environment.toNumber(),
        seasonality: a.seasonality.toNumber(),
        price: a.price.toNumber(),
        indicators: a.mixIndicators.map((i) => ({ indicator: i.indicator, value: i.value.toNumber(), weight: i.weight.toNumber(), defaultWeight: i.defaultWeight })),
        fam: { month: a.environmentMonth, value: a.fam.value.toNumber() },
        sodiaalA: { month: a.environmentMonth, value: a.sodiaal.value.toNumber(), source: a.sodiaal.source },
        terms: a.terms,
        prixDeBase: r.prixDeBase,
      };
      text = [`Prix A ${a.month} (${r.grid}) : ${frNumber(a.price, 2)} €/1000 L`, ...a.terms.map((t) => `  ${t}`), `  ${r.prixDeBase.message}`, `  → ${outPath}`].join("\n") + "\n";
    }
    writeAtomic(outPath, port.toBytes());
    if (args.json) writeAtomic(args.json, JSON.stringify(json, null, 2) + "\n");
    if (!args.quiet) io.stdout(text);
    return { code: EXIT_OK, outPath, json };
  } catch (e) {
    if (e instanceof RunError) return fail(EXIT_UNUSABLE, oneLine(e.message));
    return fail(EXIT_UNUSABLE, `${args.input} : ${oneLine((e as Error).message)}`);
  }
}

function compareText(c: import("../prices").Comparison, outPath: string): string {
  const lines = [`Comparaison des grilles ${c.month} (1 l = ${frNumber(c.kgPerLitre)} kg)`];
  for (const g of c.grids) {
    lines.push(g.psp.length ? `  PSP ${g.grid} : ${frNumber(g.psp[0].price, 2)} ${g.priceUnit} (${frNumber(g.psp[0].pricePerKg, 2)} ${g.psp[0].pricePerKgUnit}), base ${frNumber(g.basePrice!, 2)}` : `  PSP ${g.grid} : ${g.problem}`);
  }
  for (const p of c.producers) {
    const parts = p.byGrid.map((u) => (u.statement ? `${u.grid} ${frNumber(u.statement.total, 2)} ${u.statement.currency} = ${u.statement.pricePerUnit ? frNumber(u.statement.pricePerUnit, 2) : "—"} ${u.statement.priceUnit}` : `${u.grid} : ${u.error}`));
    lines.push(`  ${p.code} (${p.grid}) : ${parts.join(" | ")}`);
  }
  for (const i of c.issues) lines.push(`  ${i.producer ?? ""} ${i.message}`);
  lines.push(`  → ${outPath}`);
  return lines.join("\n") + "\n";
}

if (typeof require !== "undefined" && require.main === module) {
  const command = process.argv[2] as Command;
  if (command !== "compare" && command !== "price-a") {
    process.stderr.write("usage: tsx src/cli/prices.ts compare|price-a <workbook.xlsx> --month YYYY-MM …\n");
    process.exitCode = EXIT_USAGE;
  } else {
    runPricesCli(command, process.argv.slice(3)).then(
      (o) => (process.exitCode = o.code),
      (e) => {
        process.stderr.write(`${command}: ${oneLine((e as Error)?.stack ?? String(e))}\n`);
        process.exitCode = EXIT_UNUSABLE;
      },
    );
  }
}
