import { type Template, TemplateSet } from "../../nlp/feature-templates.js";
import { feat2 } from "../../nlp/hash.js";
import type { Scorer } from "../../nlp/scorer.js";
import type { ParserInput } from "./parser-features.js";
import type { ParseState } from "./state.js";

export const ARC_LABEL_MAX_FEATS = 40;
const NONE = 0x4e0e;
const ROOT = 0x7007;

/**
 * Values the templates combine, filled per arc in this order by `arcLabelFeatures`: d the
 * dependent, h the head; w word, t fine tag, a ambiguity class, c cluster; p / n: the word before /
 * after d in the text; l, l2, r: leftmost, second leftmost, rightmost child; vl, vr: valency; ll,
 * rl: relations of those children; lset, rset: child relation sets; hl2: h's outermost left child
 * other than d; dir, dd: direction and distance of the arc.
 */
const ATOMS = [
  "one",
  "dw",
  "dt",
  "hw",
  "ht",
  "dir",
  "dd",
  "dtDir",
  "dtHt",
  "dpw",
  "dpt",
  "dnt",
  "da",
  "dc",
  "hc",
  "dvl",
  "dvr",
  "dlw",
  "dlt",
  "dll",
  "drw",
  "drt",
  "drl",
  "dl2w",
  "dl2t",
  "dlset",
  "drset",
  "hl2w",
  "hl2t",
  "hl2l",
  "hlset",
  "hrset",
] as const;
type Atom = (typeof ATOMS)[number];

/**
 * Templates for labelling the arc just made into d (head h) while parsing, in output order
 * (training sums features in this order: keep it). dtDir and dtHt are the hashes of templates 90
 * (dependent tag, direction) and 32 (dependent tag, head tag).
 */
const TEMPLATES: readonly Template<Atom>[] = [
  [0, "one"],
  [1, "dw"],
  [2, "dt"],
  [3, "dw", "dt"],
  [4, "hw"],
  [5, "ht"],
  [6, "dt", "ht"],
  [7, "dt", "ht", "dir"],
  [8, "dw", "ht", "dir"],
  [9, "dt", "hw", "dir"],
  [10, "dw", "hw", "dir"],
  [11, "dt", "ht", "dd"],
  [13, "dt", "dpt", "dir"],
  [14, "dt", "dnt", "dir"],
  [15, "dw", "dpw", "dir"],
  [17, "da", "ht", "dir"],
  [18, "dc", "ht", "dir"],
  [19, "dt", "hc", "dir"],
  // the dependent's complete subtree: outer children, their relations, valency
  [20, "dtDir", "dvl", "dvr"],
  [21, "dtDir", "dlw", "dlt"],
  [22, "dtDir", "drw", "drt"],
  [23, "ht", "dlw", "dir"],
  [24, "dtDir", "dll", "drl"],
  [25, "dtDir", "dlset"],
  [26, "dtDir", "drset"],
  [27, "dtDir", "dl2w", "dl2t"],
  [28, "ht", "dlset", "dir"],
  // the head's children attached so far (excluding d)
  [30, "dtDir", "hl2w", "hl2t"],
  [31, "dtHt", "hl2l", "dir"],
  [33, "dtDir", "ht", "hlset"],
  [34, "dtDir", "ht", "hrset"],
];

const TEMPLATE_SET = new TemplateSet(ATOMS, TEMPLATES);
/** Scratch atoms of the arc being featurized (one extractor per thread). */
const atoms = new Int32Array(TEMPLATE_SET.atoms);

function wAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i >= x.n ? ROOT : x.word[i];
}

function tAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i >= x.n ? ROOT : x.fine[i];
}

/**
 * Features for labelling the arc just made into `d` while parsing: the dependent's subtree is
 * complete, the head's is partial (only children attached so far).
 */
export function arcLabelFeatures(x: ParserInput, st: ParseState, d: number, out: Uint32Array): number {
  const n = x.n;
  const h = st.heads[d];
  const dt = x.fine[d];
  const ht = tAt(x, h);
  const dir = h >= n ? 2 : d < h ? 0 : 1;
  const dl = st.lc1[d];
  const dr = st.rc1[d];
  const dl2 = st.lc2[d];
  const hl = h < n ? st.lc1[h] : -1;
  const hl2 = hl === d ? (h < n ? st.lc2[h] : -1) : hl;
  const rel = st.rel;
  const a = atoms;
  // one line per atom, in ATOMS order (the pinned-hash test in parser-features.test.ts catches a slip)
  a[0] = 1;
  a[1] = x.word[d];
  a[2] = dt;
  a[3] = wAt(x, h);
  a[4] = ht;
  a[5] = dir;
  a[6] = h >= n ? 9 : Math.min(Math.abs(h - d), 8);
  a[7] = feat2(90, dt, dir);
  a[8] = feat2(32, dt, ht);
  a[9] = d > 0 ? x.word[d - 1] : NONE;
  a[10] = d > 0 ? x.fine[d - 1] : NONE;
  a[11] = d + 1 < n ? x.fine[d + 1] : NONE;
  a[12] = x.amb[d];
  a[13] = x.c1[d];
  a[14] = h < n ? x.c1[h] : ROOT;
  a[15] = st.nLeft[d];
  a[16] = st.nRight[d];
  a[17] = wAt(x, dl);
  a[18] = tAt(x, dl);
  a[19] = dl < 0 ? NONE : rel[dl];
  a[20] = wAt(x, dr);
  a[21] = tAt(x, dr);
  a[22] = dr < 0 ? NONE : rel[dr];
  a[23] = wAt(x, dl2);
  a[24] = tAt(x, dl2);
  a[25] = st.lset[d];
  a[26] = st.rset[d];
  a[27] = wAt(x, hl2);
  a[28] = tAt(x, hl2);
  a[29] = hl2 < 0 ? NONE : rel[hl2];
  a[30] = st.lset[h];
  a[31] = st.rset[h];
  return TEMPLATE_SET.hash(a, out);
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
