/**
 * The invoices command end to end on .xlsx files: the register created then appended to through the .xlsx
 * port, the JSON, a correction giving one credit note and one invoice, --overwrite, the input untouched; the
 * conventions of every command: French messages from the catalogue, outputs checked before work, relative
 * paths from where the command was typed (INIT_CWD).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs, runCli } from "../../src/cli/invoices";
import { REGISTER_SHEET } from "../../src/invoicing/register";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import type { CellValue } from "../../src/workbook/port";
import { invoicingWorkbook } from "../invoicing/workbook";
import { xlsxBytes } from "./workbooks";
import { io, tempFolder, sha } from "./io";

const dir = tempFolder("milkpay-invoices-");

async function writeOp(name: string): Promise<string> {
  const wb = invoicingWorkbook();
  const sheets: Record<string, CellValue[][]> = {};
  for (const s of wb.sheets) sheets[s.name] = s.cells!;
  const file = path.join(dir, name);
  fs.writeFileSync(file, await xlsxBytes(sheets));
  return file;
}

async function register(file: string) {
  const t = await XlsxWorkbook.open(fs.readFileSync(file)).readTable(REGISTER_SHEET);
  return t!.rows.map((r) => [r.row, ...r.values.slice(0, 5), r.values[11]]);
}

describe("npm run invoices", () => {
  it("reads its arguments; --date must be a calendar date; usage errors and --help in French, exit 2 / 0", async () => {
    expect(parseArgs(["op.xlsx", "--month", "2025-03", "--date", "2025-04-02", "--overwrite"])).toMatchObject({
      input: "op.xlsx",
      month: "2025-03",
      date: "2025-04-02",
      overwrite: true,
    });
    expect(parseArgs(["op.xlsx", "--month", "2025-03"]).overwrite).toBe(false);
    expect(() => parseArgs(["op.xlsx", "--month", "2025-03", "--date", "02/04/2025"])).toThrow(
      "--date 02/04/2025 : attendu une date AAAA-MM-JJ, par exemple 2025-04-02",
    );
    const usageErrors: [string[], string][] = [
      [
        ["op.xlsx", "--month", "2025-03", "--date", "2025-02-30"],
        "invoices: --date 2025-02-30 : attendu une date AAAA-MM-JJ, par exemple 2025-04-02 (--help pour l'aide)\n",
      ],
      [["op.xlsx"], "invoices: il manque --month AAAA-MM (--help pour l'aide)\n"],
      [["--month", "2025-03"], "invoices: il manque le classeur (.xlsx) à lire (--help pour l'aide)\n"],
      [
        ["a.xlsx", "b.xlsx", "--month", "2025-03"],
        "invoices: un seul classeur à la fois (reçu : a.xlsx, b.xlsx) (--help pour l'aide)\n",
      ],
      [["op.xlsx", "--month", "2025-03", "--force"], "invoices: option inconnue --force (--help pour l'aide)\n"],
    ];
    for (const [argv, message] of usageErrors) {
      const o = io();
      expect((await runCli(argv, o)).code).toBe(2);
      expect(o.err).toBe(message);
    }
    const help = io();
    expect((await runCli(["--help"], help)).code).toBe(0);
    expect(help.out).toMatch(/^Usage : npm run invoices -- <classeur.xlsx> --month AAAA-MM \[--date AAAA-MM-JJ\]/);
    expect(help.out).toMatch(/--overwrite +remplace une sortie qui existe déjà/);
    expect(help.out).toContain("Les chemins relatifs partent du dossier où la commande est tapée");
  });

  it("issues, re-issues unchanged, then after a correction gives one credit note and one invoice", async () => {
    const input = await writeOp("op.xlsx");
    const before = sha(input);
    const out1 = path.join(dir, "op-1.xlsx");
    const json1 = path.join(dir, "op-1.json");
    const o1 = io();
    const r1 = await runCli([input, "--month", "2025-03", "--date", "2025-04-02", "--out", out1, "--json", json1], o1);
    expect(o1.err).toBe("");
    expect(r1.code).toBe(0);
    expect(sha(input)).toBe(before);
    const j1 = JSON.parse(fs.readFileSync(json1, "utf8"));
    expect(j1.month).toBe("2025-03");
    expect(
      j1.issued.map((d: { number: string; type: string; producer: string; buyer: string; cancels: null }) => [
        d.number,
        d.type,
        d.producer,
        d.buyer,
        d.cancels,
      ]),
    ).toEqual([
      ["F2025-000001", "facture", "P1", "A1", null],
      ["F2025-000002", "facture", "P2", "A1", null],
    ]);
    const p1 = j1.issued[0];
    // TTC = HT + TVA ; net = TTC − Cniel 36,60 (30 000 L × 1,22 / 1000)
    expect(p1.withholdings).toBe(36.6);
    expect(Math.round((p1.ht + p1.vat) * 100)).toBe(Math.round(p1.ttc * 100));
    expect(Math.round((p1.ttc - 36.6) * 100)).toBe(Math.round(p1.net * 100));
    expect(j1.notInvoiced.map((n: { producer: string }) => n.producer)).toEqual(["P3", "P4"]);
    expect(await register(out1)).toEqual([
      [2, "F2025-000001", "facture", 45749, "2025-03", "P1", null],
      [3, "F2025-000002", "facture", 45749, "2025-03", "P2", null],
    ]);

    // The same month again on the output: nothing new.
    const out2 = path.join(dir, "op-2.xlsx");
    const r2 = await runCli([out1, "--month", "2025-03", "--date", "2025-04-03", "--out", out2, "--quiet"], io());
    expect(r2.code).toBe(0);
    expect(r2.result!.issued).toEqual([]);

    // A corrected delivery of P2 typed into the workbook, then issued again.
    const wb = XlsxWorkbook.open(fs.readFileSync(out2));
    wb.appendRowsSync("Livraisons", [[{ value: "28/03/2025" }, { value: "P2" }, { value: 400 }]]);
    const corrected = path.join(dir, "op-corrected.xlsx");
    fs.writeFileSync(corrected, wb.toBytes());
    const out3 = path.join(dir, "op-3.xlsx");
    const o3 = io();
    const r3 = await runCli([corrected, "--month", "2025-03", "--date", "2025-04-05", "--out", out3], o3);
    expect(r3.code).toBe(0);
    expect(r3.result!.issued.map((d) => [d.number, d.type, d.producer, d.cancels])).toEqual([
      ["F2025-000003", "avoir", "P2", "F2025-000002"],
      ["F2025-000004", "facture", "P2", null],
    ]);
    expect(o3.out).toContain("F2025-000003 avoir");
    const rows = await register(out3);
    expect(rows.map((r) => r[1])).toEqual(["F2025-000001", "F2025-000002", "F2025-000003", "F2025-000004"]);
    expect(rows[2][6]).toBe("F2025-000002");
    const names = await XlsxWorkbook.open(fs.readFileSync(out3)).sheetNames();
    expect(names.filter((n) => /^F2025-/.test(n))).toEqual([
      "F2025-000001",
      "F2025-000002",
      "F2025-000003",
      "F2025-000004",
    ]);
  });

  it("refuses an existing --out or --json without --overwrite; a backwards date is exit 1 with the reason", async () => {
    const input = await writeOp("op2.xlsx");
    const out = path.join(dir, "op2-out.xlsx");
    fs.writeFileSync(out, "x");
    const o = io();
    expect((await runCli([input, "--month", "2025-03", "--date", "2025-04-02", "--out", out], o)).code).toBe(2);
    expect(o.err).toBe(
      `invoices: ${out} existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --out\n`,
    );
    // The input is never an output, even with --overwrite; --json existing is refused the same way.
    const same = io();
    expect((await runCli([input, "--month", "2025-03", "--out", input, "--overwrite"], same)).code).toBe(2);
    expect(same.err).toBe(
      `invoices: --out ${input} est le classeur d'entrée : l'entrée n'est jamais remplacée, même avec --overwrite ; choisissez un autre fichier\n`,
    );
    const json = path.join(dir, "op2.json");
    fs.writeFileSync(json, "{}");
    const j = io();
    expect(
      (
        await runCli(
          [
            input,
            "--month",
            "2025-03",
            "--date",
            "2025-04-02",
            "--out",
            path.join(dir, "op2-new.xlsx"),
            "--json",
            json,
          ],
          j,
        )
      ).code,
    ).toBe(2);
    expect(j.err).toMatch(
      /op2\.json existe déjà : ajoutez --overwrite pour le remplacer, ou choisissez un autre fichier avec --json\n$/,
    );
    expect(fs.existsSync(path.join(dir, "op2-new.xlsx"))).toBe(false); // nothing written when one output is refused
    expect(
      (
        await runCli(
          [input, "--month", "2025-03", "--date", "2025-04-02", "--out", out, "--overwrite", "--quiet"],
          io(),
        )
      ).code,
    ).toBe(0);
    const o2 = io();
    const r = await runCli(
      [out, "--month", "2025-03", "--date", "2025-04-01", "--out", path.join(dir, "op2-b.xlsx")],
      o2,
    );
    expect(r.code).toBe(1);
    expect(o2.err).toMatch(
      /^invoices: date d'émission du 01\/04\/2025 antérieure à la dernière du registre \(F2025-000002 du 02\/04\/2025, ligne 3\)/,
    );
  });

  it("an output that cannot be written is exit 1 naming it, before the workbook is read", async () => {
    const input = await writeOp("op3.xlsx");
    const o = io();
    const missing = path.join(dir, "absent", "op3-out.xlsx");
    const r = await runCli([input, "--month", "2025-03", "--date", "2025-04-02", "--out", missing], o);
    expect(r.code).toBe(1);
    expect(o.err).toBe(
      `invoices: impossible d'écrire ${missing} : le dossier ${path.join(dir, "absent")} n'existe pas\n`,
    );
  });

  it("relative paths start from the folder where the command was typed (INIT_CWD); the default output is beside the input", async () => {
    const typed = fs.mkdtempSync(path.join(dir, "typed-"));
    fs.copyFileSync(await writeOp("op4.xlsx"), path.join(typed, "mon op.xlsx"));
    const saved = process.env.INIT_CWD;
    try {
      process.env.INIT_CWD = typed;
      const o = io();
      const r = await runCli(
        ["mon op.xlsx", "--month", "2025-03", "--date", "2025-04-02", "--json", "factures.json"],
        o,
      );
      expect(o.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.outPath).toBe(path.join(typed, "mon op-2025-03.xlsx"));
      expect(fs.readdirSync(typed).sort()).toEqual(["factures.json", "mon op-2025-03.xlsx", "mon op.xlsx"]);
      // Amounts print the French way (14 866,64); the thousands space is compared without its kind.
      expect(o.out.replace(/(\d)[\s\u00a0\u202f](?=\d{3})/g, "$1")).toBe(
        [
          "2025-03 : 2 factures, 0 avoir émis ; 0 facture inchangée ; 2 producteurs non facturés (voir « Contrôles 2025-03 »)",
          ...r.result!.issued.map(
            (d) =>
              `  ${d.number} facture ${d.producer.padEnd(8)} TTC ${d.ttc.toFixed(2).replace(".", ",")} € net ${d.net.toFixed(2).replace(".", ",")} €`,
          ),
          `  → ${path.join(typed, "mon op-2025-03.xlsx")}`,
          "",
        ].join("\n"),
      );
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });
});
