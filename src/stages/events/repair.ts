import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import { DASHES } from "../syntax/dateline.js";
import {
  CLAUSE_PREPS,
  CONDITION_MARKS,
  childrenOf,
  FINITE,
  finiteTag,
  lazyChildren,
  lemma,
  MODALS,
  NOMINAL,
  PAST,
  phraseStart,
  REPORTING,
  rootAt,
  rootOf,
  TIME_NOUNS,
  TOLLS,
  under,
} from "./repair-common.js";
import { coordinatedDemonyms } from "./repair-modifiers.js";
import { repairPhrases } from "./repair-phrases.js";

/** Dependents that make a nominal a clause or phrase of its own rather than a bare object. */
const OWN_CLAUSE = new Set(["case", "mark", "cop", "nsubj", "aux", "expl"]);

const base = (rel: string) => rel.split(":")[0] ?? rel;

/**
 * The dependencies with parser misreads undone (see also speechSubjects). A clause hung on a bare time noun ("said Wednesday that
 * ...") is the verb's. A passive subject standing right before an active subject's words is part of that
 * subject ("European Community foreign ministers demanded"); with no active subject, a passive subject of
 * a past form that takes an object, or a means clause ("responded by expelling"), and has no auxiliary
 * is the active subject ("Hamas fired rockets"). An
 * object with a preposition is an oblique. A counted or modified noun right after an active
 * verb that has no object, labelled as a second subject or as an adverbial clause ("Serb forces
 * killed three ethnic Albanians", "aircraft killed 4 Iraqis"), is the verb's object. Holds only when
 * every word between the verb and the noun is the noun's own modifier, the noun has no preposition,
 * copula or subject of its own, and (for a subject) the verb already has a subject before it. Then the
 * clause repairs below (speech subjects, second and "that" complements, datelines, fronted reports,
 * verbal modifiers, finite clauses, opening participles), the phrase repairs of repair-phrases.ts (given the lexicon's
 * phrasal verbs, "hand over"), datelines once more for the subjects they made, complements opened by
 * "and", and that-clauses of nouns of asking. Returns the dependencies and the tokens now read as verbs.
 */
export function repairDeps(
  tags: readonly TokenTag[],
  deps: readonly Dependency[],
  phrasal: ReadonlySet<string> = new Set(),
): { deps: Dependency[]; verbs: ReadonlySet<number> } {
  const kids = childrenOf(deps);
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
      // "The Asia-Pacific Economic Cooperation (APEC) forum": a bracketed acronym of the name goes with it.
      for (let k = t + 1; inside && subj !== undefined && k < subj; k++)
        inside = deps[k]?.head === subj || under(deps, k, t);
      if (inside && subj !== undefined && NOMINAL.has(tags[t]?.upos ?? "")) {
        out[t] = { head: subj, rel: "compound" };
        return;
      }
    }
    // "Hamas fired rockets": a passive subject of a past tense with an object and no passive auxiliary is its subject.
    if (d.rel === "nsubj:pass" && d.head > t && ["VBD", "VBN"].includes(tags[d.head]?.xpos ?? "")) {
      const verbKids = kids[d.head] ?? [];
      const rels = verbKids.map((c) => deps[c]?.rel ?? "");
      // "Russia responded by expelling ...": a means clause ("by" and a gerund) is only said of an agent.
      const means = verbKids.some(
        (c) =>
          deps[c]?.rel === "advcl" &&
          tags[c]?.xpos === "VBG" &&
          (kids[c] ?? []).some((m) => deps[m]?.rel === "mark" && lemma(tags, m) === "by"),
      );
      if ((rels.includes("obj") || means) && !rels.some((r) => r.startsWith("aux")) && !rels.includes("nsubj")) {
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
  coordinatedDemonyms(tags, out);
  speechSubjects(tags, deps, kids, out);
  secondComplements(tags, out);
  thatComplements(tags, out);
  datelines(tags, deps, kids, out);
  rootedDatelines(tags, out);
  frontedReports(tags, out);
  trailingSpeakers(tags, out);
  reportedTimes(tags, out);
  reportedObjects(tags, out);
  appositiveSpeakers(tags, out);
  reportedAdverbials(tags, out);
  verbalModifiers(tags, deps, kids, out);
  finiteClauses(tags, deps, out);
  relativeRoots(tags, out);
  gerundRoots(tags, out);
  relativeMains(tags, out);
  verbRelatives(tags, out);
  detachedRelatives(tags, out);
  relativeInfinitives(tags, out);
  unmarkedComplements(tags, out);
  participleDays(tags, out);
  strandedAdjuncts(tags, out);
  reducedRelatives(tags, out);
  passiveSubjects(tags, out);
  gerundParticiples(tags, out);
  openingParticiples(tags, out);
  const verbs = repairPhrases(tags, out, phrasal);
  // A dateline the phrase repairs just made a subject ("BRUSSELS — police fired" once "fired" is the verb).
  datelines(tags, [...out], childrenOf(out), out);
  // (after the phrase repairs, which may take a misread subject or marker away, or make a verb of a
  // noun: "that Canada release", "its demand that Israel ease")
  conjoinedComplements(tags, out);
  clausalConjuncts(tags, out);
  perfectConjuncts(tags, out);
  nounComplements(tags, out);
  controlledConditions(tags, out);
  verbParticiples(tags, out);
  // (a repair that left a cycle would hang every walk up the tree: keep the parser's tree then)
  return acyclic(out) ? { deps: out, verbs } : { deps: [...deps], verbs: new Set() };
}

/** Whether every token reaches a root by its heads. */
function acyclic(deps: readonly Dependency[]): boolean {
  return deps.every((_, t) => {
    let k = t;
    for (let hops = 0; k >= 0; hops++) {
      if (hops > deps.length) return false;
      k = deps[k]?.head ?? -1;
    }
    return true;
  });
}

/**
 * "GEORGETOWN — Venezuela's navy on Friday ordered ...": a wire dateline read as the subject, with the
 * real subject as its apposition. The name that opens the sentence, right before a dash (a proper noun,
 * or a common noun when the tagger missed the capitals), is no part of the clause; its apposition after
 * the dash is the verb's subject, or, when nothing after the dash hangs on the dateline, the last noun
 * before the verb that the parser hung on the verb as a compound or second subject ("BRUSSELS — Belgian
 * police fired" with "police" a compound of "fired").
 */
function datelines(
  tags: readonly TokenTag[],
  deps: readonly Dependency[],
  kids: readonly number[][],
  out: Dependency[],
): void {
  deps.forEach((d, t) => {
    // A dateline in capitals may be tagged a common noun ("BRUSSELS —").
    const at = dashAfterTown(tags, t);
    if (!d.rel.startsWith("nsubj") || !NOMINAL.has(tags[t]?.upos ?? "") || at < 0) return;
    // Opens its sentence: nothing before it but its own article ("THE HAGUE").
    const first = deps[t - 1]?.head === t ? t - 1 : t;
    if (first > 0 && tags[first - 1]?.upos !== "PUNCT") return;
    // The subject is its apposition, or else the last noun before the verb hung on the verb itself
    // ("BRUSSELS — Belgian police fired" read with "police" as a compound of "fired").
    // (or a parataxis or loose dependent, or a modifier or conjunct the dash is read as the preposition
    // or conjunction of: "BOGOTA — Colombia and Venezuela signed", "NEW DELHI — India and Pakistan agreed")
    const loose = (k: number) =>
      ["appos", "parataxis", "dep", "list"].includes(deps[k]?.rel ?? "") ||
      (["nmod", "conj"].includes(deps[k]?.rel ?? "") && deps[at]?.head === k);
    const appos = (kids[t] ?? []).find((k) => k > at && loose(k));
    // (only when nothing after the dash hangs on the dateline: "SEOUL — South Korea and ..." joins it)
    const bare = (kids[t] ?? []).every((k) => k < at || deps[k]?.rel === "punct");
    const fallback = (k: number) =>
      k > at && k < d.head && NOMINAL.has(tags[k]?.upos ?? "") && SUBJECT_LIKE.has(deps[k]?.rel ?? "");
    const subject = appos ?? (bare ? (kids[d.head] ?? []).findLast(fallback) : undefined);
    if (subject === undefined) return;
    const passive = (kids[d.head] ?? []).some((k) => deps[k]?.rel === "aux:pass");
    // (a passive only with a passive auxiliary: "BOGOTA — Colombian police arrested" read as a passive subject)
    out[subject] = { head: d.head, rel: passive ? "nsubj:pass" : "nsubj" };
    out[t] = { head: d.head, rel: "dep" };
    // "HANOI — Vietnam's prime minister and his Lao counterpart signed": the rest of the subject too.
    // ... and "on Friday" after it is the verb's.
    for (const k of kids[t] ?? []) {
      if (k > subject && deps[k]?.rel === "conj") out[k] = { head: subject, rel: "conj" };
      if (k > subject && deps[k]?.rel === "nmod") out[k] = { head: d.head, rel: "obl" };
    }
    if (out[at]?.head === subject) out[at] = { head: t, rel: "punct" };
  });
}

/**
 * "BOGOTA — Colombian troops killed five rebels" read with the dateline as the root and the clause as
 * its modifier (then placed at the dateline, as "a meeting in Bogota" would be): the first verb after
 * the dash, with a subject of its own after the dash, is the root, and the dateline hangs on it.
 */
function rootedDatelines(tags: readonly TokenTag[], out: Dependency[]): void {
  // (the children as the repairs before left them)
  const kids = childrenOf(out);
  out.forEach((d, t) => {
    const at = dashAfterTown(tags, t);
    if (d.head !== -1 || !NOMINAL.has(tags[t]?.upos ?? "") || at < 0) return;
    // opens its sentence: nothing before it but its own words ("THE HAGUE", "NEW DELHI")
    let first = t;
    while (first > 0 && out[first - 1]?.head === t) first--;
    if (first > 0 && tags[first - 1]?.upos !== "PUNCT") return;
    const own = kids[t] ?? [];
    // (a clause hung as a modifier, not a conjunct: "BOGOTA — the government and the rebels resumed")
    const v = own.find(
      (k) =>
        k > at &&
        tags[k]?.upos === "VERB" &&
        ["acl", "acl:relcl", "parataxis", "dep"].includes(out[k]?.rel ?? "") &&
        (kids[k] ?? []).some((c) => c > at && /^nsubj/.test(out[c]?.rel ?? "") && out[c]?.head === k),
    );
    // (the first verb after the dash: a later one may be a clause of its own, "..., as thousands protested")
    if (v === undefined || tags.slice(at + 1, v).some((x) => x.upos === "VERB")) return;
    out[v] = { head: -1, rel: "root" };
    out[t] = { head: v, rel: "dep" };
    // (what follows the dash is the clause's; the dash and an agency in brackets stay the dateline's)
    for (const k of own) if (k > at && k !== v) out[k] = { head: v, rel: out[k]?.rel ?? "dep" };
    if (out[at]?.head !== t) out[at] = { head: t, rel: "punct" };
  });
}

/**
 * The dash that ends a dateline whose last word is t ("BOGOTA —", after an agency in brackets: "BOGOTA
 * (Reuters) —"), or -1: a dash with spaces, not the joining hyphen of "SARS-CoV-2".
 */
function dashAfterTown(tags: readonly TokenTag[], t: number): number {
  let at = t + 1;
  for (let k = t + 2; tags[t + 1]?.lemma === "(" && k <= t + 6; k++) {
    if (tags[k]?.lemma !== ")") continue;
    at = k + 1;
    break;
  }
  return DASHES.has(tags[at]?.lemma ?? "") && tags[at]?.xpos !== "HYPH" ? at : -1;
}

/** Relations a subject misread next to a dateline carries ("police" as a compound of "fired"); no time phrase. */
const SUBJECT_LIKE = new Set(["compound", "dep", "nsubj", "nsubj:pass"]);

/** Verbs that take a clause with no "that" ("said strikes after the summit killed 12"): their complement stays. */
const CLAUSE_TAKERS: ReadonlySet<string> = new Set([
  ...REPORTING,
  "announce",
  "confirm",
  "deny",
  "believe",
  "think",
  "know",
  "warn",
  "fear",
  "hope",
  "expect",
  "insist",
  "argue",
  "note",
  "admit",
  "acknowledge",
  "suggest",
  "show",
  "allege",
  "estimate",
]);

/**
 * Finite verbs the parser hung where only a phrase can go. "after Russia vetoed the draft" read as
 * "after Russia" plus a complement "vetoed": a finite verb right after a noun with "after", "before",
 * "since" or "until", on the same head, is an adverbial clause with that noun as its subject. "said
 * there had been no hostility and called Biden a statesman": a finite verb conjoined to a noun is a
 * conjunct of the clause that noun belongs to.
 */
function finiteClauses(tags: readonly TokenTag[], deps: readonly Dependency[], out: Dependency[]): void {
  const kids = lazyChildren(deps);
  deps.forEach((d, v) => {
    if (tags[v]?.upos !== "VERB") return;
    const n = v - 1;
    // the noun's own "after", "before", "since" or "until", which may open a clause instead
    const after = kids(n).find((k) => k < n && deps[k]?.rel === "case" && CLAUSE_PREPS.has(tags[k]?.lemma ?? ""));
    // "collapsed after both sides accused each other": a past form with an object, read as a reduced
    // relative on the noun right before it, which has "after" or "before", is that noun's clause
    if (d.rel === "acl" && d.head === n && PAST.has(tags[v]?.xpos ?? "") && NOMINAL.has(tags[n]?.upos ?? "")) {
      if (after !== undefined && kids(v).some((k) => deps[k]?.rel === "obj")) {
        out[n] = { head: v, rel: "nsubj" };
        out[after] = { head: v, rel: "mark" };
        out[v] = { head: deps[n]?.head ?? -1, rel: "advcl" };
        return;
      }
    }
    // ("blocked a march and detained 50 students": a past form the tagger read as a participle, with an
    // object of its own, conjoined to a noun of a past-tense clause, is that clause's conjunct too)
    if (tags[v]?.xpos === "VBN" && d.rel === "conj" && kids(v).some((k) => deps[k]?.rel === "obj")) {
      const h = clauseVerb(tags, out, d.head);
      if (h >= 0 && tags[h]?.xpos === "VBD" && NOMINAL.has(tags[d.head]?.upos ?? "")) out[v] = { head: h, rel: "conj" };
      return;
    }
    if (!FINITE.has(tags[v]?.xpos ?? "")) return;
    // "lodged a protest after Chinese ships entered its waters" read with "after" on the clause's subject
    // and the clause a parataxis or complement: "after" marks the clause, an adverbial one
    // (and a clause so marked that the parser hung on a verb as a relative or complement is adverbial too:
    // "put its forces on alert after Turkish warships sailed near Rhodes")
    const marks = kids(v).filter((k) => deps[k]?.rel === "mark");
    const subordinated = marks.some((k) => CLAUSE_PREPS.has(lemma(tags, k)) || lemma(tags, k) === "because");
    const misattached = ["parataxis", "ccomp", "conj", "dep", "xcomp", "acl:relcl", "obl"].includes(d.rel);
    // (or with the noun read as the verb's oblique and the verb left with no subject: "detained 12
    // people after protesters rallied outside the embassy")
    const subject =
      deps[n]?.rel === "nsubj" ||
      (deps[n]?.rel === "obl" && !kids(v).some((k) => deps[k]?.rel.startsWith("nsubj") || deps[k]?.rel === "expl"));
    if (after !== undefined && deps[n]?.head === v && subject && !marks.length && d.head >= 0) {
      if (deps[n]?.rel === "obl") out[n] = { head: v, rel: "nsubj" };
      out[after] = { head: v, rel: "mark" };
      if (misattached) out[v] = { head: d.head, rel: "advcl" };
      return;
    }
    const relative = d.rel === "acl:relcl" || d.rel === "parataxis";
    if (subordinated && relative && tags[d.head]?.upos === "VERB") out[v] = { head: d.head, rel: "advcl" };
    // "imposed a curfew after protesters stormed the residence" read with the object as the subject of a
    // complement or adverbial clause "stormed" and "after protesters" as its modifier: the object is the
    // verb's, the noun with "after" the clause's subject
    const o = deps[n]?.head ?? -1;
    const h = d.head;
    if (
      ["ccomp", "advcl", "xcomp"].includes(d.rel) &&
      // (a clause with a marker of its own is no misread: "protested because troops since the truce shelled")
      !kids(v).some((k) => deps[k]?.rel === "mark") &&
      after !== undefined &&
      deps[n]?.rel === "nmod" &&
      o < n &&
      deps[o]?.head === v &&
      deps[o]?.rel === "nsubj" &&
      tags[h]?.upos === "VERB" &&
      !CLAUSE_TAKERS.has(lemma(tags, h)) &&
      !kids(h).some((k) => deps[k]?.rel === "obj")
    ) {
      out[o] = { head: h, rel: "obj" };
      out[n] = { head: v, rel: "nsubj" };
      out[after] = { head: v, rel: "mark" };
      out[v] = { head: h, rel: "advcl" };
      return;
    }
    const subjectLike = NOMINAL.has(tags[n]?.upos ?? "") && deps[n]?.head === h;
    // ("cut ties after protesters stormed": the noun hung on the verb's object instead)
    const onObject =
      NOMINAL.has(tags[n]?.upos ?? "") && deps[n]?.rel === "nmod" && deps[o]?.rel === "obj" && deps[o]?.head === h;
    // (or read as a conjunct with no "and": "imposed a curfew after Sri Lankan protesters stormed")
    const complement =
      d.rel === "xcomp" || d.rel === "ccomp" || (d.rel === "conj" && !kids(v).some((k) => deps[k]?.rel === "cc"));
    if (complement && (subjectLike || onObject) && after !== undefined && /^(obl|nmod)/.test(deps[n]?.rel ?? "")) {
      out[n] = { head: v, rel: "nsubj" };
      out[after] = { head: v, rel: "mark" };
      out[v] = { head: h, rel: "advcl" };
      return;
    }
    // "months after Russia invaded Ukraine", "a day after the African Union urged Mali": the noun with
    // "after" is the clause's own subject.
    // (also a finite verb read as an oblique: "cut ties in 2016 after protesters stormed its embassy")
    if (
      (d.rel === "advcl" || d.rel === "obl") &&
      NOMINAL.has(tags[n]?.upos ?? "") &&
      deps[n]?.head === v &&
      (deps[n]?.rel ?? "").startsWith("obl") &&
      after !== undefined
    ) {
      for (let k = 0; k < after; k++)
        if (deps[k]?.head === v && deps[k]?.rel === "nsubj") out[k] = { head: v, rel: "obl:npmod" };
      out[n] = { head: v, rel: "nsubj" };
      out[after] = { head: v, rel: "mark" };
      out[v] = { head: d.head, rel: "advcl" };
      return;
    }
    if (d.rel === "conj" && NOMINAL.has(tags[d.head]?.upos ?? "")) {
      const h = clauseVerb(tags, out, d.head);
      if (h >= 0) out[v] = { head: h, rel: "conj" };
    }
  });
}

/** The verb of the clause noun n belongs to (up to six heads up), or -1. */
function clauseVerb(tags: readonly TokenTag[], out: readonly Dependency[], n: number): number {
  let h = out[n]?.head ?? -1;
  for (let hops = 0; h >= 0 && hops < 6 && tags[h]?.upos !== "VERB"; hops++) h = out[h]?.head ?? -1;
  return h >= 0 && tags[h]?.upos === "VERB" ? h : -1;
}

/**
 * "The government on Wednesday accused hackers of ..." read as "accused" modifying "hackers": a past
 * form hung as an adjective on the noun right after it (or after the noun's own modifiers: "Russia fired
 * cruise missiles"), though it has a subject of its own, is the verb of its clause and the noun its
 * object; the verbs and final punctuation conjoined on the noun are the verb's.
 */
function verbalModifiers(
  tags: readonly TokenTag[],
  deps: readonly Dependency[],
  kids: readonly number[][],
  out: Dependency[],
): void {
  // Children in the dependencies as repaired so far, built on first use and again after each change.
  let outKids: number[][] | null = null;
  deps.forEach((d, v) => {
    const n = d.head;
    if (d.rel !== "amod" || n <= v || tags[v]?.upos !== "VERB" || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    if (!["VBD", "VBN"].includes(tags[v]?.xpos ?? "")) return;
    // (the noun's own modifiers may stand between: "Russia fired cruise missiles", "fired two rockets")
    for (let k = v + 1; k < n; k++) if (deps[k]?.head !== n) return;
    // Read from the dependencies as repaired so far (a dateline may have handed the subject on).
    outKids ??= childrenOf(out);
    const now = outKids[v] ?? [];
    if (!now.some((k) => k < v && (out[k]?.rel === "nsubj" || out[k]?.rel === "nsubj:pass"))) return;
    outKids = null;
    out[v] = { head: out[n]?.head ?? -1, rel: out[n]?.rel ?? "root" };
    out[n] = { head: v, rel: "obj" };
    // Now a verb with an object and no auxiliary: its passive subject is its subject ("Hamas fired rockets").
    const aux = now.some((k) => out[k]?.rel?.startsWith("aux"));
    for (const k of now) if (!aux && k < v && out[k]?.rel === "nsubj:pass") out[k] = { head: v, rel: "nsubj" };
    for (const c of kids[n] ?? []) {
      const rel = deps[c]?.rel;
      if ((rel === "conj" && tags[c]?.upos === "VERB") || (rel === "punct" && c > n)) out[c] = { head: v, rel: rel };
    }
  });
}

/**
 * "said Rabat would deploy police and that both governments would share intelligence": a that-clause
 * the parser hung on the "and" before it, or on the speech verb as its conjunct, is a second complement,
 * conjoined with the clausal complement before it; "and" is its coordinator.
 */
function secondComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, c) => {
    // "said a nuclear war could never be won, and that they would launch a dialogue": a that-clause
    // conjoined to the verb whose complement comes before it is a second complement
    // (a "that" shortly before the conjunct, checked first, spares building the children index)
    const thatBefore = d.rel === "conj" && tags.slice(Math.max(0, c - 8), c).some((t) => t.lemma === "that");
    if (thatBefore && kids(c).some((k) => out[k]?.rel === "mark" && lemma(tags, k) === "that")) {
      const first = kids(d.head).find((k) => k < c && out[k]?.rel === "ccomp");
      if (first !== undefined) out[c] = { head: first, rel: "conj" };
      return;
    }
    const and = d.head;
    if (d.rel !== "ccomp" || and < 0 || and > c || tags[and]?.upos !== "CCONJ") return;
    let h = out[and]?.head ?? -1;
    for (let hops = 0; h >= 0 && hops < 6; hops++) {
      const rel = out[h]?.rel;
      if (tags[h]?.upos === "VERB" && (rel === "ccomp" || rel === "conj")) break;
      h = out[h]?.head ?? -1;
    }
    if (h < 0 || tags[h]?.upos !== "VERB" || out[h]?.rel !== "ccomp") return;
    out[c] = { head: h, rel: "conj" };
    out[and] = { head: c, rel: "cc" };
  });
}

const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);

/** A relative pronoun read as its clause's object, or a "whom" read as an oblique with no preposition. */
function objectPronoun(
  tags: readonly TokenTag[],
  out: readonly Dependency[],
  own: readonly number[],
  k: number,
): boolean {
  const bare = lemma(tags, k) === "whom" && out[k]?.rel === "obl" && !own.some((c) => out[c]?.rel === "case");
  return out[k]?.rel === "obj" || bare;
}

/**
 * "President Trump, who appointed her in 2017, responded to her letter" (or "whom Biden appointed") read with
 * the noun as the root and the sentence's verb inside the relative clause: a finite verb with no subject,
 * right after the comma that closes a relative clause on a verbless root, is the root's verb, and the root
 * its subject.
 */
function relativeMains(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, m) => {
    const c = d.head;
    const r = out[c]?.head ?? -1;
    // (or a past form read as a participle, with no auxiliary: the verbless sentence has no other verb)
    const past =
      FINITE.has(tags[m]?.xpos ?? "") ||
      (tags[m]?.xpos === "VBN" && !(kids[m] ?? []).some((k) => /^aux/.test(out[k]?.rel ?? "")));
    if (!["xcomp", "conj", "advcl", "parataxis"].includes(d.rel) || !past) return;
    if (out[c]?.rel !== "acl:relcl" || r < 0 || out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "")) return;
    // (the pronoun is the relative clause's subject or, before a subject of its own, its object: "President
    // Rouhani, whom Washington has sanctioned, criticised the United States")
    const relative = (k: number) =>
      /^nsubj/.test(out[k]?.rel ?? "") ||
      (objectPronoun(tags, out, kids[k] ?? [], k) &&
        (kids[c] ?? []).some((s) => s > k && s < c && /^nsubj/.test(out[s]?.rel ?? "")));
    if (!(kids[c] ?? []).some((k) => k < c && RELATIVE_PRONOUNS.has(lemma(tags, k)) && relative(k))) return;
    if ((kids[m] ?? []).some((k) => /^(nsubj|mark|expl)/.test(out[k]?.rel ?? ""))) return;
    const first = phraseStart(tags, out, m, c + 1);
    if (lemma(tags, first - 1) !== ",") return;
    out[m] = { head: -1, rel: "root" };
    out[r] = { head: m, rel: "nsubj" };
    for (const k of kids[r] ?? []) if (k > m) out[k] = { head: m, rel: out[k]?.rel ?? "dep" };
  });
}

/**
 * "Protesters demanding the release of Suu Kyi blocked roads" read with the gerund as the root and the
 * real verb as its complement, the gerund's object as that verb's subject: a root gerund (no auxiliary)
 * with a noun subject before it and a finite complement with no marker, whose subject stands between them,
 * is a modifier of its subject noun, which is the finite verb's subject; the complement's subject is the
 * gerund's object.
 */
function gerundRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, g) => {
    if (d.head !== -1 || tags[g]?.xpos !== "VBG") return;
    const own = kids[g] ?? [];
    if (own.some((k) => /^aux/.test(out[k]?.rel ?? ""))) return;
    const subj = own.find((k) => k < g && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    const main = own.find((k) => k > g && out[k]?.rel === "ccomp" && FINITE.has(tags[k]?.xpos ?? ""));
    if (subj === undefined || main === undefined) return;
    const mainKids = kids[main] ?? [];
    if (mainKids.some((k) => out[k]?.rel === "mark")) return;
    const object = mainKids.find((k) => k > g && k < main && out[k]?.rel === "nsubj");
    if (object === undefined) return;
    out[main] = { head: -1, rel: "root" };
    out[g] = { head: subj, rel: "acl" };
    out[subj] = { head: main, rel: "nsubj" };
    out[object] = { head: g, rel: "obj" };
    for (const k of own) if (k > main) out[k] = { head: main, rel: out[k]?.rel ?? "dep" };
  });
}

/**
 * "Myanmar's junta, which was represented by an ambassador, rejected the statement" read with the
 * relative clause as the main one ("junta" and "which" both its subjects) and the real verb as its
 * conjunct: a verb with a noun subject and, after it, a relative pronoun subject of its own is that noun's
 * relative clause, and its later subjectless conjunct (or copular predicate after a comma) is the noun's verb.
 */
function relativeRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((_, v) => {
    if (tags[v]?.upos !== "VERB") return;
    const own = kids[v] ?? [];
    const subj = own.find((k) => k < v && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (subj === undefined) return;
    // (or its object before a subject of its own: "Zarif, whom Washington sanctioned in 2019, met Wang Yi")
    const relative = (k: number) =>
      /^nsubj/.test(out[k]?.rel ?? "") ||
      (objectPronoun(tags, out, kids[k] ?? [], k) && own.some((s) => s > k && s < v && out[s]?.rel === "nsubj"));
    const rel = own.find((k) => k > subj && k < v && RELATIVE_PRONOUNS.has(lemma(tags, k)) && relative(k));
    // ("ECOWAS, which suspended Mali, is due to hold a summit": a predicate with a copula after the
    // comma that closes the relative clause, read as its open complement)
    const closed = (k: number) => {
      const first = Math.min(k, ...(kids[k] ?? []).filter((c) => /^(cop|aux)/.test(out[c]?.rel ?? "")));
      return tags[first - 1]?.xpos === ",";
    };
    const predicate = (k: number) =>
      (out[k]?.rel === "conj" && tags[k]?.upos === "VERB") ||
      (["conj", "xcomp"].includes(out[k]?.rel ?? "") &&
        (kids[k] ?? []).some((c) => out[c]?.rel === "cop") &&
        closed(k));
    const main = own.find((k) => k > v && predicate(k));
    if (rel === undefined || main === undefined) return;
    if ((kids[main] ?? []).some((k) => /^(nsubj|mark)/.test(out[k]?.rel ?? ""))) return;
    out[main] = { head: out[v]?.head ?? -1, rel: out[v]?.rel ?? "root" };
    out[v] = { head: subj, rel: "acl:relcl" };
    out[subj] = { head: main, rel: "nsubj" };
    for (const k of own) if (k > main) out[k] = { head: main, rel: out[k]?.rel ?? "dep" };
  });
}

/**
 * "demanded that Canada release Meng ..., and said it had lodged protests" read with "said" as part of
 * what was demanded: a complement introduced by "and", with no subject or marker of its own, is a second
 * verb of the clause it hangs on, sharing its subject.
 */
function conjoinedComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    if (d.rel !== "ccomp" || d.head < 0 || d.head > v || tags[v]?.upos !== "VERB") return;
    const own = kids[v] ?? [];
    if (!own.some((k) => k < v && out[k]?.rel === "cc" && lemma(tags, k) === "and")) return;
    if (own.some((k) => /^(nsubj|mark)/.test(out[k]?.rel ?? ""))) return;
    out[v] = { head: d.head, rel: "conj" };
  });
}

/**
 * "have held one phone call, and Russia was the most visited country in 2020" read with the second clause
 * conjoined to the object: a conjunct with a subject and a copula of its own is a clause, conjoined to the
 * verb whose object it was hung on (its time is not the object's).
 */
function clausalConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, c) => {
    const n = d.head;
    if (d.rel !== "conj" || n < 0 || !NOMINAL.has(tags[n]?.upos ?? "") || !/^(obj|obl)/.test(out[n]?.rel ?? "")) return;
    const v = out[n]?.head ?? -1;
    const own = kids[c] ?? [];
    if (
      tags[v]?.upos !== "VERB" ||
      !own.some((k) => out[k]?.rel === "cop") ||
      !own.some((k) => out[k]?.rel === "nsubj")
    )
      return;
    out[c] = { head: v, rel: "conj" };
    // (and the phrases the parser hung on the object after the clause are the clause's: "... in 2020")
    for (const k of kids[n] ?? [])
      if (k > c && /^(nmod|obl)/.test(out[k]?.rel ?? "")) out[k] = { head: c, rel: "nmod" };
  });
}

/**
 * "the ministry said the missiles had landed off the island, and condemned the drills" read with
 * "condemned" as a second verb of the complement: a subjectless simple past after ", and" cannot share
 * the complement's perfect ("had landed"), so it is a second verb of the past-tense verb reporting it.
 */
function perfectConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const h = d.head;
    if (d.rel !== "conj" || h < 0 || tags[v]?.xpos !== "VBD" || tags[h]?.xpos !== "VBN") return;
    const m = out[h]?.head ?? -1;
    if (out[h]?.rel !== "ccomp" || m < 0 || tags[m]?.xpos !== "VBD") return;
    if (!(kids[h] ?? []).some((k) => out[k]?.rel === "aux" && lemma(tags, k) === "have")) return;
    const own = kids[v] ?? [];
    if (own.some((k) => /^(nsubj|aux|mark)/.test(out[k]?.rel ?? ""))) return;
    const and = own.find((k) => k < v && out[k]?.rel === "cc");
    if (and === undefined || tags[and - 1]?.xpos !== ",") return;
    out[v] = { head: m, rel: "conj" };
  });
}

/**
 * "China threatened to retaliate if the EU imposed duties", "agreed to withdraw unless talks resumed" read
 * with the condition on the controlling verb: an if/unless clause of a verb that states its own act (no
 * modal or future auxiliary) and has an infinitive is the condition of the infinitive's act; the threat
 * or the agreement was made ("will threaten to leave if ..." keeps it).
 */
function controlledConditions(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, a) => {
    const v = d.head;
    if (d.rel !== "advcl" || v < 0 || tags[v]?.upos !== "VERB") return;
    if (!kids(a).some((m) => out[m]?.rel === "mark" && CONDITION_MARKS.has(lemma(tags, m)))) return;
    if (kids(v).some((k) => out[k]?.rel === "aux" && MODALS.has(lemma(tags, k)))) return;
    const x = kids(v).find((k) => out[k]?.rel === "xcomp" && tags[k]?.upos === "VERB");
    if (x !== undefined) out[a] = { head: x, rel: "advcl" };
  });
}

/**
 * "South Africa filed a case at the court accusing Israel of genocide" read with "accusing" as a clause
 * modifying the verb (acl, a relation of nouns): a gerund so hung on a verb is an adverbial clause, whose
 * subject is the verb's.
 */
function verbParticiples(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, g) => {
    if (d.rel === "acl" && d.head >= 0 && tags[g]?.xpos === "VBG" && tags[d.head]?.upos === "VERB") {
      out[g] = { head: d.head, rel: "advcl" };
    }
  });
}

/** Nouns whose that-clause says what they ask for ("its demand that Israel withdraw"). */
const CONTENT_NOUNS = new Set([
  "demand",
  "call",
  "appeal",
  "request",
  "insistence",
  "ultimatum",
  // ... and of telling what was done ("rejected accusations that it had supplied drones")
  "accusation",
  "allegation",
  "claim",
  "charge",
  "report",
  "suggestion",
  "assertion",
  "speculation",
  "rumour",
  "rumor",
  "suspicion",
]);

/** Relations a noun's that-clause may be read with. */
const NOUN_CLAUSES = new Set(["ccomp", "acl:relcl", "acl", "advcl"]);

/**
 * "reiterated its demand that Israel withdraw its troops" read with the clause as a complement of
 * "reiterated": a that-clause right after a noun of asking or telling (a time word may stand between), hung on the
 * verb the noun is the object or oblique of, or read as the noun's relative clause, modifier or adverbial
 * with "that" as its marker, is the noun's complement.
 */
function nounComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, c) => {
    if (!NOUN_CLAUSES.has(d.rel) || d.head < 0) return;
    // (a modifier clause of the noun itself: of a content noun only, "the day that" is a relative)
    const modifier = d.rel !== "ccomp";
    if (modifier && d.rel !== "acl:relcl" && tags[d.head]?.upos !== "NOUN") return;
    const own = kids[c] ?? [];
    // ("allegations that Peru pressured the government": a "that" read as the relative's subject or
    // object, beside a subject or object of the clause's own, is its marker; so is one read as any other
    // part of a clause with a subject and an object of its own, "the claim that Chile shelled the town")
    const filled = (k: number, rel = out[k]?.rel) => own.some((o) => o !== k && out[o]?.rel === rel);
    const marker = (k: number) =>
      out[k]?.rel === "mark" ||
      (/^(obj|nsubj)$/.test(out[k]?.rel ?? "") && filled(k)) ||
      (filled(k, "nsubj") && filled(k, "obj"));
    const that = own.find((k) => k < c && lemma(tags, k) === "that" && marker(k));
    if (that === undefined) return;
    if (out[that]?.rel !== "mark" && !CONTENT_NOUNS.has(lemma(tags, d.head))) return;
    out[that] = { head: c, rel: "mark" };
    // (read as a relative clause, a modifier or an adverbial of the noun itself: "its demands that the
    // government grant ...", "allegations that it had armed the rebels")
    if (modifier) {
      if (CONTENT_NOUNS.has(lemma(tags, d.head)) && d.head < that) out[c] = { head: d.head, rel: "ccomp" };
      return;
    }
    const n = [that - 1, that - 2].find((k) => tags[k]?.upos === "NOUN" && CONTENT_NOUNS.has(lemma(tags, k)));
    if (n === undefined || out[n]?.head !== d.head || !/^(obj|obl)/.test(out[n]?.rel ?? "")) return;
    out[c] = { head: n, rel: "ccomp" };
  });
}

/**
 * "agreed in a television interview that Putin was a killer", "suggested in an interview that consumers
 * could boycott Australian wine" read as a relative clause on "interview": a copular clause or one with an
 * object, opened by "that", with a subject of its own, is complete (a relative clause on "that" would lack
 * a part), so it is the complement of the verb whose oblique or object the noun is.
 */
function thatComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, c) => {
    if (d.rel !== "acl:relcl" || d.head < 0) return;
    const own = kids[c] ?? [];
    const that = own.find((k) => k < c && lemma(tags, k) === "that");
    if (that === undefined || out[that]?.rel !== "mark") return;
    if (!own.some((k) => /^(cop|obj)$/.test(out[k]?.rel ?? "")) || !own.some((k) => out[k]?.rel === "nsubj")) return;
    const verb = out[d.head]?.head ?? -1;
    if (verb < 0 || tags[verb]?.upos !== "VERB" || !/^(obl|obj)/.test(out[d.head]?.rel ?? "")) return;
    // (not the complement of a content noun, "rejected the claim that Chile shelled the town", which
    // nounComplements reads as the noun's)
    if (CONTENT_NOUNS.has(lemma(tags, d.head))) return;
    out[c] = { head: verb, rel: "ccomp" };
  });
}

/**
 * "Congo's army and the M23 rebel group agreed on Wednesday to a ceasefire, Angolan officials said" read
 * with "agreed" modifying "group" and the whole phrase a first subject of "said": a past form with no
 * agent or auxiliary, hung on the phrase of a subject of "say" that has a later subject of its own, is
 * what was said (the phrase cannot be the speaker), and that phrase its subject, unless a finite verb
 * follows the report (which is then a parenthesis).
 */
function frontedReports(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    if (d.rel !== "acl" || !["VBD", "VBN"].includes(tags[v]?.xpos ?? "") || d.head < 0) return;
    if ((kids[v] ?? []).some((k) => /^(aux|obl:agent|nsubj)/.test(out[k]?.rel ?? ""))) return;
    // the phrase's top: up through conjuncts and modifiers to the subject of a verb after it
    let top = d.head;
    for (let hops = 0; hops < 4 && /^(conj|nmod|compound)$/.test(out[top]?.rel ?? ""); hops++)
      top = out[top]?.head ?? -1;
    const say = out[top]?.head ?? -1;
    if (out[top]?.rel !== "nsubj" || say <= v || lemma(tags, say) !== "say") return;
    if (!(kids[say] ?? []).some((k) => k > v && out[k]?.rel === "nsubj")) return;
    // "Civilians trapped in the city, aid groups said, lacked water": the report is a parenthesis there.
    const root = rootOf(out, say);
    for (let k = say + 1; k < out.length && rootOf(out, k) === root; k++) if (FINITE.has(tags[k]?.xpos ?? "")) return;
    out[v] = { head: say, rel: "ccomp" };
    out[top] = { head: v, rel: "nsubj" };
  });
}

/**
 * "Refusing to give up power, Mugabe agreed to a deal": a participle opening its sentence, read as the
 * root with the main clause after the comma as its complement, is an adverbial clause of that clause's
 * verb, which is the root (else the main verb reads as what was refused). The main clause is the last
 * finite complement whose subject follows a comma after the participle.
 */
function openingParticiples(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, t) => {
    if (d.head !== -1 || tags[t]?.xpos !== "VBG" || (t > 0 && rootOf(out, t - 1) === t)) return;
    const main = (kids[t] ?? []).findLast((v) => {
      if (v < t || !["ccomp", "parataxis"].includes(out[v]?.rel ?? "") || !FINITE.has(tags[v]?.xpos ?? ""))
        return false;
      const subject = (kids[v] ?? []).find((k) => k < v && out[k]?.rel === "nsubj");
      if (subject === undefined) return false;
      const start = Math.min(subject, ...(kids[subject] ?? []));
      return tags[start - 1]?.lemma === ",";
    });
    if (main === undefined) return;
    for (const k of kids[t] ?? []) if (k > main) out[k] = { head: main, rel: out[k]?.rel ?? "dep" };
    out[main] = { head: -1, rel: d.rel };
    out[t] = { head: main, rel: "advcl" };
  });
}

/**
 * "Croatia is failing its refugees, Amnesty International protested" read with "protested" as a relative
 * clause: a relative clause modifies a noun, so one hung on a verb, with a subject of its own after a
 * comma, is a clause beside it (parataxis: the report of what precedes it); with its subject right after
 * the verb, its complement.
 */
function verbRelatives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (d.rel !== "acl:relcl" || d.head < 0 || d.head > v || tags[d.head]?.upos !== "VERB") return;
    const subject = kids(v).find((k) => k < v && out[k]?.rel === "nsubj");
    if (subject === undefined) return;
    let first = subject;
    while (first > 0 && under(out, first - 1, subject)) first--;
    if (lemma(tags, first - 1) === ",") out[v] = { head: d.head, rel: "parataxis" };
    // ("Bolton alleges Trump asked Xi for help": with no comma, its subject right after the verb, what the
    // verb says or thinks)
    else if (first === d.head + 1) out[v] = { head: d.head, rel: "ccomp" };
  });
}

/**
 * "refused to meet the Shining Path, which it calls a terrorist group" read with "calls" as an adverbial
 * clause of "refused": a clause opened by "which", "who" or "whom" right after a comma and a noun is a
 * relative clause on that noun (on the first noun of a coordination).
 */
function detachedRelatives(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, r) => {
    if (!RELATIVE_PRONOUNS.has(lemma(tags, r)) || tags[r - 1]?.xpos !== "," || tags[r - 2] === undefined) return;
    // (on a coordination, the relative hangs on its first conjunct: "Turkey and the UN, which brokered")
    let n = r - 2;
    for (let hops = 0; out[n]?.rel === "conj" && hops < 4; hops++) n = out[n]?.head ?? n;
    const v = d.head;
    if (!["NOUN", "PROPN"].includes(tags[n]?.upos ?? "") || v <= r || tags[v]?.upos !== "VERB") return;
    // (a relative read as one on the whole clause, "advcl:relcl", only when "which" is no subject: "Israel
    // bombed the port, which drew condemnation" is about the bombing)
    const clausal = out[v]?.rel === "advcl:relcl" && d.rel === "obj";
    if (!["advcl", "parataxis", "ccomp", "conj"].includes(out[v]?.rel ?? "") && !clausal) return;
    // the pronoun's own clause, not one it merely sits inside ("X, which Y said Z")
    if (out[v]?.head === n || !/^(nsubj|obj|iobj)/.test(d.rel) || under(out, n, v)) return;
    out[v] = { head: n, rel: "acl:relcl" };
  });
}

/**
 * "insisted she was never pressured" read with the clause as adverbial: a clause with a subject and no
 * marker of its own, right after a verb of saying or thinking, is what that verb says (also one the
 * parser headed by an adverb: 'insisted she was "never directly pressured"').
 */
function unmarkedComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    const h = d.head;
    if (!["advcl", "advmod"].includes(d.rel) || h < 0 || h > v) return;
    if (!CLAUSE_TAKERS.has(lemma(tags, h)) || tags[h]?.upos !== "VERB") return;
    const own = kids(v);
    const subject = own.find((k) => /^nsubj/.test(out[k]?.rel ?? ""));
    if (subject !== h + 1 || own.some((k) => out[k]?.rel === "mark")) return;
    if (!finiteTag(tags, v) && !own.some((k) => /^(aux|cop)/.test(out[k]?.rel ?? "") && finiteTag(tags, k))) return;
    out[v] = { head: h, rel: "ccomp" };
  });
}

/**
 * "signed agreements establishing relations with Bahrain on Tuesday at a White House ceremony" read with
 * the day and the ceremony as the participle's: the day an act is told on ("on Tuesday", "yesterday")
 * and the ceremony, summit or meeting it took place at, hung on an -ing participle that modifies the
 * verb's object, are the verb's.
 */
function participleDays(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, k) => {
    const p = d.head;
    if (!d.rel.startsWith("obl") || tags[p]?.xpos !== "VBG" || out[p]?.rel !== "acl") return;
    const o = out[p]?.head ?? -1;
    const v = out[o]?.head ?? -1;
    if (out[o]?.rel !== "obj" || tags[v]?.upos !== "VERB") return;
    const prep = kids(k).find((c) => out[c]?.rel === "case") ?? -1;
    // (one day, not a habit: "a law banning protests on Sundays")
    const day =
      DAY_WORDS.has(lemma(tags, k)) && !/S$/.test(tags[k]?.xpos ?? "") && (prep < 0 || lemma(tags, prep) === "on");
    const occasion = OCCASIONS.has(lemma(tags, k)) && prep >= 0 && ["at", "during"].includes(lemma(tags, prep));
    if (day || occasion) out[k] = { head: v, rel: d.rel };
  });
}

/**
 * "The summit between X and Y, planned for next month in Prague, was cancelled" read with the noun the
 * subject of the participle, an adverbial clause of a verb with no subject: a participle set off by
 * commas right after a noun modifies it (a reduced relative), and the noun is the verb's subject.
 */
function reducedRelatives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, p) => {
    if (tags[p]?.xpos !== "VBN" || lemma(tags, p - 1) !== ",") return;
    // (or with the participle the root and the verb a parataxis or conjunct after it)
    const v =
      d.rel === "advcl"
        ? d.head
        : d.rel === "root"
          ? ((kids[p] ?? []).find((k) => k > p && ["parataxis", "conj", "ccomp"].includes(out[k]?.rel ?? "")) ?? -1)
          : -1;
    if (v < p || tags[v]?.upos !== "VERB" || (kids[p] ?? []).some((k) => out[k]?.rel === "aux:pass")) return;
    // (with the noun already the verb's subject, only the participle is misplaced: "The talks, scheduled for
    // Thursday, were called off")
    const subject = (kids[v] ?? []).find((k) => k < p && /^nsubj/.test(out[k]?.rel ?? ""));
    if (d.rel === "advcl" && subject !== undefined && NOMINAL.has(tags[subject]?.upos ?? "")) {
      if (!(kids[p] ?? []).some((k) => /^nsubj/.test(out[k]?.rel ?? ""))) out[p] = { head: subject, rel: "acl" };
      return;
    }
    const n = (kids[p] ?? []).find((k) => k < p && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (n === undefined) return;
    if ((kids[v] ?? []).some((k) => /^(nsubj|expl|csubj)/.test(out[k]?.rel ?? "") || out[k]?.rel === "cc")) return;
    if (d.rel === "root") rootAt(out, kids, p, v);
    const passive = (kids[v] ?? []).some((k) => out[k]?.rel === "aux:pass");
    out[n] = { head: v, rel: passive ? "nsubj:pass" : "nsubj" };
    out[p] = { head: n, rel: "acl" };
  });
}

/** Verbs that allege or judge the act of their of- or for-gerund ("accused India of violating ..."). */
const JUDGING: ReadonlySet<string> = new Set([
  "accuse",
  "blame",
  "charge",
  "condemn",
  "criticise",
  "criticize",
  "denounce",
  "fault",
]);
/** Verbs of what a speaker goes on to say ("..., accusing Lima of bad faith"). */
const SAYINGS: ReadonlySet<string> = new Set([
  "say",
  "accuse",
  "call",
  "add",
  "describe",
  "argue",
  "note",
  "urge",
  "warn",
]);

/**
 * A participle after a comma that follows a verb's of- or for-gerund ("accused India of violating the
 * ceasefire, killing two civilians", "criticised Peru for expelling two diplomats, accusing Lima of bad
 * faith"): one of a toll tells what the gerund's act did, and is alleged (or blamed) with it; one of saying
 * after a for-gerund tells what the verb's own subject goes on to say. Each is hung where it belongs.
 */
function gerundParticiples(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  const ofOrForGerund = (g: number) =>
    out[g]?.rel === "advcl" &&
    tags[g]?.xpos === "VBG" &&
    kids(g).some((k) => out[k]?.rel === "mark" && ["of", "for"].includes(lemma(tags, k)));
  out.forEach((d, p) => {
    const h = d.head;
    if (!["advcl", "conj"].includes(d.rel) || tags[p]?.xpos !== "VBG" || lemma(tags, p - 1) !== ",") return;
    if (h < 0 || h > p || kids(p).some((k) => /^(mark|nsubj|cc)/.test(out[k]?.rel ?? ""))) return;
    const toll = TOLLS.has(lemma(tags, p));
    const gerund = kids(h).findLast((g) => g < p && ofOrForGerund(g));
    // (under a verb that alleges or judges the gerund's act: not "punished Hamas for firing rockets, killing 20")
    const judged = JUDGING.has(lemma(tags, h));
    if (toll && judged && d.rel === "advcl" && gerund !== undefined) out[p] = { head: gerund, rel: "advcl" };
    // (a saying after a for-gerund, "criticised Peru for X, accusing Lima of Y", not an of-gerund's,
    // "accused him of trying to pressure Nike, threatening to ...", which is alleged too)
    const forGerund = ofOrForGerund(h) && kids(h).some((k) => out[k]?.rel === "mark" && lemma(tags, k) === "for");
    if (!toll && forGerund && SAYINGS.has(lemma(tags, p))) out[p] = { head: out[h]?.head ?? -1, rel: "advcl" };
  });
}

/**
 * "The talks ... were called off" read with an active subject: the subject before a passive participle
 * that has no passive subject of its own is its passive subject.
 */
function passiveSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, n) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v < n || tags[v]?.xpos !== "VBN") return;
    const rels = kids(v).map((k) => out[k]?.rel);
    if (rels.includes("aux:pass") && !rels.includes("nsubj:pass")) out[n] = { head: v, rel: "nsubj:pass" };
  });
}

/** Means of talking at a distance, after "by" ("spoke with X by phone"). */
const REMOTE_MEANS = new Set(["phone", "telephone", "video", "videoconference", "videolink"]);

/**
 * Adjuncts of a verb the parser hung inside a noun phrase: "went on strike on Monday over unpaid wages"
 * with the day a compound of "wages", "had spoken with Joe Biden by phone" with the means on "Biden". A
 * single day with "on" read as a compound, and "by phone" (telephone, video) on a verb's oblique or object,
 * are the verb's obliques.
 */
function strandedAdjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, k) => {
    const cased = (word: string) => kids(k).some((c) => c < k && out[c]?.rel === "case" && lemma(tags, c) === word);
    const day = d.rel === "compound" && DAY_WORDS.has(lemma(tags, k)) && !/S$/.test(tags[k]?.xpos ?? "") && cased("on");
    const h = d.head;
    const means =
      d.rel === "nmod" &&
      REMOTE_MEANS.has(lemma(tags, k)) &&
      cased("by") &&
      /^(obl|obj)/.test(out[h]?.rel ?? "") &&
      tags[out[h]?.head ?? -1]?.upos === "VERB";
    if (!day && !means) return;
    const v = means ? (out[h]?.head ?? -1) : clauseVerb(tags, out, k);
    if (v >= 0) out[k] = { head: v, rel: "obl" };
  });
}

/** Gatherings an act takes place at ("signed the deal at a ceremony"). */
const OCCASIONS = new Set(["ceremony", "summit", "meeting", "conference", "gathering"]);

/**
 * "asked President Boric, who is backed by Peru, to resign" read with the infinitive in the relative
 * clause: an infinitive after the comma that closes a relative clause on a verb's object is that
 * verb's complement (object control: the object is to resign, and only is asked to).
 */
function relativeInfinitives(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, t) => {
    const r = d.head;
    if (!["advcl", "xcomp"].includes(d.rel) || r < 0 || out[r]?.rel !== "acl:relcl" || tags[t]?.upos !== "VERB") return;
    const to = t - 1;
    if (lemma(tags, to) !== "to" || out[to]?.head !== t || tags[to - 1]?.xpos !== ",") return;
    // (the noun phrase's head, through the name's own parts: "President Gabriel Boric, who ...")
    let n = out[r]?.head ?? -1;
    for (let hops = 0; /^(flat|appos|compound|nmod:desc)$/.test(out[n]?.rel ?? "") && hops < 4; hops++)
      n = out[n]?.head ?? -1;
    const v = out[n]?.head ?? -1;
    if (v < 0 || tags[v]?.upos !== "VERB" || !["obj", "iobj"].includes(out[n]?.rel ?? "") || v > n) return;
    out[t] = { head: v, rel: "xcomp" };
  });
}

/**
 * "France is ready to send troops to a force in Liberia, Defence Minister Pierre Joxe said" read with
 * the name as an apposition in the reported clause and "said" without a subject: a name right before a
 * subjectless reporting verb, after a comma, is its speaker, and the report a parenthesis of its clause.
 */
function trailingSpeakers(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (!REPORTING.has(lemma(tags, v)) || tags[v]?.upos !== "VERB" || tags[v - 1]?.upos !== "PROPN") return;
    if (kids(v).some((k) => out[k]?.rel.startsWith("nsubj"))) return;
    // the name: its head, up through the name's own words, and a comma before its first word
    let h = v - 1;
    for (let hops = 0; ["flat", "compound"].includes(out[h]?.rel ?? "") && hops < 5; hops++) h = out[h]?.head ?? -1;
    if (h < 0 || h >= v || !["appos", "conj", "nmod", "dep"].includes(out[h]?.rel ?? "")) return;
    let first = h;
    while (first > 0 && tags[first - 1]?.upos !== "PUNCT" && under(out, first - 1, h)) first--;
    if (tags[first - 1]?.upos !== "PUNCT" || lemma(tags, first - 1) !== ",") return;
    const root = rootOf(out, v);
    out[h] = { head: v, rel: "nsubj" };
    if (root !== v && d.rel !== "parataxis") out[v] = { head: root, rel: "parataxis" };
  });
}

/**
 * "will meet Mercosur ministers in Buenos Aires next month, a Commission spokesman said" read with "next
 * month" on "said": a time before the comma that opens a trailing report's speaker, hung on the report, is
 * the reported clause's (the verb the report hangs on, or its complement when the report is the root).
 */
function reportedTimes(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (!REPORTING.has(lemma(tags, v)) || tags[v]?.upos !== "VERB") return;
    const subject = kids(v).findLast((k) => k < v && /^nsubj/.test(out[k]?.rel ?? ""));
    if (subject === undefined) return;
    const comma = phraseStart(tags, out, subject) - 1;
    if (lemma(tags, comma) !== ",") return;
    // the reported clause: the verb the report hangs on before it, or its complement before the comma
    const clause = d.head >= 0 && d.head < comma ? d.head : kids(v).find((k) => k < comma && out[k]?.rel === "ccomp");
    if (clause === undefined || tags[clause]?.upos !== "VERB") return;
    // (hung on the report, or on its speaker: "in Riyadh tomorrow, state media said" with "tomorrow" a compound)
    const misplaced = (k: number) =>
      (out[k]?.head === v && /^obl/.test(out[k]?.rel ?? "")) || (k !== subject && under(out, k, subject));
    for (let k = 0; k < comma; k++) {
      if (TIME_NOUNS.has(lemma(tags, k)) && misplaced(k) && !under(out, clause, k))
        out[k] = { head: clause, rel: "obl:tmod" };
    }
  });
}

/** Relations a verb's object may carry once the parser hung it on a trailing report. */
const MISREAD_OBJECTS = new Set(["nsubj", "nsubj:pass", "obj", "obl:unmarked", "obl:npmod", "dep"]);

/**
 * "The Iranian minister met his Iraqi counterpart in Baghdad on Tuesday, the ministry said" read with the
 * object as a second subject of the trailing "said", whose clause the verb takes (or is, the report being
 * the root): a subject of a trailing report before the comma that opens its speaker, right after the
 * reporting clause's verb that has no object, is that verb's object; the report is a parenthesis of the
 * clause.
 */
function reportedObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (!REPORTING.has(lemma(tags, v))) return;
    // the reported clause's verb: the one the report hangs on, or, the report being the root, its complement
    const hung = ["ccomp", "acl:relcl", "advcl", "parataxis"].includes(d.rel) ? d.head : -1;
    const m = d.head === -1 ? (kids(v).find((k) => k < v && out[k]?.rel === "ccomp") ?? -1) : hung;
    if (m < 0 || m > v || tags[m]?.upos !== "VERB") return;
    const speaker = kids(v).findLast((k) => k < v && /^nsubj/.test(out[k]?.rel ?? ""));
    if (speaker === undefined || kids(m).some((k) => k !== v && /^(obj|ccomp|xcomp)$/.test(out[k]?.rel ?? ""))) return;
    const comma = phraseStart(tags, out, speaker, m + 1) - 1;
    // (read as a subject, or as a bare noun phrase of the report: "rejected the Chilean proposal, lawmakers said")
    const n = kids(v).find(
      (k) => k > m && k < comma && NOMINAL.has(tags[k]?.upos ?? "") && MISREAD_OBJECTS.has(out[k]?.rel ?? ""),
    );
    if (n === undefined || lemma(tags, comma) !== "," || phraseStart(tags, out, n, m + 1) !== m + 1) return;
    out[n] = { head: m, rel: "obj" };
    if (d.head === -1) {
      out[m] = { head: -1, rel: "root" };
      for (const k of kids(v)) if (k > v && tags[k]?.upos === "PUNCT") out[k] = { head: m, rel: "punct" };
    }
    out[v] = { head: m, rel: "parataxis" };
    if (out[comma]?.head !== v) out[comma] = { head: v, rel: "punct" };
  });
}

/**
 * "will travel to Moscow for talks with Vladimir Putin, the Kremlin said" read with "with" as a marker of
 * "said", the name as its subject and the speaker as the name's apposition: a trailing reporting verb whose
 * subject follows a preposition is no clause of that preposition; the apposition right before the verb,
 * after a comma, is its speaker, and the name is the preposition's object, on the noun before it.
 */
function appositiveSpeakers(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (!REPORTING.has(lemma(tags, v)) || tags[v]?.upos !== "VERB" || tags[v + 1]?.upos !== "PUNCT") return;
    const mark = kids(v).find((k) => out[k]?.rel === "mark" && tags[k]?.upos === "ADP");
    const subject = kids(v).find((k) => out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (mark === undefined || subject === undefined || mark > subject || d.rel !== "advcl") return;
    // the speaker: an apposition of the subject that ends right before the verb, after a comma
    const speaker = kids(subject).find((k) => out[k]?.rel === "appos" && k > subject);
    if (speaker === undefined || (speaker !== v - 1 && !under(out, v - 1, speaker))) return;
    const comma = kids(speaker).find((k) => lemma(tags, k) === "," && k < speaker);
    const noun = mark - 1;
    if (comma === undefined || !NOMINAL.has(tags[noun]?.upos ?? "") || under(out, noun, v)) return;
    out[mark] = { head: subject, rel: "case" };
    out[subject] = { head: noun, rel: "nmod" };
    out[speaker] = { head: v, rel: "nsubj" };
    out[comma] = { head: v, rel: "punct" };
    out[v] = { head: d.head, rel: "parataxis" };
  });
}

/**
 * "Bombers killed 23 people when they blew themselves up in Tel Aviv, police said", "forces launched
 * rocket fire, killing 50, Thai sources said" read with the adverbial clause on the trailing "said": a
 * clause that lies inside the report, before the speaker, belongs to the reported verb.
 */
function reportedAdverbials(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, c) => {
    const say = d.head;
    if (d.rel !== "advcl" || say <= c || !REPORTING.has(lemma(tags, say))) return;
    const speaker = kids(say).findLast((k) => out[k]?.rel === "nsubj");
    if (speaker === undefined || speaker < c) return;
    // the reported verb: the clause the report hangs on as a parenthesis (or adverbial), else the report's
    // complement before it (also when read as its subject)
    const reported = ["parataxis", "advcl"].includes(out[say]?.rel ?? "")
      ? (out[say]?.head ?? -1)
      : kids(say).find((k) => k < c && /^(ccomp|csubj|nsubj)$/.test(out[k]?.rel ?? ""));
    if (reported === undefined || reported < 0 || reported >= c || tags[reported]?.upos !== "VERB") return;
    out[c] = { head: reported, rel: "advcl" };
  });
}

/**
 * "said Russia and the United States would begin talks" read as "said Russia" plus a verb of its own:
 * "say" takes no named object, so a name right after it is the subject of the verb that follows, and
 * that verb is what was said. Two misreads: the name alone as the object, with "and" and the rest of
 * the subject on a conjoined verb; or the whole coordination as the object, with a subjectless verb.
 */
function speechSubjects(
  tags: readonly TokenTag[],
  deps: readonly Dependency[],
  kids: readonly number[][],
  out: Dependency[],
): void {
  deps.forEach((d, o) => {
    const v = d.head;
    // (or as the subject of "say" put after it, with the verb that follows conjoined to the verb "say" is
    // conjoined to: "dismissed the claims and said Kalnins, a driver, had travelled to Russia")
    const inverted = d.rel === "nsubj" && deps[v]?.rel === "conj";
    if ((d.rel !== "obj" && !inverted) || v < 0 || v > o || tags[v]?.lemma !== "say" || tags[o]?.upos !== "PROPN")
      return;
    const siblings = inverted ? (kids[deps[v]?.head ?? -1] ?? []) : [];
    for (const c of [...(kids[v] ?? []), ...siblings]) {
      const rel = deps[c]?.rel;
      if ((rel !== "conj" && rel !== "ccomp") || c < o || tags[c]?.upos !== "VERB") continue;
      if (inverted && !(kids[c] ?? []).some((k) => k < c && deps[k]?.rel === "aux")) continue;
      const subj = (kids[c] ?? []).find((k) => deps[k]?.rel === "nsubj" && k > o && k < c);
      const cc = (kids[c] ?? []).find((k) => deps[k]?.rel === "cc" && k > o && subj !== undefined && k < subj);
      const own = (kids[c] ?? []).some((k) => deps[k]?.rel?.startsWith("nsubj"));
      const split = rel === "conj" && subj !== undefined && cc !== undefined;
      if (!split && own) continue;
      // Only the subject's own words, and the verb's auxiliaries and adverbs, stand between the name and the verb.
      const end = split && cc !== undefined ? cc : c;
      let inside = true;
      for (let k = o + 1; k < end; k++)
        inside &&= under(deps, k, o) || deps[k]?.head === c || (inverted && tags[k]?.upos === "PUNCT");
      if (!inside) continue;
      out[o] = { head: c, rel: "nsubj" };
      if (split && subj !== undefined && cc !== undefined) {
        out[subj] = { head: o, rel: "conj" };
        out[cc] = { head: subj, rel: "cc" };
      }
      out[c] = { head: v, rel: "ccomp" };
      return;
    }
  });
}
