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
 * A linear model keeping only its non-zero weights: an open-addressing table from feature row
 * (`hash & mask`, as in training) to a run of (class, int16 weight) entries. Scoring touches only
 * the classes a feature was ever updated for, so many-class models stay small and fast.
 */
export class SparseModel {
  private readonly tmask: number;
  /** Interleaved per slot: [row + 1, start | len << 24]; built once so a lookup touches one line. */
  private readonly slots: Int32Array;
  /** Interleaved entries: class << 16 | (weight & 0xffff). */
  private readonly packed: Int32Array;

  constructor(
    readonly nClasses: number,
    readonly mask: number,
    readonly a: SparseArrays,
  ) {
    const t = a.keys.length;
    if ((t & (t - 1)) !== 0 || a.rowStart.length !== t || a.rowLen.length !== t || nClasses > 256) {
      throw new RangeError("sparse model: bad shape");
    }
    this.tmask = t - 1;
    if (a.cls.length >= 1 << 24) throw new RangeError("sparse model: too many weights");
    this.slots = new Int32Array(2 * t);
    for (let s = 0; s < t; s++) {
      this.slots[2 * s] = a.keys[s];
      this.slots[2 * s + 1] = a.rowStart[s] | (a.rowLen[s] << 24);
    }
    this.packed = new Int32Array(a.cls.length);
    for (let e = 0; e < a.cls.length; e++) this.packed[e] = (a.cls[e] << 16) | (a.val[e] & 0xffff);
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
    const slots = this.slots;
    const packed = this.packed;
    const scales = this.a.scales;
    out.fill(0, 0, this.nClasses);
    for (let f = 0; f < n; f++) {
      const row = feats[f] & this.mask;
      let s = SparseModel.slotOf(row, this.tmask);
      for (;;) {
        const key = slots[2 * s];
        if (key === 0) break;
        if (key === row + 1) {
          const info = slots[2 * s + 1];
          const start = info & 0xffffff;
          const end = start + (info >>> 24);
          for (let e = start; e < end; e++) {
            const p = packed[e];
            out[p >>> 16] += (p << 16) >> 16;
          }
          break;
        }
        s = (s + 1) & this.tmask;
      }
    }
    for (let c = 0; c < this.nClasses; c++) out[c] *= scales[c];
  }
}
