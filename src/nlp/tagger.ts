import { TemplateSet } from "./feature-templates.js";
import { IntTable } from "./int-table.js";
import type { LexicalCodes } from "./lexical.js";
import type { Scorer } from "./scorer.js";
import { TAGGER_ATOMS, TAGGER_TEMPLATES } from "./tagger-templates.js";

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

const TEMPLATE_SET = new TemplateSet(TAGGER_ATOMS, TAGGER_TEMPLATES);
/** Scratch atoms of the token being featurized (one extractor per thread). */
const atoms = new Int32Array(TEMPLATE_SET.atoms);

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
  const sh = lex.shape;
  const suf3 = lex.suf3;
  const { amb, c1, c2 } = wc;
  const before = i > 0;
  const before2 = i > 1;
  const after = i + 1 < n;
  const after2 = i + 2 < n;
  const a = atoms;
  // one line per atom, in TAGGER_ATOMS order (the pinned-hash test catches a slip)
  a[0] = 1;
  a[1] = w[i];
  a[2] = lex.raw[i];
  a[3] = lex.suf1[i];
  a[4] = lex.suf2[i];
  a[5] = suf3[i];
  a[6] = lex.suf4[i];
  a[7] = lex.pre1[i];
  a[8] = lex.pre3[i];
  a[9] = sh[i];
  a[10] = before ? 0 : 1;
  a[11] = before ? tags[i - 1] : START;
  a[12] = before2 ? tags[i - 2] : START;
  a[13] = before ? w[i - 1] : START;
  a[14] = before2 ? w[i - 2] : START;
  a[15] = after ? w[i + 1] : NONE;
  a[16] = after2 ? w[i + 2] : NONE;
  a[17] = before ? suf3[i - 1] : START;
  a[18] = after ? suf3[i + 1] : NONE;
  a[19] = before ? sh[i - 1] : START;
  a[20] = after ? sh[i + 1] : NONE;
  a[21] = amb[i];
  a[22] = after ? amb[i + 1] : NONE;
  a[23] = after2 ? amb[i + 2] : NONE;
  a[24] = c1[i];
  a[25] = before ? c1[i - 1] : START;
  a[26] = after ? c1[i + 1] : NONE;
  a[27] = c2[i];
  a[28] = after ? c2[i + 1] : NONE;
  return TEMPLATE_SET.hash(a, out);
}

/** A greedy left-to-right tagger; tag classes are indices into the model's tag list. */
export class Tagger {
  private readonly feats = new Uint32Array(TAGGER_MAX_FEATS);
  private readonly scores: Float32Array;
  // The three maps below as flat int tables: the per-token lookups of `tag` and `wordClasses`.
  private readonly dictTable: IntTable;
  private readonly ambTable: IntTable;
  private readonly clusterTable: IntTable;

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
    for (const t of tagDict.values()) {
      if (!(t >= 0 && t < model.nClasses)) throw new RangeError(`tagger: dictionary tag ${t} is not a class`);
    }
    this.dictTable = new IntTable(tagDict);
    this.ambTable = new IntTable(ambiguity);
    this.clusterTable = new IntTable(clusters);
  }

  /** Ambiguity classes and clusters of a sentence's words (0 for unseen words). */
  wordClasses(lex: LexicalCodes): WordClasses {
    const n = lex.n;
    const amb = new Int32Array(n);
    const c1 = new Int32Array(n);
    const c2 = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = this.clusterTable.get(lex.word[i], 0);
      c1[i] = c & 0xffff;
      c2[i] = c >>> 16;
      amb[i] = this.ambTable.get(lex.low[i], 0);
    }
    return { amb, c1, c2 };
  }

  /** Tag classes of a sentence. */
  tag(lex: LexicalCodes, wc = this.wordClasses(lex)): Int32Array {
    const tags = new Int32Array(lex.n);
    const scores = this.scores;
    const k = this.model.nClasses;
    for (let i = 0; i < lex.n; i++) {
      const known = this.dictTable.get(lex.raw[i], -1);
      if (known >= 0) {
        tags[i] = known;
        continue;
      }
      const nf = taggerFeatures(lex, wc, tags, i, this.feats);
      this.model.score(this.feats, nf, scores);
      let best = 0;
      let top = scores[0];
      for (let c = 1; c < k; c++) {
        if (scores[c] > top) {
          best = c;
          top = scores[c];
        }
      }
      tags[i] = best;
    }
    return tags;
  }
}
