import type { Span } from "../../doc/span.js";
import type { Phrase } from "./phrase.js";

/** How a candidate gets its speaker: its own phrase, the clause's subject, or the context. */
export type SpeakerSource =
  | { readonly kind: "phrase"; readonly phrase: Phrase }
  | { readonly kind: "clause"; readonly phrase: Phrase | null }
  | { readonly kind: "context" }
  | { readonly kind: "none" };

/** A quote found but not yet resolved (speaker, time and setting come later). */
export interface Candidate {
  /** Cue token index, or -1 for a context quote (cue copied from its antecedent). */
  readonly cue: number;
  readonly cueSpan: Span;
  readonly cueLemma: string;
  readonly content: Span;
  readonly direct: boolean;
  readonly partial: boolean;
  readonly source: SpeakerSource;
  readonly audience: Span | null;
  /** Token range of the attribution frame, searched for settings and times. */
  readonly frame: readonly [number, number];
  readonly rule: string;
}
