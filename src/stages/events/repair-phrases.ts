import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
/** Particles of phrasal verbs the parser reads as prepositions ("handed over medicine"). */
const PARTICLES = new Set(["over", "up", "out", "off", "down", "back"]);
/** Lemmas of participles used as adjectives before a noun ("arrested suspected militants"). */
const ATTRIBUTIVE = new Set(["suspect", "allege", "accuse", "purport", "presume"]);
const PAST = new Set(["VBD", "VBN"]);

/** Each token's dependents, in text order. */
export function childrenOf(deps: readonly Dependency[]): number[][] {
  const kids: number[][] = deps.map(() => []);
  deps.forEach((d, i) => {
    if (d.head >= 0 && d.head < kids.length) kids[d.head]?.push(i);
  });
  return kids;
}

/** Whether token k's head chain reaches `top`. */
function under(deps: readonly Dependency[], k: number, top: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && hops < 8; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

const lemma = (tags: readonly TokenTag[], i: number) => tags[i]?.lemma?.toLowerCase() ?? "";

/**
 * Phrase-level misreads undone in place, on dependencies already repaired at clause level:
 * - "handed over medicine to Iran" read with a preposition "over": a particle right after a verb with no
 *   object, heading a common noun the verb governs, is the verb's particle and the noun its object; a
 *   to-phrase the parser hung on that noun is the verb's.
 * - "extradited suspected militant X to Britain" read as a clause "suspected X": an attributive
 *   participle ("suspected", "alleged") governing the noun phrase right after it modifies that noun,
 *   which is the object of the verb before it; the participle's other phrases are the verb's.
 * - "European Community foreign ministers agreed to provide aid" read as one noun phrase with a reduced
 *   relative: in a sentence whose root is a noun, a past form right after that phrase, with no subject or
 *   auxiliary but an object or a clause of its own, is the sentence's verb and the phrase its subject.
 */
export function repairPhrases(tags: readonly TokenTag[], out: Dependency[]): void {
  particles(tags, out);
  attributive(tags, out);
  nominalRoots(tags, out);
}

function particles(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  for (let v = 0; v + 1 < out.length; v++) {
    const p = v + 1;
    const n = out[p]?.head ?? -1;
    if (tags[v]?.upos !== "VERB" || out[p]?.rel !== "case" || !PARTICLES.has(lemma(tags, p))) continue;
    if (tags[n]?.upos !== "NOUN" || out[n]?.head !== v || !(out[n]?.rel ?? "").startsWith("obl")) continue;
    if ((kids[v] ?? []).some((c) => out[c]?.rel === "obj")) continue;
    // "walked out of a session": a particle with a preposition of its own is a compound preposition.
    if ((kids[n] ?? []).some((k) => k !== p && out[k]?.rel === "case")) continue;
    out[p] = { head: v, rel: "compound:prt" };
    out[n] = { head: v, rel: "obj" };
    activeSubject(out, kids[v] ?? [], v);
    for (const c of kids[n] ?? []) {
      const prep = (kids[c] ?? []).find((k) => out[k]?.rel === "case") ?? -1;
      if (c > n && out[c]?.rel === "nmod" && lemma(tags, prep) === "to") out[c] = { head: v, rel: "obl" };
    }
  }
}

function attributive(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    const v = d.head;
    if (tags[a]?.upos !== "VERB" || !PAST.has(tags[a]?.xpos ?? "") || !ATTRIBUTIVE.has(lemma(tags, a))) return;
    if (v < 0 || v > a || tags[v]?.upos !== "VERB" || (kids[v] ?? []).some((c) => out[c]?.rel === "obj")) return;
    if ((kids[a] ?? []).some((c) => c < a)) return;
    const n = (kids[a] ?? []).find(
      (c) => NOMINAL.has(tags[c]?.upos ?? "") && !(kids[c] ?? []).some((k) => k < c && out[k]?.rel === "case"),
    );
    if (n === undefined) return;
    for (let k = a + 1; k < n; k++) if (!under(out, k, n)) return;
    out[n] = { head: v, rel: "obj" };
    out[a] = { head: n, rel: "amod" };
    for (const c of kids[a] ?? []) if (c > n) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
    activeSubject(out, kids[v] ?? [], v);
  });
}

/** A verb that now has an object and no auxiliary is active: its passive subject is its subject. */
function activeSubject(out: Dependency[], own: readonly number[], v: number): void {
  if (own.some((c) => (out[c]?.rel ?? "").startsWith("aux"))) return;
  for (const c of own) if (c < v && out[c]?.rel === "nsubj:pass") out[c] = { head: v, rel: "nsubj" };
}

const CLAUSES = new Set(["obj", "ccomp", "xcomp"]);

function nominalRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const n = v - 1;
    if (d.rel !== "acl" || d.head !== n || tags[v]?.upos !== "VERB" || !PAST.has(tags[v]?.xpos ?? "")) return;
    // The sentence's root, reached from the phrase without passing a verb, is a noun.
    let r = n;
    for (let hops = 0; (out[r]?.head ?? -1) >= 0 && hops < 8; hops++) {
      r = out[r]?.head ?? -1;
      if (tags[r]?.upos === "VERB") return;
    }
    if (r > n || out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "")) return;
    const own = kids[v] ?? [];
    if (own.some((c) => /^(nsubj|aux|mark|cop)/.test(out[c]?.rel ?? ""))) return;
    const toClause = (c: number) =>
      out[c]?.rel === "advcl" && (kids[c] ?? []).some((k) => out[k]?.rel === "mark" && lemma(tags, k) === "to");
    if (!own.some((c) => CLAUSES.has(out[c]?.rel ?? "") || toClause(c))) return;
    // "European Community foreign ministers": a name read as the head, with the rest as its modifier.
    const caseless = !(kids[n] ?? []).some((k) => out[k]?.rel === "case");
    const joined = n !== r && r < n && out[n]?.head === r && caseless;
    const subject = joined || n === r ? n : r;
    for (const c of kids[r] ?? []) if (c > v) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
    out[v] = { head: -1, rel: "root" };
    out[subject] = { head: v, rel: "nsubj" };
    if (joined) out[r] = { head: n, rel: "compound" };
  });
}
