/**
 * What crosses between the statement worker and the page. postMessage copies plain data (structured clone:
 * objects, arrays, Maps, shared references kept), but a decimal.js value would arrive as a bare object
 * without its methods: `encode` replaces each Decimal by a tagged object `{ $decimal: "412.25" }` (its exact
 * text) and `decode` revives it as the engine's Decimal. Other class instances travel as their own fields
 * (a getter or a method does not cross); functions are left out. An object met twice is encoded once, so the
 * statement shared by `result.statements` and its producer's outcome is still one object after decoding.
 */
import { Decimal } from "../../engine";
import type { RunResult } from "../../run";

const TAG = "$decimal";

interface TaggedDecimal {
  [TAG]: string;
}

function isTagged(value: object): value is TaggedDecimal {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === TAG && typeof (value as TaggedDecimal)[TAG] === "string";
}

/**
 * Rebuilds a value: arrays, Maps and objects copied field by field (functions left out), each object once;
 * `replace` gives the replacement of an object that is one (a Decimal, a tagged Decimal), else undefined.
 */
function rebuild(value: unknown, replace: (object: object) => unknown): unknown {
  const seen = new Map<object, unknown>();
  const visit = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return typeof v === "function" ? undefined : v;
    if (seen.has(v)) return seen.get(v);
    const kind = Object.prototype.toString.call(v); // not instanceof: a clone may come from another realm
    if (ArrayBuffer.isView(v) || kind === "[object ArrayBuffer]" || kind === "[object Date]") return v;
    const replaced = replace(v);
    if (replaced !== undefined) {
      seen.set(v, replaced);
      return replaced;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const item of v) out.push(visit(item));
      return out;
    }
    if (kind === "[object Map]") {
      const out = new Map<unknown, unknown>();
      seen.set(v, out);
      for (const [k, item] of v as Map<unknown, unknown>) out.set(visit(k), visit(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const [k, item] of Object.entries(v)) if (typeof item !== "function") out[k] = visit(item);
    return out;
  };
  return visit(value);
}

export function encode<T>(value: T): unknown {
  return rebuild(value, (object) =>
    Decimal.isDecimal(object) ? { [TAG]: (object as Decimal).toString() } : undefined,
  );
}

export function decode<T>(value: unknown): T {
  return rebuild(value, (object) => (isTagged(object) ? new Decimal(object[TAG]) : undefined)) as T;
}

/**
 * The run's result as the pane uses it: without each producer's engine input (his deliveries and results
 * over 12 months) nor the 12-month statements behind the rolling means — the Excel charts' material, heavy to
 * copy and unused on the standalone page.
 */
export function paneResult(result: RunResult): RunResult {
  return {
    ...result,
    history: undefined,
    producers: result.producers.map(({ input: _input, ...outcome }) => outcome),
  };
}
