import type { Doc } from "../../doc/doc.js";
import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { candidates } from "../../nlp/morphology.js";
import { repairDeps } from "./repair.js";
import { PAST } from "./repair-common.js";

/** Read-only view of one Doc's dependency trees with child lists, built once per Doc. */
export interface Tree {
  readonly text: string;
  readonly tags: readonly TokenTag[];
  readonly deps: readonly Dependency[];
  readonly children: readonly (readonly number[])[];
  word(i: number): string;
  lemma(i: number): string;
  upos(i: number): string;
  xpos(i: number): string;
  rel(i: number): string;
  head(i: number): number;
  kids(i: number, ...rels: string[]): number[];
  /** Token i lies inside a time expression ("on Monday", "last week"). */
  timed(i: number): boolean;
  /** The index of token i's sentence. */
  sentence(i: number): number;
}

/** Definite determiners: a noun after one names something known ("the talks", "this attack"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "these", "that", "those"]);

/** Words that negate the word they modify. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never"]);

/** Whether token k has a negating adverb ("was not a dictatorship", "agreed not to attack"). */
export function negatedBy(tree: Tree, k: number): boolean {
  // ("not only to withdraw but also to pay" negates nothing)
  const only = (a: number) => tree.word(a + 1).toLowerCase() === "only";
  return tree.kids(k, "advmod").some((a) => NEGATIONS.has(tree.word(a).toLowerCase()) && !only(a));
}

/** Whether verb v is a gerund, simple or perfect ("for sending", "of having supplied"). */
export function isGerund(tree: Tree, v: number): boolean {
  return tree.xpos(v) === "VBG" || tree.kids(v, "aux").some((k) => tree.xpos(k) === "VBG");
}

/** Prepositions that leave their noun out of what is told ("all members except Hungary"). */
const EXCLUDING = new Set(["except", "excluding", "besides"]);
/** Nouns that leave out their of-phrase: an exception, the edges of an occasion ("on the sidelines of the summit"). */
const LEAVING_OUT = new Set(["exception", "sideline", "sidelines", "margin", "margins"]);

/**
 * Whether the phrase at k is left out of what is told as a party ("with the exception of Cyprus",
 * "except Hungary", "met on the sidelines of the G7 summit").
 */
export function excluded(tree: Tree, k: number): boolean {
  return LEAVING_OUT.has(tree.lemma(k).toLowerCase()) || EXCLUDING.has(caseOf(tree, k) ?? "");
}

/** Base relation without subtype: "obl:tmod" -> "obl". */
export function baseRel(rel: string): string {
  const c = rel.indexOf(":");
  return c < 0 ? rel : rel.slice(0, c);
}

/** The tree of a Doc, parser misreads repaired (`phrasal`: the lexicon's phrasal verbs, "hand over"). */
export function buildTree(doc: Doc, phrasal: ReadonlySet<string> = new Set()): Tree {
  const tokens = doc.tokens ?? [];
  const repaired = repairDeps(doc.tags ?? [], doc.deps ?? [], phrasal);
  const deps = repaired.deps;
  // A word the repairs read as a verb: a past tense ("guerrillas wounded", read as an adjective), a
  // participle in -ing (", warning that ...", read as a noun) or a base form ("demanded that Canada
  // release", read as a noun), with the verb's best-guess stem as lemma unless the tagger already had a verb.
  const asVerb = (t: TokenTag, i: number): TokenTag => {
    const tok = tokens[i];
    const form = (tok ? doc.text.slice(tok.start, tok.end) : "").toLowerCase();
    const noun = t.upos === "NOUN";
    const passive = deps.some((d) => d.head === i && d.rel === "aux:pass");
    const xpos = noun && form.endsWith("ing") ? "VBG" : noun ? "VB" : passive ? "VBN" : "VBD";
    const lemma = t.upos === "VERB" ? t.lemma : (candidates(form, xpos === "VBG" ? "ing" : "ed")[0] ?? t.lemma);
    return { ...t, upos: "VERB", xpos, lemma };
  };
  const tags = repaired.verbs.size
    ? (doc.tags ?? []).map((t, i) => (repaired.verbs.has(i) ? asVerb(t, i) : t))
    : (doc.tags ?? []);
  const children: number[][] = tokens.map(() => []);
  deps.forEach((d, i) => {
    if (d.head >= 0 && d.head < children.length) children[d.head]?.push(i);
  });
  const text = doc.text;
  const times = doc.times ?? [];
  // Looked up many times per token by the matchers: lower-cased once, and words sliced on first use.
  const lemmas = tags.map((t) => (t.lemma ?? "").toLowerCase());
  const words: (string | undefined)[] = new Array(tokens.length);
  return {
    text,
    tags,
    deps,
    children,
    word: (i) => {
      const t = tokens[i];
      if (!t) return "";
      let w = words[i];
      if (w === undefined) {
        w = text.slice(t.start, t.end);
        words[i] = w;
      }
      return w;
    },
    lemma: (i) => lemmas[i] ?? "",
    upos: (i) => tags[i]?.upos ?? "",
    xpos: (i) => tags[i]?.xpos ?? "",
    rel: (i) => deps[i]?.rel ?? "",
    head: (i) => deps[i]?.head ?? -1,
    kids: (i, ...rels) => {
      // "obl:*" matches "obl:tmod"; the subtype-less name is built only when a wildcard is asked for
      const wild = rels.some((r) => r.endsWith(":*"));
      return (children[i] ?? []).filter((c) => {
        const r = deps[c]?.rel ?? "";
        return rels.length === 0 || rels.includes(r) || (wild && rels.includes(`${baseRel(r)}:*`));
      });
    },
    timed: (i) => {
      const t = tokens[i];
      return !!t && times.some((x) => x.start <= t.start && t.end <= x.end);
    },
    sentence: (i) => tokens[i]?.sentence ?? 0,
  };
}

/** Markers that only open a clause, never a prepositional phrase. */
const CLAUSE_MARKERS = new Set(["that", "whether", "if", "because", "although", "though", "unless", "whereas"]);

/**
 * The preposition (case/mark child) lemma of a nominal or clause, or null. A preposition or marker that
 * can head a phrase outranks one that only opens a clause ("said that its forces were on alert" is "on").
 */
export function caseOf(tree: Tree, i: number): string | null {
  const all = tree.kids(i, "case", "mark");
  const c = all.find((k) => !CLAUSE_MARKERS.has(tree.lemma(k))) ?? all[0];
  if (c === undefined) return null;
  const fixed = tree.kids(c, "fixed").map((f) => tree.lemma(f));
  return [tree.lemma(c), ...fixed].join(" ");
}

/** The token and its conjuncts (conj children, recursively). */
export function withConjuncts(tree: Tree, i: number): number[] {
  const out = [i];
  for (const c of tree.kids(i, "conj")) out.push(...withConjuncts(tree, c));
  return out;
}

/** All tokens of the subtree rooted at i, in index order. */
export function subtree(tree: Tree, i: number, stop?: (child: number) => boolean): number[] {
  const out: number[] = [];
  const walk = (n: number) => {
    out.push(n);
    for (const c of tree.children[n] ?? []) if (!stop?.(c)) walk(c);
  };
  walk(i);
  return out.sort((a, b) => a - b);
}

export const CLAUSAL = new Set(["ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis"]);

/** Depth of a token in its tree (root = 0). */
export function depth(tree: Tree, i: number): number {
  let d = 0;
  for (let h = tree.head(i); h >= 0 && d < 200; h = tree.head(h)) d++;
  return d;
}

export function isPassive(tree: Tree, i: number): boolean {
  if (tree.kids(i, "aux:pass", "nsubj:pass", "csubj:pass").length > 0) return true;
  if (passiveComplement(tree, i)) return true;
  if (reducedPassive(tree, i)) return true;
  // "was received by X" with the auxiliary misread; "had spoken by telephone" has an active subject and is no passive.
  return tree.xpos(i) === "VBN" && tree.kids(i, "obl:agent").length > 0 && tree.kids(i, "nsubj").length === 0;
}

/** Subordinators after which a bare past form is a passive participle ("when asked", "if elected"). */
const REDUCED_MARKS = new Set(["when", "if", "once", "unless", "until", "though", "although", "while", "whenever"]);

/**
 * "When asked about the climate, Trump said ...", "if elected": a past form right after a subordinator,
 * with no subject or auxiliary of its own, is a passive participle (the tagger may read it as a past tense).
 */
function reducedPassive(tree: Tree, i: number): boolean {
  if (tree.rel(i) !== "advcl" || !PAST.has(tree.xpos(i))) return false;
  if (tree.kids(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "obj").length) return false;
  const before = tree.kids(i, "mark", "advmod").filter((k) => k === i - 1);
  return before.some((k) => REDUCED_MARKS.has(tree.word(k).toLowerCase()));
}

/**
 * "were reported killed", "has been confirmed arrested": a bare participle complement of a passive is a
 * passive; so is a participle conjoined to one ("was shot and killed", with "shot" read as an adjective
 * and "killed" as a past tense).
 */
function passiveComplement(tree: Tree, i: number): boolean {
  const rel = tree.rel(i);
  // (a conjunct tagged a past tense with no object of its own: "was shot and killed" with "killed" a VBD)
  const past = tree.xpos(i) === "VBN" || (rel === "conj" && tree.xpos(i) === "VBD");
  if (!past || (rel !== "xcomp" && rel !== "conj")) return false;
  if (tree.kids(i, "mark", "nsubj", "aux", "obj").length) return false;
  const h = tree.head(i);
  if (h < 0) return false;
  if (tree.kids(h, "aux:pass", "nsubj:pass").length > 0) return true;
  return rel === "conj" && tree.kids(h, "cop").length > 0 && ["VBN", "JJ"].includes(tree.xpos(h));
}

/** Bare nominals the parser labelled obl:unmarked / obl:npmod ("warned China against ..."): objects in practice. */
export function bareObliques(tree: Tree, i: number): number[] {
  return tree.kids(i, "obl:unmarked", "obl:npmod").filter((k) => tree.kids(k, "case").length === 0);
}

/** Relative pronouns ("Kim, who arrived", "the M23, which it calls ..."). */
export const RELATIVE: ReadonlySet<string> = new Set(["who", "whom", "which", "that"]);

/** The noun a relative pronoun stands for ("Kim, who arrived"): the head of the relative clause. */
export function relativeHead(tree: Tree, v: number, subj: number): number {
  if (!RELATIVE.has(tree.word(subj).toLowerCase())) return subj;
  let clause = v;
  while (tree.rel(clause) === "conj" && tree.head(clause) >= 0) clause = tree.head(clause);
  return tree.rel(clause).startsWith("acl") && tree.head(clause) >= 0 ? tree.head(clause) : subj;
}

/**
 * The subject a passive conjunct or adverbial clause shares with the clause it is joined to: "arrived
 * in Tokyo and was received by the prime minister" -> the visitor is the passive's patient; of a
 * passive participle, the noun it modifies.
 */
export function sharedPassiveSubject(tree: Tree, b: number): number[] {
  // "..., after being welcomed by the Swiss president": a subjectless passive adverbial clause too.
  const rel = tree.rel(b);
  // "twenty soldiers were reported killed", "was shot and killed": the patient of the passive it completes
  if (passiveComplement(tree, b)) return tree.kids(tree.head(b), "nsubj:pass", "nsubj");
  if (rel !== "conj" && rel !== "advcl" && rel !== "acl") return [];
  if (!isPassive(tree, b) || tree.kids(b, "nsubj:pass", "nsubj").length) return [];
  const first = tree.head(b);
  if (first < 0) return [];
  // "citizens abducted by North Korean agents": a passive participle's patient is the noun it modifies.
  if (rel === "acl") return [first];
  return tree.kids(first, "nsubj", "nsubj:pass").map((k) => relativeHead(tree, first, k));
}

/** The verb whose object or oblique a noun is (through nmod chains), or -1. */
export function clauseOfNoun(tree: Tree, noun: number): number {
  let n = noun;
  for (let hops = 0; n >= 0 && hops < 3; hops++) {
    const h = tree.head(n);
    const rel = baseRel(tree.rel(n));
    if (h < 0 || !["obj", "obl", "nmod"].includes(rel)) return -1;
    if (tree.upos(h) === "VERB") return h;
    n = h;
  }
  return -1;
}

/** An object's conjunct stands for the object ("began a joint air and naval exercise" read as "air and exercise"). */
export function objectOf(tree: Tree, n: number): number {
  return tree.rel(n) === "conj" && tree.rel(tree.head(n)) === "obj" ? tree.head(n) : n;
}
