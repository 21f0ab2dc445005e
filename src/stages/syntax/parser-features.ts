import { feat1, feat2, feat3, hashString } from "../../nlp/hash.js";
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

/** Zhang & Nivre (2011)-style features of an arc-hybrid configuration (child tags for labels). */
export function parserFeatures(x: ParserInput, st: ParseState, out: Uint32Array): number {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b;
  const b1 = b0 + 1 <= x.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= x.n ? b0 + 2 : -1;
  const s0w = wAt(x, s0);
  const s0t = tAt(x, s0);
  const s1w = wAt(x, s1);
  const s1t = tAt(x, s1);
  const s2t = tAt(x, s2);
  const b0w = wAt(x, b0);
  const b0t = tAt(x, b0);
  const b1w = wAt(x, b1);
  const b1t = tAt(x, b1);
  const b2w = wAt(x, b2);
  const b2t = tAt(x, b2);
  const s0l = s0 >= 0 ? st.lc1[s0] : -1;
  const s0r = s0 >= 0 ? st.rc1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0] : -1;
  const s1l = s1 >= 0 ? st.lc1[s1] : -1;
  const s1r = s1 >= 0 ? st.rc1[s1] : -1;
  const s1r2 = s1 >= 0 ? st.rc2[s1] : -1;
  const b0l = st.lc1[b0];
  const b0l2 = st.lc2[b0];
  const s0lt = tAt(x, s0l);
  const s0rt = tAt(x, s0r);
  const s1rt = tAt(x, s1r);
  const b0lt = tAt(x, b0l);
  const d0 = dist(s0, b0);
  const d1 = dist(s1, s0);
  const s0vl = s0 >= 0 ? st.nLeft[s0] : -1;
  const s0vr = s0 >= 0 ? st.nRight[s0] : -1;
  const b0vl = st.nLeft[b0];
  const s0wt = feat2(90, s0w, s0t);
  const b0wt = feat2(91, b0w, b0t);
  const s1wt = feat2(92, s1w, s1t);
  let k = 0;
  out[k++] = feat1(0, 1);
  // single positions
  out[k++] = feat1(1, s0w);
  out[k++] = feat1(2, s0t);
  out[k++] = s0wt;
  out[k++] = feat1(4, s1w);
  out[k++] = feat1(5, s1t);
  out[k++] = s1wt;
  out[k++] = feat1(7, b0w);
  out[k++] = feat1(8, b0t);
  out[k++] = b0wt;
  out[k++] = feat1(10, b1w);
  out[k++] = feat1(11, b1t);
  out[k++] = feat2(12, b1w, b1t);
  out[k++] = feat1(13, b2w);
  out[k++] = feat1(14, b2t);
  out[k++] = feat1(15, s2t);
  out[k++] = feat1(16, wAt(x, s2));
  // pairs
  out[k++] = feat2(20, s0wt, b0wt);
  out[k++] = feat2(21, s0wt, b0w);
  out[k++] = feat2(22, s0w, b0wt);
  out[k++] = feat2(23, s0wt, b0t);
  out[k++] = feat2(24, s0t, b0wt);
  out[k++] = feat2(25, s0w, b0w);
  out[k++] = feat2(26, s0t, b0t);
  out[k++] = feat2(27, b0t, b1t);
  out[k++] = feat2(28, s1wt, s0wt);
  out[k++] = feat2(29, s1t, s0t);
  out[k++] = feat2(30, s1w, s0w);
  out[k++] = feat2(31, s1wt, s0t);
  out[k++] = feat2(32, s1t, s0wt);
  out[k++] = feat2(33, b0w, b1w);
  out[k++] = feat2(34, b0wt, b1t);
  // triples of tags
  out[k++] = feat3(40, b0t, b1t, b2t);
  out[k++] = feat3(41, s0t, b0t, b1t);
  out[k++] = feat3(42, s1t, s0t, b0t);
  out[k++] = feat3(43, s0t, s0lt, b0t);
  out[k++] = feat3(44, s0t, s0rt, b0t);
  out[k++] = feat3(45, s0t, b0t, b0lt);
  out[k++] = feat3(46, s1t, s1rt, s0t);
  out[k++] = feat3(47, s2t, s1t, s0t);
  out[k++] = feat3(48, s1t, s0t, s0lt);
  out[k++] = feat3(49, s1t, s0t, s0rt);
  out[k++] = feat3(50, s1t, s0t, b1t);
  out[k++] = feat3(51, s0w, b0t, b1t);
  out[k++] = feat3(52, s0t, b0w, b1t);
  // distance
  out[k++] = feat2(60, s0w, d0);
  out[k++] = feat2(61, s0t, d0);
  out[k++] = feat2(62, b0w, d0);
  out[k++] = feat2(63, b0t, d0);
  out[k++] = feat3(64, s0t, b0t, d0);
  out[k++] = feat3(65, s1t, s0t, d1);
  out[k++] = feat3(66, s1w, s0w, d1);
  // valency
  out[k++] = feat2(70, s0w, s0vl);
  out[k++] = feat2(71, s0t, s0vl);
  out[k++] = feat2(72, s0w, s0vr);
  out[k++] = feat2(73, s0t, s0vr);
  out[k++] = feat2(74, b0w, b0vl);
  out[k++] = feat2(75, b0t, b0vl);
  out[k++] = feat3(76, s1t, s1 >= 0 ? st.nRight[s1] : -1, s0t);
  // children
  out[k++] = feat1(80, wAt(x, s0l));
  out[k++] = feat1(81, s0lt);
  out[k++] = feat1(82, wAt(x, s0r));
  out[k++] = feat1(83, s0rt);
  out[k++] = feat1(84, wAt(x, b0l));
  out[k++] = feat1(85, b0lt);
  out[k++] = feat1(86, wAt(x, s1r));
  out[k++] = feat3(87, s0t, s0lt, tAt(x, s0l2));
  out[k++] = feat3(88, s0t, s0rt, tAt(x, s0r2));
  out[k++] = feat3(89, b0t, b0lt, tAt(x, b0l2));
  out[k++] = feat3(93, s1t, s1rt, tAt(x, s1r2));
  out[k++] = feat2(94, tAt(x, s1l), s1t);
  out[k++] = feat3(95, s0wt, wAt(x, s0r), b0t);
  out[k++] = feat3(96, s1wt, wAt(x, s1r), s0t);
  // neighbours in the text
  out[k++] = feat3(97, s0t, tAt(x, s0 > 0 ? s0 - 1 : -1), b0t);
  out[k++] = feat3(98, s0t, tAt(x, s0 >= 0 && s0 + 1 < b0 ? s0 + 1 : -1), b0t);
  out[k++] = feat3(99, b0t, tAt(x, b0 > 0 ? b0 - 1 : -1), s0t);
  // ambiguity classes: robust to tagging errors
  const s0a = aAt(x, s0);
  const b0a = aAt(x, b0);
  out[k++] = feat2(100, s0a, s0t);
  out[k++] = feat2(101, b0a, b0t);
  out[k++] = feat2(102, aAt(x, s1), s1t);
  out[k++] = feat2(103, aAt(x, b1), b1t);
  out[k++] = feat2(104, s0a, b0a);
  out[k++] = feat3(105, s0a, b0t, b1t);
  out[k++] = feat3(106, s1t, s0a, b0t);
  // fine tags
  const s0f = fAt(x, s0);
  const b0f = fAt(x, b0);
  out[k++] = feat1(110, s0f);
  out[k++] = feat1(111, b0f);
  out[k++] = feat1(112, fAt(x, s1));
  out[k++] = feat1(113, fAt(x, b1));
  out[k++] = feat2(114, s0f, b0f);
  out[k++] = feat3(115, fAt(x, s1), s0f, b0f);
  // clusters
  const s0c = cAt(x, s0);
  const b0c = cAt(x, b0);
  out[k++] = feat2(120, s0c, s0t);
  out[k++] = feat2(121, b0c, b0t);
  out[k++] = feat2(122, s0c, b0c);
  out[k++] = feat2(123, s0c, b0t);
  out[k++] = feat2(124, s0t, b0c);
  out[k++] = feat3(125, cAt(x, s1), s1t, s0t);
  out[k++] = feat2(126, cAt(x, b1), b0t);
  out[k++] = feat3(127, s1t, s0c, b0t);
  // third-order children, valency pairs, coarse clusters, punctuation between s0 and b0
  out[k++] = feat2(130, s0t, wAt(x, s0l2));
  out[k++] = feat2(131, s0t, wAt(x, s0r2));
  out[k++] = feat3(132, b0wt, wAt(x, b0l), b0lt);
  out[k++] = feat3(133, s0t, s0vl, s0vr);
  out[k++] = feat3(134, s0w, b0w, d0);
  out[k++] = feat3(135, s0wt, b0t, b0lt);
  out[k++] = feat3(136, s2t, wAt(x, s2), s1t);
  out[k++] = feat3(137, s1wt, s0t, b0t);
  const s0c2 = s0 >= 0 && s0 < x.n ? x.c2[s0] : NONE;
  const b0c2 = b0 < x.n ? x.c2[b0] : ROOT;
  out[k++] = feat3(138, s0c2, b0c2, d0);
  out[k++] = feat3(139, s0t, b0t, commasBetween(x, s0, b0));
  out[k++] = feat3(140, s0wt, b0wt, b1t);
  out[k++] = feat3(141, s1t, tAt(x, s1l), s0t);
  // attachment preferences: b0's first child (a preposition, say) against the stack words
  const b0lw = wAt(x, b0l);
  out[k++] = feat3(142, s1w, b0lw, b0t);
  out[k++] = feat3(143, s0w, b0lw, b0t);
  out[k++] = feat3(144, s1t, s0t, b0lw);
  out[k++] = feat3(145, s1w, s0t, b0lw);
  // relations of arcs already made (labelled as they were built), Zhang & Nivre (2011)
  const rel = st.rel;
  const s0ll = s0l >= 0 ? rel[s0l] : NONE;
  const s0rl = s0r >= 0 ? rel[s0r] : NONE;
  const b0ll = b0l >= 0 ? rel[b0l] : NONE;
  const s1rl = s1r >= 0 ? rel[s1r] : NONE;
  out[k++] = feat2(150, s0t, s0ll);
  out[k++] = feat2(151, s0t, s0rl);
  out[k++] = feat2(152, b0t, b0ll);
  out[k++] = feat2(153, s1t, s1rl);
  out[k++] = feat3(154, s0t, s0l2 >= 0 ? rel[s0l2] : NONE, s0ll);
  out[k++] = feat3(155, s0t, s0r2 >= 0 ? rel[s0r2] : NONE, s0rl);
  out[k++] = feat3(156, b0t, b0l2 >= 0 ? rel[b0l2] : NONE, b0ll);
  out[k++] = feat2(157, s0wt, s0 >= 0 ? st.lset[s0] : -1);
  out[k++] = feat2(158, s0t, s0 >= 0 ? st.lset[s0] : -1);
  out[k++] = feat2(159, s0wt, s0 >= 0 ? st.rset[s0] : -1);
  out[k++] = feat2(160, s0t, s0 >= 0 ? st.rset[s0] : -1);
  out[k++] = feat2(161, b0wt, st.lset[b0]);
  out[k++] = feat3(162, b0t, st.lset[b0], s0t);
  out[k++] = feat3(163, s0t, s0ll, b0t);
  out[k++] = feat3(164, s0t, s0rl, b0t);
  out[k++] = feat3(165, s1t, s1rl, s0t);
  return k;
}
