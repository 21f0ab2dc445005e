import type { Span } from "../span.js";

export type ActorKind = "person" | "organization" | "country" | "group";

/** One actor of the article with every mention of it. `id` is `a1`, `a2`, ... in order of first mention. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-3, an IGO acronym, a CAMEO region code, or null. */
  readonly country: string | null;
  readonly sector: string | null;
  /** CAMEO-style code such as RUSGOV, or null when nothing is known. */
  readonly code: string | null;
  readonly role: string | null;
  readonly mentions: readonly Span[];
  /** Where the role was read (a title or apposition in the text), or null (dictionary or none). */
  readonly roleSpan?: Span | null;
  /** Where the role came from: the article, the people dictionary for the publication date, or nowhere. */
  readonly roleSource?: "text" | "dictionary" | null;
}
