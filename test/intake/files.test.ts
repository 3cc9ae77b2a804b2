/**
 * The lab and buyer files of test/fixtures/intake (several layouts, encodings and separators, malformed
 * lines, an empty file), each imported with the command line into the intake tests' OP workbook; the
 * outcome is compared with test/fixtures/intake/expected.json, written by hand from the files.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runImportCli } from "../../src/cli/import";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { opWorkbook } from "./fixtures";

const FIXTURES = path.join(__dirname, "..", "fixtures", "intake");
interface Expected {
  kind: string;
  encoding: string;
  separator: string;
  layout: string;
  preamble: number;
  lines: number;
  read: number;
  imported: number;
  duplicates: number;
  rejected: number;
  noConsent: number;
  rejectLines: number[];
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "expected.json"), "utf8")) as Record<
  string,
  Expected | { error: string } | string
>;
const files = Object.keys(expected).filter((f) => f !== "_");
const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false };

describe("importing the fixture files with npm run import", () => {
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-files-"));
    workbook = path.join(dir, "op.xlsx");
    fs.writeFileSync(workbook, await opWorkbook());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every file of the folder has its expected outcome", () => {
    expect(
      fs
        .readdirSync(FIXTURES)
        .filter((f) => f !== "expected.json")
        .sort(),
    ).toEqual([...files].sort());
  });

  test.each(files)("%s", async (file) => {
    const want = expected[file] as Expected | { error: string };
    const input = path.join(FIXTURES, file);
    const before = fs.readFileSync(input);
    const out = path.join(dir, `${file}.xlsx`);
    const run = await runImportCli([workbook, input, "--out", out, "--quiet"], quiet);
    expect(Buffer.compare(before, fs.readFileSync(input))).toBe(0);
    if ("error" in want) {
      expect(run.code).toBe(1);
      expect(run.reason).toMatch(new RegExp(want.error));
      expect(fs.existsSync(out)).toBe(false);
      return;
    }
    expect(run.code).toBe(0);
    const s = run.plan!.summary;
    const { rejectLines, ...counts } = want;
    expect({
      kind: s.kind,
      encoding: s.encoding,
      separator: s.separator,
      layout: s.layout,
      preamble: s.preamble,
      lines: s.lines,
      read: s.read,
      imported: s.imported,
      duplicates: s.duplicates,
      rejected: s.rejected,
      noConsent: s.noConsent,
    }).toEqual(Object.fromEntries(Object.entries(counts).filter(([k]) => k !== "why")));
    expect(run.plan!.rejects.map((r) => r.line)).toEqual(rejectLines);
    // Every rejected line is in « Import rejets » with its reason.
    const rejets = XlsxWorkbook.open(fs.readFileSync(out)).readTableSync("Import rejets");
    expect(rejets?.rows.length ?? 0).toBe(rejectLines.length);
    // The same file again adds nothing.
    const again = await runImportCli([out, input, "--out", path.join(dir, `${file}-again.xlsx`), "--quiet"], quiet);
    expect(again.plan!.summary).toMatchObject({
      imported: 0,
      duplicates: s.imported + s.duplicates,
      rejected: s.rejected,
      noConsent: s.noConsent,
    });
  });
});
