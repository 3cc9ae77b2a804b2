/**
 * The results an import compares against: those already in Analyses and those added earlier from the same
 * file, by (date, producer, criterion, validated), each with its value and where it is.
 *
 * Keys are small integers, not strings: a 100 000-row import would spend more on building and hashing key
 * strings than on the rest of its checks. Dates, producers (by codeKey: "p1" is "P1") and criteria get ids
 * in order of appearance; a slot is (producer, criterion, validated), and (slot, date id) leads to the
 * index of the result in `values`/`wheres`. A validated result and a non-validated one never meet: the
 * statement run counts only validated results, so a lab's validated result after a provisional one is new.
 */
import type { Criterion } from "../engine";
import { codeKey } from "../run/parse";

/** Criteria per producer in a slot number (there are 7 criteria). */
const CRITERIA_PER_PRODUCER = 16;

export class SeenResults {
  private readonly dateIds = new Map<string, number>();
  private readonly codeIds = new Map<string, number>();
  /** Code as written → id (files repeat the same code strings: codeKey once per distinct text). */
  private readonly codeIdsAsWritten = new Map<string, number>();
  private readonly critIds = new Map<Criterion, number>();
  /**
   * (slot, date id) → result index: an open-addressing table in typed arrays (linear probing), so that
   * recording 100 000 results allocates a few arrays, not a Map per slot and an entry per result.
   */
  private slotKeys: Int32Array;
  private dateKeys: Int32Array;
  private indexes: Int32Array;
  private mask: number;
  /** Value of each result (Decimal as text). */
  readonly values: string[] = [];
  /** Where each result is: "Analyses, ligne 12" for the table's, the file's line number for the file's. */
  readonly wheres: (string | number)[] = [];

  /** `expected`: about how many results will be recorded (the table's and the file's rows): sized once. */
  constructor(expected = 0) {
    let size = 1 << 12;
    while (size < expected * 2.5) size *= 2;
    this.slotKeys = new Int32Array(size).fill(-1);
    this.dateKeys = new Int32Array(size);
    this.indexes = new Int32Array(size);
    this.mask = size - 1;
  }

  dateId(date: string): number {
    let d = this.dateIds.get(date);
    if (d === undefined) this.dateIds.set(date, (d = this.dateIds.size));
    return d;
  }

  codeId(code: string): number {
    let c = this.codeIdsAsWritten.get(code);
    if (c === undefined) {
      const k = codeKey(code);
      c = this.codeIds.get(k);
      if (c === undefined) this.codeIds.set(k, (c = this.codeIds.size));
      this.codeIdsAsWritten.set(code, c);
    }
    return c;
  }

  criterionId(criterion: Criterion): number {
    let k = this.critIds.get(criterion);
    if (k === undefined) {
      k = this.critIds.size;
      if (k >= CRITERIA_PER_PRODUCER) throw new Error(`more than ${CRITERIA_PER_PRODUCER} criteria`);
      this.critIds.set(criterion, k);
    }
    return k;
  }

  /**
   * The index of the result already there for (date, producer, criterion, validated), or -1 after recording
   * this one (one probe for both).
   */
  findOrAdd(dateId: number, codeId: number, critId: number, validated: boolean, value: string, where: string | number): number {
    const slot = (codeId * CRITERIA_PER_PRODUCER + critId) * 2 + (validated ? 0 : 1);
    let i = (Math.imul(slot, 0x9e3779b1) ^ Math.imul(dateId + 1, 0x85ebca6b)) & this.mask;
    for (;;) {
      const k = this.slotKeys[i];
      if (k === -1) break;
      if (k === slot && this.dateKeys[i] === dateId) return this.indexes[i];
      i = (i + 1) & this.mask;
    }
    this.slotKeys[i] = slot;
    this.dateKeys[i] = dateId;
    this.indexes[i] = this.values.length;
    this.values.push(value);
    this.wheres.push(where);
    // Kept at most half full: probes stay short.
    if (this.values.length * 2 > this.mask) this.grow();
    return -1;
  }

  /** Records a result unless one is there already (the first one found is the one kept). */
  add(dateId: number, codeId: number, critId: number, validated: boolean, value: string, where: string | number): void {
    this.findOrAdd(dateId, codeId, critId, validated, value, where);
  }

  private grow(): void {
    const slots = this.slotKeys, dates = this.dateKeys, idx = this.indexes;
    const size = slots.length * 2;
    this.slotKeys = new Int32Array(size).fill(-1);
    this.dateKeys = new Int32Array(size);
    this.indexes = new Int32Array(size);
    this.mask = size - 1;
    for (let j = 0; j < slots.length; j++) {
      const slot = slots[j];
      if (slot === -1) continue;
      let i = (Math.imul(slot, 0x9e3779b1) ^ Math.imul(dates[j] + 1, 0x85ebca6b)) & this.mask;
      while (this.slotKeys[i] !== -1) i = (i + 1) & this.mask;
      this.slotKeys[i] = slot;
      this.dateKeys[i] = dates[j];
      this.indexes[i] = idx[j];
    }
  }
}
