import type { Lexicon } from "./lexicon/schema.js";
import { reportsSpeech } from "./parties.js";
import { CONDITION_MARKS } from "./repair-common.js";
import { caseOf, NEGATIONS, type Tree } from "./tree.js";

/**
 * Whether a clause (or a clause it is coordinated with or controlled by) carries an if/unless condition,
 * or, in the future, an argument quantified by "any" ("would respond to any attack": if one comes).
 */
export function conditional(tree: Tree, clause: number): boolean {
  for (let c = clause, hops = 0; c >= 0 && hops < 4; c = tree.head(c), hops++) {
    if (tree.kids(c, "advcl").some((k) => CONDITION_MARKS.has(caseOf(tree, k) ?? ""))) return true;
    if (anyArgument(tree, c)) return true;
    const rel = tree.rel(c);
    if (rel !== "conj" && rel !== "xcomp") return false;
  }
  return false;
}

/**
 * The CAMEO 13x threat made by a hostile act stated under a condition ("will withdraw its force unless
 * ...", "would boycott the vote if ..."), or null. `clause` is the trigger or its light verb.
 */
export function conditionalThreat(lex: Lexicon, tree: Tree, clause: number, cameo: string): string | null {
  if (cameo.startsWith("13") || !conditional(tree, clause)) return null;
  return threatOf(lex, cameo);
}

/** The 13x threat of a hostile act (threats.tsv: the longest listed prefix of its code), or null. */
function threatOf(lex: Lexicon, cameo: string): string | null {
  return lex.threats.find((t) => cameo.startsWith(t.prefix))?.code ?? null;
}

/**
 * The CAMEO 13x threat made by announcing a hostile act of one's own in the future tense ("farmers said they
 * would blockade Paris", "announced that he will extend the curfew", "NATO confirmed it would tighten the
 * blockade"): the codebook files such declarations under THREATEN, as it does conditional ones; the act
 * itself stays listed as planned. Only an act of material conflict (14x-20x: "said it would criticize" is no
 * threat), and only a declaration: the clause a verb of saying reports, its subject a pronoun standing for
 * the speaker (`speaksForSource` of the verb of saying: not "officials said Russia would impose sanctions",
 * "Netanyahu said it would attack Israel again", another's plan reported); not a passive, nor an act
 * named by a noun ("the planned blockade").
 */
export function announcedThreat(
  lex: Lexicon,
  tree: Tree,
  clause: number,
  cameo: string,
  noun: boolean,
  speaksForSource: (verb: number) => boolean,
): string | null {
  if (noun || lex.cameo.get(cameo)?.quadClass !== MATERIAL_CONFLICT || tree.kids(clause, "aux:pass").length)
    return null;
  const aux = tree.kids(clause, "aux").map((a) => tree.word(a).toLowerCase());
  // (not a counterfactual: "said it would have attacked Peru had the talks failed")
  if (!aux.some((a) => ANNOUNCING.has(a)) || aux.includes("have")) return null;
  const speech = tree.head(clause);
  if (tree.rel(clause) !== "ccomp" || speech < 0 || !reportsSpeech(lex, tree, speech) || !speaksForSource(speech))
    return null;
  if (!tree.kids(clause, "nsubj").some((n) => tree.upos(n) === "PRON")) return null;
  return threatOf(lex, cameo);
}

/** QuadClass of material conflict (14x-20x). */
const MATERIAL_CONFLICT = 4;

/** Auxiliaries of a future act announced ("will", a reported "would"). */
const ANNOUNCING = new Set(["will", "would", "shall", "'ll"]);

const FUTURE = new Set(["will", "would", "shall", "can", "could"]);

/** Nouns that "any" makes a time or a manner, no condition ("at any moment", "at any cost", "in any case"). */
const CIRCUMSTANCES = new Set([
  "time",
  "moment",
  "point",
  "stage",
  "day",
  "hour",
  "cost",
  "price",
  "case",
  "event",
  "way",
  "means",
  "circumstance",
  "circumstances",
  "form",
  "kind",
  "length",
]);

/** "will respond to any attack", "would punish any country that ...": a future verb's argument under "any". */
export function anyArgument(tree: Tree, v: number): boolean {
  if (!tree.kids(v, "aux").some((a) => FUTURE.has(tree.word(a).toLowerCase()))) return false;
  return (tree.children[v] ?? []).some(
    (c) =>
      (tree.rel(c) === "obj" || tree.rel(c) === "obl") &&
      !CIRCUMSTANCES.has(tree.lemma(c).toLowerCase()) &&
      tree.kids(c, "det").some((d) => tree.word(d).toLowerCase() === "any"),
  );
}

/**
 * The CAMEO 12x rejection made by declaring that a cooperative act will not be done ("will not accept
 * more refugees", "cannot allow inspectors"), or null; `instead`, the code such a declaration makes of this act
 * when it is no refusal ("will not tolerate" warns, 130). A past "did not" reports a non-event, no refusal, and so
 * does a narrated "could not" ("because the two sides could not agree").
 */
export function declaredRefusal(
  lex: Lexicon,
  tree: Tree,
  clause: number,
  cameo: string,
  instead: string | null = null,
): string | null {
  const aux = tree.kids(clause, "aux").map((k) => tree.lemma(k));
  const words = tree.kids(clause, "aux", "advmod").map((k) => tree.word(k).toLowerCase());
  // "said it could not accept", "could not accept the terms, its envoy said" declare; "because they could
  // not agree" narrates a past failure
  const reported =
    ["ccomp", "parataxis"].includes(tree.rel(clause)) ||
    tree.kids(clause, "parataxis").some((k) => reportsSpeech(lex, tree, k));
  const declared = (a: string) => a !== "could" || reported;
  const future = aux.some((a) => FUTURE.has(a) && declared(a)) || words.some((w) => w === "cannot" || w === "won't");
  const negated = words.some((w) => NEGATIONS.has(w) || w === "cannot");
  if (!future || !negated) return null;
  return instead ?? lex.refusals.find((t) => cameo.startsWith(t.prefix))?.code ?? null;
}
