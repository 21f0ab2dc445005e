import type { EventLocation } from "../../doc/layers/events.js";
import type { Lexicon, Place } from "./lexicon/schema.js";
import { caseOf, type Tree } from "./tree.js";

/** The gazetteer place named by the noun phrase headed at token i ("New Delhi", "Tokyo"), or null. */
export function placeAt(lex: Lexicon, tree: Tree, i: number): Place | null {
  if (tree.upos(i) !== "PROPN") return null;
  const parts = [i, ...tree.kids(i, "compound", "flat")].sort((a, b) => a - b);
  for (let from = 0; from < parts.length; from++) {
    const name = parts
      .slice(from)
      .map((p) => tree.word(p))
      .join(" ")
      .toLowerCase();
    const hit = lex.places.get(name);
    if (hit) return hit;
  }
  return null;
}

const AT = new Set(["in", "at"]);
const SCENE = new Set(["during", "on"]);

function asLocation(p: Place): EventLocation {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

/**
 * Where the text places the event: "in Tokyo" / "at Geneva" on the trigger or its light verb, or the
 * place of a scene noun it happens during ("during his Tokyo visit").
 */
export function locationOf(lex: Lexicon, tree: Tree, hosts: readonly number[]): EventLocation | null {
  for (const h of hosts) {
    for (const c of tree.children[h] ?? []) {
      const r = tree.rel(c);
      if (!(r.startsWith("obl") || r.startsWith("nmod"))) continue;
      const prep = caseOf(tree, c);
      if (prep && AT.has(prep)) {
        const p = placeAt(lex, tree, c);
        if (p) return asLocation(p);
      }
      if (prep && SCENE.has(prep)) {
        for (const k of [
          ...tree.kids(c, "compound"),
          ...tree.kids(c, "nmod").filter((n) => AT.has(caseOf(tree, n) ?? "")),
        ]) {
          const p = placeAt(lex, tree, k);
          if (p) return asLocation(p);
        }
      }
    }
  }
  return null;
}
