import type { TokenView } from "./view.js";

/** A speaker phrase in token indices: [start, end), and its head chunk [headStart, headEnd). */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly headStart: number;
  readonly headEnd: number;
}

const POSTMOD_PREPS = new Set(["of", "for", "at", "from", "with", "in", "to", "on", "by"]);
const SKIP_BEFORE_CUE = new Set([
  "also",
  "has",
  "have",
  "had",
  "would",
  "will",
  "could",
  "may",
  "might",
  "not",
  "n't",
  "then",
  "later",
  "earlier",
  "again",
  "repeatedly",
  "further",
  "publicly",
  "previously",
  "reportedly",
  "firmly",
  "strongly",
  "separately",
  "both",
  "all",
  "did",
  "does",
  "do",
  "once",
  "recently",
  "already",
  "last",
  "just",
  "however",
  "is",
  "are",
  "was",
  "were",
  "still",
  "often",
  "frequently",
  "privately",
  "openly",
  "flatly",
  "angrily",
]);

/** Start of the maximal noun-phrase chunk ending just before `end` (not below `min`); `end` if none. */
export function chunkStartBefore(v: TokenView, end: number, min: number): number {
  let s = end;
  for (;;) {
    while (s - 1 >= min && v.isChunkToken(s - 1)) s--;
    // "General Motors Corporation (GM)": step over a parenthesis inside the name.
    if (s - 1 < min || v.lower(s - 1) !== ")") break;
    let o = s - 2;
    while (o >= min && o > s - 6 && v.lower(o) !== "(") o--;
    if (o < min + 1 || v.lower(o) !== "(" || !v.isChunkToken(o - 1)) break;
    s = o;
  }
  // A chunk never starts with a possessive marker.
  while (s < end && v.isPossessive(s)) s++;
  return s;
}

/** End of the maximal noun-phrase chunk starting at `start` (not beyond `max`); `start` if none. */
export function chunkEndFrom(v: TokenView, start: number, max: number): number {
  let e = start;
  while (e < max && v.isChunkToken(e)) e++;
  return e;
}

/** The head chunk's last nominal token (the head word). */
export function headWord(v: TokenView, p: Phrase): number {
  for (let i = p.headEnd - 1; i >= p.headStart; i--) {
    const u = v.upos(i);
    if ((u === "NOUN" || u === "PROPN" || u === "PRON" || v.isCapitalized(i)) && !v.isPossessive(i)) return i;
  }
  return p.headEnd - 1;
}

/** Skip adverbs, auxiliaries and a time phrase leftwards from `i`; returns the new index. */
export function skipLeftFillers(v: TokenView, i: number, min: number): number {
  let j = i;
  for (let guard = 0; guard < 12 && j >= min; guard++) {
    const u = v.upos(j);
    if (SKIP_BEFORE_CUE.has(v.lower(j)) || u === "ADV" || u === "AUX" || u === "PART") {
      j--;
      continue;
    }
    const time = timeCovering(v, j);
    if (time >= 0) {
      j = time - 1;
      if (j >= min && ["on", "in", "at", "late", "early", "earlier", "this", "last"].includes(v.lower(j))) j--;
      continue;
    }
    break;
  }
  return j;
}

/** Start token of a time expression (doc.times) covering token i, or -1. */
export function timeCovering(v: TokenView, i: number): number {
  const t = v.tokens[i];
  if (!t || !v.doc.times) return -1;
  for (const time of v.doc.times) {
    if (time.start <= t.start && t.end <= time.end) return v.tokenAtOrAfter(time.start);
  }
  return -1;
}

function single(i: number): Phrase {
  return { start: i, end: i + 1, headStart: i, headEnd: i + 1 };
}

/**
 * The noun phrase ending at token `last`: its head chunk, widened leftwards over post-modifiers
 * ("spokesperson for the ministry", "experts reached by the newspaper", "a source close to").
 */
export function phraseEndingAt(v: TokenView, last: number, min: number): Phrase | null {
  if (last < min) return null;
  if (v.isPersonalPronoun(last)) return single(last);
  let start = chunkStartBefore(v, last + 1, min);
  // A capitalized word the tagger took for a verb ("Ford said") is still a name.
  if (start > last) return v.isCapitalized(last) && !v.isQuoteMark(last) ? single(last) : null;
  let headStart = start;
  let headEnd = last + 1;
  for (let guard = 0; guard < 4; guard++) {
    const prep = start - 1;
    if (prep - 1 < min || !POSTMOD_PREPS.has(v.lower(prep))) break;
    let left = prep - 1;
    // "reached by", "close to", "familiar with": a participle or adjective between the noun and the preposition.
    const u = v.upos(left);
    if (
      ((u === "VERB" || v.lower(prep) === "by") && /ed$/.test(v.lower(left))) ||
      ["close", "familiar", "near", "linked", "allied"].includes(v.lower(left))
    ) {
      left--;
    }
    if (left < min || !v.isChunkToken(left) || v.isPersonalPronoun(left)) break;
    if (v.upos(left) !== "NOUN" && v.upos(left) !== "PROPN" && !v.isCapitalized(left)) break;
    const s = chunkStartBefore(v, left + 1, min);
    if (s > left) break;
    start = s;
    headStart = s;
    headEnd = left + 1;
  }
  return { start, end: last + 1, headStart, headEnd };
}

/** The noun phrase starting at `first` (inverted attribution: `said a senior diplomat in Rome`). */
export function phraseStartingAt(v: TokenView, first: number, max: number): Phrase | null {
  if (first >= max) return null;
  if (v.isPersonalPronoun(first)) return single(first);
  const headEnd = chunkEndFrom(v, first, max);
  if (headEnd === first) return null;
  let end = headEnd;
  while (end + 1 < max && POSTMOD_PREPS.has(v.lower(end)) && v.isChunkToken(end + 1)) {
    const e = chunkEndFrom(v, end + 1, max);
    if (e === end + 1 && !v.isChunkToken(end + 1)) break;
    end = e;
  }
  return { start: first, end, headStart: first, headEnd };
}

function isNameLike(v: TokenView, s: number, e: number): boolean {
  let caps = 0;
  for (let i = s; i < e; i++) if (v.isCapitalized(i) || v.upos(i) === "PROPN") caps++;
  return e > s && caps === e - s;
}

/**
 * The subject of a cue at `cue`, found leftwards: `Zhao Lijian, spokesperson of ..., announced`,
 * `analysts said`, `Trump, whose ..., told`, `Ukraine's envoy, Sergiy Kyslytsya, urged`.
 */
export function subjectBefore(v: TokenView, cue: number, min: number): Phrase | null {
  const i = skipLeftFillers(v, cue - 1, min);
  if (i < min) return null;
  const l = v.lower(i);
  if (l === "who" || l === "which" || l === "that") {
    if (v.lower(i - 1) !== ",") return null;
    // "the AU council, which condemned": the pronoun is the subject (resolve.ts finds its antecedent)
    return appositionSubject(v, i - 1, min) ?? (l === "that" ? null : single(i));
  }
  if (l === ",") return appositionSubject(v, i, min);
  return phraseEndingAt(v, i, min);
}

/** The subject when a comma-bounded insertion sits between it and the cue. */
function appositionSubject(v: TokenView, comma: number, min: number): Phrase | null {
  let prev = comma - 1;
  while (prev >= min && v.lower(prev) !== ",") prev--;
  if (prev < min) return null;
  const segStart = prev + 1;
  const before = phraseEndingAt(v, prev - 1, min);
  if (!before) return null;
  const first = v.lower(segStart);
  const insertion =
    v.isDeterminer(segStart) ||
    !v.isCapitalized(segStart) ||
    ["who", "whose", "which", "whom"].includes(first) ||
    isNameLike(v, segStart, comma);
  if (!insertion) return null;
  const headTok = headWord(v, before);
  const beforeIsName =
    v.upos(headTok) === "PROPN" || v.isPersonalPronoun(headTok) || isNameLike(v, before.headStart, before.headEnd);
  if (!beforeIsName && isNameLike(v, segStart, comma)) {
    return { start: segStart, end: comma, headStart: segStart, headEnd: comma };
  }
  return before;
}
