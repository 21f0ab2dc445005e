import type { Span } from "../span.js";

/** How the speaker was found: next to the quote, or carried over from the context. */
export type QuoteAttribution = "adjacent" | "context";

export interface Quote {
  /** Actor id of the speaker, or null. */
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly anonymous: boolean;
  /** analysts, experts, officials, sources, diplomats, observers; null when not anonymous. */
  readonly anonymousClass: string | null;
  readonly cue: Span;
  readonly content: Span;
  readonly direct: boolean;
  readonly partial: boolean;
  /** The speaker's phrase in the attribution (name, pronoun, title, "analysts"), or null. */
  readonly speakerSpan: Span | null;
  /** Lemma of the cue ("say", "tell", "according to"). */
  readonly cueLemma: string;
  /** Value of the time expression the cue hangs from ("told ... on Thursday"), or null. */
  readonly time: string | null;
  readonly timeSpan: Span | null;
  /** To whom it was said ("told the Global Times"), or null. */
  readonly audience: Span | null;
  /** Where or how it was said ("at a routine press briefing", "in a statement"), or null. */
  readonly setting: Span | null;
  /** Index into `doc.events` of an event whose trigger lies in the content, or null (see linkQuoteEvents). */
  readonly event: number | null;
  readonly attribution: QuoteAttribution;
  /** Which rule produced the quote, e.g. "indirect/that", "direct/inverted". */
  readonly rule: string;
}

/** How an article's quotes are sourced. Partial fragments are counted apart, not as extra statements. */
export interface SourcingSummary {
  readonly quotes: number;
  readonly direct: number;
  readonly indirect: number;
  readonly partial: number;
  readonly named: number;
  readonly anonymous: number;
  /** Quotes with no speaker and not anonymous: documents, joint statements, unresolved. */
  readonly unattributed: number;
  readonly anonymousShare: number;
  readonly byAnonymousClass: Readonly<Record<string, number>>;
  readonly byCountry: Readonly<Record<string, number>>;
  readonly bySector: Readonly<Record<string, number>>;
  readonly bySpeaker: ReadonlyArray<{ readonly actor: string; readonly name: string; readonly quotes: number }>;
}
