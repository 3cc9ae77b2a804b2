/**
 * Answers remembered by key. A lab's file repeats its producers, dates and values on every line: a 100 000-row
 * import reads a few thousand distinct cells, each checked once.
 *
 *   const who = memo.get(cell) ?? memo.remember(cell, this.producerOf(cell));
 *
 * Measured (bench/import.ts, 100 000 rows, CPU time): the import's own work beside parsing the file is about
 * 60 ms; without the memos of the Code and Date cells (rowChecks.ts) about 110 ms, without those of the values
 * (resultValues.ts) about 140 ms.
 */
export class Memo<K, V> {
  private readonly answers = new Map<K, V>();

  /** `limit`: the answers are forgotten past this many distinct keys (a memo only, never a store). */
  constructor(private readonly limit = 100_000) {}

  /** The answer remembered for `key`, or undefined. */
  get(key: K): V | undefined {
    return this.answers.get(key);
  }

  clear(): void {
    this.answers.clear();
  }

  /** Remembers the answer for `key`, and returns it. */
  remember(key: K, answer: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }
}
