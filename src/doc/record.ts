import type { Source } from "./article.js";
import type { Actor } from "./layers/actors.js";
import type { CodedEvent } from "./layers/events.js";
import type { Quote, SourcingSummary } from "./layers/quotes.js";
import type { Span } from "./span.js";

export const SCHEMA_VERSION = "attache/1";

export interface RecordTime extends Span {
  readonly value: string | null;
  readonly grain: string;
}

/**
 * The record `attache analyze` prints, one per article (see design.md: a contract).
 * Fields may be added; none may be renamed or dropped without a schema version bump.
 */
export interface AttacheRecord {
  readonly schema: typeof SCHEMA_VERSION;
  /** sha256 (hex) of the normalized text. */
  readonly id: string;
  readonly source: Source;
  readonly title: string | null;
  readonly section: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly captions: readonly string[];
  readonly sentences: readonly Span[];
  readonly actors: readonly Actor[];
  readonly times: readonly RecordTime[];
  readonly quotes: readonly Quote[];
  readonly events: readonly CodedEvent[];
  /** Who the article's quotes rest on: named vs anonymous, by class, country and sector. */
  readonly sourcing: SourcingSummary;
}
