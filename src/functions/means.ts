/** MILK_MEAN: arithmetic, geometric or weighted mean of a range (engine: arithmeticMean, geometricMean…). */
import { ZERO, arithmeticMean, geometricMean, weightedMean, type Decimal } from "../engine";
import { cells, readNumber, readText, shape, upperCaseKeyword, type Cell } from "./arguments";
import { bad, na, out } from "./errors";

const METHOD_WORDS: Record<string, "arithmetic" | "geometric" | "weighted"> = {
  ARITHMETIC: "arithmetic",
  ARITHMETIQUE: "arithmetic",
  GEOMETRIC: "geometric",
  GEOMETRIQUE: "geometric",
  WEIGHTED: "weighted",
  PONDEREE: "weighted",
  PONDERE: "weighted",
};

export function mean(valuesArg: unknown, methodArg: unknown, weightsArg: unknown): number {
  const text = readText(methodArg, "method", `"arithmetic", "geometric" or "weighted"`);
  const method = METHOD_WORDS[upperCaseKeyword(text)];
  if (!method) throw bad(`method: expected "arithmetic", "geometric" or "weighted", got "${text}"`);
  const cellsOf = cells(valuesArg, "values", readNumber);
  const hasWeights = weightsArg !== null && weightsArg !== undefined;
  if (method !== "weighted") {
    if (hasWeights) throw bad(`weights: only used by the "weighted" method, not "${text}"`);
    if (cellsOf.length === 0) throw na("values: no value (blank cells are ignored)");
    const values = cellsOf.map((c) => c.value);
    if (method === "geometric") {
      const negative = cellsOf.find((c) => c.value.isNegative());
      if (negative) throw bad(`values: a geometric mean needs values ≥ 0, got ${negative.value.toString()}`);
      return out(geometricMean(values));
    }
    return out(arithmeticMean(values));
  }
  if (!hasWeights) throw bad(`weights: required by the "weighted" method (the volume of each value)`);
  const weights = pairedWeights(cellsOf, valuesArg, weightsArg, "values", "weights");
  if (cellsOf.length === 0) throw na("values: no value (blank cells are ignored)");
  return out(
    weightedMean(
      cellsOf.map((c) => c.value),
      weights,
    ),
  );
}

/** Weights aligned with the non-blank values: same shape, a weight ≥ 0 for every value. */
export function pairedWeights(
  values: readonly Cell<Decimal>[],
  valuesArg: unknown,
  weightsArg: unknown,
  valuesName: string,
  weightsName: string,
  read = readNumber,
): Decimal[] {
  const vs = shape(valuesArg);
  const ws = shape(weightsArg);
  if (vs[0] !== ws[0] || vs[1] !== ws[1]) {
    throw bad(`${weightsName}: expected a range the size of ${valuesName} (${vs.join(" × ")}), got ${ws.join(" × ")}`);
  }
  const grid = Array.isArray(weightsArg) ? weightsArg : [[weightsArg]];
  let total = ZERO;
  const weights = values.map((c) => {
    const row = grid[c.row - 1];
    const raw = Array.isArray(row) ? row[c.column - 1] : row;
    const where = `${weightsName}, row ${c.row} column ${c.column}`;
    const w = read(raw, where);
    if (w === null) throw bad(`${where}: blank, but ${valuesName} holds ${c.value.toString()} there`);
    if (w.isNegative()) throw bad(`${where}: expected a weight ≥ 0, got ${w.toString()}`);
    total = total.plus(w);
    return w;
  });
  if (values.length > 0 && total.isZero()) throw bad(`${weightsName}: all weights are 0`);
  return weights;
}
