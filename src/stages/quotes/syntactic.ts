import type { Span } from "../../doc/span.js";
import { tokenRangeSpan } from "../../doc/span.js";
import type { Candidate } from "./candidate.js";
import { clauseEnd, complement, cueEntry } from "./frame.js";
import { isVerbCue } from "./indirect.js";
import type { CueEntry, QuoteLexicon } from "./lexicon.js";
import type { Phrase } from "./phrase.js";
import { phraseEndingAt, phraseStartingAt } from "./phrase.js";
import { childWith, depSubjectPhrase, isInfinitiveConjunct, subtree } from "./syntax.js";
import type { TokenView } from "./view.js";

/** Quantifiers that stand alone as an unnamed speaker ("Some say ...", "Others argue ..."). */
const BARE_SPEAKERS = new Set(["some", "others", "many", "few", "most", "critics", "several"]);

function trimmed(v: TokenView, s: number, e: number): Span | null {
  let a = s;
  let b = e;
  while (a < b && (v.isPunct(a) || v.lower(a) === "that")) a++;
  while (b > a && v.isPunct(b - 1)) b--;
  return b > a ? tokenRangeSpan(v.tokens, a, b) : null;
}

/** Content governed by a verb cue in the parse: a ccomp, or an infinitive for verbs that take one. */
function depContent(v: TokenView, k: number, entry: CueEntry): Span | null {
  const ccomp = childWith(v, k, ["ccomp"]);
  if (ccomp > k) {
    const [s, e] = subtree(v, ccomp);
    return trimmed(v, Math.max(s, k + 1), e);
  }
  const infinitiveOk = entry.kind === "tell" || entry.objectContent || entry.infinitive;
  const xcomp = childWith(v, k, ["xcomp"]);
  if (infinitiveOk && xcomp > k && v.upos(xcomp) === "VERB") {
    const [s, e] = subtree(v, xcomp);
    return trimmed(v, Math.max(s, k + 1), e);
  }
  return null;
}

/** A speaker left of the cue that the chunker misses: a lone sentence-initial name or "Some". */
function bareSubject(v: TokenView, k: number, s0: number): Phrase | null {
  if (k - 1 !== s0) return null;
  const ok = BARE_SPEAKERS.has(v.lower(s0)) || (v.isCapitalized(s0) && !v.isQuoteMark(s0) && !v.isClauseWord(s0));
  return ok ? { start: s0, end: k, headStart: s0, headEnd: k } : null;
}

/** A "claims to ..." the tagger read as a plural noun: a verb when an infinitive follows. */
function nounTaggedVerb(v: TokenView, lex: QuoteLexicon, k: number, s0: number): CueEntry | null {
  const entry = cueEntry(v, lex, k);
  if (!entry || !v.lower(k).endsWith("s") || k === s0) return null;
  const prevNominal = v.upos(k - 1) === "NOUN" || v.upos(k - 1) === "PROPN";
  return prevNominal && v.lower(k + 1) === "to" && v.upos(k + 2) === "VERB" ? entry : null;
}

/** "Some say ...": a verb-tagged cue after a lone quantifier subject. */
function afterQuantifier(v: TokenView, lex: QuoteLexicon, k: number, s0: number): CueEntry | null {
  return k - 1 === s0 && BARE_SPEAKERS.has(v.lower(s0)) && v.upos(k) === "VERB" ? cueEntry(v, lex, k) : null;
}

/** Verb cues the surface rules left alone, read through the dependency parse. */
function verbCandidates(
  v: TokenView,
  lex: QuoteLexicon,
  s0: number,
  s1: number,
  used: (k: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let k = s0; k < s1; k++) {
    if (used(k)) continue;
    const entry = isVerbCue(v, lex, k, s0) ?? nounTaggedVerb(v, lex, k, s0) ?? afterQuantifier(v, lex, k, s0);
    if (!entry || entry.kind === "cognitive" || entry.kind === "opinion" || entry.particles.length > 0) continue;
    if (isInfinitiveConjunct(v, k)) continue;
    const found = complement(v, lex, k, entry, s1);
    // "recalled its ambassador ... after X agreed that": a clause-only cue needs its clause right after it.
    const comp = found && (!entry.clauseOnly || found.contentStart <= k + 2) ? found : null;
    const content =
      depContent(v, k, entry) ??
      (comp ? tokenRangeSpan(v.tokens, comp.contentStart, comp.contentEnd) : null) ??
      infinitiveAfter(v, k, entry, s1) ??
      objectAndPrep(v, k, entry, s1);
    if (!content) continue;
    const phrase = depSubjectPhrase(v, k) ?? bareSubject(v, k, s0) ?? (k > s0 ? phraseEndingAt(v, k - 1, s0) : null);
    if (!phrase || phrase.start >= k) continue;
    out.push({
      cue: k,
      cueSpan: tokenRangeSpan(v.tokens, k, k + 1),
      cueLemma: entry.lemma,
      content,
      direct: false,
      partial: false,
      source: { kind: "phrase", phrase },
      audience: null,
      frame: [Math.min(phrase.start, k), k + 1],
      rule: "syntax/complement",
    });
  }
  return out;
}

/** "claims to possess ...", "told airlines not to buy ...": an infinitive the parse did not attach to the cue. */
function infinitiveAfter(v: TokenView, k: number, entry: CueEntry, s1: number): Span | null {
  let p = k + 1;
  if (entry.kind === "tell" || entry.objectContent) {
    while (p < s1 && p - k <= 6 && v.isChunkToken(p)) p++;
    if (p === k + 1) return null;
  } else if (!entry.infinitive) return null;
  const to = v.lower(p) === "not" ? p + 1 : p;
  if (v.lower(to) !== "to" || v.upos(to + 1) !== "VERB") return null;
  return trimmed(v, entry.infinitive ? p : k + 1, s1);
}

/** "blamed the losses on fears of a recession": object plus the lexicon's preposition phrase. */
function objectAndPrep(v: TokenView, k: number, entry: CueEntry, s1: number): Span | null {
  if (!entry.prepContent) return null;
  let p = k + 1;
  while (p < s1 && p - k <= 8 && v.isChunkToken(p)) p++;
  if (p === k + 1 || v.lower(p) !== entry.prepContent || !v.isChunkToken(p + 1)) return null;
  return trimmed(v, k + 1, s1);
}

/** The statement noun of a source phrase ("Fiat's announcement"), as the quote's setting. */
export function statementNounIn(v: TokenView, lex: QuoteLexicon, p: Phrase): Span | null {
  for (let i = p.start; i < p.end; i++)
    if (lex.statementNouns.has(v.lower(i)) && i > p.start) return tokenRangeSpan(v.tokens, i, i + 1);
  return null;
}

/** "His plan, he stated, was ...": a comma-bounded attribution inside the reported clause. */
function parenthetical(v: TokenView, lex: QuoteLexicon, s0: number, s1: number, used: (k: number) => boolean) {
  const out: Candidate[] = [];
  for (let k = s0 + 3; k + 1 < s1; k++) {
    if (used(k) || v.lower(k + 1) !== ",") continue;
    const entry = cueEntry(v, lex, k);
    if (!entry || (entry.kind !== "speech" && entry.kind !== "announce")) continue;
    let comma = k - 1;
    while (comma > s0 && v.lower(comma) !== "," && k - comma <= 5) comma--;
    if (v.lower(comma) !== "," || comma - s0 < 2 || v.isQuoteMark(comma - 1)) continue;
    const phrase = phraseStartingAt(v, comma + 1, k);
    if (!phrase || phrase.end !== k) continue;
    const content = trimmed(v, s0, s1);
    if (!content) continue;
    out.push({
      cue: k,
      cueSpan: tokenRangeSpan(v.tokens, k, k + 1),
      cueLemma: entry.lemma,
      content,
      direct: false,
      partial: false,
      source: { kind: "phrase", phrase },
      audience: null,
      frame: [comma, k + 2],
      rule: "syntax/parenthetical",
    });
  }
  return out;
}

/** "the government's announcement that ...", "a statement by the ministry that ...". */
function nounCandidates(v: TokenView, lex: QuoteLexicon, s0: number, s1: number, used: (k: number) => boolean) {
  const out: Candidate[] = [];
  for (let k = s0 + 1; k < s1; k++) {
    const low = v.lower(k);
    const noun = low.endsWith("s") ? low.slice(0, -1) : low;
    if (used(k) || !(lex.statementNouns.has(low) || lex.statementNouns.has(noun))) continue;
    let phrase: Phrase | null = null;
    let that = k + 1;
    if (v.lower(k + 1) === "by") {
      phrase = phraseStartingAt(v, k + 2, s1);
      that = phrase ? phrase.end : -1;
    } else if (v.isPossessive(k - 1)) {
      phrase = phraseEndingAt(v, k - 2, s0);
      if (phrase && v.isPossessive(phrase.end - 1)) phrase = { ...phrase, end: phrase.end - 1 };
    }
    if (!phrase || that < 0 || v.lower(that) !== "that") continue;
    const end = clauseEnd(v, lex, that + 1, s1);
    const content = trimmed(v, that + 1, end);
    if (!content) continue;
    out.push({
      cue: k,
      cueSpan: tokenRangeSpan(v.tokens, k, k + 1),
      cueLemma: noun,
      content,
      direct: false,
      partial: false,
      source: { kind: "phrase", phrase },
      audience: null,
      frame: [Math.min(phrase.start, k), that],
      rule: "syntax/noun",
    });
  }
  return out;
}

/** Quotes the surface rules missed: parse-governed clauses, parenthetical attributions, statement nouns. */
export function syntacticCandidates(
  v: TokenView,
  lex: QuoteLexicon,
  taken: readonly Candidate[],
  blocked: (i: number) => boolean,
): Candidate[] {
  const cues = new Set(taken.map((c) => c.cue));
  const inTaken = v.covered(taken.map((c) => c.content));
  const claimed = (k: number): boolean => cues.has(k) || blocked(k) || inTaken[k] === 1;
  const out: Candidate[] = [];
  for (const s of v.sentences) {
    const s0 = s.firstToken;
    const s1 = s.endToken;
    const found = [
      ...parenthetical(v, lex, s0, s1, claimed),
      ...nounCandidates(v, lex, s0, s1, claimed),
      ...verbCandidates(v, lex, s0, s1, claimed),
    ];
    for (const c of found) {
      if (cues.has(c.cue)) continue;
      cues.add(c.cue);
      out.push(c);
    }
  }
  return out;
}
