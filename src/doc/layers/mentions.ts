import type { Span } from "../span.js";

/** A title or apposition attached to a name ("Russian Foreign Minister", "a professor at ..."). */
export interface MentionRole extends Span {
  /** Sector the title or its organization gives, or null. */
  readonly sector: string | null;
  /** Country (or IGO) the title's adjective or organization gives, or null. */
  readonly country: string | null;
}

/** What the gazetteer says a mention is (see data/lexicons/actors). */
export interface MentionRef {
  readonly source: "country" | "capital" | "seat" | "igo" | "region" | "org" | "person";
  readonly code: string | null;
  readonly sector: string | null;
  readonly name: string;
}

/** A mention of a possible actor or place: a name, a nominal, a pronoun or a title. */
export interface Mention extends Span {
  readonly kind: "name" | "nominal" | "pronoun" | "title";
  /** Entity type: PER, ORG, LOC (places and countries), or null when unknown. */
  readonly type: "PER" | "ORG" | "LOC" | null;
  /** Half-open token range of the mention in `Doc.tokens`. */
  readonly firstToken: number;
  readonly endToken: number;
  /** The whole noun phrase: determiner, attached title or organization prefix included. */
  readonly extent: Span;
  readonly ref: MentionRef | null;
  readonly role: MentionRole | null;
  /** Country or IGO given by the phrase itself ("Chinese side", "a Russian diplomat"), or null. */
  readonly country: string | null;
  /** Sector given by the phrase's title or head noun, or null. */
  readonly sector: string | null;
  /** True when the name is used as a place ("talks in Beijing"), not as an actor. */
  readonly place: boolean;
  /** For group nominals ("the two sides"): how many actors and of which kind; otherwise null. */
  readonly group: { readonly count: number; readonly of: "country" | "person" } | null;
  /** Lower-cased head of a description that names an actor ("troops" in "Kyrgyz troops"). */
  readonly head?: string;
  /** True when the name only modifies a following noun or model ("US stocks", "Airbus A380"). */
  readonly modifier?: boolean;
}
