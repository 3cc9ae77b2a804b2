/**
 * The input reading moved out of src/run (issue 16) is shared with the task pane as the run is: it must run
 * in a browser too (no Node modules or globals), as test/run/portability.test.ts checks for src/run.
 */
import * as fs from "node:fs";
import * as path from "node:path";

describe("src/inputs in a browser", () => {
  const dir = path.join(__dirname, "..", "..", "src", "inputs");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));
  it.each(files)("%s imports no Node module and uses no Node global", (file) => {
    const source = fs.readFileSync(path.join(dir, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const m of source.matchAll(/from\s+"([^"]+)"/g)) expect(m[1]).toMatch(/^\.{1,2}\//);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|__dirname/);
  });
});
