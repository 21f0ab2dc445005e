import type { Lexicon } from "./lexicon/schema.js";
import { CLAUSAL, caseOf, type Tree } from "./tree.js";

/** Prepositions of a phrase that only sets an act's time or occasion ("during the tournament"). */
const OCCASION = new Set(["during", "before", "after", "ahead of", "for", "at", "throughout", "until"]);

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** Units of a sporting margin ("beat England by eight runs", "won by seven wickets"). */
const MARGIN_UNITS = new Set(["runs", "wickets", "goals", "strokes", "tries", "lengths"]);

/** Nouns for people that a sport word may describe ("a football star", "a former tennis champion"). */
const PEOPLE = new Set(["star", "player", "legend", "icon", "champion", "celebrity", "personality", "idol"]);

/**
 * The discard rule (sport, entertainment) whose cue word sits in the trigger's own clause, or null.
 * A scoreline ("2-1") counts as a sport cue. When the act is between states (`states`), a sports
 * event (domain `sport-occasion`: a tournament, not a match) in a phrase that only gives the act's time
 * or occasion does not count: "ministers agreed to share intelligence during the tournament" is
 * diplomacy about a sports event, not sport.
 */
export function discardCue(lex: Lexicon, tree: Tree, hosts: readonly number[], states = false): string | null {
  const seen = new Set<number>();
  // Only the act's own clause: "the coach said after the match that ..." still sets a sports scene.
  let occasions = states;
  const walk = (n: number): string | null => {
    if (seen.has(n)) return null;
    seen.add(n);
    const word = tree.word(n).toLowerCase();
    // Cue words are nouns: "a friendly" is a match, "Friendly Cooperation" is not; a named sports event is
    // one too ("hosted the Women's World Championship", "the World Cup").
    const cue = lex.discards.get(tree.lemma(n)) ?? lex.discards.get(word);
    const upos = tree.upos(n);
    const hit = upos === "NOUN" || (upos === "PROPN" && cue?.domain === "sport-occasion") ? cue : undefined;
    if (hit && hit.domain === "sport-occasion" && occasions && occasionPhrase(tree, n)) return null;
    // "kidnapped the father of a football star": a cue that only says who a person is sets no scene.
    const describes = ["compound", "amod"].includes(tree.rel(n)) && PEOPLE.has(tree.lemma(tree.head(n)));
    if (hit && !describes) return hit.rule;
    if (SCORE.test(word) || splitScore(lex, tree, n) || margin(tree, n)) return "discards/score";
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
  // "The coach said after the match that his side's attack had lacked bite": the clause that holds the trigger
  // and the clause reporting it ("said after the match") set the scene too.
  for (const h of hosts) {
    const clause = clauseHead(tree, h);
    const r = walk(clause);
    if (r) return r;
    const rel = tree.rel(clause).split(":")[0] ?? "";
    // "the match in which Spain's attack faded": a relative clause takes the scene of the noun it modifies.
    if ((rel === "ccomp" || rel === "parataxis" || rel === "acl") && tree.head(clause) >= 0) {
      occasions = false;
      const said = walk(tree.head(clause));
      occasions = states;
      if (said) return said;
    }
  }
  return null;
}

/** A phrase that only gives the act's time or occasion ("during the tournament", "ahead of the Cup"). */
function occasionPhrase(tree: Tree, n: number): boolean {
  const rel = tree.rel(n);
  return (rel.startsWith("obl") || rel.startsWith("nmod")) && OCCASION.has(caseOf(tree, n) ?? "");
}

/**
 * A number or unit of a sporting margin after "by" ("by eight runs", "by 3 goals"), read on the words
 * themselves: the tagger may take the unit for a verb ("runs").
 */
function margin(tree: Tree, n: number): boolean {
  const k = MARGIN_UNITS.has(tree.word(n).toLowerCase()) ? n - 1 : n;
  if (k < 1 || k + 1 >= tree.deps.length || tree.xpos(k) !== "CD") return false;
  return tree.word(k - 1).toLowerCase() === "by" && MARGIN_UNITS.has(tree.word(k + 1).toLowerCase());
}

/** A scoreline the tokenizer split into three tokens ("2", "-", "1"), not a tally of votes (tallies.tsv). */
function splitScore(lex: Lexicon, tree: Tree, n: number): boolean {
  if (n + 2 >= tree.deps.length || !/^\d{1,2}$/.test(tree.word(n))) return false;
  if (!/^[-–]$/.test(tree.word(n + 1)) || !/^\d{1,2}$/.test(tree.word(n + 2))) return false;
  for (let k = Math.max(0, n - 3); k <= Math.min(tree.deps.length - 1, n + 4); k++) {
    if (lex.tallies.has(tree.lemma(k).toLowerCase())) return false;
  }
  return true;
}

/** The head of the clause token i belongs to: i itself, or the nearest ancestor that heads a clause. */
function clauseHead(tree: Tree, i: number): number {
  let n = i;
  for (let hops = 0; hops < 12; hops++) {
    const rel = tree.rel(n).split(":")[0] ?? "";
    const h = tree.head(n);
    if (h < 0 || CLAUSAL.has(rel) || rel === "root") return n;
    n = h;
  }
  return n;
}
