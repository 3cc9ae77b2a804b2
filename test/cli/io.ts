/**
 * What every command-line test needs around the command: a CliIO that keeps what the command printed, a temp
 * folder of its own removed after the file's last test, and a file's fingerprint (the input never modified).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CliIO } from "../../src/cli/common";

export type CapturedIO = CliIO & { out: string; err: string };

/** A CliIO (not a terminal) whose stdout and stderr are kept in `out` and `err`. */
export function io(): CapturedIO {
  const o = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
  };
  return o;
}

/** A fresh folder under the system temp folder, named from `prefix`, removed after the test file's last test. */
export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** SHA-256 of a file's bytes, to show it unchanged. */
export const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
