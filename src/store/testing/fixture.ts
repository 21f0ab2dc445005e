import { createHash } from "node:crypto";
import { type AttacheRecord, SCHEMA_VERSION } from "../../doc/record.js";
import type { Span } from "../../doc/span.js";

/** A short article written for the store tests (fictional people, real places). */
export const FIXTURE_TEXT = [
  "Finnish President Anna Korhonen will visit Japan on Monday for talks in Tokyo on Arctic shipping, her office said on Friday.",
  '"Our two countries share an interest in open sea lanes," Korhonen told reporters in Helsinki.',
  "Neither side said whether a maritime accord would be signed.",
].join(" ");

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length };
}

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?]+[.!?]"?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    spans.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return spans;
}

/** A complete record over `FIXTURE_TEXT`; `suffix` appended to the text gives a record with another id. */
export function fixtureRecord(suffix = ""): AttacheRecord {
  const text = FIXTURE_TEXT + suffix;
  const quoteOpen = find(text, '"Our');
  const quoteClose = find(text, 'lanes,"');
  return {
    schema: SCHEMA_VERSION,
    id: createHash("sha256").update(text).digest("hex"),
    source: { path: "fixtures/korhonen.txt", url: null },
    title: "Finnish president to visit Japan for Arctic shipping talks",
    section: "WORLD / EUROPE",
    published: "2024-05-17T09:30:00+03:00",
    text,
    captions: ["Anna Korhonen in Helsinki. Photo: staff"],
    sentences: sentenceSpans(text),
    actors: [
      {
        id: "a1",
        name: "Anna Korhonen",
        kind: "person",
        country: "FIN",
        sector: "GOV",
        code: "FINGOV",
        role: "President",
        mentions: [find(text, "Finnish President Anna Korhonen"), find(text, "Korhonen", 1)],
      },
      {
        id: "a2",
        name: "Japan",
        kind: "country",
        country: "JPN",
        sector: null,
        code: "JPN",
        role: null,
        mentions: [find(text, "Japan")],
      },
    ],
    times: [
      { ...find(text, "on Monday"), value: "2024-05-20", grain: "day" },
      { ...find(text, "on Friday"), value: "2024-05-17", grain: "day" },
    ],
    quotes: [
      {
        speaker: "a1",
        speakerText: "Korhonen",
        anonymous: false,
        anonymousClass: null,
        cue: find(text, "told"),
        content: { start: quoteOpen.start + 1, end: quoteClose.end - 2 },
        direct: true,
        partial: false,
        speakerSpan: find(text, "Korhonen", 1),
        cueLemma: "tell",
        time: null,
        timeSpan: null,
        audience: find(text, "reporters"),
        setting: null,
        event: null,
        attribution: "adjacent",
        rule: "direct/after",
      },
    ],
    events: [
      {
        source: { actor: "a1", code: "FINGOV", country: "FIN", sector: "GOV" },
        target: { actor: "a2", code: "JPN", country: "JPN", sector: null },
        cameo: "042",
        plover: { type: "CONSULT", mode: "visit" },
        goldstein: 1.9,
        quadClass: 1,
        date: { start: "2024-05-20", end: "2024-05-20", basis: "text" },
        status: "planned",
        location: { name: "Tokyo", country: "JPN", lat: 35.6895, lon: 139.6917 },
        sentence: 0,
        trigger: find(text, "visit"),
        rule: "verbs/visit#1",
      },
      {
        source: { actor: null, code: "FIN", country: "FIN", sector: null },
        target: null,
        cameo: "057",
        plover: { type: "SUPPORT", mode: null },
        goldstein: null,
        quadClass: null,
        date: { start: "2024-05-17", end: null, basis: "publication" },
        status: "hypothetical",
        location: null,
        sentence: 2,
        trigger: find(text, "signed"),
        rule: "verbs/sign#2",
        count: 1,
      },
    ],
    sourcing: {
      quotes: 1,
      direct: 1,
      indirect: 0,
      partial: 0,
      named: 1,
      anonymous: 0,
      unattributed: 0,
      anonymousShare: 0,
      byAnonymousClass: {},
      byCountry: { FIN: 1 },
      bySector: { GOV: 1 },
      bySpeaker: [{ actor: "a1", name: "Anna Korhonen", quotes: 1 }],
    },
  };
}
