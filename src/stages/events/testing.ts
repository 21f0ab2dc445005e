import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc, withLayers } from "../../doc/doc.js";
import type { Actor, ActorKind } from "../../doc/layers/actors.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import type { TimeExpression } from "../../doc/layers/times.js";
import type { Span } from "../../doc/span.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

/** An actor for a test Doc: every occurrence of each of `words` in the text becomes a mention. */
export interface TestActor {
  readonly name: string;
  readonly country: string | null;
  readonly sector?: string | null;
  readonly kind?: ActorKind;
  readonly words: readonly string[];
}

export interface TestTime {
  readonly text: string;
  readonly value: string;
  readonly grain?: TimeExpression["grain"];
  /** 1-based token id (as in the parse) the expression modifies. */
  readonly anchor?: number;
}

/**
 * A Doc from hand-written parses, one sentence per block separated by a blank line. Each token line is
 * `form lemma UPOS head rel [xpos]` (head 0 = root, 1-based within the sentence); a form ending in
 * `~` is written without a following space. Example: "Russia Russia PROPN 2 nsubj".
 */
export function docFromParse(
  parse: string,
  opts: { actors?: readonly TestActor[]; times?: readonly TestTime[]; published?: string | null } = {},
): Doc {
  const tokens: Token[] = [];
  const tags: TokenTag[] = [];
  const deps: Dependency[] = [];
  const sentences: Sentence[] = [];
  let text = "";
  const blocks = parse
    .trim()
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .trim()
        .split("\n")
        .map((l) => l.trim().split(/\s+/)),
    );
  const anchors: { sentenceStart: number; first: number }[] = [];
  blocks.forEach((lines, s) => {
    if (s > 0) text += " ";
    const first = tokens.length;
    const start = text.length;
    lines.forEach((cols, k) => {
      const [rawForm = "", lemma = "", upos = "X", head = "0", rel = "dep", xpos = ""] = cols;
      const glue = rawForm.endsWith("~");
      const form = glue ? rawForm.slice(0, -1) : rawForm;
      const tStart = text.length;
      text += form;
      tokens.push({ start: tStart, end: text.length, sentence: s });
      tags.push({ upos, xpos: xpos || upos, lemma });
      const h = Number(head);
      deps.push({ head: h === 0 ? -1 : first + h - 1, rel });
      if (!glue && k < lines.length - 1) text += " ";
    });
    sentences.push({ start, end: text.length, firstToken: first, endToken: tokens.length });
    anchors.push({ sentenceStart: start, first });
  });

  const find = (needle: string): Span[] => {
    const out: Span[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = text[at - 1] ?? " ";
      const after = text[at + needle.length] ?? " ";
      if (/\w/.test(before) || /\w/.test(after)) continue;
      out.push({ start: at, end: at + needle.length });
    }
    return out;
  };
  const actors: Actor[] = (opts.actors ?? []).map((a, i) => ({
    id: `a${i + 1}`,
    name: a.name,
    kind: a.kind ?? (a.sector === undefined || a.sector === null ? "country" : "person"),
    country: a.country,
    sector: a.sector ?? null,
    code: a.country ? `${a.country}${a.sector ?? ""}` : null,
    role: null,
    roleSpan: null,
    roleSource: null,
    mentions: a.words.flatMap(find).sort((x, y) => x.start - y.start),
  }));
  const times: TimeExpression[] = (opts.times ?? []).flatMap((t) =>
    find(t.text).map((sp) => {
      const sent = tokens.find((k) => k.start <= sp.start && sp.start < k.end)?.sentence ?? 0;
      const anchor = t.anchor === undefined ? null : (anchors[sent]?.first ?? 0) + t.anchor - 1;
      return { ...sp, value: t.value, grain: t.grain ?? "day", anchor };
    }),
  );
  const article = makeArticle({
    text,
    published: opts.published === undefined ? "2024-05-15T10:00:00+00:00" : opts.published,
  });
  return withLayers(createDoc(article), { sentences, tokens, tags, deps, actors, times });
}

/** A country actor for test docs: `countryActor("China", "CHN")`, matched on the given words (or its name). */
export const countryActor = (name: string, country: string, ...words: string[]): TestActor => ({
  name,
  country,
  words: words.length ? words : [name],
});

/** A government official for test docs, matched on the given words. */
export const governmentPerson = (name: string, country: string, ...words: string[]): TestActor => ({
  name,
  country,
  sector: "GOV",
  kind: "person",
  words,
});

/** What an event line shows after "SOURCE>TARGET" ("-" for no target). */
export type EventField = "cameo" | "plover" | "status";

/**
 * Events as sorted one-line summaries for compact assertions, optionally only one CAMEO code:
 * `eventLines(events, ["cameo", "status"])` -> ["CHL>PER 036 planned", ...].
 */
export function eventLines(events: readonly CodedEvent[], fields: readonly EventField[], cameo?: string): string[] {
  const value = (e: CodedEvent, f: EventField) => (f === "cameo" ? e.cameo : f === "plover" ? e.plover.type : e.status);
  return events
    .filter((e) => cameo === undefined || e.cameo === cameo)
    .map((e) => [`${e.source.country}>${e.target?.country ?? "-"}`, ...fields.map((f) => value(e, f))].join(" "))
    .sort();
}

/** The events the whole pipeline codes in `text`, published on a fixed day. */
export const eventsIn = (text: string): readonly CodedEvent[] =>
  analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" })).events ?? [];

/** "SRC>TGT CAMEO" of each event in `text` (country codes), sorted. */
export const pairsIn = (text: string): string[] =>
  eventsIn(text)
    .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`)
    .sort();
