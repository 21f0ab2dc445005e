import { feat1, feat2, feat3 } from "../../nlp/hash.js";
import type { Scorer } from "../../nlp/scorer.js";
import type { ParserInput } from "./parser-features.js";

export const LABELER_MAX_FEATS = 80;
const MAX_KIDS = 6;
const NONE = 0x4e0e;
const ROOT = 0x7007;

/** Children of each token in sentence order (CSR arrays: kids[start[h]..start[h+1])). */
export interface Children {
  readonly start: Int32Array;
  readonly kids: Int32Array;
}

export function childrenOf(heads: Int32Array): Children {
  const n = heads.length;
  const start = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) start[(heads[i] < 0 ? n : heads[i]) + 1]++;
  for (let h = 0; h <= n; h++) start[h + 1] += start[h];
  const fill = start.slice(0, n + 1);
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) kids[fill[heads[i] < 0 ? n : heads[i]]++] = i;
  return { start, kids };
}

/** Features for labelling the arc into token `d`, given the whole unlabelled tree. */
export function labelerFeatures(x: ParserInput, heads: Int32Array, ch: Children, d: number, out: Uint32Array): number {
  const n = x.n;
  const h = heads[d];
  const w = (i: number): number => (i < 0 ? ROOT : i >= n ? NONE : x.word[i]);
  const t = (i: number): number => (i < 0 ? ROOT : i >= n ? NONE : x.fine[i]);
  const dw = x.word[d];
  const dt = x.fine[d];
  const hw = w(h);
  const ht = t(h);
  const dir = h < 0 ? 2 : d < h ? 0 : 1;
  const dd = h < 0 ? 9 : Math.min(Math.abs(h - d), 8);
  const gh = h >= 0 ? heads[h] : -2;
  const ght = h >= 0 ? t(gh) : NONE;
  const dtDir = feat2(90, dt, dir);
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
  out[k++] = feat3(12, dt, ht, ght);
  out[k++] = feat3(13, dt, d > 0 ? x.fine[d - 1] : NONE, dir);
  out[k++] = feat3(14, dt, d + 1 < n ? x.fine[d + 1] : NONE, dir);
  out[k++] = feat3(15, dw, d > 0 ? x.word[d - 1] : NONE, dir);
  out[k++] = feat3(16, dtDir, w(gh), ht);
  out[k++] = feat3(17, x.amb[d], ht, dir);
  out[k++] = feat3(18, x.c1[d], ht, dir);
  out[k++] = feat3(19, dt, h >= 0 ? x.c1[h] : ROOT, dir);
  // the dependent's own children: case markers, auxiliaries, determiners
  const ds = ch.start[d];
  const de = Math.min(ch.start[d + 1], ds + MAX_KIDS);
  out[k++] = feat2(20, dtDir, ch.start[d + 1] - ch.start[d]);
  for (let j = ds; j < de; j++) {
    const c = ch.kids[j];
    const side = c < d ? 0 : 1;
    out[k++] = feat3(21, dtDir, x.word[c], side);
    out[k++] = feat3(22, dtDir, x.fine[c], side);
    out[k++] = feat3(23, ht, x.word[c], dir);
  }
  // the head's other children (siblings), relative to the dependent
  const hs = h >= 0 ? ch.start[h] : ch.start[n];
  const he = Math.min(h >= 0 ? ch.start[h + 1] : ch.start[n + 1], hs + MAX_KIDS);
  let before = 0;
  for (let j = hs; j < he; j++) {
    const c = ch.kids[j];
    if (c === d) continue;
    const side = c < d ? 0 : 1;
    if (c > d && c < h) before++;
    out[k++] = feat3(30, dtDir, x.word[c], side);
    out[k++] = feat3(31, feat2(32, dt, ht), x.fine[c], side);
  }
  out[k++] = feat3(33, dtDir, ht, before);
  return k;
}

/** Assigns a relation to every arc of a tree. */
export class Labeler {
  private readonly feats = new Uint32Array(LABELER_MAX_FEATS);
  private readonly scores: Float32Array;

  private readonly root: number;
  /** Subject relations: a head with a subject before it takes no second one after it. */
  private readonly subject: Uint8Array;

  constructor(
    readonly model: Scorer,
    readonly labels: readonly string[],
    /** Fine tag -> label every non-root token with that tag takes (punctuation), or -1. */
    private readonly fixed: Int32Array = new Int32Array(0),
  ) {
    this.scores = new Float32Array(model.nClasses);
    this.root = labels.indexOf("root");
    this.subject = Uint8Array.from(labels, (l) => (/^[nc]subj(:pass)?$/.test(l) ? 1 : 0));
  }

  label(x: ParserInput, heads: Int32Array): Int32Array {
    const ch = childrenOf(heads);
    const out = new Int32Array(x.n);
    const hasSubject = new Uint8Array(x.n + 1);
    for (let d = 0; d < x.n; d++) {
      if (heads[d] < 0 && this.root >= 0) {
        out[d] = this.root;
        continue;
      }
      const forced = this.fixed[x.fine[d]] ?? -1;
      if (forced >= 0) {
        out[d] = forced;
        continue;
      }
      const nf = labelerFeatures(x, heads, ch, d, this.feats);
      this.model.score(this.feats, nf, this.scores);
      const h = heads[d] < 0 ? x.n : heads[d];
      const noSubject = d > h && hasSubject[h] === 1;
      let best = -1;
      for (let c = 0; c < this.model.nClasses; c++) {
        if (c === this.root || (noSubject && this.subject[c])) continue;
        if (best < 0 || this.scores[c] > this.scores[best]) best = c;
      }
      if (this.subject[best] && d < h) hasSubject[h] = 1;
      out[d] = best;
    }
    return out;
  }
}
