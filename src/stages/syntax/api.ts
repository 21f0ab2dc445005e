import { type Doc, layer } from "../../doc/doc.js";
import type { Span } from "../../doc/span.js";
import { baseRel, lemmaOf, rel, treeOf } from "./tree.js";

export { baseRel, formOf, lemmaOf, rel } from "./tree.js";

/** Head of token i (doc-level index), -1 for a sentence root. */
export function head(doc: Doc, i: number): number {
  return layer(doc, "deps")[i].head;
}

/** Dependents of token i in text order. */
export function children(doc: Doc, i: number): readonly number[] {
  return treeOf(doc).kids[i];
}

/** Dependents of i whose relation is `r` or a subtype of it ("obl" matches "obl:agent"). */
export function childrenWith(doc: Doc, i: number, ...rels: string[]): number[] {
  return children(doc, i).filter((c) => {
    const r = rel(doc, c);
    return rels.some((x) => r === x || (!x.includes(":") && r.startsWith(`${x}:`)));
  });
}

/** Token i and its conjuncts: "China and Russia" -> [China, Russia]. */
export function conjuncts(doc: Doc, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) {
    for (const c of children(doc, out[k])) if (rel(doc, c) === "conj") out.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** Every token of the subtree of i, sorted. */
export function subtree(doc: Doc, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) out.push(...children(doc, out[k]));
  return out.sort((a, b) => a - b);
}

/** Character span from the first to the last token of i's subtree. */
export function subtreeSpan(doc: Doc, i: number): Span {
  const toks = layer(doc, "tokens");
  const s = subtree(doc, i);
  return { start: toks[s[0]].start, end: toks[s[s.length - 1]].end };
}

/** For a conjunct verb or an xcomp, the predicate whose arguments it shares. */
function sharesArgsWith(doc: Doc, v: number): number {
  const r = rel(doc, v);
  return r === "conj" || r === "xcomp" ? head(doc, v) : -1;
}

/**
 * Subjects of a predicate, expanded over conjuncts. A conjoined verb or an xcomp without a
 * subject of its own takes its governor's: "Russia signed and ratified it", "China plans to visit".
 */
export function subjects(doc: Doc, verb: number): number[] {
  for (let v = verb, guard = 0; v >= 0 && guard < 8; v = sharesArgsWith(doc, v), guard++) {
    const subj = childrenWith(doc, v, "nsubj", "csubj");
    if (subj.length > 0) return subj.flatMap((s) => conjuncts(doc, s));
  }
  return [];
}

/** Direct and indirect objects, expanded over conjuncts. */
export function objects(doc: Doc, verb: number): number[] {
  return childrenWith(doc, verb, "obj", "iobj").flatMap((o) => conjuncts(doc, o));
}

/** An oblique or nominal modifier with its case marker: "to China" -> {token: China, prep: "to"}. */
export interface Oblique {
  readonly token: number;
  readonly rel: string;
  /** Lowercased case marker(s) ("to", "because of"), or null when unmarked ("on Friday"? no: "Friday"). */
  readonly prep: string | null;
}

/** The case marker of a nominal: lemmas of its `case` dependents joined by spaces. */
export function caseMarker(doc: Doc, noun: number): string | null {
  const cs = childrenWith(doc, noun, "case").filter((c) => c < noun || lemmaOf(doc, c) !== "'s");
  if (cs.length === 0) return null;
  return cs
    .flatMap((c) => [c, ...childrenWith(doc, c, "fixed")])
    .sort((a, b) => a - b)
    .map((c) => lemmaOf(doc, c))
    .join(" ");
}

/** Obliques of a verb (obl, obl:agent, obl:unmarked, ...), each conjunct listed. */
export function obliques(doc: Doc, verb: number): Oblique[] {
  return childrenWith(doc, verb, "obl").flatMap((o) =>
    conjuncts(doc, o).map((c) => ({ token: c, rel: rel(doc, o), prep: caseMarker(doc, o) })),
  );
}

/** True when the verb is passive: a passive auxiliary or subject, or a bare participle modifier. */
export function isPassive(doc: Doc, verb: number): boolean {
  if (childrenWith(doc, verb, "aux:pass", "nsubj:pass", "csubj:pass").length > 0) return true;
  const tags = layer(doc, "tags");
  return tags[verb].xpos === "VBN" && baseRel(doc, verb) === "acl";
}

/** The agent of a passive ("was received by Putin" -> Putin, conjuncts expanded). */
export function agents(doc: Doc, verb: number): number[] {
  const marked = childrenWith(doc, verb, "obl").filter(
    (o) => rel(doc, o) === "obl:agent" || (isPassive(doc, verb) && caseMarker(doc, o) === "by"),
  );
  return marked.flatMap((o) => conjuncts(doc, o));
}

/**
 * The clause a speech verb reports: its ccomp ("said that ..."), or, for "..., X said", the
 * clause the verb is attached to as parataxis. Returns the clause's head token or -1.
 */
export function reportedClause(doc: Doc, verb: number): number {
  const cc = childrenWith(doc, verb, "ccomp");
  if (cc.length > 0) return cc[0];
  if (rel(doc, verb) === "parataxis") return head(doc, verb);
  const para = childrenWith(doc, verb, "parataxis").filter((p) => p < verb);
  return para.length > 0 ? para[0] : -1;
}

/** Arguments of a nominal predicate ("Lavrov's visit to China", "the signing of the treaty"). */
export interface NominalArgs {
  /** nmod:poss or a "by" phrase: who does it. */
  readonly agent: number[];
  /** "of" phrase: what it is about or done to. */
  readonly theme: number[];
  /** "to" / "into" phrase. */
  readonly destination: number[];
  /** "between" / "with" phrase: the other parties. */
  readonly partners: number[];
  /** Every nmod with its marker. */
  readonly modifiers: Oblique[];
}

export function nominalArgs(doc: Doc, noun: number): NominalArgs {
  const mods = childrenWith(doc, noun, "nmod").flatMap((m) =>
    conjuncts(doc, m).map((c) => ({ token: c, rel: rel(doc, m), prep: caseMarker(doc, m) })),
  );
  const pick = (...preps: string[]): number[] =>
    mods.filter((m) => m.prep !== null && preps.includes(m.prep)).map((m) => m.token);
  const poss = mods.filter((m) => m.rel === "nmod:poss").map((m) => m.token);
  return {
    agent: [...poss, ...pick("by")],
    theme: pick("of"),
    destination: pick("to", "into"),
    partners: pick("between", "with", "among"),
    modifiers: mods,
  };
}

const NEGATORS = new Set(["not", "never", "n't", "no"]);

/** True when the predicate is negated ("did not sign", "never met", "without signing"). */
export function isNegated(doc: Doc, verb: number): boolean {
  for (const c of children(doc, verb)) {
    const r = baseRel(doc, c);
    if ((r === "advmod" || r === "det") && NEGATORS.has(lemmaOf(doc, c))) return true;
    if ((r === "mark" || r === "case") && lemmaOf(doc, c) === "without") return true;
  }
  return false;
}

/** A modal or future marker on a predicate and the token that expresses it. */
export interface Modality {
  readonly kind: "future" | "conditional" | "possible" | "necessary" | "intended" | "scheduled";
  readonly token: number;
}

const MODAL_AUX: Readonly<Record<string, Modality["kind"]>> = {
  will: "future",
  shall: "future",
  would: "conditional",
  could: "possible",
  can: "possible",
  may: "possible",
  might: "possible",
  should: "necessary",
  must: "necessary",
};

const INTENT: Readonly<Record<string, Modality["kind"]>> = {
  plan: "intended",
  intend: "intended",
  aim: "intended",
  want: "intended",
  seek: "intended",
  hope: "intended",
  expect: "intended",
  prepare: "intended",
  promise: "intended",
  threaten: "intended",
  schedule: "scheduled",
  set: "scheduled",
  due: "scheduled",
  go: "future",
};

/**
 * Modal markers of a predicate, nearest first: auxiliaries ("will visit") and governing
 * intention/schedule predicates ("plans to visit", "is scheduled to visit", "is going to").
 */
export function modality(doc: Doc, verb: number): Modality[] {
  const out: Modality[] = [];
  for (let v = verb, guard = 0; v >= 0 && guard < 6; guard++) {
    for (const a of childrenWith(doc, v, "aux")) {
      const kind = MODAL_AUX[lemmaOf(doc, a)];
      if (kind) out.push({ kind, token: a });
    }
    if (rel(doc, v) !== "xcomp") break;
    const gov = head(doc, v);
    const kind = INTENT[lemmaOf(doc, gov)];
    if (kind) out.push({ kind, token: gov });
    v = gov;
  }
  return out;
}
