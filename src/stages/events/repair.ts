import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
/** Dependents that make a nominal a clause or phrase of its own rather than a bare object. */
const OWN_CLAUSE = new Set(["case", "mark", "cop", "nsubj", "aux", "expl"]);

const base = (rel: string) => rel.split(":")[0] ?? rel;

/**
 * The dependencies with parser misreads undone. A clause hung on a bare time noun ("said Wednesday that
 * ...") is the verb's. A passive subject standing right before an active subject's words is part of that
 * subject ("European Community foreign ministers demanded"); with no active subject, a passive subject of
 * a past form that takes an object and has no auxiliary is the active subject ("Hamas fired rockets"). An
 * object with a preposition is an oblique. A counted or modified noun right after an active
 * verb that has no object, labelled as a second subject or as an adverbial clause ("Serb forces
 * killed three ethnic Albanians", "aircraft killed 4 Iraqis"), is the verb's object. Holds only when
 * every word between the verb and the noun is the noun's own modifier, the noun has no preposition,
 * copula or subject of its own, and (for a subject) the verb already has a subject before it.
 */
export function repairDeps(tags: readonly TokenTag[], deps: readonly Dependency[]): Dependency[] {
  const kids: number[][] = deps.map(() => []);
  deps.forEach((d, i) => {
    if (d.head >= 0 && d.head < kids.length) kids[d.head]?.push(i);
  });
  const out = [...deps];
  deps.forEach((d, t) => {
    // "said Wednesday that the US must ...": a clause hung on the bare time noun belongs to the verb.
    if (d.rel === "ccomp" && d.head >= 0) {
      const n = d.head;
      const v = deps[n]?.head ?? -1;
      const bare = /^obl:(unmarked|tmod|npmod)$/.test(deps[n]?.rel ?? "");
      if (bare && v >= 0 && NOMINAL.has(tags[n]?.upos ?? "") && tags[v]?.upos === "VERB") {
        out[t] = { head: v, rel: "ccomp" };
        return;
      }
    }
    // "European Community foreign ministers demanded": a name read as a passive subject beside the active
    // subject, right before that subject's own words, is part of the subject's phrase.
    if (d.rel === "nsubj:pass" && d.head > t) {
      const subj = (kids[d.head] ?? []).find((c) => deps[c]?.rel === "nsubj" && c > t && c < d.head);
      const passive = (kids[d.head] ?? []).some((c) => deps[c]?.rel === "aux:pass");
      let inside = subj !== undefined && !passive;
      for (let k = t + 1; inside && subj !== undefined && k < subj; k++) inside = deps[k]?.head === subj;
      if (inside && subj !== undefined && NOMINAL.has(tags[t]?.upos ?? "")) {
        out[t] = { head: subj, rel: "compound" };
        return;
      }
    }
    // "Hamas fired rockets": a passive subject of a past tense with an object and no passive auxiliary is its subject.
    if (d.rel === "nsubj:pass" && d.head > t && ["VBD", "VBN"].includes(tags[d.head]?.xpos ?? "")) {
      const verbKids = kids[d.head] ?? [];
      const rels = verbKids.map((c) => deps[c]?.rel ?? "");
      if (rels.includes("obj") && !rels.some((r) => r.startsWith("aux")) && !rels.includes("nsubj")) {
        out[t] = { head: d.head, rel: "nsubj" };
        return;
      }
    }
    // "called Thursday on Arabs to unite": an object with a preposition of its own is an oblique.
    if (d.rel === "obj" && (kids[t] ?? []).some((c) => deps[c]?.rel === "case")) {
      out[t] = { head: d.head, rel: "obl" };
      return;
    }
    const v = d.head;
    if (v < 0 || v >= t || (d.rel !== "nsubj" && d.rel !== "advcl")) return;
    if (tags[v]?.upos !== "VERB" || !NOMINAL.has(tags[t]?.upos ?? "")) return;
    const verbKids = kids[v] ?? [];
    if (verbKids.some((c) => ["obj", "aux:pass", "nsubj:pass"].includes(deps[c]?.rel ?? ""))) return;
    if (d.rel === "nsubj" && !verbKids.some((c) => c < v && deps[c]?.rel === "nsubj")) return;
    for (let k = v + 1; k < t; k++) if (deps[k]?.head !== t) return;
    if ((kids[t] ?? []).some((c) => OWN_CLAUSE.has(base(deps[c]?.rel ?? "")))) return;
    out[t] = { head: v, rel: "obj" };
  });
  return out;
}
