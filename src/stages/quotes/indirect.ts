import type { Span } from "../../doc/span.js";
import { tokenRangeSpan } from "../../doc/span.js";
import type { Candidate, SpeakerSource } from "./candidate.js";
import { clauseEnd, complement, cueEntry, isSharedSubjectCue } from "./frame.js";
import type { CueEntry, QuoteLexicon } from "./lexicon.js";
import type { Phrase } from "./phrase.js";
import { chunkEndFrom, phraseStartingAt, subjectBefore } from "./phrase.js";
import { isInfinitiveConjunct } from "./syntax.js";
import type { TokenView } from "./view.js";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);
const LEADING_ADVERBIAL = new Set(["ADP", "SCONJ"]);

/** Whether token i is used as a verb cue here (not a noun, a passive, or a name part). */
export function isVerbCue(v: TokenView, lex: QuoteLexicon, i: number, sentStart: number): CueEntry | null {
  const entry = cueEntry(v, lex, i);
  if (!entry) return null;
  if (v.isCapitalized(i) && i !== sentStart) return null;
  const l = v.lower(i);
  const prev = v.lower(i - 1);
  if (i > sentStart && (v.isDeterminer(i - 1) || v.isPossessive(i - 1)) && !["that", "both", "all"].includes(prev))
    return null;
  const u = v.upos(i);
  const baseLike = l === entry.lemma || l === `${entry.lemma}s`;
  // A noun reading ("their claims were upheld"), unless a name stands before it as in a headline ("Ford announces").
  const afterName = i > sentStart && (v.upos(i - 1) === "PROPN" || v.isCapitalized(i - 1)) && l.endsWith("s");
  // A headline ("X releases Y, announces Z", no final stop) uses present-tense verbs in -s.
  const sent = v.sentenceOf(i);
  const headline = prev === "," && l !== entry.lemma && !v.isSentenceEnd(sent.endToken - 1);
  if ((u === "NOUN" || u === "ADJ" || u === "PROPN") && baseLike && !afterName && !headline) return null;
  if (BE.has(prev) && !l.endsWith("ing")) return null;
  // "was not reported when ...": a passive by the parse.
  if (v.children(i).some((c) => v.rel(c) === "aux:pass" && (BE.has(v.lower(c)) || v.lemma(c) === "be"))) return null;
  return entry;
}

/** The clause subject for a cue that shares it ("..., noting that", "and warned"): deps first, then surface. */
function clauseSubject(v: TokenView, cue: number, sentStart: number, earlier: readonly Candidate[]): Phrase | null {
  const prior = [...earlier].reverse().find((c) => c.cue < cue && c.cue >= sentStart && c.source.kind !== "context");
  if (prior && (prior.source.kind === "phrase" || prior.source.kind === "clause")) return prior.source.phrase;
  let h = cue;
  for (let guard = 0; guard < 4 && v.doc.deps; guard++) {
    // a subject after the cue is a misparse ("..., telling him that": "him" is the audience)
    const subj = v.children(h).find((c) => v.rel(c).startsWith("nsubj") && c < cue);
    if (subj !== undefined) return phraseAround(v, subj, sentStart);
    if (!["advcl", "xcomp", "conj", "ccomp", "parataxis"].includes(v.rel(h).split(":")[0] ?? "")) break;
    h = v.head(h);
    if (h < 0) break;
  }
  let start = sentStart;
  if (LEADING_ADVERBIAL.has(v.upos(start)) || ["as", "since", "while", "after", "during"].includes(v.lower(start))) {
    let k = start;
    while (k < cue && v.lower(k) !== ",") k++;
    start = k + 1;
  }
  return start < cue ? phraseStartingAt(v, start, cue) : null;
}

function phraseAround(v: TokenView, tok: number, min: number): Phrase | null {
  if (v.isPersonalPronoun(tok)) return { start: tok, end: tok + 1, headStart: tok, headEnd: tok + 1 };
  let s = tok;
  while (s - 1 >= min && v.isChunkToken(s - 1)) s--;
  const e = Math.max(chunkEndFrom(v, tok, tok + 8), tok + 1);
  return { start: s, end: e, headStart: s, headEnd: e };
}

/** "according to X": content before or after, speaker X. */
function according(v: TokenView, lex: QuoteLexicon, k: number, s0: number, s1: number): Candidate | null {
  const phrase = phraseStartingAt(v, k + 2, s1);
  if (!phrase) return null;
  const cueSpan = tokenRangeSpan(v.tokens, k, k + 2);
  let content: Span | null = null;
  if (k === s0 || (k === s0 + 1 && v.isQuoteMark(s0))) {
    let c = phrase.end;
    while (c < s1 && v.lower(c) !== ",") c++;
    const end = clauseEnd(v, lex, c + 1, s1);
    let e = end;
    while (e > c + 1 && v.isSentenceEnd(e - 1)) e--;
    if (e > c + 1) content = tokenRangeSpan(v.tokens, c + 1, e);
  } else if (v.lower(k - 1) === "," && k - 1 > s0) {
    content = tokenRangeSpan(v.tokens, s0, k - 1);
  }
  if (!content) return null;
  return {
    cue: k,
    cueSpan,
    cueLemma: "according to",
    content,
    direct: false,
    partial: false,
    source: { kind: "phrase", phrase },
    audience: null,
    frame: [k, phrase.end],
    rule: "indirect/according",
  };
}

/** Indirect quotes of sentence [s0, s1); `skip` holds cue tokens and spans already used by direct quotes. */
export function indirectInSentence(
  v: TokenView,
  lex: QuoteLexicon,
  s0: number,
  s1: number,
  usedCues: ReadonlySet<number>,
  blocked: (i: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let k = s0; k < s1; k++) {
    if (usedCues.has(k) || blocked(k)) continue;
    if (v.lower(k) === "according" && v.lower(k + 1) === "to") {
      const c = according(v, lex, k, s0, s1);
      if (c) out.push(c);
      continue;
    }
    const entry = isVerbCue(v, lex, k, s0);
    if (!entry) continue;
    if (entry.kind === "cognitive" && inSubordinateClause(v, k, s0)) continue;
    if (isInfinitiveConjunct(v, k)) continue;
    // "X, the ambassador, told ..." / "Trump, whose aides ..., told": a finite cue after a comma
    // shares the clause's subject only when no subject set off by commas stands before it
    const insertion = v.lower(k - 1) === "," && !v.lower(k).endsWith("ing") && subjectBefore(v, k, s0) !== null;
    const shared = isSharedSubjectCue(v, lex, k) && !insertion;
    const comp = complement(v, lex, k, entry, s1);
    const cueSpan = tokenRangeSpan(v.tokens, k, k + 1);
    if (comp) {
      const source: SpeakerSource = shared
        ? { kind: "clause", phrase: clauseSubject(v, k, s0, out) }
        : subjectOrClause(v, k, s0, out);
      if (source.kind === "none") continue;
      const frameStart = source.kind === "phrase" ? Math.min(source.phrase.start, k) : k;
      const contentSpan = tokenRangeSpan(v.tokens, comp.contentStart, comp.contentEnd);
      const frameEnd = comp.contentStart > k + 1 ? comp.contentStart : clauseEnd(v, lex, comp.contentEnd, s1);
      out.push({
        cue: k,
        cueSpan,
        cueLemma: entry.lemma,
        content: contentSpan,
        direct: false,
        partial: false,
        source,
        audience: comp.audience,
        frame: [frameStart, Math.max(frameEnd, k + 1)],
        rule: `indirect/${entry.kind}`,
      });
      continue;
    }
    const inverted = invertedCandidate(v, k, entry, s0, s1, cueSpan);
    if (inverted) out.push(inverted);
  }
  return out;
}

function subjectOrClause(v: TokenView, k: number, s0: number, out: readonly Candidate[]): SpeakerSource {
  const subj = subjectBefore(v, k, s0);
  if (subj) return { kind: "phrase", phrase: subj };
  if (v.doc.deps) {
    const ns = v.children(k).find((c) => v.rel(c).startsWith("nsubj"));
    if (ns !== undefined) {
      const p = phraseAround(v, ns, s0);
      if (p) return { kind: "phrase", phrase: p };
    }
  }
  const clause = clauseSubject(v, k, s0, out);
  return clause ? { kind: "clause", phrase: clause } : { kind: "none" };
}

/** `..., analysts said.` / `..., said Li.`: the content is the clause before the comma. */
function invertedCandidate(
  v: TokenView,
  k: number,
  entry: CueEntry,
  s0: number,
  s1: number,
  cueSpan: Span,
): Candidate | null {
  if (entry.kind === "cognitive" || entry.kind === "opinion" || entry.kind === "directive") return null;
  let phrase: Phrase | null = null;
  let comma = -1;
  if (v.lower(k - 1) === ",") {
    phrase = phraseStartingAt(v, k + 1, s1);
    comma = k - 1;
  } else {
    phrase = subjectBefore(v, k, s0);
    if (phrase && v.lower(phrase.start - 1) === ",") comma = phrase.start - 1;
  }
  if (!phrase || comma <= s0) return null;
  // "The levy, she stated, was meant ...": the clause goes on after the attribution (a parenthetical).
  const next = Math.max(phrase.end, k + 1);
  if (
    v.lower(next) === "," &&
    (v.upos(next + 1) === "AUX" || v.upos(next + 1) === "VERB") &&
    !v.lower(next + 1).endsWith("ing")
  )
    return null;
  if (v.isQuoteMark(comma - 1) || v.isQuoteMark(comma + 1)) return null;
  let start = s0;
  while (start < comma && v.isQuoteMark(start)) start++;
  if (comma - start < 3) return null;
  const after = Math.max(phrase.end, k + 1);
  let tail = after;
  while (tail < s1 && !v.isSentenceEnd(tail) && v.lower(tail) !== ",") tail++;
  return {
    cue: k,
    cueSpan,
    cueLemma: entry.lemma,
    content: tokenRangeSpan(v.tokens, start, comma),
    direct: false,
    partial: false,
    source: { kind: "phrase", phrase },
    audience: null,
    frame: [comma, Math.max(tail, k + 1)],
    rule: "indirect/inverted",
  };
}

const SUBORDINATORS = new Set([
  "when",
  "if",
  "as",
  "because",
  "while",
  "since",
  "although",
  "though",
  "unless",
  "whether",
  "once",
]);

/** `when the US believes ...`: a belief inside a subordinate clause is no attribution. */
function inSubordinateClause(v: TokenView, k: number, s0: number): boolean {
  for (let j = k - 1; j >= s0 && k - j <= 6; j--) {
    if (SUBORDINATORS.has(v.lower(j))) return true;
    if (v.lower(j) === "," || v.isQuoteMark(j)) return false;
  }
  return false;
}
