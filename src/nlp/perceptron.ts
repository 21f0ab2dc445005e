/**
 * A multiclass linear model over hashed features. Weights live in one Float32Array laid out
 * row-major: `weights[(feature & mask) * nClasses + class]`, so scoring a feature touches one
 * contiguous block.
 */
export class LinearModel {
  readonly mask: number;
  constructor(
    readonly nClasses: number,
    readonly weights: Float32Array,
  ) {
    const rows = weights.length / nClasses;
    if (!Number.isInteger(rows) || (rows & (rows - 1)) !== 0) {
      throw new RangeError("weight rows must be a power of two");
    }
    this.mask = rows - 1;
  }

  static empty(nClasses: number, bits: number): LinearModel {
    return new LinearModel(nClasses, new Float32Array((1 << bits) * nClasses));
  }

  /** Add the scores of features `feats[0..n)` into `out[0..nClasses)` (cleared first). */
  score(feats: Uint32Array | readonly number[], n: number, out: Float32Array): void {
    const k = this.nClasses;
    const w = this.weights;
    out.fill(0, 0, k);
    for (let f = 0; f < n; f++) {
      const base = (feats[f] & this.mask) * k;
      for (let c = 0; c < k; c++) out[c] += w[base + c];
    }
  }
}

/**
 * Averaged perceptron trainer (averaging by the "w - u/c" trick: no per-weight timestamps).
 * Call `tick()` once per training example, `update` when the prediction was wrong.
 */
export class PerceptronTrainer {
  readonly model: LinearModel;
  private readonly sums: Float64Array;
  private clock = 1;

  constructor(nClasses: number, bits: number) {
    this.model = LinearModel.empty(nClasses, bits);
    this.sums = new Float64Array(this.model.weights.length);
  }

  tick(): void {
    this.clock++;
  }

  update(feats: Uint32Array | readonly number[], n: number, good: number, bad: number, step = 1): void {
    const k = this.model.nClasses;
    const w = this.model.weights;
    const u = this.sums;
    const c = this.clock * step;
    for (let f = 0; f < n; f++) {
      const base = (feats[f] & this.model.mask) * k;
      w[base + good] += step;
      u[base + good] += c;
      w[base + bad] -= step;
      u[base + bad] -= c;
    }
  }

  /** The averaged weights, as a new model (the trainer stays usable). */
  averaged(): LinearModel {
    const w = this.model.weights;
    const out = new Float32Array(w.length);
    const c = this.clock;
    for (let i = 0; i < w.length; i++) out[i] = w[i] - this.sums[i] / c;
    return new LinearModel(this.model.nClasses, out);
  }
}

/** Index of the highest score among classes allowed by `valid` (all when omitted). */
export function argmax(scores: Float32Array, n: number, valid?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < n; c++) {
    if (valid && !valid(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
