import type { LinearModel } from "./perceptron.js";

/**
 * A linear model stored as int16 with one scale per class: weight = q * scale[class].
 * Same row-major layout and scoring contract as `LinearModel`.
 */
export class QuantizedModel {
  readonly mask: number;
  constructor(
    readonly nClasses: number,
    readonly weights: Int16Array,
    readonly scales: Float32Array,
  ) {
    const rows = weights.length / nClasses;
    if (!Number.isInteger(rows) || (rows & (rows - 1)) !== 0 || scales.length !== nClasses) {
      throw new RangeError("quantized model: bad shape");
    }
    this.mask = rows - 1;
  }

  /** Quantize a float model, zeroing weights smaller than `prune` (absolute). */
  static from(model: LinearModel, prune = 0): QuantizedModel {
    const k = model.nClasses;
    const w = model.weights;
    const maxAbs = new Float32Array(k);
    for (let i = 0; i < w.length; i++) {
      const a = Math.abs(w[i]);
      if (a > maxAbs[i % k]) maxAbs[i % k] = a;
    }
    const scales = maxAbs.map((m) => (m > 0 ? m / 32767 : 1));
    const q = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) {
      if (Math.abs(w[i]) >= prune) q[i] = Math.round(w[i] / scales[i % k]);
    }
    return new QuantizedModel(k, q, scales);
  }

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    const k = this.nClasses;
    const w = this.weights;
    if (k === 3) {
      this.score3(feats, n, out);
      return;
    }
    out.fill(0, 0, k);
    for (let f = 0; f < n; f++) {
      const base = (feats[f] & this.mask) * k;
      for (let c = 0; c < k; c++) out[c] += w[base + c];
    }
    for (let c = 0; c < k; c++) out[c] *= this.scales[c];
  }

  /**
   * The parser's three-transition case, with the sums kept in registers as int32: exact (so equal
   * to any other exact summation) for fewer than 2^16 int16 features.
   */
  private score3(feats: Uint32Array, n: number, out: Float32Array): void {
    if (n >= 1 << 16) throw new RangeError("quantized model: too many features");
    const w = this.weights;
    const mask = this.mask;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < n; f++) {
      const base = (feats[f] & mask) * 3;
      a = (a + w[base]) | 0;
      b = (b + w[base + 1]) | 0;
      c = (c + w[base + 2]) | 0;
    }
    out[0] = a * this.scales[0];
    out[1] = b * this.scales[1];
    out[2] = c * this.scales[2];
  }
}
