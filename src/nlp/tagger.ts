import { feat1, feat2, feat3 } from "./hash.js";
import type { LexicalCodes } from "./lexical.js";
import type { Scorer } from "./scorer.js";

/** Per-token word classes known from training: ambiguity class and two cluster granularities. */
export interface WordClasses {
  readonly amb: Int32Array;
  readonly c1: Int32Array;
  readonly c2: Int32Array;
}

/** Upper bound on the number of features one token produces. */
export const TAGGER_MAX_FEATS = 56;

const NONE = 0x5eed;
const START = 0x57a7;

/**
 * Features of token `i` given the tags already chosen for tokens before it.
 * Writes into `out` and returns how many were written.
 */
export function taggerFeatures(
  lex: LexicalCodes,
  wc: WordClasses,
  tags: Int32Array,
  i: number,
  out: Uint32Array,
): number {
  const n = lex.n;
  const w = lex.word;
  const p1 = i > 0 ? tags[i - 1] : START;
  const p2 = i > 1 ? tags[i - 2] : START;
  const wm1 = i > 0 ? w[i - 1] : START;
  const wm2 = i > 1 ? w[i - 2] : START;
  const wp1 = i + 1 < n ? w[i + 1] : NONE;
  const wp2 = i + 2 < n ? w[i + 2] : NONE;
  let k = 0;
  out[k++] = feat1(0, 1);
  out[k++] = feat1(1, w[i]);
  out[k++] = feat1(2, lex.raw[i]);
  out[k++] = feat1(3, lex.suf1[i]);
  out[k++] = feat1(4, lex.suf2[i]);
  out[k++] = feat1(5, lex.suf3[i]);
  out[k++] = feat1(6, lex.suf4[i]);
  out[k++] = feat1(7, lex.pre1[i]);
  out[k++] = feat1(8, lex.pre3[i]);
  out[k++] = feat2(9, lex.shape[i], i === 0 ? 1 : 0);
  out[k++] = feat1(10, p1);
  out[k++] = feat1(11, p2);
  out[k++] = feat2(12, p1, p2);
  out[k++] = feat2(13, p1, w[i]);
  out[k++] = feat1(14, wm1);
  out[k++] = feat1(15, i > 0 ? lex.suf3[i - 1] : START);
  out[k++] = feat1(16, wm2);
  out[k++] = feat1(17, wp1);
  out[k++] = feat1(18, i + 1 < n ? lex.suf3[i + 1] : NONE);
  out[k++] = feat1(19, wp2);
  out[k++] = feat1(20, i + 1 < n ? lex.shape[i + 1] : NONE);
  out[k++] = feat2(21, wm1, w[i]);
  out[k++] = feat2(22, w[i], wp1);
  out[k++] = feat2(23, p1, wp1);
  out[k++] = feat3(24, p1, w[i], wp1);
  out[k++] = feat2(25, lex.suf3[i], wp1);
  out[k++] = feat2(26, p1, lex.suf3[i]);
  out[k++] = feat2(27, wm1, wp1);
  // ambiguity classes: the tags each word took in training, a proxy for the tags to the right
  const amb = wc.amb;
  const a0 = amb[i];
  const a1 = i + 1 < n ? amb[i + 1] : NONE;
  const a2 = i + 2 < n ? amb[i + 2] : NONE;
  out[k++] = feat1(28, a0);
  out[k++] = feat2(29, a0, a1);
  out[k++] = feat2(30, p1, a0);
  out[k++] = feat3(31, p1, a0, a1);
  out[k++] = feat2(32, w[i], a1);
  out[k++] = feat3(33, a0, a1, a2);
  out[k++] = feat2(34, lex.suf3[i], a1);
  out[k++] = feat3(35, lex.shape[i], p1, a1);
  // distributional clusters from unlabeled text
  const c0 = wc.c1[i];
  const cp1 = i + 1 < n ? wc.c1[i + 1] : NONE;
  out[k++] = feat1(36, c0);
  out[k++] = feat1(37, wc.c2[i]);
  out[k++] = feat2(38, c0, cp1);
  out[k++] = feat2(39, p1, c0);
  out[k++] = feat1(40, i > 0 ? wc.c1[i - 1] : START);
  out[k++] = feat2(41, wc.c2[i], i + 1 < n ? wc.c2[i + 1] : NONE);
  out[k++] = feat2(42, lex.suf3[i], c0);
  // capitalisation in context: proper-noun runs, sentence-initial common nouns
  const sh = lex.shape;
  const shm1 = i > 0 ? sh[i - 1] : START;
  const shp1 = i + 1 < n ? sh[i + 1] : NONE;
  out[k++] = feat2(43, lex.raw[i], i === 0 ? 1 : 0);
  out[k++] = feat2(44, wm1, sh[i]);
  out[k++] = feat3(45, shm1, sh[i], shp1);
  out[k++] = feat3(46, p1, sh[i], shp1);
  out[k++] = feat2(47, c0, i > 0 ? wc.c1[i - 1] : START);
  out[k++] = feat2(48, p1, i + 1 < n ? wc.c2[i + 1] : NONE);
  out[k++] = feat3(49, p2, p1, w[i]);
  out[k++] = feat2(50, lex.suf4[i], a1);
  return k;
}

/** A greedy left-to-right tagger; tag classes are indices into the model's tag list. */
export class Tagger {
  private readonly feats = new Uint32Array(TAGGER_MAX_FEATS);
  private readonly scores: Float32Array;

  constructor(
    readonly model: Scorer,
    /** Word code -> tag class for frequent unambiguous words (skips the classifier). */
    readonly tagDict: ReadonlyMap<number, number>,
    /** Lowercased word code -> code of the set of tags it took in training. */
    readonly ambiguity: ReadonlyMap<number, number>,
    /** Normalized word code -> fine cluster | coarse cluster << 16 (0 unknown). */
    readonly clusters: ReadonlyMap<number, number>,
  ) {
    this.scores = new Float32Array(model.nClasses);
  }

  /** Ambiguity classes and clusters of a sentence's words (0 for unseen words). */
  wordClasses(lex: LexicalCodes): WordClasses {
    const c1 = new Int32Array(lex.n);
    const c2 = new Int32Array(lex.n);
    for (let i = 0; i < lex.n; i++) {
      const c = this.clusters.get(lex.word[i]) ?? 0;
      c1[i] = c & 0xffff;
      c2[i] = c >>> 16;
    }
    return { amb: Int32Array.from(lex.low, (w) => this.ambiguity.get(w) ?? 0), c1, c2 };
  }

  /** Tag classes of a sentence. */
  tag(lex: LexicalCodes, wc = this.wordClasses(lex)): Int32Array {
    const tags = new Int32Array(lex.n);
    for (let i = 0; i < lex.n; i++) {
      const known = this.tagDict.get(lex.raw[i]);
      if (known !== undefined) {
        tags[i] = known;
        continue;
      }
      const nf = taggerFeatures(lex, wc, tags, i, this.feats);
      this.model.score(this.feats, nf, this.scores);
      let best = 0;
      for (let c = 1; c < this.model.nClasses; c++) if (this.scores[c] > this.scores[best]) best = c;
      tags[i] = best;
    }
    return tags;
  }
}
