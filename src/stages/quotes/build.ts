import type { Doc } from "../../doc/doc.js";
import type { Quote } from "../../doc/layers/quotes.js";
import type { Span } from "../../doc/span.js";
import type { Candidate } from "./candidate.js";
import { reportedContent } from "./content.js";
import { directCandidates, partialCandidates } from "./direct.js";
import { findSetting, findTime } from "./frame.js";
import { indirectInSentence } from "./indirect.js";
import type { QuoteLexicon } from "./lexicon.js";
import { findQuoteRegions } from "./marks.js";
import type { PriorSpeaker, Speaker } from "./resolve.js";
import { NO_SPEAKER, resolveSpeaker, speakerIsPerson } from "./resolve.js";
import { statementNounIn, syntacticCandidates } from "./syntactic.js";
import { TokenView } from "./view.js";

const CONTEXT_REACH = 1200;

function position(c: Candidate): number {
  return c.cue >= 0 ? Math.min(c.cueSpan.start, c.content.start) : c.content.start;
}

/** Find every quote of the doc, resolve speakers in reading order, and add context fields. */
export function findQuotes(doc: Doc, lex: QuoteLexicon): Quote[] {
  const v = new TokenView(doc);
  const regions = findQuoteRegions(doc.text);
  const direct = directCandidates(v, lex, regions);
  const usedCues = new Set(direct.map((c) => c.cue).filter((c) => c >= 0));
  const sentential = direct.map((c) => c.content);
  const inDirect = v.covered(sentential);
  const blocked = (i: number): boolean => inDirect[i] === 1;
  const reported = (c: Candidate) => reportedContent(v, c) ?? [];
  const indirect = v.sentences
    .flatMap((s) => indirectInSentence(v, lex, s.firstToken, s.endToken, usedCues, blocked))
    .flatMap(reported);
  const syntactic = syntacticCandidates(v, lex, [...direct, ...indirect], blocked).flatMap(reported);
  const partial = partialCandidates(v, lex, regions, [...direct, ...indirect, ...syntactic]);
  const all = dedupe([...direct, ...indirect, ...syntactic, ...partial]).sort(
    (a, b) => position(a) - position(b) || a.content.start - b.content.start,
  );

  const actors = doc.actors ?? [];
  const prior: PriorSpeaker[] = [];
  const out: Quote[] = [];
  let lastAttributed: Quote | null = null;
  for (const c of all) {
    if (c.source.kind === "context") {
      const ante =
        lastAttributed && c.content.start - lastAttributed.content.end < CONTEXT_REACH ? lastAttributed : null;
      const q: Quote = ante
        ? {
            ...ante,
            content: c.content,
            direct: true,
            partial: false,
            event: null,
            attribution: "context",
            rule: c.rule,
          }
        : { ...emptyQuote(c), rule: c.rule };
      out.push(q);
      continue;
    }
    let speaker: Speaker = NO_SPEAKER;
    const phrase = c.source.kind === "phrase" || c.source.kind === "clause" ? c.source.phrase : null;
    if (phrase) speaker = resolveSpeaker(v, lex, phrase, prior);
    const at = (v.tokens[phrase?.start ?? c.cue] as Span | undefined)?.start ?? c.cueSpan.start;
    if (speaker.speaker || speaker.speakerText) prior.push({ at, speaker, person: speakerIsPerson(actors, speaker) });
    const [fs, fe] = c.frame;
    const time = c.cue >= 0 && fe > fs ? findTime(v, c.cue, fs, fe, c.content) : null;
    const setting =
      (fe > fs ? findSetting(v, lex, fs, fe, c.content) : null) ??
      (c.rule === "indirect/according" && phrase ? statementNounIn(v, lex, phrase) : null);
    const q: Quote = {
      ...speaker,
      cue: c.cueSpan,
      content: c.content,
      direct: c.direct,
      partial: c.partial,
      cueLemma: c.cueLemma,
      time: time?.value ?? null,
      timeSpan: time?.span ?? null,
      audience: c.audience,
      setting,
      event: null,
      attribution: "adjacent",
      rule: c.rule,
    };
    out.push(q);
    if (!c.partial) lastAttributed = q;
  }
  return out;
}

function emptyQuote(c: Candidate): Quote {
  return {
    ...NO_SPEAKER,
    cue: c.cueSpan,
    content: c.content,
    direct: true,
    partial: false,
    cueLemma: "",
    time: null,
    timeSpan: null,
    audience: null,
    setting: null,
    event: null,
    attribution: "context",
    rule: c.rule,
  };
}

function dedupe(cands: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    const key = `${c.cueSpan.start}:${c.content.start}:${c.content.end}:${c.partial}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
