import type { TimeExpression } from "../../doc/layers/times.js";
import type { Span } from "../../doc/span.js";
import { tokenRangeSpan } from "../../doc/span.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import type { CueEntry, QuoteLexicon } from "./lexicon.js";
import { chunkEndFrom, timeCovering } from "./phrase.js";
import { firstTimeFrom, timeIndex } from "./time-index.js";
import type { TokenView } from "./view.js";

/** What follows a cue: where the content starts, its kind, and an addressee. */
export interface Complement {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly audience: Span | null;
}

const PP_STARTERS = new Set([
  "on",
  "in",
  "at",
  "during",
  "late",
  "earlier",
  "after",
  "before",
  "via",
  "through",
  "while",
  "from",
  "last",
  "this",
  "to",
]);
const CLAUSE_STARTERS = new Set(["PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ"]);

export function cueEntry(v: TokenView, lex: QuoteLexicon, i: number): CueEntry | null {
  return v.cueEntry(lex, i);
}

/** Whether token i is an -ing cue after a comma or "and" whose subject is the clause's ("..., noting that"). */
export function isSharedSubjectCue(v: TokenView, lex: QuoteLexicon, i: number): boolean {
  if (!cueEntry(v, lex, i)) return false;
  const prev = v.lower(i - 1);
  if (
    v.lower(i).endsWith("ing") &&
    (prev === "," || prev === "and" || prev === "before" || prev === "after" || prev === "while")
  )
    return true;
  return prev === "and" || (prev === "," && v.lower(i - 2) !== '"');
}

function hasVerb(v: TokenView, s: number, e: number): boolean {
  for (let i = s; i < Math.min(e, s + 14); i++) {
    if (v.lower(i) === ",") return false;
    const u = v.upos(i);
    if (u === "VERB" || u === "AUX") return true;
  }
  return false;
}

/** Where the clause that starts at `from` ends: before a new attribution, or at the sentence end. */
export function clauseEnd(v: TokenView, lex: QuoteLexicon, from: number, sentEnd: number): number {
  for (let k = from; k < sentEnd; k++) {
    const l = v.lower(k);
    if (l === ",") {
      // `"... aggression," which observers viewed`: the comma sits inside a closing mark.
      const closing = v.isQuoteMark(k + 1) && !/[\p{L}\p{N}]/u.test(v.doc.text[v.tokens[k + 1]?.end ?? 0] ?? "");
      const n = closing ? k + 2 : k + 1;
      const stop = closing ? k + 2 : k;
      const nl = v.lower(n);
      if (cueEntry(v, lex, n) && (nl.endsWith("ing") || nl.endsWith("ed") || nl === "said")) return stop;
      if ((nl === "and" || nl === "but") && cueEntry(v, lex, n + 1)) return stop;
      if (nl === "according" && v.lower(n + 1) === "to") return stop;
      if (nl === "which" || nl === "who") {
        for (let j = n + 1; j < Math.min(n + 4, sentEnd); j++) if (cueEntry(v, lex, j)) return stop;
      }
      if (tailAttribution(v, lex, n, sentEnd) !== null) return stop;
    } else if (l === "and" && cueEntry(v, lex, k + 1) && !v.lower(k + 1).endsWith("ing")) {
      return k;
    } else if (l === ";") {
      return k;
    }
  }
  return sentEnd;
}

/** `Li said.` / `said Li.` / `the ministry said on Friday.` ending the sentence from token n. */
export function tailAttribution(v: TokenView, lex: QuoteLexicon, n: number, sentEnd: number): number | null {
  let end = sentEnd;
  while (end > n && (v.isSentenceEnd(end - 1) || v.isQuoteMark(end - 1))) end--;
  if (end - n > 14 || end <= n) return null;
  for (let k = n; k < end; k++) {
    const e = cueEntry(v, lex, k);
    if (!e || e.kind === "cognitive" || e.kind === "opinion") continue;
    if (k === n) return chunkEndFrom(v, k + 1, end) > k + 1 || v.isPersonalPronoun(k + 1) ? k : null;
    const chunkStart = n;
    if (v.isPersonalPronoun(chunkStart) || chunkEndFrom(v, chunkStart, k) >= k - 2) return k;
    return null;
  }
  return null;
}

/**
 * Parse what follows cue token `cue`: audience (told X), settings and times, "that", then the content.
 * Returns null when no content follows (then the cue may be an inverted attribution).
 */
export function complement(
  v: TokenView,
  lex: QuoteLexicon,
  cue: number,
  entry: CueEntry,
  sentEnd: number,
): Complement | null {
  let p = cue + 1;
  if (entry.particles.length > 0) {
    if (!entry.particles.includes(v.lower(p))) return null;
    p++;
  }
  let audience: Span | null = null;
  let sawThat = false;
  // "said, according to the figures, ...": a cited source set off by commas announces a clause.
  let sourced = false;
  for (let guard = 0; guard < 16 && p < sentEnd; guard++) {
    const l = v.lower(p);
    if (l === "that" && v.upos(p + 1) !== "VERB" && v.upos(p + 1) !== "AUX") {
      sawThat = true;
      p++;
      break;
    }
    if (l === "," || l === ":" || v.isSentenceEnd(p) || v.isQuoteMark(p) || l === ";") return null;
    if (
      entry.kind === "tell" &&
      audience === null &&
      (v.isChunkToken(p) || ["him", "her", "them", "us", "me"].includes(l))
    ) {
      const e = v.isChunkToken(p) ? chunkEndFrom(v, p, sentEnd) : p + 1;
      audience = tokenRangeSpan(v.tokens, p, e);
      p = e;
      continue;
    }
    if (l === "according" && v.lower(p + 1) === "to") {
      while (p < sentEnd && v.lower(p) !== ",") p++;
      p++;
      sourced = true;
      continue;
    }
    if (DAY_WORDS.has(l)) {
      p++;
      continue;
    }
    const time = timeCovering(v, p);
    if (time >= 0) {
      while (p < sentEnd && timeCovering(v, p) >= 0) p++;
      continue;
    }
    if (
      entry.kind !== "directive" &&
      PP_STARTERS.has(l) &&
      v.isChunkToken(p + 1) &&
      (entry.kind !== "announce" || p > cue + 1)
    ) {
      p = chunkEndFrom(v, p + 1, sentEnd);
      continue;
    }
    if (v.upos(p) === "ADV" && l !== "not") {
      p++;
      continue;
    }
    break;
  }
  if (p >= sentEnd) return null;
  if (entry.kind === "opinion") {
    const end = clauseEnd(v, lex, p, sentEnd);
    for (let k = p; k < end; k++) if (v.lower(k) === "as") return finish(v, k + 1, end, audience);
    return null;
  }
  if (entry.needsAs) return null;
  if (entry.kind === "directive" && !sawThat && !entry.objectContent) return null;
  const end = clauseEnd(v, lex, p, sentEnd);
  if (end <= p) return null;
  if (!sawThat && entry.kind === "announce") {
    const npEnd = chunkEndFrom(v, p, end);
    if (
      npEnd > p &&
      !hasVerb(v, npEnd, end) &&
      (npEnd === end || PP_STARTERS.has(v.lower(npEnd)) || v.lower(npEnd) === ",")
    ) {
      return finish(v, p, npEnd, audience);
    }
  }
  if (!sawThat && entry.kind !== "directive" && entry.kind !== "announce") {
    const gerund = v.upos(p) === "VERB" && v.lower(p).endsWith("ing");
    if (gerund) return finish(v, p, end, audience);
    if (!CLAUSE_STARTERS.has(v.upos(p)) && !v.isCapitalized(p)) return null;
    if (!sourced && !hasVerb(v, p, end)) return null;
  }
  if (!sawThat && entry.clauseOnly && !shortSubjectClause(v, p, end)) return null;
  return finish(v, p, end, audience);
}

function finish(v: TokenView, s: number, e: number, audience: Span | null): Complement | null {
  let end = e;
  while (end > s && (v.isSentenceEnd(end - 1) || v.lower(end - 1) === "," || v.lower(end - 1) === ";")) end--;
  if (end <= s) return null;
  return { contentStart: s, contentEnd: end, audience };
}

/** A setting phrase in tokens [s, e): "at a routine press briefing", "in a statement", "on state television". */
export function findSetting(v: TokenView, lex: QuoteLexicon, s: number, e: number, exclude: Span): Span | null {
  for (let p = s; p < e; p++) {
    if (!lex.settingPrepositions.has(v.lower(p))) continue;
    const ce = chunkEndFrom(v, p + 1, e);
    if (ce === p + 1) continue;
    let hit = false;
    for (let k = p + 1; k < ce; k++) if (lex.settingNouns.has(v.lower(k)) && timeCovering(v, k) < 0) hit = true;
    if (!hit) continue;
    let end = ce;
    while (end > p + 1 && timeCovering(v, end - 1) >= 0) end--;
    const span = tokenRangeSpan(v.tokens, p, end);
    if (span.start < exclude.end && exclude.start < span.end) continue;
    return span;
  }
  return null;
}

/** The time of the statement: a time expression anchored to the cue, or one in the attribution frame. */
export function findTime(
  v: TokenView,
  cue: number,
  s: number,
  e: number,
  exclude: Span,
): { value: string | null; span: Span } | null {
  const idx = timeIndex(v);
  const anchored = idx.byAnchor.get(cue);
  if (anchored) return { value: anchored.value, span: { start: anchored.start, end: anchored.end } };
  const from = (v.tokens[s] as Span | undefined)?.start ?? 0;
  const to = (v.tokens[e - 1] as Span | undefined)?.end ?? 0;
  const cueAt = (v.tokens[cue] as Span).start;
  let best: { value: string | null; span: Span } | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  const { times } = idx;
  for (let i = firstTimeFrom(idx, from); i < times.length; i++) {
    const t = times[i] as TimeExpression;
    if (idx.sorted && t.start > to) break;
    if (t.start < from || t.end > to) continue;
    if (t.start < exclude.end && exclude.start < t.end) continue;
    const dist = Math.abs(t.start - cueAt);
    if (dist < bestDist) {
      best = { value: t.value, span: { start: t.start, end: t.end } };
      bestDist = dist;
    }
  }
  return best;
}

/** A clause with a short subject ("it was", "the talks had", "Moscow would"), for cues that need one. */
function shortSubjectClause(v: TokenView, s: number, e: number): boolean {
  for (let i = s; i < Math.min(e, s + 5); i++) {
    const u = v.upos(i);
    if (u === "VERB" || u === "AUX") return i > s;
    if (!(v.isChunkToken(i) || v.isPersonalPronoun(i))) return false;
  }
  return false;
}
