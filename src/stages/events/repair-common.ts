import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { DAY_WORDS } from "../../nlp/day-words.js";

/* Word classes and tree walks shared by the dependency repairs (repair.ts, repair-phrases.ts, repair-subjects.ts). */

export const NOMINAL = new Set(["NOUN", "PROPN"]);
export const FINITE = new Set(["VBD", "VBZ", "VBP"]);
/** Past tense and past participle tags. */
export const PAST = new Set(["VBD", "VBN"]);
/** Modal auxiliaries: a verb's own act future, possible or required. */
export const MODALS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
]);
/** Subordinators of a condition ("if", "unless"). */
export const CONDITION_MARKS: ReadonlySet<string> = new Set(["if", "unless"]);
/** Verbs that report what a clause before them says ("..., police said", "..., officials told AFP"). */
export const REPORTING: ReadonlySet<string> = new Set(["say", "tell", "report", "add", "claim", "state"]);
/** Nouns of a stretch of time that date an act on their own ("next month", "last week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...DAY_WORDS,
  "tomorrow",
  "week",
  "month",
  "year",
  "weekend",
  "morning",
  "afternoon",
  "evening",
]);
/** Verbs of the toll an act takes ("airstrikes killed 12 people", "..., leaving two dead"). */
export const TOLLS: ReadonlySet<string> = new Set([
  "kill",
  "wound",
  "injure",
  "destroy",
  "damage",
  "displace",
  "leave",
]);
/** Prepositions that also open a finite clause ("after Russia vetoed the draft"). */
export const CLAUSE_PREPS = new Set(["after", "before", "since", "until", "as"]);

/** The dependencies `childrenOf` last indexed (a copy) and their index. */
let indexed: { deps: readonly Dependency[]; kids: number[][] } | null = null;

/**
 * Each token's dependents, in text order; a token with none has no entry (read it as `kids[i] ?? []`).
 * The repairs ask for this index some forty times a document, mostly of a tree no repair has changed
 * since the last time, so the last index is kept and returned while every dependency is the same
 * object. Callers must not modify it.
 */
export function childrenOf(deps: readonly Dependency[]): number[][] {
  const last = indexed;
  if (last && last.deps.length === deps.length && last.deps.every((d, i) => d === deps[i])) return last.kids;
  const kids: number[][] = new Array(deps.length);
  for (let i = 0; i < deps.length; i++) {
    const h = deps[i]?.head ?? -1;
    if (h < 0 || h >= deps.length) continue;
    const list = kids[h];
    if (list) list.push(i);
    else kids[h] = [i];
  }
  indexed = { deps: [...deps], kids };
  return kids;
}

/**
 * `childrenOf`, built on the first lookup: for repairs whose cheap tests (a word, a relation) rarely
 * pass, so most documents never pay for the index.
 */
export function lazyChildren(deps: readonly Dependency[]): (i: number) => readonly number[] {
  let kids: number[][] | null = null;
  return (i) => {
    kids ??= childrenOf(deps);
    return kids[i] ?? [];
  };
}

/** Whether one of `kids` (a phrase's dependents) is its preposition `word` ("by", "to"). */
export function hasCase(
  tags: readonly TokenTag[],
  out: readonly Dependency[],
  kids: readonly number[],
  word: string,
): boolean {
  return kids.some((k) => out[k]?.rel === "case" && lemma(tags, k) === word);
}

/** Verb v takes the place of the root r: r's dependents after v go to v, keeping their relations. */
export function rootAt(
  out: Dependency[],
  kids: readonly (readonly number[] | undefined)[],
  r: number,
  v: number,
): void {
  for (const c of kids[r] ?? []) if (c > v) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
  out[v] = { head: -1, rel: "root" };
}

/** A finite verb or auxiliary tag: past or present tense, or a modal. */
export function finiteTag(tags: readonly TokenTag[], k: number): boolean {
  return FINITE.has(tags[k]?.xpos ?? "") || tags[k]?.xpos === "MD";
}

/** The tokens around root n that hang on it, as [first, end): the sentence it heads. */
export function rootSpan(deps: readonly Dependency[], n: number): [number, number] {
  let first = n;
  while (first > 0 && rootOf(deps, first - 1) === n) first--;
  let end = n + 1;
  while (end < deps.length && rootOf(deps, end) === n) end++;
  return [first, end];
}

/** The root of token k's sentence (the end of its head chain). */
export function rootOf(deps: readonly Dependency[], k: number): number {
  let r = k;
  for (let hops = 0; (deps[r]?.head ?? -1) >= 0 && hops < 100; hops++) r = deps[r]?.head ?? -1;
  return r;
}

/** The first token of the phrase headed at `head`: back over its own words, no further than `floor`, nor past punctuation. */
export function phraseStart(tags: readonly TokenTag[], deps: readonly Dependency[], head: number, floor = 0): number {
  let first = head;
  while (first > floor && under(deps, first - 1, head) && tags[first - 1]?.upos !== "PUNCT") first--;
  return first;
}

/** A participle with an object, which is a past tense misread ("police fired tear gas", "Israel freed 39 prisoners"). */
export function misreadPast(tags: readonly TokenTag[], deps: readonly Dependency[], k: number): boolean {
  return tags[k]?.xpos === "VBN" && deps.some((d) => d.head === k && d.rel === "obj");
}

/** Whether token k's head chain reaches `top` within eight steps. */
export function under(deps: readonly Dependency[], k: number, top: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && hops < 8; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

/** Whether token k's head chain reaches `top` before it meets `stop`. */
export function underBefore(deps: readonly Dependency[], k: number, top: number, stop: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && h !== stop && hops < 8; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

export const lemma = (tags: readonly TokenTag[], i: number) => tags[i]?.lemma?.toLowerCase() ?? "";

/** The head of the noun phrase opening right after token k ("the rebels" after "and"), or -1. */
export function nounAfter(tags: readonly TokenTag[], out: readonly Dependency[], k: number): number {
  for (let t = k + 1; t < out.length && t <= k + 4; t++) {
    if (NOMINAL.has(tags[t]?.upos ?? "")) {
      // the phrase's head: the last of its words that hang on the next one
      let h = t;
      while (out[h]?.head === h + 1 && NOMINAL.has(tags[h + 1]?.upos ?? "")) h++;
      return h;
    }
    if (!["DET", "ADJ", "NUM"].includes(tags[t]?.upos ?? "")) return -1;
  }
  return -1;
}

/** Nouns for texts whose -ing participle says what they say ("a resolution demanding a ceasefire"). */
export const DOCUMENT_NOUNS = new Set([
  "resolution",
  "statement",
  "declaration",
  "letter",
  "report",
  "motion",
  "bill",
  "draft",
  "communique",
  "note",
  "decree",
  "call",
  "appeal",
  "petition",
]);

/** Verbs whose subject puts out or adopts the text that is their object or oblique. */
export const ISSUING = new Set([
  "issue",
  "adopt",
  "pass",
  "approve",
  "publish",
  "release",
  "sign",
  "draft",
  "send",
  "table",
  "submit",
  "agree",
  "unveil",
  "circulate",
]);
