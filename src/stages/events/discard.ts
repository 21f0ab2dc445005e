import type { Lexicon } from "./lexicon/schema.js";
import { CLAUSAL, type Tree } from "./tree.js";

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/**
 * The discard rule (sport, entertainment) whose cue word sits in the trigger's own clause, or null.
 * A scoreline ("2-1") counts as a sport cue.
 */
export function discardCue(lex: Lexicon, tree: Tree, hosts: readonly number[]): string | null {
  const seen = new Set<number>();
  const walk = (n: number): string | null => {
    if (seen.has(n)) return null;
    seen.add(n);
    const word = tree.word(n).toLowerCase();
    // Cue words are nouns: "a friendly" is a match, "Friendly Cooperation" is not.
    const hit = tree.upos(n) === "NOUN" ? (lex.discards.get(tree.lemma(n)) ?? lex.discards.get(word)) : undefined;
    if (hit) return hit.rule;
    if (SCORE.test(word)) return "discards/score";
    for (const c of tree.children[n] ?? []) {
      if (CLAUSAL.has(tree.rel(c).split(":")[0] ?? "")) continue;
      const r = walk(c);
      if (r) return r;
    }
    return null;
  };
  for (const h of hosts) {
    const r = walk(h);
    if (r) return r;
  }
  return null;
}
