import { withLayers } from "../../doc/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { findQuotes } from "./build.js";
import { quoteLexicon } from "./lexicon.js";
import { linkQuoteEvents } from "./link-events.js";

export type { SourcingSummary } from "./summary.js";
export { sourcingSummary } from "./summary.js";

/**
 * Quote attribution: direct, interrupted and partial quotes, indirect speech ("said that", "told X
 * that", "according to X", "..., analysts said."), speakers resolved to actors or marked anonymous.
 * Uses `deps` when present; works from tokens and tags alone otherwise. Runs after events so
 * that each quote can name the event it reports.
 */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["sentences", "tokens", "tags", "deps", "actors", "events"],
  assigns: ["quotes"],
  run(doc) {
    return linkQuoteEvents(withLayers(doc, { quotes: findQuotes(doc, quoteLexicon()) }));
  },
};
