import type { Span } from "../../doc/span.js";
import { contains, tokenRangeSpan } from "../../doc/span.js";
import type { Candidate, SpeakerSource } from "./candidate.js";
import { complement } from "./frame.js";
import { isVerbCue } from "./indirect.js";
import type { QuoteLexicon } from "./lexicon.js";
import type { QuoteRegion } from "./marks.js";
import type { Phrase } from "./phrase.js";
import { phraseStartingAt, subjectBefore } from "./phrase.js";
import { depSubjectPhrase } from "./syntax.js";
import type { TokenView } from "./view.js";

const ATTRIBUTION_WINDOW = 16;

/** A quote that reads as a sentence (capital start), or that opens its paragraph, as opposed to a fragment. */
function isSentential(text: string, r: QuoteRegion): boolean {
  const first = text[r.start] ?? "";
  if (!/[\p{Lu}\p{N}…]/u.test(first)) return false;
  let i = r.open - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  if (i < 0 || /[\n.?!:]/.test(text[i] ?? "")) return true;
  const inner = text.slice(r.start, r.close < 0 ? r.end : r.close);
  return /[.?!…]$/.test(inner.trimEnd()) && inner.split(/\s+/).length >= 4;
}

interface Attribution {
  readonly cue: number;
  readonly source: SpeakerSource;
  readonly frame: readonly [number, number];
  /** Token index just after the attribution (to find an interrupted quote's second part). */
  readonly after: number;
}

/** `"...," he said` / `"...," said Li` / `"..." the ministry said on Friday.` after the closing mark. */
function attributionAfter(v: TokenView, lex: QuoteLexicon, r: QuoteRegion): Attribution | null {
  if (r.close < 0) return null;
  const t = v.tokenAtOrAfter(r.close + 1);
  const sent = v.sentenceOf(Math.min(t, v.size - 1));
  let first = t;
  if (v.lower(first) === ",") first++;
  // `"... today." Next sentence`: a quote closed by a full stop takes no attribution from the next sentence.
  if (
    /\.\s*$/.test(v.doc.text.slice(r.start, r.close)) &&
    v.sentenceOf(first) !== v.sentenceOf(v.tokenBefore(r.close + 1))
  )
    return null;
  for (let k = first; k < Math.min(first + ATTRIBUTION_WINDOW, v.size); k++) {
    if (v.isQuoteMark(k) || v.isSentenceEnd(k) || v.text(k).includes("\n")) break;
    if (
      (v.tokens[k] as Span).start > (v.tokens[first] as Span).start &&
      v.doc.text.slice((v.tokens[first] as Span).start, (v.tokens[k] as Span).start).includes("\n")
    )
      break;
    const entry = isVerbCue(v, lex, k, Math.min(first, sent.firstToken));
    if (!entry || entry.kind === "cognitive") continue;
    // `"...", telling him that ...`: a participle after the quote goes on with the sentence's
    // subject; what follows it is the audience, not the speaker
    if (k === first && v.lower(k).endsWith("ing")) return null;
    const phrase = k > first ? subjectBefore(v, k, first) : phraseStartingAt(v, k + 1, Math.min(k + 12, v.size));
    if (!phrase || (k > first && phrase.start !== first)) return null;
    const relayed = quotedAs(v, lex, k, sent.endToken);
    if (relayed) return relayed;
    // `"...," experts say it is ...`: the cue governs a clause of its own, so it is no attribution.
    if (k > first && complement(v, lex, k, entry, sent.endToken)) return null;
    let end = Math.max(phrase.end, k + 1);
    while (end < v.size && !v.isSentenceEnd(end) && !v.isQuoteMark(end) && v.lower(end) !== "," && end - k < 12) end++;
    return { cue: k, source: { kind: "phrase", phrase }, frame: [first, end], after: end };
  }
  return null;
}

/** `"...," the agency quoted Li as saying`: the words are Li's, the cue is "saying". */
function quotedAs(v: TokenView, lex: QuoteLexicon, k: number, end: number): Attribution | null {
  if (lex.cueForms.get(v.lower(k))?.lemma !== "quote") return null;
  const phrase = phraseStartingAt(v, k + 1, end);
  if (!phrase || v.lower(phrase.end) !== "as" || !lex.cueForms.has(v.lower(phrase.end + 1))) return null;
  const cue = phrase.end + 1;
  return { cue, source: { kind: "phrase", phrase }, frame: [k, cue + 1], after: cue + 1 };
}

/** `Li said: "..."` / `Li told reporters, "..."` before the opening mark, in the same sentence. */
function attributionBefore(v: TokenView, lex: QuoteLexicon, r: QuoteRegion): Attribution | null {
  const before = v.tokenBefore(r.open);
  if (before < 0) return null;
  const bare = v.lower(before) !== ":" && v.lower(before) !== ",";
  if (bare && !lex.cueForms.has(v.lower(before))) return null;
  // `said "The ..."`: the cue itself stands before the mark.
  const t = bare ? before + 1 : before;
  const sent = v.sentenceOf(before);
  for (let k = t - 1; k >= sent.firstToken && t - k <= ATTRIBUTION_WINDOW; k--) {
    if (v.isQuoteMark(k)) break;
    const entry = isVerbCue(v, lex, k, sent.firstToken);
    if (!entry || entry.kind === "cognitive") continue;
    const phrase = subjectBefore(v, k, sent.firstToken) ?? depSubjectPhrase(v, k);
    if (!phrase) return null;
    return { cue: k, source: { kind: "phrase", phrase }, frame: [Math.min(phrase.start, k), t], after: t };
  }
  return null;
}

/** Direct quotes (sentential regions), including both halves of an interrupted one. */
export function directCandidates(v: TokenView, lex: QuoteLexicon, regions: readonly QuoteRegion[]): Candidate[] {
  const out: Candidate[] = [];
  let carried: Attribution | null = null;
  for (const r of regions) {
    const continuing: boolean =
      carried !== null && v.tokenAtOrAfter(r.open) <= carried.after + 2 && v.tokenBefore(r.open) >= carried.cue;
    if (!continuing && !isSentential(v.doc.text, r) && !attributionAfter(v, lex, r)) {
      carried = null;
      continue;
    }
    const att: Attribution | null =
      attributionAfter(v, lex, r) ?? (continuing ? carried : null) ?? attributionBefore(v, lex, r);
    const content: Span = { start: r.start, end: r.end };
    if (att) {
      out.push({
        cue: att.cue,
        cueSpan: tokenRangeSpan(v.tokens, att.cue, att.cue + 1),
        cueLemma: cueLemmaOf(v, lex, att.cue),
        content,
        direct: true,
        partial: false,
        source: att.source,
        audience: null,
        frame: att.frame,
        rule: att === carried ? "direct/interrupted" : "direct/attributed",
      });
      carried = att;
    } else {
      out.push({
        cue: -1,
        cueSpan: { start: r.start, end: r.start },
        cueLemma: "",
        content,
        direct: true,
        partial: false,
        source: { kind: "context" },
        audience: null,
        frame: [0, 0],
        rule: "direct/context",
      });
      carried = null;
    }
  }
  return out;
}

export function cueLemmaOf(v: TokenView, lex: QuoteLexicon, k: number): string {
  return lex.cueForms.get(v.lower(k))?.lemma ?? v.lemma(k);
}

/**
 * Quoted fragments inside reported speech ("warned against "ganging up""): partial quotes with the
 * cue and speaker of the indirect quote containing them, or else of the nearest cue to their left.
 */
export function partialCandidates(
  v: TokenView,
  lex: QuoteLexicon,
  regions: readonly QuoteRegion[],
  taken: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of regions) {
    const content: Span = { start: r.start, end: r.end };
    if (taken.some((c) => c.direct && (c.content.start === r.start || contains(c.content, content)))) continue;
    const host = taken.find((c) => !c.direct && contains(c.content, content) && c.rule !== "indirect/opinion");
    // `outlined a plan for what he called a "New GM"`: a nearer cue with its own subject governs the fragment.
    const nearer = host ? governed(v, lex, r, taken, host.cue) : null;
    if (nearer) {
      out.push(nearer);
      continue;
    }
    if (host) {
      out.push({ ...host, content, direct: true, partial: true, rule: "partial/inside" });
      continue;
    }
    const g = governed(v, lex, r, taken, -1);
    if (g) out.push(g);
  }
  return out;
}

/** The fragment's nearest cue to the left (after `after`) with a speaker: a partial quote it governs. */
function governed(
  v: TokenView,
  lex: QuoteLexicon,
  r: QuoteRegion,
  taken: readonly Candidate[],
  after: number,
): Candidate | null {
  const content: Span = { start: r.start, end: r.end };
  const first = v.tokenAtOrAfter(r.open);
  if (first >= v.size) return null;
  const sent = v.sentenceOf(first);
  for (let k = first - 1; k >= sent.firstToken && k > after; k--) {
    const entry = isVerbCue(v, lex, k, sent.firstToken);
    if (!entry) continue;
    // The nearest cue is an opinion or belief: the fragment is someone else's words, a scare quote.
    if (entry.kind === "cognitive" || (entry.kind === "opinion" && !entry.ownWords)) return null;
    const owner = taken.find((c) => c.cue === k);
    const phrase = owner
      ? null
      : (subjectBefore(v, k, sent.firstToken) ?? depSubjectPhrase(v, k) ?? leadingParticiple(v, k, r));
    const source: SpeakerSource | null = owner ? owner.source : phrase ? { kind: "phrase", phrase } : null;
    if (!source) return null;
    return {
      cue: k,
      cueSpan: tokenRangeSpan(v.tokens, k, k + 1),
      cueLemma: entry.lemma,
      content,
      direct: true,
      partial: true,
      source,
      audience: owner?.audience ?? null,
      frame: owner?.frame ?? [source.kind === "phrase" ? source.phrase.start : k, k + 1],
      rule: "partial/governed",
    };
  }
  return null;
}

/** `Citing "a precaution", Airbus said`: a sentence-initial participle takes the subject after the comma. */
function leadingParticiple(v: TokenView, k: number, r: QuoteRegion): Phrase | null {
  if (k !== v.sentenceOf(k).firstToken || !v.lower(k).endsWith("ing") || r.close < 0) return null;
  let t = v.tokenAtOrAfter(r.close + 1);
  if (v.lower(t) !== ",") return null;
  t++;
  return phraseStartingAt(v, t, Math.min(t + 10, v.size));
}
