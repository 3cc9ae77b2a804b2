/**
 * `npm run bench`: every speed target of the project, measured on this machine. The benchmarks run from an
 * esbuild bundle of our code (as the add-in and the command line ship), with node_modules left external.
 */
import { benchEngine } from "./engine";

async function main(): Promise<void> {
  const sections: [string, () => Promise<string[]> | string[]][] = [["engine", () => benchEngine(5000)]];
  for (const [name, run] of sections) {
    console.log(`== ${name}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
