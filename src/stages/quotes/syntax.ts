import type { Phrase } from "./phrase.js";
import type { TokenView } from "./view.js";

/** Relations through which a cue shares its governor's subject ("by saying", "and warned", "Citing ..., X said"). */
const CONTROLLED = new Set(["advcl", "xcomp", "conj"]);
const HEAD_CHUNK = new Set(["compound", "flat", "amod", "det", "nmod:poss", "case", "nummod", "nmod:desc", "appos"]);

/** Token range [start, end) of the subtree of token i, within its sentence. */
export function subtree(v: TokenView, i: number): [number, number] {
  const sent = v.sentenceOf(i);
  let lo = i;
  let hi = i;
  let grew = true;
  const inside = new Set([i]);
  while (grew) {
    grew = false;
    for (let j = sent.firstToken; j < sent.endToken; j++) {
      if (inside.has(j) || !inside.has(v.head(j))) continue;
      inside.add(j);
      grew = true;
      if (j < lo) lo = j;
      if (j > hi) hi = j;
    }
  }
  return [lo, hi + 1];
}

/** The first child of i whose relation (before any ":") is one of `rels`, or -1. */
export function childWith(v: TokenView, i: number, rels: readonly string[]): number {
  for (const c of v.children(i)) if (rels.includes(v.rel(c).split(":")[0] ?? "")) return c;
  return -1;
}

/** The speaker phrase around a subject token: its subtree left of `limit`, head chunk around the token. */
export function subjectPhrase(v: TokenView, tok: number, limit: number): Phrase {
  if (v.isPersonalPronoun(tok)) return { start: tok, end: tok + 1, headStart: tok, headEnd: tok + 1 };
  const [s, e] = subtree(v, tok);
  let headStart = tok;
  while (headStart - 1 >= s && HEAD_CHUNK.has(v.rel(headStart - 1)) && v.head(headStart - 1) >= headStart - 1)
    headStart--;
  let headEnd = tok + 1;
  while (headEnd < Math.min(e, limit) && v.rel(headEnd) === "flat") headEnd++;
  return { start: s, end: Math.max(Math.min(e, limit), headEnd), headStart, headEnd };
}

/**
 * The subject of a verb cue by the dependency parse: its own nsubj, or that of the verb it is
 * controlled by ("X justified it by saying", "Citing ..., Airbus announced"). -1 when none.
 */
export function depSubject(v: TokenView, cue: number): number {
  if (!v.doc.deps) return -1;
  let h = cue;
  for (let guard = 0; guard < 3 && h >= 0; guard++) {
    const subj = childWith(v, h, ["nsubj"]);
    if (subj >= 0 && v.rel(subj) !== "nsubj:pass") return subj;
    if (!CONTROLLED.has(v.rel(h).split(":")[0] ?? "")) return -1;
    h = v.head(h);
  }
  return -1;
}

/** The dependency subject of a cue as a phrase, or null. */
export function depSubjectPhrase(v: TokenView, cue: number): Phrase | null {
  const subj = depSubject(v, cue);
  if (subj < 0) return null;
  const p = subjectPhrase(v, subj, subj < cue ? cue : v.sentenceOf(cue).endToken);
  if (v.isQuoteMark(p.start) || v.upos(subj) === "VERB") return null;
  return p;
}

/**
 * "to consolidate X and add Y": a bare base-form cue coordinated inside an infinitive is not a
 * speech act of its own subject.
 */
export function isInfinitiveConjunct(v: TokenView, cue: number): boolean {
  if (!v.doc.deps || v.rel(cue) !== "conj") return false;
  const h = v.head(cue);
  if (h < 0 || childWith(v, cue, ["nsubj"]) >= 0) return false;
  const bare = v.lower(cue) === v.lemma(cue) && !/(ed|ing|s)$/.test(v.lower(cue));
  const infinitive = v.children(h).some((c) => v.rel(c) === "mark" && v.lower(c) === "to") || v.lower(h - 1) === "to";
  return bare && infinitive;
}
