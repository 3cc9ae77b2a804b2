/**
 * `npm run demo` is the README's first command: it must run twice in a row (its outputs are its own and are
 * rewritten), while every other command refuses an existing output.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

it("runs twice in a row in the same folder, with the same figures", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "milkpay-demo-"));
  try {
    const run = () =>
      spawnSync(process.execPath, [tsx, "scripts/demo.ts", "--producers", "4", "--months", "2", "--folder", folder], {
        encoding: "utf8",
        env: { ...process.env, MILKPAY_LANG: "" },
      });
    const first = run();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const second = run();
    expect(second.stderr).toBe("");
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain("Relevés de 2025-03 :");
    expect(first.stdout).toContain(`Classeur : ${path.join(folder, "sample-sud-est-2018-2025-03.xlsx")}`);
    expect(first.stdout).toContain("Factures de 2025-03 émises le 2025-04-02");
    expect(fs.readdirSync(folder).sort()).toEqual([
      "sample-sud-est-2018-2025-03-factures.json",
      "sample-sud-est-2018-2025-03.json",
      "sample-sud-est-2018-2025-03.xlsx",
      "sample-sud-est-2018.xlsx",
    ]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

it("a wrong option is said in French, exit 2", () => {
  const r = spawnSync(process.execPath, [tsx, "scripts/demo.ts", "--grid", "nord"], {
    encoding: "utf8",
    env: { ...process.env, MILKPAY_LANG: "" },
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toBe("demo: --grid nord : attendu sud-est-2018 ou mooh-2025\n");
});
