import { TemplateSet } from "../../nlp/feature-templates.js";
import { feat2, hashString } from "../../nlp/hash.js";
import { PARSER_ATOMS, PARSER_TEMPLATES } from "./parser-templates.js";
import type { ParseState } from "./state.js";

export const PARSER_MAX_FEATS = 164;

const NONE = 0x4e0e;
const ROOT = 0x7007;

/** Word and tag codes of one sentence; index n (ROOT) is handled by the extractor. */
export interface ParserInput {
  readonly n: number;
  readonly word: Int32Array;
  readonly tag: Int32Array;
  /** Fine tags (joint PTB + UPOS class); `tag` holds the coarse UPOS the parser mostly uses. */
  readonly fine: Int32Array;
  /** Ambiguity class of each word (the tags it took in training; 0 unseen). */
  readonly amb: Int32Array;
  /** Fine and coarse distributional cluster of each word (0 unknown). */
  readonly c1: Int32Array;
  readonly c2: Int32Array;
}

function wAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === x.n ? ROOT : x.word[i];
}

function tAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === x.n ? ROOT : x.tag[i];
}

function fAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === x.n ? ROOT : x.fine[i];
}

function cAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === x.n ? ROOT : x.c1[i];
}

function aAt(x: ParserInput, i: number): number {
  return i < 0 ? NONE : i === x.n ? ROOT : x.amb[i];
}

function dist(a: number, b: number): number {
  if (a < 0 || b < 0) return -1;
  const d = Math.abs(b - a);
  return d < 5 ? d : d < 8 ? 5 : d < 12 ? 6 : 7;
}

const COMMA = hashString(",");

/** Commas strictly between a and b, looking at most 16 tokens (-1 when a is empty). */
function commasBetween(x: ParserInput, a: number, b: number): number {
  if (a < 0) return -1;
  const end = Math.min(b, a + 16);
  let c = 0;
  for (let i = a + 1; i < end; i++) if (x.word[i] === COMMA) c++;
  return Math.min(c, 3);
}

const TEMPLATE_SET = new TemplateSet(PARSER_ATOMS, PARSER_TEMPLATES);
/** Scratch atoms of the configuration being featurized (one extractor per thread). */
const atoms = new Int32Array(TEMPLATE_SET.atoms);

/** Hashed features of an arc-hybrid configuration into `out`; returns how many were written. */
export function parserFeatures(x: ParserInput, st: ParseState, out: Uint32Array): number {
  const n = x.n;
  const sp = st.sp;
  const s0 = sp > 0 ? st.stack[sp - 1] : -1;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const s2 = sp > 2 ? st.stack[sp - 3] : -1;
  const b0 = st.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const { lc1, lc2, rc1, rc2, rel } = st;
  const s0l = s0 >= 0 ? lc1[s0] : -1;
  const s0r = s0 >= 0 ? rc1[s0] : -1;
  const s0l2 = s0 >= 0 ? lc2[s0] : -1;
  const s0r2 = s0 >= 0 ? rc2[s0] : -1;
  const s1l = s1 >= 0 ? lc1[s1] : -1;
  const s1r = s1 >= 0 ? rc1[s1] : -1;
  const s1r2 = s1 >= 0 ? rc2[s1] : -1;
  const b0l = lc1[b0];
  const b0l2 = lc2[b0];
  const s0w = wAt(x, s0);
  const s0t = tAt(x, s0);
  const s1w = wAt(x, s1);
  const s1t = tAt(x, s1);
  const b0w = wAt(x, b0);
  const b0t = tAt(x, b0);
  const a = atoms;
  // one line per atom, in PARSER_ATOMS order (the pinned-hash test catches a slip)
  a[0] = 1;
  a[1] = s0w;
  a[2] = s0t;
  a[3] = feat2(90, s0w, s0t);
  a[4] = s1w;
  a[5] = s1t;
  a[6] = feat2(92, s1w, s1t);
  a[7] = wAt(x, s2);
  a[8] = tAt(x, s2);
  a[9] = b0w;
  a[10] = b0t;
  a[11] = feat2(91, b0w, b0t);
  a[12] = wAt(x, b1);
  a[13] = tAt(x, b1);
  a[14] = wAt(x, b2);
  a[15] = tAt(x, b2);
  a[16] = dist(s0, b0);
  a[17] = dist(s1, s0);
  a[18] = s0 >= 0 ? st.nLeft[s0] : -1;
  a[19] = s0 >= 0 ? st.nRight[s0] : -1;
  a[20] = s1 >= 0 ? st.nRight[s1] : -1;
  a[21] = st.nLeft[b0];
  a[22] = wAt(x, s0l);
  a[23] = tAt(x, s0l);
  a[24] = wAt(x, s0r);
  a[25] = tAt(x, s0r);
  a[26] = wAt(x, s0l2);
  a[27] = tAt(x, s0l2);
  a[28] = wAt(x, s0r2);
  a[29] = tAt(x, s0r2);
  a[30] = tAt(x, s1l);
  a[31] = wAt(x, s1r);
  a[32] = tAt(x, s1r);
  a[33] = tAt(x, s1r2);
  a[34] = wAt(x, b0l);
  a[35] = tAt(x, b0l);
  a[36] = tAt(x, b0l2);
  a[37] = tAt(x, s0 > 0 ? s0 - 1 : -1);
  a[38] = tAt(x, s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1);
  a[39] = tAt(x, b0 > 0 ? b0 - 1 : -1);
  a[40] = aAt(x, s0);
  a[41] = aAt(x, s1);
  a[42] = aAt(x, b0);
  a[43] = aAt(x, b1);
  a[44] = fAt(x, s0);
  a[45] = fAt(x, s1);
  a[46] = fAt(x, b0);
  a[47] = fAt(x, b1);
  a[48] = cAt(x, s0);
  a[49] = cAt(x, s1);
  a[50] = cAt(x, b0);
  a[51] = cAt(x, b1);
  a[52] = s0 >= 0 && s0 < n ? x.c2[s0] : NONE;
  a[53] = b0 < n ? x.c2[b0] : ROOT;
  a[54] = commasBetween(x, s0, b0);
  a[55] = s0l >= 0 ? rel[s0l] : NONE;
  a[56] = s0l2 >= 0 ? rel[s0l2] : NONE;
  a[57] = s0r >= 0 ? rel[s0r] : NONE;
  a[58] = s0r2 >= 0 ? rel[s0r2] : NONE;
  a[59] = s1r >= 0 ? rel[s1r] : NONE;
  a[60] = b0l >= 0 ? rel[b0l] : NONE;
  a[61] = b0l2 >= 0 ? rel[b0l2] : NONE;
  a[62] = s0 >= 0 ? st.lset[s0] : -1;
  a[63] = s0 >= 0 ? st.rset[s0] : -1;
  a[64] = st.lset[b0];
  return TEMPLATE_SET.hash(a, out);
}
