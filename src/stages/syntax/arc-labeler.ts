import { feat1, feat2, feat3 } from "../../nlp/hash.js";
import type { Scorer } from "../../nlp/scorer.js";
import type { ParserInput } from "./parser-features.js";
import type { ParseState } from "./state.js";

export const ARC_LABEL_MAX_FEATS = 40;
const NONE = 0x4e0e;
const ROOT = 0x7007;

/**
 * Features for labelling the arc just made into `d` while parsing: the dependent's subtree is
 * complete, the head's is partial (only children attached so far).
 */
export function arcLabelFeatures(x: ParserInput, st: ParseState, d: number, out: Uint32Array): number {
  const n = x.n;
  const h = st.heads[d];
  const w = (i: number): number => (i < 0 ? NONE : i >= n ? ROOT : x.word[i]);
  const t = (i: number): number => (i < 0 ? NONE : i >= n ? ROOT : x.fine[i]);
  const r = (i: number): number => (i < 0 ? NONE : st.rel[i]);
  const dw = x.word[d];
  const dt = x.fine[d];
  const hw = w(h);
  const ht = t(h);
  const dir = h >= n ? 2 : d < h ? 0 : 1;
  const dd = h >= n ? 9 : Math.min(Math.abs(h - d), 8);
  const dtDir = feat2(90, dt, dir);
  const dl = st.lc1[d];
  const dr = st.rc1[d];
  let k = 0;
  out[k++] = feat1(0, 1);
  out[k++] = feat1(1, dw);
  out[k++] = feat1(2, dt);
  out[k++] = feat2(3, dw, dt);
  out[k++] = feat1(4, hw);
  out[k++] = feat1(5, ht);
  out[k++] = feat2(6, dt, ht);
  out[k++] = feat3(7, dt, ht, dir);
  out[k++] = feat3(8, dw, ht, dir);
  out[k++] = feat3(9, dt, hw, dir);
  out[k++] = feat3(10, dw, hw, dir);
  out[k++] = feat3(11, dt, ht, dd);
  out[k++] = feat3(13, dt, d > 0 ? x.fine[d - 1] : NONE, dir);
  out[k++] = feat3(14, dt, d + 1 < n ? x.fine[d + 1] : NONE, dir);
  out[k++] = feat3(15, dw, d > 0 ? x.word[d - 1] : NONE, dir);
  out[k++] = feat3(17, x.amb[d], ht, dir);
  out[k++] = feat3(18, x.c1[d], ht, dir);
  out[k++] = feat3(19, dt, h < n ? x.c1[h] : ROOT, dir);
  // the dependent's complete subtree: outer children, their relations, valency
  out[k++] = feat3(20, dtDir, st.nLeft[d], st.nRight[d]);
  out[k++] = feat3(21, dtDir, w(dl), t(dl));
  out[k++] = feat3(22, dtDir, w(dr), t(dr));
  out[k++] = feat3(23, ht, w(dl), dir);
  out[k++] = feat3(24, dtDir, r(dl), r(dr));
  out[k++] = feat2(25, dtDir, st.lset[d]);
  out[k++] = feat2(26, dtDir, st.rset[d]);
  out[k++] = feat3(27, dtDir, w(st.lc2[d]), t(st.lc2[d]));
  out[k++] = feat3(28, ht, st.lset[d], dir);
  // the head's children attached so far (excluding d)
  const hl = h < n ? st.lc1[h] : -1;
  const hl2 = hl === d ? (h < n ? st.lc2[h] : -1) : hl;
  out[k++] = feat3(30, dtDir, w(hl2), t(hl2));
  out[k++] = feat3(31, feat2(32, dt, ht), r(hl2), dir);
  out[k++] = feat3(33, dtDir, ht, st.lset[h]);
  out[k++] = feat3(34, dtDir, ht, st.rset[h]);
  return k;
}

/** Labels each arc as the parser makes it (feeding label features to later transitions). */
export class ArcLabeler {
  private readonly feats = new Uint32Array(ARC_LABEL_MAX_FEATS);
  private readonly scores: Float32Array;

  constructor(
    readonly model: Scorer,
    /** Index of `root` (taken by every arc into ROOT), or -1. */
    readonly root: number,
    /** Fine tag -> label every non-root token with that tag takes (punctuation), or -1. */
    private readonly fixed: Int32Array = new Int32Array(0),
  ) {
    this.scores = new Float32Array(model.nClasses);
  }

  /** The relation of the arc into `d` (attached in `st`). */
  label(x: ParserInput, st: ParseState, d: number): number {
    if (st.heads[d] >= x.n && this.root >= 0) return this.root;
    const forced = this.fixed[x.fine[d]] ?? -1;
    if (forced >= 0) return forced;
    const nf = arcLabelFeatures(x, st, d, this.feats);
    this.model.score(this.feats, nf, this.scores);
    let best = -1;
    for (let c = 0; c < this.model.nClasses; c++) {
      if (c !== this.root && (best < 0 || this.scores[c] > this.scores[best])) best = c;
    }
    return best;
  }
}
