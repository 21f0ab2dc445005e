import { createHash } from "node:crypto";
import type { Doc } from "../doc/doc.js";
import { type AttacheRecord, SCHEMA_VERSION } from "../doc/record.js";
import { sourcingSummary } from "../stages/quotes/summary.js";

/**
 * Whitespace to rewrite as one space: a run of two or more, or a lone character other than a space
 * (a lone space is already what it would become, so it is not rewritten).
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|(?! )\s/g;

/** Text as hashed for the record id: NFC with whitespace runs collapsed, so re-wrapped copies match. */
export function normalizeForId(text: string): string {
  return text.normalize("NFC").replace(WHITESPACE_TO_COLLAPSE, " ").trim();
}

export function recordId(text: string): string {
  return createHash("sha256").update(normalizeForId(text), "utf8").digest("hex");
}

/** The contract record for an analysed Doc (layers a pipeline did not assign come out empty). */
export function toRecord(doc: Doc): AttacheRecord {
  const a = doc.article;
  return {
    schema: SCHEMA_VERSION,
    id: recordId(doc.text),
    source: a.source,
    title: a.title,
    section: a.section,
    published: a.published,
    text: doc.text,
    captions: a.captions,
    sentences: (doc.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    actors: doc.actors ?? [],
    times: (doc.times ?? []).map((t) => ({ start: t.start, end: t.end, value: t.value, grain: t.grain })),
    quotes: doc.quotes ?? [],
    events: doc.events ?? [],
    sourcing: sourcingSummary(doc),
  };
}
