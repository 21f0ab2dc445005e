/** Anything that scores hashed features into per-class scores (float or quantized model). */
export interface Scorer {
  readonly nClasses: number;
  score(feats: Uint32Array, n: number, out: Float32Array): void;
}
