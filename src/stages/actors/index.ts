import type { Doc } from "../../doc/doc.js";
import { layer, withLayers } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { Span } from "../../doc/span.js";
import { contains } from "../../doc/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { actorLexicon } from "./lexicon/index.js";
import { resolveActors } from "./resolve.js";
import { placeOfficials } from "./story-country.js";

export const actorsStage: Stage = {
  name: "actors",
  requires: ["sentences", "tokens", "tags", "mentions"],
  assigns: ["actors"],
  run(doc: Doc): Doc {
    const lex = actorLexicon();
    return withLayers(doc, { actors: placeOfficials(resolveActors(doc, lex), lex) });
  },
};

/** The actor one of whose mentions covers token `tokenIndex`, or null. */
export function actorAt(doc: Doc, tokenIndex: number): Actor | null {
  const token = layer(doc, "tokens")[tokenIndex];
  if (token === undefined) return null;
  let best: Actor | null = null;
  let bestLen = Number.POSITIVE_INFINITY;
  for (const a of layer(doc, "actors")) {
    for (const m of a.mentions) {
      if (contains(m, token) && m.end - m.start < bestLen) {
        best = a;
        bestLen = m.end - m.start;
      }
    }
  }
  return best;
}

/**
 * Actors mentioned inside a span (e.g. a subject subtree), in text order. Actors mentioned only
 * inside another actor's role ("Zhao Lijian, spokesperson of the Chinese Foreign Ministry") are
 * left out, so the span resolves to its head actor(s): "China and Russia" gives both.
 */
export function actorsInSpan(doc: Doc, span: Span): Actor[] {
  const actors = layer(doc, "actors");
  const roles = actors.flatMap((a) => (a.roleSpan && contains(span, a.roleSpan) ? [a.roleSpan] : []));
  const hits: { actor: Actor; at: number }[] = [];
  for (const a of actors) {
    const inside = a.mentions.filter((m) => contains(span, m) && !roles.some((r) => contains(r, m)));
    if (inside.length > 0) hits.push({ actor: a, at: Math.min(...inside.map((m) => m.start)) });
  }
  return hits.sort((x, y) => x.at - y.at).map((h) => h.actor);
}
