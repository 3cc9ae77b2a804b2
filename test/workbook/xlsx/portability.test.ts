/**
 * The .xlsx port must run in a browser too: no Node modules or globals in src/workbook/xlsx. And a written
 * workbook opens in LibreOffice and converts to CSV with the same cells. CI installs LibreOffice and sets
 * MILKPAY_E2E=1, so there the round trip fails when LibreOffice is missing; on a developer's machine without
 * it the round trip is skipped, as the browser tests are without Chromium.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { richFixture } from "./fixtures";

const SRC = path.join(__dirname, "../../../src/workbook/xlsx");

describe("browser safety", () => {
  const files = fs.readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s uses no Node-only API", (f) => {
    const src = fs
      .readFileSync(path.join(SRC, f), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    const imports = [...src.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    for (const i of imports) expect(i === "fflate" || i.startsWith(".")).toBe(true);
    expect(src).not.toMatch(/\brequire\(|\bBuffer\b|\bprocess\.|\b__dirname\b|\bsetImmediate\b/);
  });
});

const soffice = ["soffice", "libreoffice"].find(
  (cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0,
);

const required = process.env.MILKPAY_E2E === "1";
const describeLibreOffice = soffice || required ? describe : describe.skip;

describeLibreOffice("LibreOffice round trip", () => {
  it("finds LibreOffice", () => {
    expect(soffice ?? "soffice not found: apt-get install libreoffice-calc-nogui").toMatch(/^(soffice|libreoffice)$/);
  });

  it("converts every sheet to CSV with the written cells", async () => {
    const wb = XlsxWorkbook.open(await richFixture());
    await wb.writeSheets(
      [
        {
          name: "Récap 2025-03",
          rows: [
            [
              { value: "Code", style: "header" },
              { value: "Montant", style: "header" },
            ],
            [
              { value: "=1+1", style: "text" },
              { value: 1234.5, style: "money" },
            ],
            [{ value: "@SUM(A1)" }, { value: true }],
          ],
          print: { orientation: "portrait", fitToOnePage: true, area: "A1:B3" },
        },
      ],
      "2025-03",
      [],
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-lo-"));
    fs.writeFileSync(path.join(dir, "out.xlsx"), wb.toBytes());
    const r = spawnSync(
      soffice!,
      [
        "-env:UserInstallation=file://" + path.join(dir, "profile"),
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        path.join(dir, "out.xlsx"),
      ],
      { encoding: "utf8", timeout: 120000 },
    );
    expect(r.status).toBe(0);
    const csv = fs.readFileSync(path.join(dir, "out-Récap 2025-03.csv"), "utf8");
    expect(csv.trim().split(/\r?\n/)).toEqual(["Code,Montant", "=1+1,1234.5", "@SUM(A1),TRUE"]);
    expect(fs.readFileSync(path.join(dir, "out-Producteurs.csv"), "utf8")).toContain("Martin & Fils <SARL>");
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180000);
});
