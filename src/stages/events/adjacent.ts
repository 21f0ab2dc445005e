import type { Actor } from "../../doc/layers/actors.js";
import { subtree, type Tree } from "./tree.js";

const SKIP = new Set(["AUX", "ADV", "PART"]);
const FINITE = new Set(["VBD", "VBZ", "VBP"]);
// An actor's last word may be tagged an adjective ("a top U.S. official today praised ...") or an adverb.
const NOMINAL = new Set(["PROPN", "NOUN", "PRON", "ADJ", "ADV"]);
/** Longest adverbial phrase stepped over between a subject and its verb ("on Tuesday", "earlier this week"). */
const MAX_ADVERBIAL = 4;

/** A verb that could have a subject of its own: finite, or carrying an auxiliary ("will hold"). */
export function isFiniteClause(tree: Tree, v: number): boolean {
  const rel = tree.rel(v);
  if (rel.startsWith("acl") || rel === "amod" || rel === "xcomp") return false;
  if (tree.kids(v, "mark").some((m) => tree.lemma(m) === "to")) return false;
  if (FINITE.has(tree.xpos(v)) || tree.kids(v, "aux").length > 0) return true;
  // A past tense the tagger read as a participle, which its object shows to be active ("official today praised Haiti").
  return (
    tree.xpos(v) === "VBN" && tree.kids(v, "obj").length > 0 && tree.kids(v, "aux:pass", "nsubj:pass").length === 0
  );
}

/**
 * The first token of a short adverbial phrase of verb v that ends at token k and names no actor
 * ("today", "on Tuesday", "last week"), or -1: wire style puts the time between subject and verb
 * ("Denmark today accepted", "Serbia on Tuesday demanded").
 */
function adverbialStart(tree: Tree, byToken: readonly (readonly Actor[])[], v: number, k: number): number {
  let top = k;
  while (top >= 0 && tree.head(top) !== v && tree.head(top) > top) top = tree.head(top);
  if (top < 0 || tree.head(top) !== v || !/^(obl|advmod|nmod:tmod)/.test(tree.rel(top))) return -1;
  const span = subtree(tree, top);
  if (span[span.length - 1] !== k || span.length > MAX_ADVERBIAL) return -1;
  if (span.some((t) => (byToken[t]?.length ?? 0) > 0)) return -1;
  return span[0] ?? -1;
}

/** Longest apposition stepped over between a subject and its verb. */
const MAX_APPOSITION = 14;

/**
 * The comma opening a comma-closed apposition that ends at the comma at k, or -1: a nominal phrase with
 * no clause of its own (no subject, no finite verb) between two commas ("Pakistan, a key US ally in the
 * war on terror, has refused").
 */
function appositionStart(tree: Tree, k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - MAX_APPOSITION; j--) {
    if (tree.word(j) !== ",") continue;
    if (j === k - 1) return -1;
    for (let t = j + 1; t < k; t++) {
      if (tree.rel(t).startsWith("nsubj") || FINITE.has(tree.xpos(t)) || tree.upos(t) === "AUX") return -1;
    }
    const first = tree.upos(j + 1);
    return first === "DET" || first === "ADJ" || first === "NOUN" || first === "PROPN" ? j : -1;
  }
  return -1;
}

/**
 * The actor token right before a subjectless finite verb, skipping auxiliaries, adverbs, "not" and a
 * time phrase: "..., US Secretary of State Antony Blinken warned" when the parser hung the name elsewhere,
 * "the German government today welcomed". Returns -1 when the nearest word is not an actor or directly
 * follows a preposition ("talks with Iran will").
 */
export function adjacentSubject(tree: Tree, byToken: readonly (readonly Actor[])[], v: number): number {
  if (!isFiniteClause(tree, v)) return -1;
  let skipped = false;
  let bound = v - 4;
  for (let k = v - 1; k >= 0 && k >= bound; k--) {
    // A name the tagger read as an adverb ("Albania on Friday denounced") is still the actor it names.
    const named = (byToken[k]?.length ?? 0) > 0 && tree.upos(k) === "ADV";
    if (!named && tree.head(k) === v && SKIP.has(tree.upos(k))) continue;
    if (!named && SKIP.has(tree.upos(k)) && tree.upos(k) !== "PART") continue;
    if (!(byToken[k]?.length ?? 0) && !skipped) {
      const from = adverbialStart(tree, byToken, v, k);
      if (from >= 0) {
        // Step over the phrase once; the bound then counts from its first word.
        skipped = true;
        bound = from - 3;
        k = from;
        continue;
      }
    }
    if (tree.word(k) === "," && !skipped) {
      // "Pakistan, a key US ally, has refused": step over an apposition to the name it describes.
      const open = appositionStart(tree, k);
      if (open >= 0) {
        skipped = true;
        bound = open - 3;
        k = open;
        continue;
      }
    }
    if (!NOMINAL.has(tree.upos(k)) || !(byToken[k]?.length ?? 0)) return -1;
    const actor = byToken[k]?.[0];
    let first = k;
    while (first > 0 && actor && byToken[first - 1]?.includes(actor)) first--;
    if (first > 0 && tree.upos(first - 1) === "ADP") return -1;
    return k;
  }
  return -1;
}
