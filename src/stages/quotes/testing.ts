/**
 * Test helper: builds Docs with sentences, tokens, tags, actors and times from plain text, with a
 * small rule tagger, so the quotes stage can be tested without the segment, syntax and actor stages.
 */
import { makeArticle } from "../../doc/article.js";
import type { Doc } from "../../doc/doc.js";
import { createDoc, withLayers } from "../../doc/doc.js";
import type { Actor, ActorKind } from "../../doc/layers/actors.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { TimeExpression } from "../../doc/layers/times.js";
import type { Span } from "../../doc/span.js";
import { quoteLexicon } from "./lexicon.js";

const CLOSED: Record<string, string> = {};
for (const w of "a an the this these those his her its their our my your some several many both all another".split(" "))
  CLOSED[w] = "DET";
for (const w of "he she it they we i you him them who whom".split(" ")) CLOSED[w] = "PRON";
for (const w of "of for at from with in to on by during against about into over after before under between within across".split(
  " ",
))
  CLOSED[w] = "ADP";
for (const w of "is are was were be been being has have had will would could can may might should do does did".split(
  " ",
))
  CLOSED[w] = "AUX";
for (const w of "and or but".split(" ")) CLOSED[w] = "CCONJ";
for (const w of "that as since while because if although when which whose".split(" ")) CLOSED[w] = "SCONJ";
for (const w of "also not still again then later".split(" ")) CLOSED[w] = "ADV";

const TOKEN_RE = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*|['’]s\b|\.\.\.|…|[^\s]/gu;

function tag(word: string, sentenceInitial: boolean, prev: TokenTag | undefined): TokenTag {
  const lower = word.toLowerCase();
  const cue = quoteLexicon().cueForms.get(lower);
  let upos = CLOSED[lower];
  if (!upos) {
    if (/^[^\p{L}\p{N}]+$/u.test(word)) upos = "PUNCT";
    else if (lower === "'s" || lower === "’s") upos = "PART";
    else if (/^\p{N}/u.test(word)) upos = "NUM";
    else if (/^\p{Lu}/u.test(word) && !(sentenceInitial && cue)) upos = "PROPN";
    else if (cue) upos = prev && ["DET", "ADJ", "NOUN"].includes(prev.upos) && lower.endsWith("ing") ? "NOUN" : "VERB";
    else if (lower.endsWith("ly")) upos = "ADV";
    else if (lower.endsWith("ing")) upos = prev && ["DET", "ADJ", "NOUN"].includes(prev.upos) ? "NOUN" : "VERB";
    else if (lower.endsWith("ed")) upos = prev && ["DET", "ADJ"].includes(prev.upos) ? "ADJ" : "VERB";
    else upos = "NOUN";
  }
  if (sentenceInitial && upos === "PROPN" && CLOSED[lower]) upos = CLOSED[lower] as string;
  return { upos, xpos: upos, lemma: cue?.lemma ?? lower };
}

/** Tokens, sentences (split after . ? ! before a capital or quote, and at line breaks) and tags. */
export function segmentForTest(text: string): { tokens: Token[]; sentences: Sentence[]; tags: TokenTag[] } {
  const raw: Span[] = [];
  for (const m of text.matchAll(TOKEN_RE)) raw.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const tags: TokenTag[] = [];
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    sentences.push({
      start: (raw[first] as Span).start,
      end: (raw[end - 1] as Span).end,
      firstToken: first,
      endToken: end,
    });
    first = end;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as Span;
    const word = text.slice(t.start, t.end);
    const next = raw[i + 1];
    if (i > first && text.slice((raw[i - 1] as Span).end, t.start).includes("\n")) close(i);
    tokens.push({ ...t, sentence: sentences.length });
    tags.push(tag(word, i === first, tags.at(-1)));
    const nextText = next ? text.slice(next.start, next.end) : "";
    const afterQuote = /^["”’]$/.test(nextText) ? raw[i + 2] : next;
    const follow = afterQuote ? text.slice(afterQuote.start, afterQuote.end) : "";
    if (/^[.?!]$/.test(word) && (!next || /^[\p{Lu}"“]/u.test(follow))) {
      if (/^["”]$/.test(nextText) && next) {
        i++;
        tokens.push({ ...next, sentence: sentences.length });
        tags.push(tag(nextText, false, tags.at(-1)));
      }
      close(i + 1);
    }
  }
  close(raw.length);
  return { tokens, sentences, tags };
}

export interface TestActor {
  readonly name: string;
  readonly kind?: ActorKind;
  readonly country?: string;
  readonly sector?: string;
  readonly role?: string;
  /** The title as written next to the name ("A police spokesman"): its first occurrence is the roleSpan. */
  readonly roleText?: string;
  /** Mention strings; every word-bounded occurrence in the text becomes a mention. */
  readonly mentions: readonly string[];
}

export interface TestTime {
  readonly text: string;
  readonly value: string;
  /** The word the time modifies (its first occurrence becomes `anchor`). */
  readonly anchor?: string;
}

function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** A Doc ready for the quotes stage: segmented and tagged, with the given actors and times. */
export function docForTest(text: string, actors: readonly TestActor[] = [], times: readonly TestTime[] = []): Doc {
  const seg = segmentForTest(text);
  const actorLayer: Actor[] = actors.map((a, i) => ({
    id: `a${i + 1}`,
    name: a.name,
    kind: a.kind ?? "person",
    country: a.country ?? null,
    sector: a.sector ?? null,
    code: null,
    role: a.role ?? null,
    roleSpan: a.roleText ? (occurrences(text, a.roleText)[0] ?? null) : null,
    roleSource: a.role ? ("text" as const) : null,
    mentions: a.mentions.flatMap((m) => occurrences(text, m)).sort((x, y) => x.start - y.start),
  }));
  const timeLayer: TimeExpression[] = times.flatMap((t) =>
    occurrences(text, t.text).map((s) => {
      const anchorSpan = t.anchor ? occurrences(text, t.anchor)[0] : undefined;
      const anchor = anchorSpan ? seg.tokens.findIndex((tok) => tok.start === anchorSpan.start) : -1;
      return { ...s, value: t.value, grain: "day" as const, anchor: anchor >= 0 ? anchor : null };
    }),
  );
  return withLayers(createDoc(makeArticle({ text })), { ...seg, actors: actorLayer, times: timeLayer });
}
