import type { Actor } from "../../doc/layers/actors.js";
import type { Tree } from "./tree.js";

const SKIP = new Set(["AUX", "ADV", "PART"]);
const FINITE = new Set(["VBD", "VBZ", "VBP"]);
const NOMINAL = new Set(["PROPN", "NOUN", "PRON"]);

/** A verb that could have a subject of its own: finite, or carrying an auxiliary ("will hold"). */
export function isFiniteClause(tree: Tree, v: number): boolean {
  const rel = tree.rel(v);
  if (rel.startsWith("acl") || rel === "amod" || rel === "xcomp") return false;
  if (tree.kids(v, "mark").some((m) => tree.lemma(m) === "to")) return false;
  return FINITE.has(tree.xpos(v)) || tree.kids(v, "aux").length > 0;
}

/**
 * The actor token right before a subjectless finite verb, skipping auxiliaries, adverbs and "not":
 * "..., US Secretary of State Antony Blinken warned" when the parser hung the name elsewhere.
 * Returns -1 when the nearest word is not an actor or directly follows a preposition ("talks with Iran will").
 */
export function adjacentSubject(tree: Tree, byToken: readonly (readonly Actor[])[], v: number): number {
  if (!isFiniteClause(tree, v)) return -1;
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    if (tree.head(k) === v && SKIP.has(tree.upos(k))) continue;
    if (SKIP.has(tree.upos(k)) && tree.upos(k) !== "PART") continue;
    if (!NOMINAL.has(tree.upos(k)) || !(byToken[k]?.length ?? 0)) return -1;
    const actor = byToken[k]?.[0];
    let first = k;
    while (first > 0 && actor && byToken[first - 1]?.includes(actor)) first--;
    if (first > 0 && tree.upos(first - 1) === "ADP") return -1;
    return k;
  }
  return -1;
}
