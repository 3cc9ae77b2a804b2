/**
 * A file given as the workbook that is not an .xlsx gets its own message saying what to do, before anything
 * tries to unzip it: a password-protected workbook, an .xls, an .ods, a CSV; files built here byte by byte
 * (an OLE2 compound file with the streams Excel writes, an OpenDocument zip).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { runImportCli } from "../../src/cli/import";
import { runPricesCli } from "../../src/cli/prices";
import { runCli } from "../../src/cli/statements";
import { fileKind } from "../../src/workbook/fileKind";
import { compoundFile } from "../helpers/cfb";
import { smallOp, xlsxBytes } from "./workbooks";
import { io, tempFolder } from "./io";

const dir = tempFolder("milkpay-inputs-");

/** What Excel writes for a password-protected .xlsx: an OLE2 file with these streams ([MS-OFFCRYPTO] 2.3.4). */
const protectedXlsx = () => compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
/** An Excel 97-2003 workbook: an OLE2 file whose stream is "Workbook". */
const xls = () => compoundFile(["Workbook", "\u0005SummaryInformation"]);
/** OpenDocument: the first entry is "mimetype", stored uncompressed. */
const ods = () =>
  zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8("<office:document-content/>"),
  });
const csv = () => strToU8("Code;Date;Volume\r\nP1;03/03/2025;5000\r\n");
const cp1252Csv = () => Uint8Array.from([...strToU8("Code;Crit"), 0xe8, ...strToU8("re\n")]);
const utf16Text = () => Uint8Array.from([0xff, 0xfe, 0x43, 0, 0x6f, 0]);
const pdf = () =>
  Uint8Array.from([...strToU8("%PDF-1.7\n"), ...Array.from({ length: 200 }, (_, i) => (i * 7) % 32 || 1)]);

describe("fileKind tells the file apart from its first bytes", () => {
  it("each kind", async () => {
    expect(fileKind(await xlsxBytes(smallOp()))).toBe("xlsx");
    expect(fileKind(protectedXlsx())).toBe("encrypted");
    expect(fileKind(xls())).toBe("xls");
    expect(fileKind(ods())).toBe("ods");
    expect(fileKind(csv())).toBe("csv");
    expect(fileKind(cp1252Csv())).toBe("csv");
    expect(fileKind(utf16Text())).toBe("csv");
    expect(fileKind(new Uint8Array(0))).toBe("empty");
    expect(fileKind(pdf())).toBe("unknown");
    expect(fileKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe("unknown");
    // A zip that is not OpenDocument (e.g. another mimetype) is left to the .xlsx reader.
    expect(fileKind(zipSync({ mimetype: [strToU8("application/epub+zip"), { level: 0 }] }))).toBe("xlsx");
  });
});

describe("each refused workbook gets its own message, on every command line", () => {
  const cases: [string, () => Uint8Array, (f: string) => string][] = [
    [
      "protected.xlsx",
      protectedXlsx,
      (f) =>
        `${f} est un classeur protégé par mot de passe : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) et enregistrez-le en .xlsx`,
    ],
    [
      "ancien.xls",
      xls,
      (f) =>
        `${f} est à l'ancien format Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le en .xlsx (Fichier > Enregistrer sous > Classeur Excel)`,
    ],
    [
      "libre.ods",
      ods,
      (f) =>
        `${f} est un classeur OpenDocument (.ods, LibreOffice) : enregistrez-le au format Classeur Excel (.xlsx) (Fichier > Enregistrer sous)`,
    ],
    [
      "export.csv",
      csv,
      (f) =>
        `${f} est un fichier texte (CSV), pas un classeur : pour ajouter ses lignes au classeur de l'OP, utilisez npm run import -- <classeur.xlsx> ${f}`,
    ],
    ["vide.xlsx", () => new Uint8Array(0), (f) => `${f} est vide : ce n'est pas un classeur Excel`],
    ["image.xlsx", pdf, (f) => `${f} n'est pas un classeur Excel (.xlsx)`],
  ];

  it.each(cases)("%s", async (name, bytes, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes());
    const runs = [
      ["statements", () => runCli([file, "--month", "2025-03"], io())],
      ["compare", () => runPricesCli("compare", [file, "--month", "2025-03"], io())],
      ["price-a", () => runPricesCli("price-a", [file, "--month", "2025-03"], io())],
      ["import", () => runImportCli([file, path.join(dir, "lab.csv")], io())],
    ] as const;
    fs.writeFileSync(path.join(dir, "lab.csv"), "Code;Date;Critère;Valeur\nP1;17/03/2025;MG;41,5\n");
    for (const [, run] of runs) {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.reason).toBe(message(file));
    }
  });

  it("import: an .xls, .ods or protected workbook given as the file to import gets the same messages", async () => {
    const workbook = path.join(dir, "op.xlsx");
    fs.writeFileSync(workbook, await xlsxBytes(smallOp()));
    for (const [name, bytes, message] of cases.slice(0, 3)) {
      const file = path.join(dir, `import-${name}`);
      fs.writeFileSync(file, bytes());
      const o = io();
      const r = await runImportCli([workbook, file], o);
      expect(r.code).toBe(1);
      expect(o.err).toBe(`import: ${message(file)}\n`);
    }
  });
});
