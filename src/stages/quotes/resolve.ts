import type { Actor } from "../../doc/layers/actors.js";
import type { Span } from "../../doc/span.js";
import { overlaps, tokenRangeSpan } from "../../doc/span.js";
import type { QuoteLexicon } from "./lexicon.js";
import type { Phrase } from "./phrase.js";
import { headWord } from "./phrase.js";
import type { TokenView } from "./view.js";

/** Who a quote is by, after resolution. */
export interface Speaker {
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly speakerSpan: Span | null;
  readonly anonymous: boolean;
  readonly anonymousClass: string | null;
}

/** A resolved earlier quote, the context for pronouns and titles. */
export interface PriorSpeaker {
  readonly at: number;
  readonly speaker: Speaker;
  readonly person: boolean | null;
}

export const NO_SPEAKER: Speaker = {
  speaker: null,
  speakerText: null,
  speakerSpan: null,
  anonymous: false,
  anonymousClass: null,
};

const DEFINITE = new Set(["the", "this", "that", "his", "her", "its", "their"]);
const PERSON_PRONOUNS = new Set(["he", "she", "him", "her"]);
const THING_PRONOUNS = new Set(["it"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "we"]);
const CONTEXT_WINDOW = 1500;

/** The actor with a mention overlapping `span` (the latest-starting mention wins ties). */
export function actorOverlapping(actors: readonly Actor[], span: Span): Actor | null {
  let best: Actor | null = null;
  let bestStart = -1;
  for (const a of actors) {
    for (const m of a.mentions) {
      if (overlaps(m, span) && m.start > bestStart) {
        best = a;
        bestStart = m.start;
      }
    }
  }
  return best;
}

/** The actor whose in-text title covers `span`: "A police spokesman, Faruk Hossain, said" -> Hossain. */
function actorTitled(actors: readonly Actor[], span: Span): Actor | null {
  return actors.find((a) => a.roleSource === "text" && a.roleSpan != null && overlaps(a.roleSpan, span)) ?? null;
}

/** The actor named in an apposition right after the phrase: "A spokesman, Major General Kyaw Thura, said". */
function appositiveActor(actors: readonly Actor[], text: string, end: number): Actor | null {
  const comma = /^\s*,\s*/.exec(text.slice(end, end + 8));
  if (!comma) return null;
  const at = end + comma[0].length;
  return actors.find((a) => a.roleSpan?.start === at || a.mentions.some((m) => m.start === at)) ?? null;
}

function lastMentionBefore(actors: readonly Actor[], at: number, ok: (a: Actor) => boolean): Actor | null {
  let best: Actor | null = null;
  let bestEnd = -1;
  for (const a of actors) {
    if (!ok(a)) continue;
    for (const m of a.mentions) {
      if (m.end <= at && at - m.end < CONTEXT_WINDOW && m.end > bestEnd) {
        best = a;
        bestEnd = m.end;
      }
    }
  }
  return best;
}

function named(actor: Actor, span: Span): Speaker {
  return { speaker: actor.id, speakerText: actor.name, speakerSpan: span, anonymous: false, anonymousClass: null };
}

/** `named`, and anonymous of class `cls` when the phrase is an unnamed voice of the actor ("officials"). */
function voiced(actor: Actor, span: Span, cls: string | undefined): Speaker {
  return cls === undefined ? named(actor, span) : { ...named(actor, span), anonymous: true, anonymousClass: cls };
}

function titleMatches(actor: Actor, head: string): boolean {
  const stem = head.replace(/(wo)?m[ae]n$|person$|s$/, "");
  if (stem.length < 3) return false;
  const hay = `${actor.role ?? ""} ${actor.name}`.toLowerCase();
  return hay.includes(stem);
}

/** Resolve a speaker phrase to an actor, an anonymous class, or a contextual antecedent. */
export function resolveSpeaker(
  v: TokenView,
  lex: QuoteLexicon,
  phrase: Phrase,
  prior: readonly PriorSpeaker[],
): Speaker {
  const actors = v.doc.actors ?? [];
  const headSpan = tokenRangeSpan(v.tokens, phrase.headStart, phrase.headEnd);
  const headTok = headWord(v, phrase);
  const headTokSpan = tokenRangeSpan(v.tokens, headTok, headTok + 1);
  // "the two governments said": a joint voice, no single speaker (speaker null, not anonymous).
  const voices = actors.filter((a) => a.mentions.some((m) => overlaps(m, headTokSpan)));
  if (voices.length > 1) {
    return { ...NO_SPEAKER, speakerText: v.doc.text.slice(headSpan.start, headSpan.end), speakerSpan: headSpan };
  }
  const onHead = actorOverlapping(actors, headTokSpan);
  const direct =
    onHead ??
    actorOverlapping(actors, headSpan) ??
    actorTitled(actors, headTokSpan) ??
    appositiveActor(actors, v.doc.text, tokenRangeSpan(v.tokens, phrase.start, phrase.end).end) ??
    appositiveActor(actors, v.doc.text, headSpan.end);
  const head = v.lower(headTok);
  const cls = lex.anonymous.get(head);
  const hasName = hasProperHead(v, headTok, lex);
  // "Japanese officials said", "a Western diplomat said", "officials in Tokyo said": voices known
  // by their nationality or place, not by name, stay anonymous
  const unnamed =
    !hasName &&
    direct !== null &&
    (onHead === null || direct.kind === "group" || direct.name.toLowerCase().endsWith(` ${head}`));
  if (direct) return voiced(direct, headSpan, unnamed ? cls : undefined);
  // "Foreign ministers of the Group of Seven said": the body the unnamed members belong to
  const body = memberOf(v, actors, phrase.end);
  if (body) return voiced(body, headSpan, cls);

  // "the council, which condemned ...": a relative pronoun speaks for the noun its clause modifies
  const antecedent = relativeAntecedent(v, headTok);
  if (antecedent >= 0) {
    const a = actorOverlapping(actors, tokenRangeSpan(v.tokens, antecedent, antecedent + 1));
    if (a) return named(a, headSpan);
  }
  const first = v.lower(phrase.headStart);
  const at = headSpan.start;
  const recent = prior.filter(
    (p) => at - (p.at ?? 0) < CONTEXT_WINDOW && !p.speaker.anonymous && p.speaker.speakerText,
  );
  const latest = (want: (p: PriorSpeaker) => boolean): PriorSpeaker | undefined => recent.filter(want).at(-1);

  if (v.isPersonalPronoun(headTok)) {
    const person = PERSON_PRONOUNS.has(head);
    const thing = THING_PRONOUNS.has(head);
    const fromQuote = latest(
      (p) => p.speaker.speaker !== null && (person ? p.person !== false : thing ? p.person !== true : true),
    );
    if (fromQuote) return { ...fromQuote.speaker, speakerSpan: headSpan };
    if (head === "who") return { ...NO_SPEAKER, speakerSpan: headSpan, speakerText: v.text(headTok) };
    const byKind = lastMentionBefore(actors, at, (a) =>
      person
        ? a.kind === "person"
        : thing
          ? a.kind !== "person"
          : PLURAL_PRONOUNS.has(head)
            ? a.kind !== "person"
            : true,
    );
    if (byKind) return named(byKind, headSpan);
    return { ...NO_SPEAKER, speakerSpan: headSpan, speakerText: v.text(headTok) };
  }

  const definite = DEFINITE.has(first);
  // "according to a ministry statement": the body that issued the statement, named before
  const owner = headTok - 1;
  if (lex.statementNouns.has(head) && owner >= phrase.start && /^\p{Ll}{3,}$/u.test(v.text(owner))) {
    const issuer = lastMentionBefore(actors, at, (a) => a.kind !== "person" && titleMatches(a, v.lower(owner)));
    if (issuer) return named(issuer, headSpan);
  }
  if (definite && !hasName) {
    const byTitle = lastMentionBefore(actors, at, (a) => titleMatches(a, head));
    if (byTitle) return named(byTitle, headSpan);
    const fromQuote = latest(
      (p) =>
        p.speaker.speaker !== null &&
        p.speaker.speakerText !== null &&
        titleMatchesText(p.speaker.speakerText, head, actors, p.speaker.speaker),
    );
    if (fromQuote) return { ...fromQuote.speaker, speakerSpan: headSpan };
  }
  if (cls && !hasName) {
    return {
      speaker: null,
      speakerText: v.doc.text.slice(
        tokenRangeSpan(v.tokens, phrase.start, phrase.end).start,
        tokenRangeSpan(v.tokens, phrase.start, phrase.end).end,
      ),
      speakerSpan: headSpan,
      anonymous: true,
      anonymousClass: cls,
    };
  }
  return {
    speaker: null,
    speakerText: v.doc.text.slice(headSpan.start, headSpan.end),
    speakerSpan: headSpan,
    anonymous: false,
    anonymousClass: null,
  };
}

/** The organization or state named in "of (the) X" right after a speaker phrase ending at `end`. */
function memberOf(v: TokenView, actors: readonly Actor[], end: number): Actor | null {
  if (v.lower(end) !== "of") return null;
  const k = v.lower(end + 1) === "the" ? end + 2 : end + 1;
  if (k >= v.size) return null;
  const a = actorOverlapping(actors, tokenRangeSpan(v.tokens, k, k + 1));
  return a !== null && a.kind !== "person" ? a : null;
}

/** The noun a relative pronoun at `tok` stands for: the head its clause modifies, or the word before ", who"; -1 if none. */
function relativeAntecedent(v: TokenView, tok: number): number {
  if (!RELATIVE.has(v.lower(tok))) return -1;
  const verb = v.doc.deps ? v.head(tok) : -1;
  const noun = verb >= 0 && v.rel(verb) === "acl:relcl" ? v.head(verb) : -1;
  if (noun >= 0 && noun < tok) return noun;
  return v.lower(tok - 1) === "," && tok - 2 >= v.sentenceOf(tok).firstToken ? tok - 2 : -1;
}

const RELATIVE = new Set(["who", "which"]);

function titleMatchesText(_text: string, head: string, actors: readonly Actor[], id: string): boolean {
  const actor = actors.find((a) => a.id === id);
  return actor ? titleMatches(actor, head) : false;
}

function hasProperHead(v: TokenView, headTok: number, lex: QuoteLexicon): boolean {
  const initial = v.tokens[headTok]?.start === v.sentenceOf(headTok).start;
  if (initial && lex.anonymous.has(v.lower(headTok))) return false;
  return (
    v.upos(headTok) === "PROPN" ||
    (v.isCapitalized(headTok) && v.tokens[headTok]?.start !== v.sentenceOf(headTok).start)
  );
}

/** Whether a resolved speaker is a person (for he/she), when the actor layer tells. */
export function speakerIsPerson(actors: readonly Actor[], s: Speaker): boolean | null {
  if (!s.speaker) return null;
  const a = actors.find((x) => x.id === s.speaker);
  return a ? a.kind === "person" : null;
}
