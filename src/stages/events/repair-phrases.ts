import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";

const NOMINAL = new Set(["NOUN", "PROPN"]);
/** Lemmas of participles used as adjectives before a noun ("arrested suspected militants"). */
const ATTRIBUTIVE = new Set(["suspect", "allege", "accuse", "purport", "presume"]);
/** ... and of present participles so used ("dispersed striking miners", "the ruling party"). */
const ATTRIBUTIVE_ING = new Set(["strike", "protest", "demonstrate", "rule", "war"]);
const PAST = new Set(["VBD", "VBN"]);
export const FINITE = new Set(["VBD", "VBZ", "VBP"]);
/** Prepositions that also open a finite clause ("after Russia vetoed the draft"). */
export const CLAUSE_PREPS = new Set(["after", "before", "since", "until", "as"]);

/** Each token's dependents, in text order. */
export function childrenOf(deps: readonly Dependency[]): number[][] {
  const kids: number[][] = deps.map(() => []);
  deps.forEach((d, i) => {
    if (d.head >= 0 && d.head < kids.length) kids[d.head]?.push(i);
  });
  return kids;
}

/** Whether token k's head chain reaches `top` within eight steps. */
export function under(deps: readonly Dependency[], k: number, top: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && hops < 8; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

/** Whether token k's head chain reaches `top` before it meets `stop`. */
function underBefore(deps: readonly Dependency[], k: number, top: number, stop: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && h !== stop && hops < 8; hops++, h = deps[h]?.head ?? -1) if (h === top) return true;
  return false;
}

const lemma = (tags: readonly TokenTag[], i: number) => tags[i]?.lemma?.toLowerCase() ?? "";

/**
 * Phrase-level misreads undone in place, on dependencies already repaired at clause level (repair.ts).
 * Returns the tokens now read as verbs though the tagger read them otherwise ("wounded" as an adjective).
 */
export function repairPhrases(
  tags: readonly TokenTag[],
  out: Dependency[],
  phrasal: ReadonlySet<string> = new Set(),
): Set<number> {
  particles(tags, out, phrasal);
  attributive(tags, out);
  nominalRoots(tags, out);
  inclusions(tags, out);
  nounVerbs(tags, out);
  agentPassives(tags, out);
  timeObjects(tags, out);
  prepositionalSubjects(tags, out);
  coordinatedSubjects(tags, out);
  betweenParties(tags, out);
  conjunctSubjects(tags, out);
  doubleSubjects(tags, out);
  const verbs = new Set<number>();
  perfects(tags, out);
  verbalAdjectives(tags, out, verbs);
  rootedObjects(tags, out, verbs);
  return verbs;
}

/** Adjectives in -ed that are no past form of a verb. */
const NOT_PARTICIPLES = new Set(["sacred", "naked", "wicked", "beloved", "rugged", "ragged", "crooked", "kindred"]);

/** A past form the tagger may have read as an adjective ("wounded", "shelled"; not "red" or "sacred"). */
const pastForm = (tags: readonly TokenTag[], i: number) => {
  const l = lemma(tags, i);
  if (tags[i]?.upos === "VERB") return PAST.has(tags[i]?.xpos ?? "");
  return tags[i]?.upos === "ADJ" && l.length >= 6 && l.endsWith("ed") && !NOT_PARTICIPLES.has(l);
};

/** The dependents after `after` go to the verb `to` (a prepositional phrase becomes its oblique). */
function moveKids(out: Dependency[], kids: readonly number[], to: number, after: number): void {
  for (const c of kids) {
    if (c <= after || c === to) continue;
    const rel = out[c]?.rel ?? "dep";
    out[c] = { head: to, rel: rel === "nmod" ? "obl" : rel };
  }
}

/**
 * "officials have shared evidence" read as "have" with an object modified by "shared": a past form right
 * after "have", modifying that verb's object, is the verb and "have" its auxiliary.
 */
function perfects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const w = v + 1;
    const n = out[w]?.head ?? -1;
    // Only a form the tagger itself read as a verb: "have armed fighters" keeps its adjective.
    const verbal = tags[w]?.upos === "VERB" && PAST.has(tags[w]?.xpos ?? "");
    if (lemma(tags, v) !== "have" || tags[v]?.upos !== "VERB" || out[w]?.rel !== "amod" || !verbal) return;
    if (out[n]?.head !== v || out[n]?.rel !== "obj") return;
    out[w] = { head: d.head, rel: d.rel };
    out[v] = { head: w, rel: "aux" };
    for (const c of kids[v] ?? []) if (c !== w) out[c] = { head: w, rel: out[c]?.rel ?? "dep" };
  });
}

/**
 * "Irish guerrillas wounded two British soldiers in an attack, police said", "Israeli tanks shelled
 * positions": a past form read as an adjective of the noun phrase after it, which the parser then hung on
 * the noun phrase before it with no preposition, is the verb between its subject and its object. The
 * clause is the sentence's root, or what a later speech verb with a subject of its own reports.
 */
function verbalAdjectives(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const n = d.head;
    if (d.rel !== "amod" || n <= w || !pastForm(tags, w) || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const h = out[n]?.head ?? -1;
    if (out[n]?.rel !== "nmod" || h < 0 || h >= w || !NOMINAL.has(tags[h]?.upos ?? "")) return;
    if ((kids[n] ?? []).some((k) => out[k]?.rel === "case")) return;
    for (let k = w + 1; k < n; k++) if (!under(out, k, n)) return;
    // The word before it closes the phrase before it, or is a noun the parser hung on the form itself
    // ("BRUSSELS — Belgian police fired tear gas" with "police" a compound of "fired").
    const hungOnForm = out[w - 1]?.head === w && NOMINAL.has(tags[w - 1]?.upos ?? "") && out[w - 1]?.rel === "compound";
    if (!underBefore(out, w - 1, h, w) && !hungOnForm) return;
    const top = out[h]?.head ?? -1;
    const rel = out[h]?.rel ?? "";
    const reported = rel === "nsubj" && top > n && (kids[top] ?? []).some((k) => k !== h && out[k]?.rel === "nsubj");
    if (top !== -1 && !reported) return;
    out[w] = top === -1 ? { head: -1, rel: "root" } : { head: top, rel: "ccomp" };
    out[h] = { head: w, rel: "nsubj" };
    out[n] = { head: w, rel: "obj" };
    moveKids(out, kids[h] ?? [], w, n);
    verbs.add(w);
  });
}

/**
 * "handed over medicine to Iran" read with a preposition "over": a particle right after a verb with no
 * object, heading a common noun the verb governs, is the verb's particle and the noun its object, when the
 * pair is a phrasal verb of the event lexicon (`phrasal`: "hand over", "set up"; "protested over the
 * killing", "attacked over the weekend" keep their preposition); a to-phrase hung on that noun is the verb's.
 */
function particles(tags: readonly TokenTag[], out: Dependency[], phrasal: ReadonlySet<string>): void {
  const kids = childrenOf(out);
  for (let v = 0; v + 1 < out.length; v++) {
    const p = v + 1;
    const n = out[p]?.head ?? -1;
    if (tags[v]?.upos !== "VERB" || out[p]?.rel !== "case" || !phrasal.has(`${lemma(tags, v)} ${lemma(tags, p)}`))
      continue;
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

/**
 * "extradited suspected militant X to Britain" read as a clause "suspected X": an attributive
 * participle ("suspected", "alleged", "striking") governing the noun phrase right after it modifies
 * that noun, which is the object of the verb before it; the participle's later phrases are the verb's.
 */
function attributive(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    const v = d.head;
    const past = PAST.has(tags[a]?.xpos ?? "") && ATTRIBUTIVE.has(lemma(tags, a));
    const ing = tags[a]?.xpos === "VBG" && ATTRIBUTIVE_ING.has(lemma(tags, a));
    if (tags[a]?.upos !== "VERB" || !(past || ing)) return;
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

/**
 * "European Community foreign ministers agreed to provide aid" read as one noun phrase with a reduced
 * relative: in a sentence whose root is a noun, a past form right after that phrase, with no subject or
 * auxiliary but an object or a clause of its own, is the sentence's verb and the phrase its subject.
 * (subjects.ts `misreadAsModifier` takes such a noun as the subject when it names an actor itself; this
 * re-roots the whole clause, so that its complements and a subject named by a modifier are read too.)
 */
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

/**
 * "Russian aircraft including helicopter gunships killed": a subject introduced by "including" only
 * names members of the phrase before it, which is the verb's subject.
 */
function inclusions(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, n) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v < n) return;
    const inc = (kids[n] ?? []).find((k) => k < n && out[k]?.rel === "case" && lemma(tags, k).startsWith("includ"));
    if (inc === undefined) return;
    const h = (kids[v] ?? []).find((k) => k < inc && NOMINAL.has(tags[k]?.upos ?? "") && under(out, inc - 1, k));
    if (h === undefined) return;
    out[h] = { head: v, rel: "nsubj" };
    out[n] = { head: h, rel: "nmod" };
  });
}

/** Verbs that do take a bare infinitive right after them ("helped build", "let go"). */
const BARE_INFINITIVE = new Set(["help", "let", "make", "see", "hear", "watch", "have", "go", "come", "dare"]);

/**
 * "troops used cluster munitions" read as "used" + a clause "cluster munitions": a base-form verb right
 * after a verb that takes no bare infinitive, read as its complement, with an object and nothing else of
 * a clause, is the first word of a compound noun that is that verb's object (for compounds the segmenter
 * does not list, see segment-rules.json nounCompounds).
 */
function nounVerbs(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const v = w - 1;
    if (d.head !== v || (d.rel !== "xcomp" && d.rel !== "ccomp") || tags[w]?.xpos !== "VB") return;
    if (tags[v]?.upos !== "VERB" || BARE_INFINITIVE.has(lemma(tags, v))) return;
    const own = kids[w] ?? [];
    if (own.some((c) => /^(nsubj|aux|mark|expl)/.test(out[c]?.rel ?? ""))) return;
    const n = own.find((c) => c === w + 1 && out[c]?.rel === "obj" && tags[c]?.upos === "NOUN");
    if (n === undefined || (kids[v] ?? []).some((c) => out[c]?.rel === "obj")) return;
    out[n] = { head: v, rel: "obj" };
    out[w] = { head: n, rel: "compound" };
    for (const c of own) if (c !== n) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
  });
}

/** Auxiliaries that make a participle passive ("was", "remains", "got"); "had spoken by phone" is active. */
const PASSIVE_AUX = new Set(["be", "remain", "stay", "get", "become"]);

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
 * "The United States, Britain and the Caribbean Community expressed support" read with the first name as
 * the root and the verb as its conjunct (whose subject is the last name): in a sentence whose root is a
 * noun, a finite verb conjoined to it, with a subject of its own between them, is the sentence's verb, and
 * the root and that subject are the coordinated subject.
 */
function coordinatedSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const r = d.head;
    if (d.rel !== "conj" || r < 0 || r > v || out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "")) return;
    // A participle with an object and no auxiliary is a past tense misread ("expressed support").
    const own = kids[v] ?? [];
    const pastWithObject =
      tags[v]?.xpos === "VBN" &&
      own.some((c) => out[c]?.rel === "obj") &&
      !own.some((c) => out[c]?.rel?.startsWith("aux"));
    if (tags[v]?.upos !== "VERB" || !(FINITE.has(tags[v]?.xpos ?? "") || pastWithObject)) return;
    const n = (kids[v] ?? []).find(
      (c) => c > r && c < v && out[c]?.rel === "nsubj" && NOMINAL.has(tags[c]?.upos ?? ""),
    );
    if (n === undefined) return;
    const cc = (kids[v] ?? []).find((c) => c < n && out[c]?.rel === "cc");
    out[v] = { head: -1, rel: "root" };
    out[r] = { head: v, rel: "nsubj" };
    out[n] = { head: r, rel: "conj" };
    if (cc !== undefined) out[cc] = { head: n, rel: "cc" };
    for (const c of kids[r] ?? []) if (c > v) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
  });
}

const DAY_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
]);

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
 * "Fighting between the army and the rebels has displaced thousands" read with "the rebels" as the
 * subject of a verb conjoined to "Fighting": a between-phrase with one party, followed by "and" and a
 * noun that is the subject of a verb conjoined to the phrase's head, takes that noun as its second
 * party, and the head is the verb's subject.
 */
function betweenParties(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    const r = d.head;
    const own = kids[x] ?? [];
    if (r < 0 || !own.some((c) => c < x && ["between", "among"].includes(lemma(tags, c)))) return;
    if (own.some((c) => out[c]?.rel === "conj")) return;
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

/** The head of the noun phrase opening right after token k ("the rebels" after "and"), or -1. */
function nounAfter(tags: readonly TokenTag[], out: readonly Dependency[], k: number): number {
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

const CLAUSE_LINKS = new Set(["conj", "xcomp", "dep"]);

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
    // (a participle with an object is a past tense misread: "and Israel freed 39 prisoners")
    const past = tags[v]?.xpos === "VBN" && own.some((c) => out[c]?.rel === "obj");
    if (!(FINITE.has(tags[v]?.xpos ?? "") || past) || (kids[n] ?? []).some((c) => c > n)) return;
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
 * "The pro-Iranian Hizbollah (Party of God) group declared", "The Kurdistan Workers' Party issued": two
 * nominal subjects of one verb, the first closing right where the second's own words begin, are one
 * phrase: the first is a compound of the second.
 */
function doubleSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    const v = d.head;
    if (d.rel !== "nsubj" || v < a || !NOMINAL.has(tags[a]?.upos ?? "")) return;
    // ... or a name read as the subject of the noun after it ("Hizbollah" as a subject of "group").
    // (a noun that is itself a subject; not a nominal predicate: "Moscow was behind the attacks")
    const predicate =
      !(out[v]?.rel ?? "").startsWith("nsubj") ||
      (kids[v] ?? []).some((k) => out[k]?.rel === "cop" || out[k]?.rel === "case");
    const b = NOMINAL.has(tags[v]?.upos ?? "")
      ? predicate
        ? undefined
        : v
      : (kids[v] ?? []).find((k) => k > a && k < v && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (b === undefined) return;
    // Only the two phrases' own words between them, nothing of the clause and no list or comma ("Peru,
    // Chile said", "X, whose government has led" are no such case).
    for (let k = a + 1; k < b; k++) {
      if (!under(out, k, a) && !under(out, k, b)) return;
      if (out[k]?.rel === "conj" || lemma(tags, k) === ",") return;
    }
    out[a] = { head: b, rel: "compound" };
  });
}

/**
 * "Montenegro Municipality Association officials demanded support from the Assembly" read as a noun root
 * "support" with a subject and the verb as its adjective: a past form modifying a root noun that has a
 * subject of its own (or a name as its compound: "Israel Friday reimposed blockades"), right after that
 * subject's phrase, is the verb, the subject its subject and the root its object; the root's later
 * phrases are the verb's.
 */
function rootedObjects(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const n = d.head;
    if (d.rel !== "amod" || n <= w || out[n]?.head !== -1 || !NOMINAL.has(tags[n]?.upos ?? "") || !pastForm(tags, w))
      return;
    // (or a name read as the root's compound: "Israel Friday reimposed blockades")
    const subj = (kids[n] ?? []).find(
      (k) =>
        k < w &&
        ((out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? "")) ||
          (out[k]?.rel === "compound" && tags[k]?.upos === "PROPN")),
    );
    if (subj === undefined || !underBefore(out, w - 1, subj, w)) return;
    for (let k = w + 1; k < n; k++) if (!under(out, k, n)) return;
    out[w] = { head: -1, rel: "root" };
    out[subj] = { head: w, rel: "nsubj" };
    out[n] = { head: w, rel: "obj" };
    moveKids(out, kids[n] ?? [], w, n);
    for (const c of kids[n] ?? [])
      if (c < w && c !== subj && out[c]?.rel === "punct") out[c] = { head: w, rel: "punct" };
    if (tags[w]?.upos !== "VERB") verbs.add(w);
  });
}
