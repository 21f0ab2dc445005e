import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import {
  CLAUSE_PREPS,
  childrenOf,
  FINITE,
  finiteTag,
  hasCase,
  lazyChildren,
  lemma,
  misreadPast,
  NOMINAL,
  nounAfter,
  PAST,
  phraseStart,
  REPORTING,
  rootAt,
  TIME_NOUNS,
  under,
} from "./repair-common.js";

/**
 * Subjects, objects and times the parser misplaced around a verb, undone in place (part of
 * repairPhrases, before the verb re-reads): passives with by-agents, a day read as the object, a subject
 * with a preposition of its own, a subject's prepositional phrase read as a second subject, coordinated
 * subjects read as the root, the second party of a
 * between-phrase, a subject conjoined to the phrase before it, an object read as a conjoined verb's
 * subject, a name read as another subject, a last description of a name read as a second party, and a
 * speaker read as an apposition of the place before him.
 */
export function repairSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  auxSubjects(out);
  gerundAgents(tags, out);
  activePasts(tags, out);
  agentPassives(tags, out);
  compoundSubjects(tags, out);
  timeObjects(tags, out);
  timeSubjects(tags, out);
  prepositionalSubjects(tags, out);
  postmodifiedSubjects(tags, out);
  ofClauses(tags, out);
  coordinatedSubjects(tags, out);
  dislocatedSubjects(tags, out);
  betweenParties(tags, out);
  betweenConjuncts(tags, out);
  conjunctSubjects(tags, out);
  postverbalSubjects(tags, out);
  frontedSubjects(tags, out);
  frontedLists(tags, out);
  placedSpeakers(tags, out);
  loweredConjuncts(tags, out);
  doubleSubjects(tags, out);
  appositionConjuncts(tags, out);
  titledAppositions(tags, out);
  likePhrases(tags, out);
  subordinateRoots(tags, out);
}

/** Subordinators a misread clause may keep as its subject's preposition ("as several thousand people protested"). */
const SUBORDINATORS = new Set([...CLAUSE_PREPS, "because", "while", "when", "once"]);

/**
 * "Police fired tear gas at farmers, as thousands of people protested" read with the subordinate clause as
 * the root, the main verb its clausal subject and "as" a preposition on its nominal subject: the earlier
 * finite verb (or participle with an object) is the root, and the clause after it, marked by that word, is its adverbial clause.
 */
function subordinateRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (d.head !== -1 || tags[v]?.upos !== "VERB") return;
    const own = kids(v);
    const subjects = own.filter((k) => /^nsubj/.test(out[k]?.rel ?? ""));
    const w = subjects.find(
      (k) => k < v && tags[k]?.upos === "VERB" && (finiteTag(tags, k) || misreadPast(tags, out, k)),
    );
    if (w === undefined || own.some((k) => out[k]?.rel === "mark")) return;
    const n = subjects.find((k) => k > w && NOMINAL.has(tags[k]?.upos ?? ""));
    if (n === undefined) return;
    // the subordinator opens the noun's phrase, after a comma ending the main clause
    const first = phraseStart(tags, out, n, w + 1);
    if (!SUBORDINATORS.has(lemma(tags, first)) || tags[first - 1]?.lemma !== ",") return;
    out[w] = { head: -1, rel: "root" };
    out[v] = { head: w, rel: "advcl" };
    out[first] = { head: v, rel: "mark" };
    // (the sentence's closing punctuation is the main clause's)
    const stop = own.findLast((k) => k > n && tags[k]?.upos === "PUNCT" && !own.some((j) => j > k));
    if (stop !== undefined) out[stop] = { head: w, rel: "punct" };
  });
}

/** Prepositions of comparison that open a fronted phrase ("Like the UAE, ...", "Unlike Hungary, ..."). */
const COMPARISONS = new Set(["like", "unlike"]);

/**
 * "Like the UAE, Bahrain and Kosovo recognized Israel" read with the names after the comma conjoined to
 * the compared one: a fronted like/unlike phrase closed by a comma ends there; the first conjunct after
 * the comma is the subject of a verb that has none, the others its conjuncts.
 */
function likePhrases(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, h) => {
    const v = d.head;
    if (v < 0 || v < h || tags[v]?.upos !== "VERB") return;
    if (!kids(h).some((k) => k < h && out[k]?.rel === "case" && COMPARISONS.has(lemma(tags, k)))) return;
    if (kids(v).some((k) => /^(nsubj|expl)/.test(out[k]?.rel ?? ""))) return;
    const after = kids(h).filter((k) => out[k]?.rel === "conj" && k < v);
    const first = after[0];
    if (first === undefined || !NOMINAL.has(tags[first]?.upos ?? "")) return;
    // (the comma closing the phrase stands right before the first conjunct)
    if (tags[first - 1]?.xpos !== "," && !(kids(first).some((k) => k === first - 1) && tags[first - 2]?.xpos === ","))
      return;
    out[h] = { head: v, rel: "obl" };
    out[first] = { head: v, rel: "nsubj" };
    for (const c of after.slice(1)) out[c] = { head: first, rel: "conj" };
    for (const k of kids(h)) if (k > first && out[k]?.rel === "cc") out[k] = { head: after.at(-1) ?? first, rel: "cc" };
  });
}

/**
 * "In Caracas, Defence Minister Rafael Montilla said ..." read with the name as an apposition of the place:
 * a name in apposition to a fronted oblique of a verb with no subject, running up to the verb, is its subject.
 */
function placedSpeakers(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, a) => {
    const c = d.head;
    const v = out[c]?.head ?? -1;
    if (d.rel !== "appos" || tags[a]?.upos !== "PROPN" || c < 0 || c > a || v <= a) return;
    if (!(out[c]?.rel ?? "").startsWith("obl") || tags[v]?.upos !== "VERB") return;
    if (kids(v).some((k) => /^(nsubj|expl)/.test(out[k]?.rel ?? ""))) return;
    // (the name's other words may hang on the place too: "Montilla" flat on "Caracas")
    for (let k = a + 1; k < v; k++) if (!under(out, k, a) && !(out[k]?.head === c && out[k]?.rel === "flat")) return;
    for (let k = a + 1; k < v; k++) if (out[k]?.head === c) out[k] = { head: a, rel: "flat" };
    out[a] = { head: v, rel: "nsubj" };
  });
}

/**
 * "Adam Kokesh, an Iraq War veteran, radio host, and a candidate for the party's nomination, said" read
 * with "candidate" conjoined to the name: an indefinite common noun conjoined to a name after an
 * apposition that is a list of descriptions continues that list, describing the same person, and is no
 * second party.
 */
function appositionConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, c) => {
    const h = d.head;
    if (d.rel !== "conj" || h < 0 || tags[h]?.upos !== "PROPN" || tags[c]?.upos !== "NOUN") return;
    if (!kids(c).some((k) => out[k]?.rel === "det" && ["a", "an"].includes(lemma(tags, k)))) return;
    // (a list of descriptions already: not "Kuleba, the foreign minister, and a US envoy met")
    const appos = kids(h).find((k) => k > h && k < c && out[k]?.rel === "appos");
    const list = appos !== undefined && kids(appos).some((k) => k < c && out[k]?.rel === "conj");
    if (appos !== undefined && list) out[c] = { head: appos, rel: "conj" };
  });
}

/**
 * A second titled name read as the apposition of the first: "Merkel and Ukrainian President Volodymyr
 * Zelenskyy", "Vietnamese Prime Minister A and Lao Prime Minister B" (with "Lao" as the conjunct), "Joe
 * Biden and Russian President Vladimir Putin" (with the title as the conjunct), "Erdogan, Russian President
 * Vladimir Putin and Iranian President Ebrahim Raisi". A name right after its title, hung as an apposition
 * on an earlier name (or on the word conjoined in its place), after "and" or after a comma of a list that
 * "and" closes, is that name's conjunct; the word conjoined in its place modifies its title.
 */
function titledAppositions(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, p) => {
    if (d.rel !== "appos" || tags[p]?.upos !== "PROPN" || d.head < 0 || d.head > p) return;
    let x = d.head;
    // (the word conjoined in the name's place: "Lao", or the title itself)
    let n = out[x]?.rel === "conj" ? x : -1;
    if (n >= 0) x = out[n]?.head ?? -1;
    while (out[x]?.rel === "flat") x = out[x]?.head ?? -1;
    if (x < 0 || x > p || !NOMINAL.has(tags[x]?.upos ?? "")) return;
    // the title right before the name
    if (p - 1 !== n && !(out[p - 1]?.head === p && out[p - 1]?.rel === "nmod:desc")) return;
    // back over the second name's own words to the coordinator before them
    let k = p - 1;
    for (; k > x && tags[k]?.upos !== "PUNCT" && out[k]?.rel !== "cc"; k--) {
      if (under(out, k, p) || (n >= 0 && under(out, k, n))) continue;
      if (n >= 0 || out[k]?.rel !== "conj" || !under(out, out[k]?.head ?? -1, x)) return;
      n = k;
    }
    const and = out[k]?.rel === "cc";
    // (a later item joined to the first by "and", which the parser may hang on that item's title)
    const closed = (c: number) =>
      c > p && /^(conj|list)$/.test(out[c]?.rel ?? "") && out.slice(p, c).some((q) => q.rel === "cc");
    const list = tags[k]?.lemma === "," && kids(x).some(closed);
    if (!and && !list) return;
    out[p] = { head: x, rel: "conj" };
    if (and) out[k] = { head: p, rel: "cc" };
    // (right before the name it is the title; before the title words, their nationality)
    if (n >= 0) out[n] = n === p - 1 ? { head: p, rel: "nmod:desc" } : { head: p - 1, rel: "amod" };
  });
}

/** "Armenia has refused" read with "Armenia" as the subject of "has": an auxiliary's subject is its verb's. */
function auxSubjects(out: Dependency[]): void {
  out.forEach((d, s) => {
    const h = d.head;
    if (!d.rel.startsWith("nsubj") || h < 0 || !(out[h]?.rel ?? "").startsWith("aux")) return;
    out[s] = { head: out[h]?.head ?? -1, rel: d.rel };
  });
}

const PASSIVE_AUX = new Set(["be", "remain", "stay", "get", "become"]);

/**
 * "Russia detained two South Korean fishermen" read as a passive with no auxiliary, the object an oblique
 * with no preposition: a root participle with a passive subject before it and no auxiliary is a past
 * tense, its subject active and that bare noun its object. So is one conjoined to a verb that takes the
 * object they share ("Poland arrested and expelled two Russian nationals").
 */
function activePasts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    if (d.head !== -1 || tags[v]?.xpos !== "VBN") return;
    const own = kids(v);
    if (own.some((k) => /^(aux|obj|nsubj$)/.test(out[k]?.rel ?? ""))) return;
    const subjects = own.filter((k) => k < v && out[k]?.rel === "nsubj:pass");
    const sharing = own.some((c) => out[c]?.rel === "conj" && sharedObject(tags, out, kids, v, c) >= 0);
    if (subjects.length && sharing) {
      for (const k of subjects) out[k] = { head: v, rel: "nsubj" };
      return;
    }
    const object = own.find(
      (k) =>
        k > v &&
        out[k]?.rel === "obl" &&
        NOMINAL.has(tags[k]?.upos ?? "") &&
        !kids(k).some((c) => out[c]?.rel === "case") &&
        !DAY_WORDS.has(lemma(tags, k).toLowerCase()),
    );
    if (!subjects.length || object === undefined) return;
    for (const k of subjects) out[k] = { head: v, rel: "nsubj" };
    out[object] = { head: v, rel: "obj" };
  });
}

/** Verbs of a mutual act, which takes no object from the verb conjoined after it. */
const MUTUAL = new Set([
  "meet",
  "talk",
  "speak",
  "confer",
  "negotiate",
  "agree",
  "cooperate",
  "clash",
  "fight",
  "reconcile",
]);

/**
 * The object of verb c conjoined right after verb v that v shares ("arrested and expelled two diplomats",
 * "detained and later deported them"): only "and"/"or" and adverbs between them, c with no subject or
 * auxiliary of its own; else -1.
 */
export function sharedObject(
  tags: readonly TokenTag[],
  out: readonly Dependency[],
  kids: (k: number) => readonly number[],
  v: number,
  c: number,
): number {
  // (not a mutual act, whose partner is in its subject: "Biden and Xi met and discussed Taiwan")
  if (c <= v || tags[c]?.upos !== "VERB" || !/^VB[DN]$/.test(tags[c]?.xpos ?? "") || MUTUAL.has(lemma(tags, v)))
    return -1;
  const own = kids(c);
  if (own.some((k) => /^(nsubj|aux)/.test(out[k]?.rel ?? ""))) return -1;
  for (let k = v + 1; k < c; k++) {
    const between = out[k]?.head === c && /^(cc|advmod)$/.test(out[k]?.rel ?? "");
    if (!between || (out[k]?.rel === "cc" && !["and", "or"].includes(lemma(tags, k)))) return -1;
  }
  return own.find((k) => out[k]?.rel === "obj") ?? -1;
}

/**
 * "Sobol was convicted of trespassing by a Moscow court", "two activists were accused of spying by Peru's
 * government" read with the by-phrase on the gerund: a passive with no agent of its own takes the
 * by-phrase of its gerund complement ("of", "for"; a clause, or a bare -ing noun) as its agent.
 */
function gerundAgents(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, g) => {
    const v = d.head;
    if (tags[v]?.xpos !== "VBN") return;
    const marked = kids(g).some(
      (k) => /^(mark|case)$/.test(out[k]?.rel ?? "") && ["of", "for"].includes(lemma(tags, k)),
    );
    // (a gerund with no object of its own: "detained for covering protests by opposition supporters" has
    // the by-phrase on its object)
    const clause =
      tags[g]?.xpos === "VBG" && /^(advcl|xcomp)$/.test(d.rel) && !kids(g).some((k) => out[k]?.rel === "obj");
    const noun =
      tags[g]?.xpos === "NN" &&
      /ing$/.test(lemma(tags, g)) &&
      d.rel === "obl" &&
      !kids(g).some((k) => out[k]?.rel === "det");
    if (!marked || !(clause || noun)) return;
    const own = kids(v);
    if (!own.some((k) => out[k]?.rel === "aux:pass") || own.some((k) => out[k]?.rel === "obl:agent")) return;
    const agent = kids(g).find(
      (k) => /^(obl|nmod)/.test(out[k]?.rel ?? "") && hasCase(tags, out, kids(k), "by") && k > g,
    );
    if (agent !== undefined) out[agent] = { head: v, rel: "obl:agent" };
  });
}

/**
 * "Sweden's application remains blocked by Turkey": a participle with a by-agent and a passive
 * auxiliary, whose subject the parser labelled active, has a passive subject.
 */
function agentPassives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((_, v) => {
    if (tags[v]?.xpos !== "VBN") return;
    const own = kids[v] ?? [];
    if (!own.some((c) => out[c]?.rel === "obl:agent")) return;
    if (!own.some((c) => out[c]?.rel?.startsWith("aux") && PASSIVE_AUX.has(lemma(tags, c)))) return;
    for (const c of own) if (out[c]?.rel === "nsubj") out[c] = { head: v, rel: "nsubj:pass" };
  });
}

/**
 * "Iranian police fired on protesters" read with the noun as a compound of the verb, taken for a
 * participle: a root past form with no subject or auxiliary has the noun compounded right before it as
 * its subject.
 */
function compoundSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    const n = v - 1;
    if (d.head !== -1 || tags[v]?.upos !== "VERB" || !PAST.has(tags[v]?.xpos ?? "")) return;
    if (out[n]?.head !== v || out[n]?.rel !== "compound" || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    if (kids(v).some((c) => /^(nsubj|csubj|aux|expl)/.test(out[c]?.rel ?? ""))) return;
    out[n] = { head: v, rel: "nsubj" };
  });
}

/**
 * "The Colombian government and ELN rebels agreed" read with the first noun dislocated and the second the
 * subject: a dislocated noun right before "and" or "or" and the verb's subject is the first of a
 * coordinated subject.
 */
function dislocatedSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, t) => {
    const v = d.head;
    const cc = t + 1;
    if (d.rel !== "dislocated" || v <= t || !NOMINAL.has(tags[t]?.upos ?? "") || tags[v]?.upos !== "VERB") return;
    if (!["and", "or"].includes(lemma(tags, cc))) return;
    const n = out[cc]?.head ?? -1;
    if (n <= cc || n >= v || out[n]?.head !== v || !/^nsubj/.test(out[n]?.rel ?? "")) return;
    out[t] = { head: v, rel: out[n]?.rel ?? "nsubj" };
    out[n] = { head: t, rel: "conj" };
  });
}

/**
 * "The United States, Britain and the Caribbean Community expressed support" read with the first name as
 * the root and the verb as its conjunct (whose subject is the last name): in a sentence whose root is a
 * noun, a finite verb conjoined to it (or read as its relative clause after the list's "and": "China,
 * Iran, and Russia have pledged"), with a subject of its own between them, is the sentence's verb, and
 * the root and that subject are the coordinated subject.
 */
function coordinatedSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const r = d.head;
    const relative = d.rel === "acl:relcl";
    if ((d.rel !== "conj" && !relative) || r < 0 || r > v || out[r]?.head !== -1) return;
    if (!NOMINAL.has(tags[r]?.upos ?? "")) return;
    // A participle with an object and no auxiliary is a past tense misread ("expressed support").
    const own = kids[v] ?? [];
    const pastWithObject =
      tags[v]?.xpos === "VBN" &&
      own.some((c) => out[c]?.rel === "obj") &&
      !own.some((c) => out[c]?.rel?.startsWith("aux"));
    // "Britain, France, and Germany have condemned": a finite auxiliary makes the clause finite.
    const finiteAux = own.some((c) => c < v && out[c]?.rel === "aux" && finiteTag(tags, c));
    if (tags[v]?.upos !== "VERB" || !(FINITE.has(tags[v]?.xpos ?? "") || pastWithObject || finiteAux)) return;
    const n = (kids[v] ?? []).find(
      (c) => c > r && c < v && out[c]?.rel === "nsubj" && NOMINAL.has(tags[c]?.upos ?? ""),
    );
    if (n === undefined) return;
    const cc = (kids[v] ?? []).find((c) => c < n && out[c]?.rel === "cc");
    // A relative clause with a subject of its own ("the funds Russia has pledged") is one unless the
    // "and" of a list opens that subject ("China, Iran, and Russia have pledged funds").
    if (relative && cc === undefined) return;
    rootAt(out, kids, r, v);
    out[r] = { head: v, rel: "nsubj" };
    out[n] = { head: r, rel: "conj" };
    if (cc !== undefined) out[cc] = { head: n, rel: "cc" };
  });
}

/**
 * "staged mass demonstrations Saturday" read with the day as the object and the noun before it as its
 * compound: a day word heading a verb's object with a noun right before it is the time of the act, and
 * that noun the object.
 */
function timeObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, t) => {
    const n = t - 1;
    if (d.rel !== "obj" || !DAY_WORDS.has(lemma(tags, t)) || out[n]?.head !== t || out[n]?.rel !== "compound") return;
    if (tags[n]?.upos !== "NOUN") return;
    out[n] = { head: d.head, rel: "obj" };
    out[t] = { head: d.head, rel: "obl:tmod" };
    for (const c of kids[t] ?? []) if (c < n) out[c] = { head: n, rel: out[c]?.rel ?? "dep" };
  });
}

/**
 * "agreed on Friday to expand patrols" read as a clause "[on] Friday to expand": a day word as the
 * subject of an infinitive is the time of the verb the infinitive completes (or is the purpose of:
 * "signed an agreement on Friday to build a pipeline"), its "on" the day's preposition.
 */
function timeSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, t) => {
    const x = d.head;
    if (d.rel !== "nsubj" || !DAY_WORDS.has(lemma(tags, t)) || x < t || !/^(xcomp|advcl)$/.test(out[x]?.rel ?? ""))
      return;
    if (!(kids[x] ?? []).some((c) => c > t && lemma(tags, c) === "to")) return;
    out[t] = { head: out[x]?.head ?? -1, rel: "obl" };
    const on = t - 1;
    if (out[on]?.head === x && out[on]?.rel === "mark" && tags[on]?.upos === "ADP") out[on] = { head: t, rel: "case" };
  });
}

/** Whether x (with children `own`) heads a between- or among-phrase that names one party only. */
function loneBetween(
  tags: readonly TokenTag[],
  out: readonly Dependency[],
  own: readonly number[],
  x: number,
): boolean {
  return (
    own.some((c) => c < x && ["between", "among"].includes(lemma(tags, c))) && !own.some((c) => out[c]?.rel === "conj")
  );
}

/**
 * "Fighting between the army and the rebels has displaced thousands" read with "the rebels" as the
 * subject of a verb conjoined to "Fighting": a between-phrase with one party, followed by "and" and a
 * noun that is the subject of a verb conjoined to the phrase's head, takes that noun as its second
 * party, and the head is the verb's subject.
 */
function betweenParties(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    const r = d.head;
    if (r < 0 || !loneBetween(tags, out, kids[x] ?? [], x)) return;
    const cc = x + 1;
    const n = nounAfter(tags, out, cc);
    const v = out[n]?.head ?? -1;
    if (lemma(tags, cc) !== "and" || n < 0 || v < 0 || out[cc]?.head !== v) return;
    if (out[n]?.rel !== "nsubj" || out[v]?.head !== r || out[v]?.rel !== "conj") return;
    out[n] = { head: x, rel: "conj" };
    out[cc] = { head: n, rel: "cc" };
    out[v] = { head: out[r]?.head ?? -1, rel: out[r]?.rel ?? "root" };
    out[r] = { head: v, rel: "nsubj" };
    for (const c of kids[r] ?? []) if (c > v) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
  });
}

/**
 * "talks between the Colombian government and the ELN" read with "the ELN" conjoined to "talks": a
 * between-phrase with one party, right after which "and" opens a noun conjoined to the phrase's head,
 * takes that noun as its second party.
 */
function betweenConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    const r = d.head;
    const own = kids[x] ?? [];
    if (r < 0 || !loneBetween(tags, out, own, x)) return;
    const end = Math.max(x, ...own);
    const c = (kids[r] ?? []).find((k) => k > end && out[k]?.rel === "conj" && NOMINAL.has(tags[k]?.upos ?? ""));
    const cc = end + 1;
    if (c === undefined || lemma(tags, cc) !== "and" || out[cc]?.head !== c) return;
    out[c] = { head: x, rel: "conj" };
  });
}

/**
 * "After a meeting, the two presidents signed agreements" read with "meeting" as the subject and
 * "presidents" hung on the comma: a subject with a preposition of its own is an oblique, and the noun
 * right before the verb, attached to punctuation, is the subject.
 */
function prepositionalSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v <= x || !NOMINAL.has(tags[x]?.upos ?? "")) return;
    if (!(kids[x] ?? []).some((c) => c < x && out[c]?.rel === "case")) return;
    const n = v - 1;
    if (n <= x || !NOMINAL.has(tags[n]?.upos ?? "") || tags[out[n]?.head ?? -1]?.upos !== "PUNCT") return;
    out[x] = { head: v, rel: "obl" };
    out[n] = { head: v, rel: "nsubj" };
  });
}

/** Relations of a noun's own premodifiers, which the parser may hang on the verb instead. */
const PREMODIFIERS = new Set(["det", "amod", "compound", "nummod", "nmod:poss"]);

/**
 * "Russia's envoy to the UN criticized the resolution" read with "UN" as a second subject and "to the"
 * hung on the verb: a subject after another, with a preposition between them, is the first one's
 * prepositional phrase (the words between are the first subject's own, the preposition, and the second's
 * premodifiers).
 */
function postmodifiedSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, b) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v <= b || !NOMINAL.has(tags[b]?.upos ?? "")) return;
    const a = (kids[v] ?? []).find((k) => k < b && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (a === undefined) return;
    let prep = -1;
    for (let k = a + 1; k < b; k++) {
      const h = out[k]?.head;
      if (under(out, k, a)) continue;
      if (prep < 0 && out[k]?.rel === "case" && (h === v || h === b)) prep = k;
      else if (!(prep >= 0 && (h === v || h === b) && PREMODIFIERS.has(out[k]?.rel ?? ""))) return;
    }
    if (prep < 0) return;
    for (let k = prep + 1; k < b; k++) if (out[k]?.head === v) out[k] = { head: b, rel: out[k]?.rel ?? "dep" };
    out[prep] = { head: b, rel: "case" };
    out[b] = { head: a, rel: "nmod" };
  });
}

/**
 * "Supporters of Imran Khan clashed with police" read as "supporters" modified by a clause "of Imran
 * Khan clashed": "of" opens no finite clause, so the name after it is the noun's of-phrase and the
 * noun the verb's subject.
 */
function ofClauses(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, k) => {
    const v = d.head;
    if (d.rel !== "mark" || lemma(tags, k) !== "of" || v <= k || !FINITE.has(tags[v]?.xpos ?? "")) return;
    const n = k - 1;
    const s = (kids[v] ?? []).find((c) => c > k && c < v && out[c]?.rel === "nsubj");
    if (s === undefined || !NOMINAL.has(tags[n]?.upos ?? "") || out[v]?.head !== n) return;
    out[v] = { head: out[n]?.head ?? -1, rel: out[n]?.rel ?? "root" };
    out[n] = { head: v, rel: "nsubj" };
    out[s] = { head: n, rel: "nmod" };
    out[k] = { head: s, rel: "case" };
  });
}

const CLAUSE_LINKS = new Set(["conj", "xcomp", "dep", "advcl", "parataxis"]);

/**
 * "the two ministers reviewed the agreements signed since 2016 and agreed to raise trade" read with
 * "agreed" conjoined to the participle "signed": a past tense with no subject of its own conjoined to a
 * participle that modifies a noun is conjoined to the clause that noun belongs to (the nearest verb
 * above with a subject).
 */
function loweredConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  const subject = (a: number) => (kids[a] ?? []).some((c) => (out[c]?.rel ?? "").startsWith("nsubj"));
  out.forEach((d, v) => {
    const h = d.head;
    if (d.rel !== "conj" || tags[v]?.xpos !== "VBD" || h < 0 || tags[h]?.xpos !== "VBN") return;
    if ((kids[v] ?? []).some((c) => /^(nsubj|aux)/.test(out[c]?.rel ?? ""))) return;
    // ("said the navy was defending its waters against 'an occupation backed by a company' and rejected
    // ...", the participle read as an adverbial clause: the conjunct goes with the nearest past tense)
    const adverbial = out[h]?.rel === "advcl" && !(kids[h] ?? []).some((c) => (out[c]?.rel ?? "").startsWith("aux"));
    if (out[h]?.rel !== "acl" && !adverbial) return;
    for (let a = out[h]?.head ?? -1, hops = 0; a >= 0 && hops < 4; a = out[a]?.head ?? -1, hops++) {
      if (tags[a]?.upos !== "VERB" || (adverbial && tags[a]?.xpos !== "VBD")) continue;
      if (!subject(a)) return;
      out[v] = { head: a, rel: "conj" };
      return;
    }
  });
}

/**
 * "When Russia attacked Ukraine, Poland sent aid" read with "Poland" as a conjunct of "Ukraine": a
 * finite verb with no subject, right after a noun the parser conjoined (with a comma, no "and") to a
 * noun of an adverbial clause in front of the verb, has that noun as its subject.
 */
function frontedSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((_, v) => {
    const n = v - 1;
    const x = out[n]?.head ?? -1;
    if (tags[v]?.upos !== "VERB" || !FINITE.has(tags[v]?.xpos ?? "")) return;
    if (out[n]?.rel !== "conj" || x < 0 || x >= n || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const own = kids[v] ?? [];
    if (own.some((c) => /^(nsubj|expl|aux)/.test(out[c]?.rel ?? ""))) return;
    const mods = (kids[n] ?? []).filter((c) => tags[c]?.upos !== "PUNCT");
    if (mods.some((c) => c > n || out[c]?.rel === "cc")) return;
    const first = Math.min(n, ...mods);
    if (lemma(tags, first - 1) !== ",") return;
    const clause = own.find((c) => c < first && out[c]?.rel === "advcl" && under(out, x, c));
    if (clause === undefined) return;
    out[n] = { head: v, rel: "nsubj" };
    if (out[first - 1]?.head === n) out[first - 1] = { head: clause, rel: "punct" };
  });
}

/**
 * "After talks in Lima, Chile and Peru signed agreements" read with "Chile" as an apposition of "Lima"
 * ("Lima, Chile") and "Peru" its conjunct: a finite verb with no subject, after a fronted phrase closed by
 * a comma, has as subject the names the parser hung on that phrase after the comma; the first is the
 * subject, the others its conjuncts ("On Monday, Chile and Peru signed", both read as conjuncts of the day).
 */
function frontedLists(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((_, v) => {
    if (tags[v]?.upos !== "VERB" || !FINITE.has(tags[v]?.xpos ?? "")) return;
    if (kids(v).some((c) => /^(nsubj|expl)/.test(out[c]?.rel ?? ""))) return;
    const fronted = kids(v).find((f) => f < v && /^(obl|advcl)/.test(out[f]?.rel ?? ""));
    if (fronted === undefined) return;
    // the items: names after a comma, hung on the fronted phrase as its apposition, conjunct or list item
    const item = (k: number) =>
      tags[k]?.upos === "PROPN" && ["appos", "conj", "list"].includes(out[k]?.rel ?? "") && under(out, k, fronted);
    const items: number[] = [];
    for (let k = fronted + 1; k < v; k++) if (item(k) && !items.some((i) => under(out, k, i))) items.push(k);
    // (all of them conjuncts of a fronted day, which no name is: "On Monday, Chile and Peru signed")
    const day = DAY_WORDS.has(lemma(tags, fronted).toLowerCase());
    const first = items.find((k) => out[k]?.rel !== "conj" || day);
    if (first === undefined || items.length < 2) return;
    const start = phraseStart(tags, out, first);
    if (lemma(tags, start - 1) !== ",") return;
    // (nothing after the comma but the items' own words, commas and "and")
    const rest = items.filter((k) => k > first);
    for (let k = start; k < v; k++) {
      const own = [first, ...rest].some((i) => under(out, k, i));
      if (!own && !(tags[k]?.upos === "PUNCT" || out[k]?.rel === "cc")) return;
    }
    if (!rest.length || items.some((k) => k < first)) return;
    out[first] = { head: v, rel: "nsubj" };
    for (const k of rest) out[k] = { head: first, rel: "conj" };
    for (let k = first + 1; k < v; k++) {
      if (out[k]?.rel !== "cc") continue;
      const next = rest.find((i) => i > k);
      if (next !== undefined) out[k] = { head: next, rel: "cc" };
    }
  });
}

/**
 * "Hamas released 24 hostages on Friday and Israel freed 39 prisoners" read with "Israel" as a conjunct of
 * "Friday": a finite verb conjoined to another verb, with no subject of its own, right after a name or noun
 * that the parser conjoined to an earlier noun phrase, opens a clause of its own with that noun as subject.
 */
function conjunctSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const n = v - 1;
    const x = out[n]?.head ?? -1;
    if (!CLAUSE_LINKS.has(d.rel) || tags[v]?.upos !== "VERB") return;
    if (out[n]?.rel !== "conj" || x < 0 || x >= n || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const own = kids[v] ?? [];
    if (own.some((c) => out[c]?.rel?.startsWith("nsubj") || out[c]?.rel?.startsWith("aux"))) return;
    if (!(FINITE.has(tags[v]?.xpos ?? "") || misreadPast(tags, out, v)) || (kids[n] ?? []).some((c) => c > n)) return;
    // "China and Russia signed": the conjunct of a subject is that subject's partner, not a new clause.
    if ((out[x]?.rel ?? "").startsWith("nsubj")) return;
    // "Clashes between Armenia and Azerbaijan killed": a between-phrase needs both its conjuncts.
    if ((kids[x] ?? []).some((c) => c < x && ["between", "among"].includes(lemma(tags, c)))) return;
    // "hours after the United States and the EU rejected a proposal": an adverbial clause with both as subject.
    const prep = (kids[x] ?? []).find((c) => c < x && out[c]?.rel === "case" && CLAUSE_PREPS.has(lemma(tags, c)));
    if (prep !== undefined) {
      out[v] = { head: out[x]?.head ?? d.head, rel: "advcl" };
      out[x] = { head: v, rel: "nsubj" };
      out[prep] = { head: v, rel: "mark" };
      return;
    }
    // "shows China and Russia have deep trust": the object of the verb the clause completes is the first
    // of its coordinated subjects.
    if (d.rel !== "conj" && out[x]?.head === d.head && out[x]?.rel === "obj") {
      out[x] = { head: v, rel: "nsubj" };
      out[v] = { head: d.head, rel: "ccomp" };
      return;
    }
    out[n] = { head: v, rel: "nsubj" };
    out[v] = { head: d.head, rel: "conj" };
    for (const c of kids[n] ?? []) if (out[c]?.rel === "cc") out[c] = { head: v, rel: "cc" };
  });
}

/**
 * "Lavrov was angry and criticized the United States" read with "the United States" as the subject of
 * "criticized": a noun after a conjoined past tense or present verb with no object, whose first conjunct has
 * its subject before it, is the verb's object (only reports put a subject after its verb: "said the
 * minister").
 */
function postverbalSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, s) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v < 0 || s < v || out[v]?.rel !== "conj" || tags[v]?.upos !== "VERB") return;
    if (!(FINITE.has(tags[v]?.xpos ?? "") || PAST.has(tags[v]?.xpos ?? "")) || REPORTING.has(lemma(tags, v))) return;
    if (kids(v).some((k) => k !== s && ["obj", "nsubj", "nsubj:pass", "expl"].includes(out[k]?.rel ?? ""))) return;
    const first = out[v]?.head ?? -1;
    if (!kids(first).some((k) => k < first && (out[k]?.rel ?? "").startsWith("nsubj"))) return;
    out[s] = { head: v, rel: "obj" };
  });
}

/**
 * "The pro-Iranian Hizbollah (Party of God) group declared", "The Kurdistan Workers' Party issued": two
 * nominal subjects of one verb, the first closing right where the second's own words begin, are one
 * phrase: the first is a compound of the second.
 */
function doubleSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    const v = d.head;
    // (passive subjects too: "Bolivian activist Ana Rojas was convicted" with "activist" and "Ana" both subjects)
    if (!/^nsubj(:pass)?$/.test(d.rel) || v < a || !NOMINAL.has(tags[a]?.upos ?? "")) return;
    // ... or a name read as the subject of the noun after it ("Hizbollah" as a subject of "group").
    // (a noun that is itself a subject; not a nominal predicate: "Moscow was behind the attacks")
    const predicate =
      !(out[v]?.rel ?? "").startsWith("nsubj") ||
      (kids[v] ?? []).some((k) => out[k]?.rel === "cop" || out[k]?.rel === "case");
    const b = NOMINAL.has(tags[v]?.upos ?? "")
      ? predicate
        ? undefined
        : v
      : (kids[v] ?? []).find((k) => k > a && k < v && out[k]?.rel === d.rel && NOMINAL.has(tags[k]?.upos ?? ""));
    if (b === undefined) return;
    // ("The deportation of 300 Afghans by Pakistan last month drew criticism": a time the parser made a
    // second subject is the verb's)
    if (b !== v && TIME_NOUNS.has(lemma(tags, b))) {
      out[b] = { head: v, rel: "obl:tmod" };
      return;
    }
    // Only the two phrases' own words between them, nothing of the clause and no list or comma ("Peru,
    // Chile said", "X, whose government has led" are no such case).
    for (let k = a + 1; k < b; k++) {
      if (!under(out, k, a) && !under(out, k, b)) return;
      if (out[k]?.rel === "conj" || lemma(tags, k) === ",") return;
    }
    // "told the Military Times the attack took place": a second phrase with an article of its own starts
    // afresh; the first is whom the speaker told
    if ((kids[b] ?? []).some((k) => k > a && out[k]?.rel === "det")) {
      const speech = out[v]?.head ?? -1;
      if (out[v]?.rel === "ccomp" && speech >= 0 && TOLD.has(lemma(tags, speech)))
        out[a] = { head: speech, rel: "iobj" };
      return;
    }
    out[a] = { head: b, rel: "compound" };
  });
}

/** Verbs of telling someone something ("told reporters the talks had failed"). */
const TOLD = new Set(["tell", "inform", "assure", "warn", "remind", "advise", "notify", "brief"]);
