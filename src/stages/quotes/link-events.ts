import type { Doc } from "../../doc/doc.js";
import { withLayers } from "../../doc/doc.js";
import { contains } from "../../doc/span.js";

/**
 * Link each quote to the first event whose trigger lies in its content (`quote.event` = index into
 * `doc.events`). The quotes stage runs after events and calls this on its own output.
 */
export function linkQuoteEvents(doc: Doc): Doc {
  const events = doc.events ?? [];
  const quotes = doc.quotes;
  if (!quotes || quotes.length === 0) return doc;
  const linked = quotes.map((q) => {
    const idx = events.findIndex((e) => contains(q.content, e.trigger));
    return { ...q, event: idx >= 0 ? idx : null };
  });
  return withLayers(doc, { quotes: linked });
}
