import type { LinearModel } from "./perceptron.js";

/** The arrays of a `SparseModel`, as stored in a model file. */
export interface SparseArrays {
  readonly keys: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowLen: Uint8Array;
  readonly cls: Uint8Array;
  readonly val: Int16Array;
  readonly scales: Float32Array;
}

/**
 * A linear model keeping only its non-zero weights: an open-addressing table (the file format)
 * from feature row (`hash & mask`, as in training) to a run of (class, int16 weight) entries.
 * Scoring touches only the classes a feature was ever updated for, so many-class models stay small
 * and fast.
 */
export class SparseModel {
  /**
   * Row -> `start | len << 24` of its entries in `packed` (0: no weights), indexed directly by
   * row: rebuilt once from the file's hash table, so a lookup is one load and never probes.
   */
  private readonly rowInfo: Int32Array;
  /** Interleaved entries: class << 16 | (weight & 0xffff). */
  private readonly packed: Int32Array;
  /** Integer per-class sums: exact, and equal to float32 sums while below 2^24 (see `score`). */
  private readonly acc: Int32Array;
  /** Row index entries of the features being scored. */
  private readonly info = new Int32Array(512);
  /** Sink of the prefetching loads in `score`, so that the compiler keeps them (no other use). */
  touched = 0;

  constructor(
    readonly nClasses: number,
    readonly mask: number,
    readonly a: SparseArrays,
  ) {
    const t = a.keys.length;
    if ((t & (t - 1)) !== 0 || a.rowStart.length !== t || a.rowLen.length !== t || nClasses > 256) {
      throw new RangeError("sparse model: bad shape");
    }
    if (a.cls.length >= 1 << 24) throw new RangeError("sparse model: too many weights");
    if ((mask & (mask + 1)) !== 0 || mask >= 1 << 26) throw new RangeError("sparse model: bad mask");
    this.rowInfo = new Int32Array(mask + 1);
    for (let s = 0; s < t; s++) {
      const key = a.keys[s];
      if (key === 0) continue;
      const len = a.rowLen[s];
      const start = a.rowStart[s];
      if (key < 0 || key > mask + 1 || this.rowInfo[key - 1] !== 0 || start < 0 || start + len > a.cls.length) {
        throw new RangeError("sparse model: bad row table");
      }
      // Classes strictly increasing within a row: each feature adds at most once to a class.
      for (let e = start; e < start + len; e++) {
        if (a.cls[e] >= nClasses || (e > start && a.cls[e] <= a.cls[e - 1])) {
          throw new RangeError("sparse model: bad row entries");
        }
      }
      // An empty row is stored as "no row" (both score nothing).
      if (len > 0) this.rowInfo[key - 1] = start | (len << 24);
    }
    this.packed = new Int32Array(a.cls.length);
    for (let e = 0; e < a.cls.length; e++) this.packed[e] = (a.cls[e] << 16) | (a.val[e] & 0xffff);
    this.acc = new Int32Array(nClasses);
  }

  static slotOf(row: number, tmask: number): number {
    return (Math.imul(row, 0x9e3779b1) >>> 7) & tmask;
  }

  /** Keep weights with |w| >= prune, quantized to int16 with one scale per class. */
  static from(model: LinearModel, prune = 0): SparseModel {
    const k = model.nClasses;
    const w = model.weights;
    const rows = w.length / k;
    const maxAbs = new Float32Array(k);
    let used = 0;
    let entries = 0;
    for (let r = 0; r < rows; r++) {
      let any = false;
      for (let c = 0; c < k; c++) {
        const x = Math.abs(w[r * k + c]);
        if (x >= prune && x > 0) {
          any = true;
          entries++;
          if (x > maxAbs[c]) maxAbs[c] = x;
        }
      }
      if (any) used++;
    }
    let t = 1;
    while (t < used * 2) t <<= 1;
    const scales = maxAbs.map((m) => (m > 0 ? m / 32767 : 1));
    const keys = new Int32Array(t);
    const rowStart = new Int32Array(t);
    const rowLen = new Uint8Array(t);
    const cls = new Uint8Array(entries);
    const val = new Int16Array(entries);
    let e = 0;
    for (let r = 0; r < rows; r++) {
      const start = e;
      for (let c = 0; c < k; c++) {
        const x = w[r * k + c];
        if (Math.abs(x) >= prune && x !== 0) {
          cls[e] = c;
          val[e++] = Math.round(x / scales[c]);
        }
      }
      if (e === start) continue;
      let s = SparseModel.slotOf(r, t - 1);
      while (keys[s] !== 0) s = (s + 1) & (t - 1);
      keys[s] = r + 1;
      rowStart[s] = start;
      rowLen[s] = Math.min(255, e - start);
    }
    return new SparseModel(k, rows - 1, { keys, rowStart, rowLen, cls, val, scales });
  }

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    const k = this.nClasses;
    if (n >= 512) {
      this.scoreFloat(feats, n, out);
      return;
    }
    const rowInfo = this.rowInfo;
    const packed = this.packed;
    const mask = this.mask;
    const acc = this.acc;
    const info = this.info;
    // Two short passes first touch every row's index and first entries, so that their cache misses
    // overlap instead of waiting one by one behind each row's accumulation loop.
    let touch = 0;
    for (let f = 0; f < n; f++) info[f] = rowInfo[feats[f] & mask];
    for (let f = 0; f < n; f++) touch ^= packed[info[f] & 0xffffff];
    this.touched = touch;
    acc.fill(0);
    for (let f = 0; f < n; f++) {
      const start = info[f] & 0xffffff;
      const end = start + (info[f] >>> 24);
      for (let e = start; e < end; e++) {
        const p = packed[e];
        acc[p >>> 16] += (p << 16) >> 16;
      }
    }
    const scales = this.a.scales;
    for (let c = 0; c < k; c++) out[c] = acc[c] * scales[c];
  }

  /**
   * The reference summation in float32 (what `score` equals bit for bit while every partial sum
   * stays an integer below 2^24, i.e. for fewer than 512 features).
   */
  scoreFloat(feats: Uint32Array, n: number, out: Float32Array): void {
    const rowInfo = this.rowInfo;
    const packed = this.packed;
    const scales = this.a.scales;
    out.fill(0, 0, this.nClasses);
    for (let f = 0; f < n; f++) {
      const info = rowInfo[feats[f] & this.mask];
      const start = info & 0xffffff;
      const end = start + (info >>> 24);
      for (let e = start; e < end; e++) {
        const p = packed[e];
        out[p >>> 16] += (p << 16) >> 16;
      }
    }
    for (let c = 0; c < this.nClasses; c++) out[c] *= scales[c];
  }
}
