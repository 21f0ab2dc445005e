/**
 * A read-only map from int32 keys to int32 values in flat typed arrays (open addressing, linear
 * probing). Built once from a Map, it answers the per-token lookups of the tagger without the
 * boxing a Map pays for keys outside the small-integer range (most of our keys are 32-bit hashes).
 */
export class IntTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly vals: Int32Array;
  /** 1 where a slot holds a key (any int32, 0 included, can be a key). */
  private readonly used: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<number, number>) {
    let bits = 4;
    while (1 << bits < entries.size * 2) bits++;
    const cap = 1 << bits;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.shift = 32 - bits;
    this.mask = cap - 1;
    for (const [k, v] of entries) {
      if (k !== (k | 0) || v !== (v | 0)) throw new RangeError(`int table: ${k} -> ${v} is not int32`);
      let s = this.slot(k);
      while (this.used[s] === 1 && this.keys[s] !== k) s = (s + 1) & this.mask;
      this.keys[s] = k;
      this.vals[s] = v;
      this.used[s] = 1;
    }
    this.size = entries.size;
  }

  private slot(k: number): number {
    return Math.imul(k, 0x9e3779b1) >>> this.shift;
  }

  /** The value of `k` (an int32), or `missing`. */
  get(k: number, missing: number): number {
    let s = this.slot(k);
    while (this.used[s] === 1) {
      if (this.keys[s] === k) return this.vals[s];
      s = (s + 1) & this.mask;
    }
    return missing;
  }
}
