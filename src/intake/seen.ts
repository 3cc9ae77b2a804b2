/**
 * Duplicates: what an import compares each row against — the results (SeenResults) or the collections
 * (SeenDeliveries) the table holds already, and those added earlier from the same file.
 *
 * Results are found by (date, producer, criterion, validated), each with its value and where it is.
 *
 * Keys are small integers, not strings: a 100 000-row import would spend more on building and hashing key
 * strings than on the rest of its checks. Dates, producers (by codeKey: "p1" is "P1") and criteria get ids
 * in order of appearance; a slot is (producer, criterion, validated), and (slot, date id) leads to the
 * result's value id and where it is. A validated result and a non-validated one never meet: the
 * statement run counts only validated results, so a lab's validated result after a provisional one is new.
 */
import type { Criterion, Decimal, IsoDate } from "../engine";
import { codeKey } from "../inputs";

/** Criteria per producer in a slot number (there are 7 criteria). */
const CRITERIA_PER_PRODUCER = 16;

/** Entries of the smallest table. */
const MIN_SIZE = 1 << 12;

/** A well-mixed 32-bit hash of two integers (murmur3's finaliser): the low bits used by the table vary. */
function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class SeenResults {
  private readonly dateIds = new Map<string, number>();
  private readonly codeIds = new Map<string, number>();
  private readonly critIds = new Map<Criterion, number>();
  private readonly valueIds = new Map<string, number>();
  /** Value of each value id (Decimal as text). */
  private readonly valueTexts: string[] = [];
  /**
   * (slot, date id) → (value id, where): an open-addressing table in one typed array (linear probing), the
   * four numbers of an entry side by side so that a probe touches one cache line. Recording 100 000
   * results allocates nothing per result (no Map per slot, no entry object, no array growth).
   * Where: the file's line (> 0) or minus the table's row (< 0).
   */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  /** `expected`: about how many results will be recorded (the table's and the file's rows): sized once. */
  constructor(expected = 0) {
    let size = MIN_SIZE;
    while (size < expected * 2.5) size *= 2;
    // Empty entries are zeros (slots are stored + 1): a new Int32Array needs no filling.
    this.table = new Int32Array(size * 4);
    this.mask = size - 1;
  }

  /** Forgets every result (the table shrinks to its smallest size). */
  clear(): void {
    for (const ids of [this.dateIds, this.codeIds, this.critIds, this.valueIds]) ids.clear();
    this.valueTexts.length = 0;
    this.table = new Int32Array(MIN_SIZE * 4);
    this.mask = MIN_SIZE - 1;
    this.count = 0;
  }

  dateId(date: string): number {
    let d = this.dateIds.get(date);
    if (d === undefined) this.dateIds.set(date, (d = this.dateIds.size));
    return d;
  }

  codeId(code: string): number {
    const k = codeKey(code);
    let c = this.codeIds.get(k);
    if (c === undefined) this.codeIds.set(k, (c = this.codeIds.size));
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

  /** The id of a value (its Decimal text): equal values, equal ids. */
  valueId(text: string): number {
    let v = this.valueIds.get(text);
    if (v === undefined) {
      this.valueIds.set(text, (v = this.valueTexts.length));
      this.valueTexts.push(text);
    }
    return v;
  }

  valueText(valueId: number): string {
    return this.valueTexts[valueId];
  }

  /**
   * The entry already there for (date, producer, criterion, validated), or -1 after recording this one with
   * its value and where (one probe for both). Read an entry with valueOf / whereOf.
   */
  findOrAdd(
    dateId: number,
    codeId: number,
    critId: number,
    validated: boolean,
    valueId: number,
    where: number,
  ): number {
    const slot = (codeId * CRITERIA_PER_PRODUCER + critId) * 2 + (validated ? 0 : 1) + 1;
    const t = this.table;
    let i = hash(slot, dateId) & this.mask;
    for (;;) {
      const k = t[i * 4];
      if (k === 0) break;
      if (k === slot && t[i * 4 + 1] === dateId) return i;
      i = (i + 1) & this.mask;
    }
    t[i * 4] = slot;
    t[i * 4 + 1] = dateId;
    t[i * 4 + 2] = valueId;
    t[i * 4 + 3] = where;
    // Kept at most half full: probes stay short.
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  /** Records a result unless one is there already (the first one found is the one kept). */
  add(dateId: number, codeId: number, critId: number, validated: boolean, valueId: number, where: number): void {
    this.findOrAdd(dateId, codeId, critId, validated, valueId, where);
  }

  /** The value id of an entry found by findOrAdd. */
  valueOf(entry: number): number {
    return this.table[entry * 4 + 2];
  }

  /** Where an entry is: the file's line (> 0) or minus the table's row (< 0). */
  whereOf(entry: number): number {
    return this.table[entry * 4 + 3];
  }

  private grow(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const t = (this.table = new Int32Array(size * 4));
    this.mask = size - 1;
    for (let j = 0; j < old.length; j += 4) {
      const slot = old[j];
      if (slot === 0) continue;
      let i = hash(slot, old[j + 1]) & this.mask;
      while (t[i * 4] !== 0) i = (i + 1) & this.mask;
      t.set(old.subarray(j, j + 4), i * 4);
    }
  }
}

/**
 * The collections an import compares against: those already in Livraisons and those added earlier from the
 * same file, by date, producer (codeKey), volume and time.
 */
export class SeenDeliveries {
  private readonly keys = new Set<string>();

  /** Records a collection; false when it was there already. */
  add(date: IsoDate, code: string, volume: Decimal, time: string | null): boolean {
    const key = `${date}|${codeKey(code)}|${volume.toString()}|${time ?? ""}`;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
  }
}
