import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { DAY_WORDS } from "../../nlp/day-words.js";
import {
  CONDITION_MARKS,
  childrenOf,
  DOCUMENT_NOUNS,
  FINITE,
  finiteTag,
  hasCase,
  lazyChildren,
  lemma,
  NOMINAL,
  nounAfter,
  PAST,
  phraseStart,
  rootAt,
  rootOf,
  rootSpan,
  under,
  underBefore,
} from "./repair-common.js";
import { repairSubjects } from "./repair-subjects.js";

/** Lemmas of participles used as adjectives before a noun ("arrested suspected militants"). */
const ATTRIBUTIVE = new Set(["suspect", "allege", "accuse", "purport", "presume"]);
/** ... and of present participles so used ("dispersed striking miners", "the ruling party"). */
const ATTRIBUTIVE_ING = new Set(["strike", "protest", "demonstrate", "rule", "war"]);

/**
 * Phrase-level misreads undone in place, on dependencies already repaired at clause level (repair.ts).
 * Returns the tokens now read as verbs though the tagger read them otherwise ("wounded" as an adjective).
 */
export function repairPhrases(
  tags: readonly TokenTag[],
  out: Dependency[],
  phrasal: ReadonlySet<string> = new Set(),
): Set<number> {
  dueClauses(tags, out);
  amountObjects(tags, out);
  particles(tags, out, phrasal);
  possessedCompounds(tags, out);
  attributive(tags, out);
  verbGerunds(tags, out);
  infinitiveConjuncts(tags, out);
  namedObjects(tags, out);
  listedAppositions(tags, out);
  timedObjects(tags, out);
  adverbObjects(tags, out);
  custodyPhrases(tags, out);
  hyphenAgents(tags, out);
  predicatives(tags, out);
  nounInfinitives(tags, out);
  objectControl(tags, out);
  modifierSubjects(tags, out);
  nominalRoots(tags, out);
  listedRoots(tags, out);
  infinitiveRoots(tags, out);
  adjectiveRoots(tags, out);
  modifierRoots(tags, out);
  inclusions(tags, out);
  suchAs(tags, out);
  conditionsOnNouns(tags, out);
  conditionComplements(tags, out);
  overPhrases(tags, out);
  leavingFrom(tags, out);
  personaNonGrata(tags, out);
  objectAgents(tags, out);
  toDeath(tags, out);
  resultatives(tags, out);
  nounVerbs(tags, out);
  agentParticiples(tags, out);
  reducedRelatives(tags, out);
  repairSubjects(tags, out);
  const verbs = new Set<number>();
  perfects(tags, out);
  subjunctives(tags, out, verbs);
  bareInfinitives(tags, out, verbs);
  speechParticiples(tags, out, verbs);
  verbalAdjectives(tags, out, verbs);
  passiveAdjectives(tags, out, verbs);
  rootedObjects(tags, out, verbs);
  subjectRoots(tags, out, verbs);
  participleRoots(tags, out);
  verblessSentences(tags, out, verbs);
  compoundedClauses(tags, out, verbs);
  gerundObjects(tags, out, verbs);
  return verbs;
}

/**
 * "North Macedonia's EU membership", "Russia's UN envoy" read with the possessor on the name that
 * modifies the noun: a possessor ends a noun phrase's premodifiers, so it is the possessor of the head
 * noun the name is a compound of.
 */
function possessedCompounds(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, p) => {
    const c = d.head;
    if (d.rel !== "nmod:poss" || c <= p || out[c]?.rel !== "compound" || tags[c]?.upos !== "PROPN") return;
    const h = out[c]?.head ?? -1;
    if (h > c && tags[h]?.upos === "NOUN") out[p] = { head: h, rel: "nmod:poss" };
  });
}

/**
 * "complained to the United Nations over two Israeli air raids" read with "over" as "more than" on the
 * count (or the count as a phrase of its own): after a prepositional phrase of the verb (not a time), a
 * counted noun is no object shifted behind it but the object of "over", an oblique of the verb.
 */
function overPhrases(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((_, o) => {
    const n = o + 1;
    if (lemma(tags, o) !== "over" || tags[n]?.upos !== "NUM") return;
    // the noun counted: the first noun after the count that hangs on a verb as an object or a loose dependent
    let h = n + 1;
    while (h < out.length && !NOMINAL.has(tags[h]?.upos ?? "") && tags[h]?.upos !== "PUNCT") h++;
    while (h + 1 < out.length && out[h]?.rel === "compound" && out[h]?.head === h + 1) h++;
    const v = out[h]?.head ?? -1;
    if (!["obj", "advcl", "dep"].includes(out[h]?.rel ?? "") || tags[v]?.upos !== "VERB" || v > o) return;
    const phraseBefore = kids(v).some(
      (c) =>
        c > v &&
        c < o &&
        out[c]?.rel === "obl" &&
        !DAY_WORDS.has(lemma(tags, c)) &&
        kids(c).some((k) => out[k]?.rel === "case"),
    );
    if (!phraseBefore) return;
    out[o] = { head: h, rel: "case" };
    out[n] = { head: h, rel: "nummod" };
    out[h] = { head: v, rel: "obl" };
  });
}

/**
 * "declared two diplomats persona non grata" read with the phrase as an apposition of the object: it is
 * the verb's open complement, what the object is declared.
 */
function personaNonGrata(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, p) => {
    if (lemma(tags, p) !== "persona" || lemma(tags, p + 1) !== "non" || lemma(tags, p + 2) !== "grata") return;
    const o = d.head;
    if (d.rel !== "appos" || out[o]?.rel !== "obj") return;
    out[p] = { head: out[o]?.head ?? -1, rel: "xcomp" };
  });
}

/** Nouns of leaving a place or a body, whose from-phrase names what is left. */
const LEAVING = new Set(["withdrawal", "exit", "departure", "pullout", "secession"]);

/**
 * "announced its withdrawal from ECOWAS", "confirmed its exit from the OAS" read with the from-phrase on the
 * verb: right after a noun of leaving that is the verb's object, it is the noun's.
 */
function leavingFrom(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, n) => {
    if (d.rel !== "obj" || !LEAVING.has(lemma(tags, n)) || lemma(tags, n + 1) !== "from") return;
    const p = out[n + 1]?.head ?? -1;
    if (out[p]?.head !== d.head || !out[p]?.rel.startsWith("obl")) return;
    out[p] = { head: n, rel: "nmod" };
  });
}

/**
 * "condemned the recognition of Kosovo by Germany" read with the by-phrase on the active verb: a verb
 * with a subject of its own and a common noun as object has no agent phrase, so a name after "by" is
 * the object's author ("the annexation of the Golan Heights by Israel", "the killing of protesters by
 * Syrian forces"); "by force", "by a wide margin", "by the end of the year" name no one and stay.
 */
function objectAgents(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, p) => {
    const v = d.head;
    if (d.rel !== "obl" || tags[v]?.upos !== "VERB" || v > p) return;
    if (!hasCase(tags, out, kids(p), "by")) return;
    const named = (t: number) =>
      tags[t]?.upos === "PROPN" || (tags[t]?.upos === "ADJ" && /^\p{Lu}/u.test(tags[t]?.lemma ?? ""));
    if (
      !(
        tags[p]?.upos === "PROPN" ||
        (tags[p]?.upos === "NOUN" && kids(p).some((k) => out[k]?.rel !== "case" && named(k)))
      )
    )
      return;
    const own = kids(v);
    if (
      !own.some((k) => out[k]?.rel === "nsubj") ||
      own.some((k) => out[k]?.rel === "nsubj:pass" || out[k]?.rel === "aux:pass")
    )
      return;
    const o = own.find((k) => out[k]?.rel === "obj" && k < p && tags[k]?.upos === "NOUN");
    if (o !== undefined) out[p] = { head: o, rel: "nmod" };
  });
}

/** "hacked two villagers to death" read with "to death" on the object: it says how the verb's act ended. */
function toDeath(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, t) => {
    const o = d.head;
    const v = out[o]?.head ?? -1;
    if (lemma(tags, t) !== "death" || d.rel !== "nmod" || out[o]?.rel !== "obj" || tags[v]?.upos !== "VERB") return;
    if (hasCase(tags, out, kids(t), "to")) out[t] = { head: v, rel: "obl" };
  });
}

/** Adjectives that tell what an act left its patient ("shot dead", "beaten unconscious", "burned alive"). */
const RESULTS: ReadonlySet<string> = new Set(["dead", "unconscious", "alive", "senseless"]);

/**
 * "Israeli troops shot dead a teenager", "a teenager was shot dead by Israeli troops" read with the object
 * or the agent on "dead": a result adjective takes no object or phrase of its own; they are the verb's.
 */
function resultatives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, a) => {
    if (!RESULTS.has(lemma(tags, a)) || d.rel !== "xcomp" || tags[d.head]?.upos !== "VERB") return;
    for (const k of kids(a)) {
      const rel = out[k]?.rel ?? "";
      if (rel === "obj" || /^(obl|nmod)/.test(rel)) out[k] = { head: d.head, rel: rel === "obj" ? "obj" : "obl" };
    }
  });
}

/** Adjectives in -ed that are no past form of a verb. */
const NOT_PARTICIPLES = new Set(["sacred", "naked", "wicked", "beloved", "rugged", "ragged", "crooked", "kindred"]);

/** A verb or an auxiliary. */
const verbal = (tags: readonly TokenTag[], k: number) => tags[k]?.upos === "VERB" || tags[k]?.upos === "AUX";

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
 * "would lead to the return of citizens abducted by agents" read with "abducted" as a complement of
 * "lead": a past participle with a by-agent and no subject, auxiliary or marker of its own, hung as a
 * complement or adverbial clause on a verb with no object, right after a noun inside a noun phrase of that
 * verb, modifies that noun (a predicate participle needs the verb's object: "left them stranded").
 */
function agentParticiples(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    if (tags[v]?.xpos !== "VBN" || (d.rel !== "xcomp" && d.rel !== "advcl")) return;
    const own = kids[v] ?? [];
    if (!own.some((k) => out[k]?.rel === "obl:agent")) return;
    if (own.some((k) => /^(nsubj|aux|mark)/.test(out[k]?.rel ?? ""))) return;
    const noun = v - 1;
    if (!NOMINAL.has(tags[noun]?.upos ?? "") || noun === d.head || !under(out, noun, d.head)) return;
    // ("arrived in Tehran accompanied by Raisi" keeps its oblique: only a noun inside a noun's phrase)
    if (out[noun]?.rel !== "nmod" || under(out, noun, v)) return;
    if ((kids[d.head] ?? []).some((k) => out[k]?.rel === "obj")) return;
    out[v] = { head: noun, rel: "acl" };
  });
}

/**
 * "Rebels backed by Rwanda seized the town" read with "backed" as the active verb of "Rebels" and "seized"
 * its complement: a past participle with a by-agent and a subject but no auxiliary, followed by a finite
 * verb of its own with no subject or "and", is a reduced relative on that subject, and the finite verb the
 * clause's verb.
 */
function reducedRelatives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    if (tags[v]?.xpos !== "VBN") return;
    const own = kids[v] ?? [];
    const subject = own.find((k) => k < v && out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? ""));
    if (subject === undefined || !own.some((k) => out[k]?.rel === "obl:agent")) return;
    if (own.some((k) => /^(aux|mark|cop)/.test(out[k]?.rel ?? ""))) return;
    const verb = own.find(
      (k) =>
        k > v &&
        // (a past form with an object of its own, which the tagger may call a participle: "attacked Israel")
        (FINITE.has(tags[k]?.xpos ?? "") ||
          (PAST.has(tags[k]?.xpos ?? "") && (kids[k] ?? []).some((c) => out[c]?.rel === "obj"))) &&
        /^(xcomp|ccomp|conj|parataxis|dep)$/.test(out[k]?.rel ?? "") &&
        !(kids[k] ?? []).some((c) => /^(nsubj|cc$|mark)/.test(out[c]?.rel ?? "")),
    );
    if (verb === undefined) return;
    // (what stands outside the relative, before its noun or after the verb, is the verb's: "On Monday, ...")
    for (const k of own) if (k > verb || k < subject) out[k] = { head: verb, rel: out[k]?.rel ?? "dep" };
    out[verb] = { head: d.head, rel: d.rel };
    out[subject] = { head: verb, rel: "nsubj" };
    out[v] = { head: subject, rel: "acl" };
  });
}

/** What may stand in a short subject phrase before its head noun ("the", "Burundi 's", "new"). */
const SUBJECT_WORDS = new Set(["DET", "PROPN", "PART", "ADJ"]);

/** What may open the noun phrase after a verb ("release [Meng]", "halt [the] raids", "ease [restrictions]"). */
const PHRASE_OPENERS = new Set(["DET", "PROPN", "PRON", "NUM", "NOUN", "ADJ"]);

/**
 * "demanded that Canada release Meng Wanzhou" read with "release" as a noun: a singular common noun
 * right after a name or noun whose short phrase follows a clause-opening "that", and right before the
 * start of a noun phrase, is the base-form verb of that clause (a mandative subjunctive), when no verb
 * follows before the next punctuation: the name or noun is its subject, "that" its marker, the noun
 * phrase after it its object, and the clause the complement of the first verb before "that" among its
 * heads.
 */
function subjunctives(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  out.forEach((_, v) => {
    const subj = v - 1;
    if (tags[v]?.xpos !== "NN" || !NOMINAL.has(tags[subj]?.upos ?? "")) return;
    // "that" before the subject's phrase ("that Canada", "that the government", "that Burundi's government")
    let that = subj - 1;
    while (that > subj - 4 && SUBJECT_WORDS.has(tags[that]?.upos ?? "")) that--;
    if (lemma(tags, that) !== "that" || (tags[that]?.upos !== "SCONJ" && tags[that]?.upos !== "PRON")) return;
    if (!PHRASE_OPENERS.has(tags[v + 1]?.upos ?? "")) return;
    // "that Hamas leader Yahya Sinwar was killed": a verb of its own after the name makes the noun a title.
    for (let k = v + 1; k < out.length && tags[k]?.upos !== "PUNCT"; k++) if (verbal(tags, k)) return;
    // the verb above: the first verb before "that" among its heads ("that" may have been read as the
    // marker of a later verb: "... release Meng, who was arrested, and said it had lodged protests")
    let above = out[that]?.head ?? -1;
    for (let hops = 0; above >= 0 && (tags[above]?.upos !== "VERB" || above > that) && hops < 6; hops++)
      above = out[above]?.head ?? -1;
    if (above < 0) return;
    const obj = nounAfter(tags, out, v);
    out[v] = { head: above, rel: "ccomp" };
    out[that] = { head: v, rel: "mark" };
    out[subj] = { head: v, rel: "nsubj" };
    if (obj >= 0) out[obj] = { head: v, rel: "obj" };
    verbs.add(v);
  });
}

/**
 * "ordered the vessels to leave, warning that it would use all means" read with "warning" as a noun: a
 * word in -ing the tagger read as a noun, right after a comma and right before a "that" opening a
 * clause, is a participle clause of the sentence's verb before it, and the clause is its complement.
 */
function speechParticiples(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  out.forEach((_, w) => {
    const that = w + 1;
    if (tags[w]?.xpos !== "NN" || !lemma(tags, w).endsWith("ing") || lemma(tags, w - 1) !== ",") return;
    if (lemma(tags, that) !== "that" || out[that]?.rel !== "mark") return;
    const clause = out[that]?.head ?? -1;
    const root = rootOf(out, w);
    if (clause <= that || tags[clause]?.upos !== "VERB" || root >= w || tags[root]?.upos !== "VERB") return;
    out[w] = { head: root, rel: "advcl" };
    out[clause] = { head: w, rel: "ccomp" };
    verbs.add(w);
  });
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
    let h = out[n]?.head ?? -1;
    // (or on the participle that the noun phrase before it has set off by commas: "Iraqi forces, fighting
    // alongside the Peshmerga, attacked Islamic State positions" with "positions" an argument of "fighting")
    const offset = w - 1 > h && tags[w - 1]?.lemma === ",";
    const onParticiple =
      ["obl", "obj"].includes(out[n]?.rel ?? "") && tags[h]?.upos === "VERB" && out[h]?.rel === "acl";
    if (offset && onParticiple) h = out[h]?.head ?? -1;
    else if (out[n]?.rel !== "nmod") return;
    if (h < 0 || h >= w || !NOMINAL.has(tags[h]?.upos ?? "")) return;
    if ((kids[n] ?? []).some((k) => out[k]?.rel === "case")) return;
    for (let k = w + 1; k < n; k++) if (!under(out, k, n)) return;
    // The word before it closes the phrase before it (or a comma does, after it: "Iraqi forces, backed by
    // US air strikes, attacked"), or is a noun the parser hung on the form itself ("BRUSSELS — Belgian
    // police fired tear gas" with "police" a compound of "fired").
    const hungOnForm = out[w - 1]?.head === w && NOMINAL.has(tags[w - 1]?.upos ?? "") && out[w - 1]?.rel === "compound";
    if (!underBefore(out, offset ? w - 2 : w - 1, h, w) && !hungOnForm) return;
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
 * "The summit was postponed", "talks were suspended" read with the participle as an adjective after a
 * copula: a past form with a common noun as subject and "be" as copula, and no complement of its own, is
 * a passive verb (the copula its passive auxiliary), so that what is done to the noun is read.
 */
function passiveAdjectives(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = lazyChildren(out);
  out.forEach((_, w) => {
    if (tags[w]?.upos !== "ADJ" || !pastForm(tags, w)) return;
    const own = kids(w);
    const cop = own.find((k) => out[k]?.rel === "cop" && lemma(tags, k) === "be");
    const subj = own.find((k) => out[k]?.rel === "nsubj" && tags[k]?.upos === "NOUN");
    if (cop === undefined || subj === undefined || own.some((k) => /^(xcomp|ccomp|obl)/.test(out[k]?.rel ?? "")))
      return;
    out[cop] = { head: w, rel: "aux:pass" };
    out[subj] = { head: w, rel: "nsubj:pass" };
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

/**
 * Verbs that take a gerund for their object and tell its status, in modality.tsv or their lexicon entry
 * ("considered imposing a curfew" is hypothetical, "stopped cooperating" negated, "resumed shelling" done).
 */
const GERUND_TAKERS: ReadonlySet<string> = new Set([
  "consider",
  "avoid",
  "stop",
  "deny",
  "suggest",
  "propose",
  "recommend",
  "discuss",
  "resume",
  "continue",
  "begin",
  "start",
  "reject",
]);

/**
 * "ruled out lifting sanctions on Venezuela", "is considering imposing a curfew" read with the gerund as an
 * adjective of the noun after it: a gerund right after a verb that takes one ("rule" with "out"), read as
 * the first modifier of the verb's object, is the verb's complement and the noun its object.
 */
function verbGerunds(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, g) => {
    const n = d.head;
    const v = out[n]?.head ?? -1;
    if (tags[g]?.xpos !== "VBG" || d.rel !== "amod" || out[n]?.rel !== "obj" || v < 0 || v > g) return;
    const ruledOut = lemma(tags, v) === "rule" && kids(v).some((k) => lemma(tags, k) === "out");
    if (!GERUND_TAKERS.has(lemma(tags, v)) && !ruledOut) return;
    // (right after the verb or its particle: not "considered the rising prices")
    if (g - 1 !== v && !(out[g - 1]?.head === v && out[g - 1]?.rel === "compound:prt")) return;
    out[g] = { head: v, rel: "xcomp" };
    out[n] = { head: g, rel: "obj" };
  });
}

/**
 * "forced a Ryanair flight to land in Minsk and arrested the journalist" read with "arrested" conjoined to
 * "land": a past form (a participle with no auxiliary too) conjoined to a to-infinitive whose verb is in
 * the past is that verb's conjunct, sharing its subject, not the infinitive's.
 */
function infinitiveConjuncts(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, v) => {
    const inf = d.head;
    const main = out[inf]?.head ?? -1;
    if (d.rel !== "conj" || tags[inf]?.xpos !== "VB" || !/^(xcomp|advcl)$/.test(out[inf]?.rel ?? "")) return;
    if (!kids(inf).some((k) => out[k]?.rel === "mark" && lemma(tags, k) === "to") || tags[main]?.xpos !== "VBD") return;
    const own = kids(v);
    const past =
      tags[v]?.xpos === "VBD" || (tags[v]?.xpos === "VBN" && !own.some((k) => /^aux/.test(out[k]?.rel ?? "")));
    if (!past || own.some((k) => /^(nsubj|mark)/.test(out[k]?.rel ?? ""))) return;
    out[v] = { head: main, rel: "conj" };
  });
}

/** Relations a bare name keeps: its own words and the commas and "and" of a list. */
const NAME_PARTS = new Set(["compound", "flat", "amod", "punct", "cc", "conj"]);

/**
 * "will visit Saudi Arabia, Turkey and Iran" read with the second name as an apposition of the first and
 * the third its conjunct: a bare name in apposition after a comma, with a name conjoined to it by "and"
 * or "or", continues a list of names begun by the name it hangs on; all are that name's conjuncts.
 */
function listedAppositions(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, a) => {
    const h = d.head;
    if (d.rel !== "appos" || h < 0 || h > a || tags[h]?.upos !== "PROPN" || tags[a]?.upos !== "PROPN") return;
    if (lemma(tags, a - 1) !== "," && !kids(a).some((k) => k < a && lemma(tags, k) === ",")) return;
    const own = kids(a);
    if (own.some((k) => !NAME_PARTS.has(out[k]?.rel ?? ""))) return;
    const last = own.filter((k) => out[k]?.rel === "conj" && tags[k]?.upos === "PROPN");
    const closed = last.some((c) =>
      kids(c).some((k) => out[k]?.rel === "cc" && ["and", "or"].includes(lemma(tags, k))),
    );
    if (!closed) return;
    out[a] = { head: h, rel: "conj" };
    for (const c of last) out[c] = { head: h, rel: "conj" };
  });
}

/**
 * "encouraged Ukrainian President Volodymyr Zelensky to ...", read with the nationality adjective as
 * the verb's complement and the name as its apposition; "called Russian President Vladimir Putin on
 * Tuesday", read with the name as a bare oblique: an adjective hung on a verb with a name
 * in apposition after it, or a name hung on a verb as an oblique with no preposition, is the verb's
 * object (the adjective its modifier) when the verb has none.
 */
function namedObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, a) => {
    const v = d.head;
    if (v < 0 || v > a || tags[v]?.upos !== "VERB") return;
    const adjective = tags[a]?.upos === "ADJ" && (d.rel === "xcomp" || d.rel === "obl" || d.rel === "dep");
    const bare = tags[a]?.upos === "PROPN" && d.rel === "obl" && !DAY_WORDS.has(lemma(tags, a));
    if (!adjective && !bare) return;
    const kids = childrenOf(out);
    if ((kids[v] ?? []).some((c) => out[c]?.rel === "obj")) return;
    if (bare) {
      if (!(kids[a] ?? []).some((c) => out[c]?.rel === "case")) out[a] = { head: v, rel: "obj" };
      return;
    }
    const n = (kids[a] ?? []).find((c) => c > a && out[c]?.rel === "appos" && tags[c]?.upos === "PROPN");
    if (n === undefined) return;
    for (let k = a + 1; k < n; k++) if (!under(out, k, n) && out[k]?.head !== a) return;
    out[n] = { head: v, rel: "obj" };
    out[a] = { head: n, rel: "amod" };
    for (let k = a + 1; k < n; k++) if (out[k]?.head === a) out[k] = { head: n, rel: out[k]?.rel ?? "dep" };
    moveKids(out, kids[a] ?? [], v, n);
  });
}

/** Nouns of a stretch of the calendar that "next", "last" or "this" make a time ("next month"). */
const CALENDAR_UNITS = new Set(["week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter"]);
const TIME_DETERMINERS = new Set(["next", "last", "this"]);
/** Relations of a noun phrase hung on a verb with no preposition. */
const BARE_ARGUMENTS = new Set(["obj", "obl:unmarked", "obl:tmod", "obl:npmod"]);

/**
 * "will visit Beijing next month" read as one noun phrase, the name a compound of "month": a name
 * right before "next/last/this" and a unit of the calendar that a verb with no object governs bare is
 * the verb's object, the time the verb's own.
 */
function timedObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, n) => {
    if (d.rel !== "compound" || tags[n]?.upos !== "PROPN") return;
    const unit = d.head;
    const v = out[unit]?.head ?? -1;
    if (!BARE_ARGUMENTS.has(out[unit]?.rel ?? "") || v < 0 || !CALENDAR_UNITS.has(lemma(tags, unit))) return;
    // (through the name's own flat words: "Buenos Aires next month")
    let last = n;
    while (out[last + 1]?.rel === "flat" && out[last + 1]?.head === n) last++;
    if (!TIME_DETERMINERS.has(lemma(tags, last + 1)) || unit !== last + 2 || tags[v]?.upos !== "VERB") return;
    const kids = childrenOf(out);
    if ((kids[v] ?? []).some((k) => k !== unit && out[k]?.rel === "obj")) return;
    out[n] = { head: v, rel: "obj" };
    out[unit] = { head: v, rel: "obl:tmod" };
    // (the name's own compounds stay with it: "New Delhi next week")
    for (const k of kids[unit] ?? []) if (k < n && out[k]?.rel === "compound") out[k] = { head: n, rel: "compound" };
  });
}

/**
 * "would respond \"swiftly and firmly\" to any attack" read with the to-phrase on the quoted adverb (or
 * the adverb as the verb's object): an adverb of a verb is no object, and its obliques are the verb's.
 */
function adverbObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    if ((d.rel !== "obj" && d.rel !== "advmod") || tags[a]?.upos !== "ADV" || tags[d.head]?.upos !== "VERB") return;
    const obliques = (kids[a] ?? []).filter((k) => out[k]?.rel === "obl");
    if (d.rel === "advmod" && !obliques.length) return;
    out[a] = { head: d.head, rel: "advmod" };
    for (const k of obliques) out[k] = { head: d.head, rel: "obl" };
  });
}

/** Verbs of bringing parties together, as the second half of a hyphenated modifier ("EU-facilitated"). */
const GO_BETWEEN = new Set(["broker", "mediate", "facilitate", "sponsor"]);

/**
 * "EU-facilitated talks", "Qatar-brokered truce": a name joined by a hyphen to the participle of a verb of
 * mediation that modifies a noun is that participle's agent, as in "talks facilitated by the EU".
 */
function hyphenAgents(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, v) => {
    if (d.rel !== "amod" || tags[v]?.xpos !== "VBN" || !GO_BETWEEN.has(lemma(tags, v))) return;
    const name = v - 2;
    if (tags[v - 1]?.xpos !== "HYPH" || tags[name]?.upos !== "PROPN" || d.head < v) return;
    out[v] = { head: d.head, rel: "acl" };
    out[name] = { head: v, rel: "obl:agent" };
    out[v - 1] = { head: name, rel: "punct" };
  });
}

/** States one is put in or under ("under house arrest", "into custody", "under investigation"). */
const CUSTODY = new Set(["arrest", "custody", "detention", "investigation", "surveillance"]);

/**
 * "placed a journalist under house arrest" read with the under-phrase on the journalist: a phrase of
 * custody or investigation (under, into, in) on a verb's object is where the verb puts it.
 */
function custodyPhrases(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, n) => {
    if (!d.rel.startsWith("nmod") || !CUSTODY.has(lemma(tags, n))) return;
    const o = d.head;
    const v = out[o]?.head ?? -1;
    if (out[o]?.rel !== "obj" || tags[v]?.upos !== "VERB" || o > n) return;
    const preps = childrenOf(out)[n] ?? [];
    if (preps.some((k) => out[k]?.rel === "case" && ["under", "into", "in"].includes(lemma(tags, k))))
      out[n] = { head: v, rel: "obl" };
  });
}

/** Verbs that take an object and a predicate about it ("called the decision illegal", "declared the vote void"). */
const OBJECT_PREDICATE = new Set([
  "call",
  "declare",
  "deem",
  "consider",
  "find",
  "label",
  "brand",
  "term",
  "dub",
  "make",
  "render",
  "hold",
  "pronounce",
  "judge",
  "rule",
]);

/**
 * "called the Venezuelan decision illegal" read with "illegal" as the object's adjective: an adjective
 * after the object noun that ends its phrase is the verb's predicate about it (xcomp).
 */
function predicatives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, a) => {
    const n = d.head;
    if (d.rel !== "amod" || tags[a]?.upos !== "ADJ" || n < 0 || n > a || out[n]?.rel !== "obj") return;
    const v = out[n]?.head ?? -1;
    if (v < 0 || tags[v]?.upos !== "VERB" || !OBJECT_PREDICATE.has(lemma(tags, v))) return;
    if ((kids[n] ?? []).some((c) => c > a) || (kids[a] ?? []).some((c) => c < a && out[c]?.rel !== "advmod")) return;
    out[a] = { head: v, rel: "xcomp" };
  });
}

/** Nouns that take a to-infinitive of their own ("Sweden's bid to join NATO", "a plan to send troops"). */
const INFINITIVE_NOUNS = new Set([
  "bid",
  "plan",
  "attempt",
  "effort",
  "decision",
  "proposal",
  "offer",
  "request",
  "call",
  "move",
  "push",
  "campaign",
  "pledge",
  "promise",
  "threat",
  "refusal",
  "agreement",
  "deal",
  "order",
  "invitation",
  "readiness",
  "willingness",
  "plot",
  "conspiracy",
]);

/** The "to" that marks verb x as an infinitive, if any. */
function toMarker(
  tags: readonly TokenTag[],
  out: readonly Dependency[],
  kids: readonly number[][],
  x: number,
): number | undefined {
  return (kids[x] ?? []).find((c) => c < x && lemma(tags, c) === "to" && out[c]?.rel === "mark");
}

/**
 * "approved Sweden's bid to join NATO" read with "to join" as a purpose clause of "approved", and "vetoed
 * a resolution demanding a ceasefire" with "demanding" as the verb's: a to-infinitive right after the
 * verb's object or oblique, when that noun takes one, and an -ing participle right after a text noun
 * the verb's object or oblique, are the noun's.
 */
function nounInfinitives(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    if ((d.rel !== "advcl" && d.rel !== "xcomp") || tags[x]?.upos !== "VERB") return;
    const to = toMarker(tags, out, kids, x);
    const n = to !== undefined ? to - 1 : tags[x]?.xpos === "VBG" && d.rel === "advcl" ? x - 1 : -1;
    // (the noun may be an oblique too: "was sanctioned over a plot to kill the ambassador"; a text an -ing
    // participle follows, only one agreed or voted on: "failed to agree on a resolution condemning the coup",
    // not "responded to the US report, calling it groundless")
    const oblique = out[n]?.rel === "obl" && (to !== undefined || hasCase(tags, out, kids[n] ?? [], "on"));
    if (n < 0 || out[n]?.head !== d.head || !(out[n]?.rel === "obj" || oblique)) return;
    if (!(to !== undefined ? INFINITIVE_NOUNS : DOCUMENT_NOUNS).has(lemma(tags, n))) return;
    out[x] = { head: n, rel: "acl" };
  });
}

/** Verbs whose object is the doer of the to-infinitive that follows it ("urged all parties to exercise restraint"). */
const OBJECT_CONTROL = new Set([
  "urge",
  "ask",
  "press",
  "encourage",
  "tell",
  "order",
  "invite",
  "instruct",
  "persuade",
  "force",
  "compel",
  "pressure",
  "warn",
  "advise",
  "implore",
  "exhort",
  "beg",
  "demand",
  "request",
  "require",
  "authorize",
  "authorise",
  "allow",
  "permit",
  "prompt",
  "spur",
  "cause",
  "convince",
  "enable",
]);

/** Verbs of calling someone in, whose to-infinitive says why the caller did ("summoned the envoy to protest"). */
const SUMMONING = new Set(["summon", "convene"]);

/**
 * "urged all parties in Myanmar to exercise restraint" read with "to exercise" as a modifier of
 * "parties": a to-infinitive on the object of a verb of asking or telling, when the object is no noun
 * that takes one of its own, completes the verb, as does one read as its purpose clause after its object
 * ("warned China not to attack Taiwan"). After a verb of summoning it is the summoner's purpose:
 * "Iran summoned the British ambassador to protest the seizure" (the ambassador protested nothing).
 */
function objectControl(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, x) => {
    if ((d.rel !== "acl" && d.rel !== "advcl") || tags[x]?.upos !== "VERB") return;
    if (toMarker(tags, out, kids, x) === undefined) return;
    // "warned China not to attack Taiwan" read as a purpose clause: it completes the verb as well
    if (d.rel === "advcl") {
      // (a party told, named or a pronoun, or a noun a name places, "Chile's president", "the Peru delegation":
      // not "ordered a buildup on the border to pressure Ukraine")
      const placed = (c: number) =>
        tags[c]?.upos === "NOUN" &&
        (kids[c] ?? []).some((k) => /^(nmod:poss|compound)$/.test(out[k]?.rel ?? "") && tags[k]?.upos === "PROPN");
      const party = (c: number) => tags[c]?.upos === "PROPN" || tags[c]?.xpos === "PRP" || placed(c);
      const object = (kids[d.head] ?? []).some((c) => c < x && /^i?obj$/.test(out[c]?.rel ?? "") && party(c));
      if (object && OBJECT_CONTROL.has(lemma(tags, d.head))) out[x] = { head: d.head, rel: "xcomp" };
      return;
    }
    const n = d.head;
    const v = out[n]?.head ?? -1;
    if (out[n]?.rel !== "obj" || v < 0 || INFINITIVE_NOUNS.has(lemma(tags, n))) return;
    if (OBJECT_CONTROL.has(lemma(tags, v))) out[x] = { head: v, rel: "xcomp" };
    else if (SUMMONING.has(lemma(tags, v))) out[x] = { head: v, rel: "advcl" };
  });
}

/**
 * "US and Chinese defense chiefs held talks" read with "US" as the subject of "chiefs": a word before a
 * noun that is itself a verb's argument, read as that noun's subject with nothing but the noun phrase
 * between them, modifies the noun (a compound for a name, an adjective's own relation otherwise).
 */
function modifierSubjects(tags: readonly TokenTag[], out: Dependency[]): void {
  out.forEach((d, x) => {
    const n = d.head;
    if (d.rel !== "nsubj" || n <= x || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const role = out[n]?.rel ?? "";
    if (!/^(nsubj|obj|obl|nmod)/.test(role) || (out[n]?.head ?? -1) < 0) return;
    for (let k = x + 1; k < n; k++) if (!under(out, k, n) && !under(out, k, x)) return;
    out[x] = { head: n, rel: tags[x]?.upos === "ADJ" ? "amod" : "compound" };
  });
}

/** A verb that now has an object and no auxiliary is active: its passive subject is its subject. */
function activeSubject(out: Dependency[], own: readonly number[], v: number): void {
  if (own.some((c) => (out[c]?.rel ?? "").startsWith("aux"))) return;
  for (const c of own) if (c < v && out[c]?.rel === "nsubj:pass") out[c] = { head: v, rel: "nsubj" };
}

const CLAUSES = new Set(["obj", "ccomp", "xcomp"]);

/** Currency words that name a sum ("500 million euros in aid"). */
const CURRENCIES = new Set([
  "$",
  "€",
  "£",
  "¥",
  "dollar",
  "euro",
  "pound",
  "yuan",
  "yen",
  "rupee",
  "franc",
  "ruble",
  "rouble",
  "shekel",
  "peso",
  "dinar",
  "riyal",
  "lira",
  "krone",
  "krona",
  "rand",
  "naira",
  "won",
]);

/**
 * "will provide $500 million in loans to Ukraine": a sum a verb takes as its object, with an in-phrase
 * of a common noun, stands for what it is paid in: that noun is the object, the sum (with its "in") its
 * modifier.
 */
function amountObjects(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, o) => {
    if (d.rel !== "obj" || !CURRENCIES.has(lemma(tags, o))) return;
    const n = (kids[o] ?? []).find(
      (k) => out[k]?.rel === "nmod" && tags[k]?.upos === "NOUN" && hasCase(tags, out, kids[k] ?? [], "in"),
    );
    if (n === undefined) return;
    out[n] = { head: d.head, rel: "obj" };
    out[o] = { head: n, rel: "nmod:npmod" };
    // ("in" goes with the sum: the object has no preposition of its own)
    for (const k of kids[n] ?? []) if (out[k]?.rel === "case") out[k] = { head: o, rel: "dep" };
  });
}

/**
 * "India and Pakistan are due to hold talks" read with "due" below the subject or the copula, or its
 * to-clause as an adverbial clause: "due" with its copula right before it and "to" and a verb right
 * after it heads the clause, the verb its open complement ("are due to meet" is a plan, like "are set
 * to meet"), and the noun phrase right before the copula is its subject, taking over that phrase's place
 * in the sentence.
 */
function dueClauses(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((_, d) => {
    const [b, to, v] = [d - 1, d + 1, d + 2];
    if (lemma(tags, d) !== "due" || tags[d]?.upos !== "ADJ" || lemma(tags, b) !== "be") return;
    if (lemma(tags, to) !== "to" || tags[v]?.upos !== "VERB" || tags[v]?.xpos !== "VB") return;
    if (out[v]?.head === d) out[v] = { head: d, rel: "xcomp" };
    if (out[b]?.head === d && out[b]?.rel === "cop") return;
    // the subject: climb from the word before the copula through nouns that stay before it
    let s = b - 1;
    while (s >= 0 && NOMINAL.has(tags[s]?.upos ?? "")) {
      const h = out[s]?.head ?? -1;
      if (h < 0 || h >= b || !NOMINAL.has(tags[h]?.upos ?? "")) break;
      s = h;
    }
    if (s < 0 || !NOMINAL.has(tags[s]?.upos ?? "") || under(out, s, d)) return;
    const place = out[s] ?? { head: -1, rel: "root" };
    out[d] = place.head === b || place.head === d ? { head: -1, rel: "root" } : place;
    out[s] = { head: d, rel: "nsubj" };
    out[b] = { head: d, rel: "cop" };
    out[v] = { head: d, rel: "xcomp" };
    // what hung on the subject after the copula ("next week", the final stop) is the clause's
    for (const k of kids[s] ?? []) if (k > d && k !== v) out[k] = { head: d, rel: out[k]?.rel ?? "dep" };
    // and what hung on the copula or "due" before it (a conjunct read as the copula's head) is the subject's
    for (const k of [...(kids[b] ?? []), ...(kids[d] ?? [])])
      if (k < b && k !== s) out[k] = { head: s, rel: out[k]?.rel ?? "dep" };
  });
}

/**
 * "European Community foreign ministers agreed to provide aid" read as one noun phrase with a reduced
 * relative: in a sentence whose root is a noun, a past form right after that phrase, with no subject or
 * auxiliary but an object or a clause of its own (or a conjoined verb with one; or, a finite past, after
 * coordinated parties), is the sentence's verb and the phrase its subject.
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
    const complemented = (c: number) => CLAUSES.has(out[c]?.rel ?? "") || toClause(c);
    // "Doctors from two aid groups donated and delivered goods": the object may be its conjunct's.
    const conjunct = (c: number) =>
      out[c]?.rel === "conj" && tags[c]?.upos === "VERB" && (kids[c] ?? []).some(complemented);
    // "The army and the M23 rebel group agreed to a ceasefire": a finite past after two coordinated
    // parties needs no object to be their verb.
    const coordinated = tags[v]?.xpos === "VBD" && (kids[r] ?? []).some((k) => out[k]?.rel === "conj" && k < v);
    if (!coordinated && !own.some((c) => complemented(c) || conjunct(c))) return;
    // "European Community foreign ministers": a name read as the head, with the rest as its modifier.
    const caseless = !(kids[n] ?? []).some((k) => out[k]?.rel === "case");
    const joined = n !== r && r < n && out[n]?.head === r && out[n]?.rel !== "conj" && caseless;
    const subject = joined || n === r ? n : r;
    rootAt(out, kids, r, v);
    out[subject] = { head: v, rel: "nsubj" };
    if (joined) out[r] = { head: n, rel: "compound" };
  });
}

/**
 * "Canada's decision to sanction oligarchs drew criticism" read with "drew" inside the noun's infinitive:
 * in a sentence rooted in a noun, a finite past with an object and no subject or auxiliary of its own,
 * hung on the infinitive that modifies that noun, is the sentence's verb and the noun its subject.
 */
function infinitiveRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const h = d.head;
    const r = out[h]?.head ?? -1;
    if (tags[v]?.xpos !== "VBD" || !["xcomp", "ccomp", "conj", "dep"].includes(d.rel) || h < 0 || r < 0) return;
    if (out[h]?.rel !== "acl" || !(kids[h] ?? []).some((k) => out[k]?.rel === "mark" && lemma(tags, k) === "to"))
      return;
    if (out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "") || r > h) return;
    const own = kids[v] ?? [];
    if (own.some((c) => /^(nsubj|aux|mark|cop)/.test(out[c]?.rel ?? "")) || !own.some((c) => out[c]?.rel === "obj"))
      return;
    rootAt(out, kids, r, v);
    out[r] = { head: v, rel: "nsubj" };
  });
}

/**
 * "Pakistani and Afghan troops exchanged fire" read with the first adjective as the sentence's root and
 * the clause as its complement: coordinated adjectives rooting a sentence right before the subject of its
 * verb modify that subject, and the verb is the root.
 */
function adjectiveRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, r) => {
    if (d.head !== -1 || tags[r]?.upos !== "ADJ") return;
    // (adjectives with no copula or subject of their own: not "Turkey is ready and eager Sweden joins")
    if ((kids[r] ?? []).some((k) => /^(cop|nsubj|expl)/.test(out[k]?.rel ?? ""))) return;
    const c = (kids[r] ?? []).find((k) => out[k]?.rel === "conj" && tags[k]?.upos === "ADJ");
    if (c === undefined) return;
    // the subject: the noun the words after the last adjective lead to, hung on a verb under the root
    let n = c + 1;
    while (out[n]?.rel === "compound" && (out[n]?.head ?? -1) > n) n = out[n]?.head ?? -1;
    const v = out[n]?.head ?? -1;
    if (!NOMINAL.has(tags[n]?.upos ?? "") || !/^nsubj/.test(out[n]?.rel ?? "") || v <= n) return;
    if (out[v]?.head !== r || tags[v]?.upos !== "VERB") return;
    rootAt(out, kids, r, v);
    out[r] = { head: n, rel: "amod" };
  });
}

/**
 * "After a meeting, the two presidents signed agreements on energy, cross-border health care and the
 * recognition of degrees, and instructed their ministers ..." read with the last items of the object list
 * as the sentence's root and the verb as a reduced relative on its subject: a past form with an object
 * hung on the noun right before it, whose root is a noun after the object and a comma, is the sentence's
 * verb; the root and its conjoined nouns are conjuncts of the object, and its other dependents the verb's.
 */
function listedRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const n = v - 1;
    const r = out[n]?.head ?? -1;
    if (d.rel !== "acl" || d.head !== n || tags[v]?.upos !== "VERB" || !PAST.has(tags[v]?.xpos ?? "")) return;
    if (r <= v || out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "") || out[n]?.rel !== "nsubj") return;
    const own = kids[v] ?? [];
    const o = own.find((c) => out[c]?.rel === "obj");
    if (o === undefined || own.some((c) => /^(nsubj|aux|mark|cop)/.test(out[c]?.rel ?? ""))) return;
    // the root's phrase opens right after a comma that ends the object's phrase
    const first = phraseStart(tags, out, r, v + 1);
    if (lemma(tags, first - 1) !== "," || !under(out, first - 2, o)) return;
    out[v] = { head: -1, rel: "root" };
    out[n] = { head: v, rel: "nsubj" };
    out[r] = { head: o, rel: "conj" };
    for (const c of kids[r] ?? []) {
      if (c >= first && c < r) continue;
      const rel = out[c]?.rel ?? "dep";
      // (conjoined nouns continue the object's list; verbs, fronted phrases and the full stop are the verb's)
      if (rel === "conj" && NOMINAL.has(tags[c]?.upos ?? "")) out[c] = { head: o, rel };
      else if (c !== n) out[c] = { head: v, rel };
    }
  });
}

/**
 * "Colombia's government and the ELN rebels resumed peace talks" read as one noun phrase, "resumed" an
 * adjective of "talks" and the second party its subject: in a sentence rooted in a noun with no verb
 * before the object, a past form that modifies the noun after it is the sentence's verb and that noun its
 * object; its subject is a noun hung on the verb itself, else the root, with the object's subject as a
 * party conjoined to it.
 */
function modifierRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = childrenOf(out);
  out.forEach((d, v) => {
    const h = d.head;
    if (d.rel !== "amod" || tags[v]?.upos !== "VERB" || !PAST.has(tags[v]?.xpos ?? "") || h <= v) return;
    const r = rootOf(out, v);
    if (r === h && out[v - 1]?.head === h && out[v - 1]?.rel === "compound" && NOMINAL.has(tags[h]?.upos ?? "")) {
      // "Israeli aircraft struck targets": the object read as the root, the subject as its compound.
      if (
        out.some((_, k) => k !== v && verbal(tags, k) && rootOf(out, k) === r) ||
        !NOMINAL.has(tags[v - 1]?.upos ?? "")
      )
        return;
      for (const c of kids[h] ?? []) if (c < v - 1) out[c] = { head: v - 1, rel: out[c]?.rel ?? "dep" };
      out[v] = { head: -1, rel: "root" };
      out[h] = { head: v, rel: "obj" };
      out[v - 1] = { head: v, rel: "nsubj" };
      for (const c of kids[h] ?? []) if (c > h && out[c]?.rel === "punct") out[c] = { head: v, rel: "punct" };
      return;
    }
    if (r >= v || out[r]?.head !== -1 || !NOMINAL.has(tags[r]?.upos ?? "") || !NOMINAL.has(tags[h]?.upos ?? "")) return;
    for (let k = r; k <= h; k++) if (k !== v && verbal(tags, k)) return;
    if (!under(out, h, r)) return;
    out[v] = { head: -1, rel: "root" };
    out[h] = { head: v, rel: "obj" };
    // the root's phrases after the verb are the verb's ("on Wednesday", "at farmers")
    for (const c of kids[r] ?? []) if (c > v && c !== h) out[c] = { head: v, rel: out[c]?.rel ?? "dep" };
    // "BRUSSELS — Belgian police fired tear gas": a noun hung on the verb itself is its subject, and the
    // root (a dateline) stays outside the clause
    const own = (kids[v] ?? []).find((c) => c < v && NOMINAL.has(tags[c]?.upos ?? ""));
    if (own !== undefined) {
      out[own] = { head: v, rel: "nsubj" };
      out[r] = { head: v, rel: "dep" };
      return;
    }
    const party = (kids[h] ?? []).find((c) => c < v && out[c]?.rel === "nsubj");
    if (party !== undefined) {
      for (const c of kids[h] ?? []) if (c < party && out[c]?.rel === "cc") out[c] = { head: party, rel: "cc" };
      out[party] = { head: r, rel: "conj" };
    }
    out[r] = { head: v, rel: "nsubj" };
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

/**
 * "encouraging allies such as Germany to restrict ...": a such-as phrase after the object, hung on the
 * verb, names members of the object.
 */
function suchAs(tags: readonly TokenTag[], out: Dependency[]): void {
  if (!tags.some((t) => t.lemma === "such")) return;
  const kids = lazyChildren(out);
  out.forEach((d, x) => {
    const v = d.head;
    if (!/^(obl|nmod)/.test(d.rel) || tags[v]?.upos !== "VERB") return;
    const such = kids(x).find((k) => k < x && out[k]?.rel === "case" && lemma(tags, k) === "such");
    if (such === undefined) return;
    const o = kids(v).findLast((k) => k < such && out[k]?.rel === "obj");
    if (o !== undefined) out[x] = { head: o, rel: "nmod" };
  });
}

/**
 * "will block the release of EU military aid for Ukraine unless Brussels unfreezes funds" read with the
 * condition on a noun (as its adverbial or relative clause): a condition qualifies an act, the verb of
 * the clause the noun is in.
 */
function conditionsOnNouns(tags: readonly TokenTag[], out: Dependency[]): void {
  if (!tags.some((t) => CONDITION_MARKS.has(t.lemma))) return;
  const kids = lazyChildren(out);
  out.forEach((d, c) => {
    if (!/^(advcl|acl)/.test(d.rel) || !NOMINAL.has(tags[d.head]?.upos ?? "")) return;
    if (!kids(c).some((k) => out[k]?.rel === "mark" && CONDITION_MARKS.has(lemma(tags, k)))) return;
    let v = d.head;
    for (let hops = 0; v >= 0 && tags[v]?.upos !== "VERB" && hops < 6; hops++) v = out[v]?.head ?? -1;
    if (v >= 0 && tags[v]?.upos === "VERB") out[c] = { head: v, rel: "advcl" };
  });
}

/** Verbs whose complement "if" opens is an indirect question ("asked if", "did not know if"), no condition. */
const ASKING_IF: ReadonlySet<string> = new Set([
  "ask",
  "wonder",
  "know",
  "see",
  "check",
  "decide",
  "determine",
  "doubt",
  "question",
  "consider",
  "say",
  "tell",
  "learn",
  "find",
  "investigate",
  "examine",
  "assess",
  "confirm",
  "clarify",
  "discuss",
]);

/**
 * "Iran will retaliate if Israel attacks its nuclear sites" read with the if-clause as the verb's
 * complement: a clause an if or unless opens is the verb's condition, unless the verb asks or tells
 * whether ("asked if talks would resume").
 */
function conditionComplements(tags: readonly TokenTag[], out: Dependency[]): void {
  if (!tags.some((t) => CONDITION_MARKS.has(t.lemma))) return;
  const kids = lazyChildren(out);
  out.forEach((d, c) => {
    if (d.rel !== "ccomp" || d.head < 0 || tags[d.head]?.upos !== "VERB" || ASKING_IF.has(lemma(tags, d.head))) return;
    const mark = kids(c).find((k) => out[k]?.rel === "mark");
    if (mark !== undefined && CONDITION_MARKS.has(lemma(tags, mark)) && mark < c)
      out[c] = { head: d.head, rel: "advcl" };
  });
}

/** Verbs that do take a bare infinitive right after them ("helped build", "let go"). */
const BARE_INFINITIVE = new Set(["help", "let", "make", "see", "hear", "watch", "have", "go", "come", "dare"]);

/**
 * "the administration helped broker both deals" read with "broker" as a noun object of "helped": a
 * noun right after a verb that takes a bare infinitive, read as its object or complement, with an
 * object of its own (nouns take none; its object may have been hung on the verb before it), is that
 * verb's complement.
 */
function bareInfinitives(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const v = w - 1;
    if (d.head !== v || !["obj", "xcomp"].includes(d.rel) || tags[w]?.xpos !== "NN" || tags[v]?.upos !== "VERB") return;
    if (!BARE_INFINITIVE.has(lemma(tags, v))) return;
    // (its object may hang on the verb before it: "helped broker the deal" with "deal" on "helped")
    const obj = (kids[w] ?? []).find((c) => c > w && out[c]?.rel === "obj") ?? nounAfter(tags, out, w);
    const own = out[obj]?.head === w;
    if (!own && !(out[obj]?.head === v && /^(obj|obl:unmarked)$/.test(out[obj]?.rel ?? ""))) return;
    out[w] = { head: v, rel: "xcomp" };
    out[obj] = { head: w, rel: "obj" };
    verbs.add(w);
  });
}

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

/**
 * "Montenegro Municipality Association officials demanded support from the Assembly" read as a noun root
 * "support" with a subject and the verb as its adjective: a past form modifying a root noun that has a
 * subject of its own (the nearest before it, an earlier one becoming part of its phrase; or a name as its
 * compound: "Israel Friday reimposed blockades"), right after that subject's phrase, is the verb, the
 * subject its subject and the root its object; the root's later phrases are the verb's.
 */
function rootedObjects(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const n = d.head;
    if (d.rel !== "amod" || n <= w || out[n]?.head !== -1 || !NOMINAL.has(tags[n]?.upos ?? "") || !pastForm(tags, w))
      return;
    // (the nearest before it: "Montenegro Municipality Association (AKK) officials demanded" reads the
    // association as a subject too; or a name read as the root's compound: "Israel Friday reimposed blockades")
    const subj = (kids[n] ?? []).findLast(
      (k) =>
        k < w &&
        ((out[k]?.rel === "nsubj" && NOMINAL.has(tags[k]?.upos ?? "")) ||
          (out[k]?.rel === "compound" && tags[k]?.upos === "PROPN")),
    );
    // (the word before it in the subject's phrase, or a comma hung on it closing an apposition: "The mayor
    // of London, Sadiq Khan, thanked the police")
    const last = out[w - 1]?.head === w && lemma(tags, w - 1) === "," ? w - 2 : w - 1;
    if (subj === undefined || !underBefore(out, last, subj, w)) return;
    for (let k = w + 1; k < n; k++) if (!under(out, k, n)) return;
    out[w] = { head: -1, rel: "root" };
    out[subj] = { head: w, rel: "nsubj" };
    out[n] = { head: w, rel: "obj" };
    moveKids(out, kids[n] ?? [], w, n);
    for (const c of kids[n] ?? []) {
      if (c < w && c !== subj && out[c]?.rel === "punct") out[c] = { head: w, rel: "punct" };
      // (a second subject before the nearest is a name of its phrase: "the Association (AKK) officials")
      if (c < subj && out[c]?.rel === "nsubj") out[c] = { head: subj, rel: "compound" };
    }
    if (tags[w]?.upos !== "VERB") verbs.add(w);
  });
}

/**
 * "The Congolese army and the M23 rebel group agreed on Wednesday to a ceasefire", "Six diplomats fled
 * to the embassy", "Talks between Chile and Peru ended on Friday" read with the participle (or past form)
 * modifying the noun, the noun as the root: a sentence (closed by a period) whose root is a noun with no
 * copula and no finite verb of its own has its verb in that participle, when it follows the noun's phrase directly (no comma: "Cherie, known as
 * Lucky, recalled") and has no auxiliary, subject or by-agent ("a study published by the journal").
 */
function participleRoots(tags: readonly TokenTag[], out: Dependency[]): void {
  const kids = lazyChildren(out);
  out.forEach((d, root) => {
    if (d.head !== -1 || !NOMINAL.has(tags[root]?.upos ?? "")) return;
    const own = kids(root);
    // (a full sentence, closed by its period: a headline's "Soldiers killed in ambush" is a passive)
    if (!own.some((k) => tags[k]?.xpos === ".")) return;
    // (a past form hung as its modifier counts as none: "Talks between Chile and Peru ended on Friday")
    const modifier = (k: number) => out[k]?.rel === "acl" && tags[k]?.xpos === "VBD";
    if (own.some((k) => out[k]?.rel === "cop" || (finiteTag(tags, k) && !modifier(k)))) return;
    // (on the noun or on its last conjunct: "the army and the rebel group agreed")
    const heads = [root, ...own.filter((k) => out[k]?.rel === "conj" && NOMINAL.has(tags[k]?.upos ?? ""))];
    const after = heads.flatMap((h) => kids(h));
    const v = after.find((k) => k > root && out[k]?.rel === "acl" && PAST.has(tags[k]?.xpos ?? ""));
    if (v === undefined || tags[v - 1]?.xpos === "," || !under(out, v - 1, root)) return;
    const agent = (k: number) => out[k]?.rel === "obl:agent" || hasCase(tags, out, kids(k), "by");
    if (kids(v).some((k) => /^(aux|nsubj|mark)/.test(out[k]?.rel ?? "") || agent(k))) return;
    out[v] = { head: -1, rel: "root" };
    out[root] = { head: v, rel: "nsubj" };
    moveKids(out, after, v, v);
  });
}

/**
 * "The United Nations on Tuesday reduced food supplies to the camp" read with the name as the root, the
 * noun after the verb as its object and the verb as that noun's adjective (a noun takes no object): a past
 * form modifying the object of a name, with only the name's own phrase (a time phrase included) before
 * it, is the verb, the name its subject and the noun its object; the name's phrases after its own words
 * are the verb's.
 */
function subjectRoots(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = childrenOf(out);
  out.forEach((d, w) => {
    const n = d.head;
    if (d.rel !== "amod" || (n !== w + 1 && !(n > w && (kids[n] ?? []).every((k) => k >= w)))) return;
    const r = out[n]?.head ?? -1;
    if (out[n]?.rel !== "obj" || r < 0 || r >= w || tags[r]?.upos !== "PROPN" || !pastForm(tags, w)) return;
    for (let k = r + 1; k < w; k++) if (!under(out, k, r)) return;
    // The name's own place in the tree: the root, or the subject of a later adverbial clause that the parser
    // read as its verb ("... reduced supplies because rice was being diverted, officials said").
    const h = out[r]?.head ?? -1;
    if (h === -1) out[w] = { head: -1, rel: "root" };
    else if (out[r]?.rel === "nsubj" && h > n && (kids[h] ?? []).some((k) => out[k]?.rel === "mark")) {
      out[w] = { head: out[h]?.head ?? -1, rel: out[h]?.rel ?? "root" };
      out[h] = { head: w, rel: "advcl" };
    } else return;
    out[r] = { head: w, rel: "nsubj" };
    out[n] = { head: w, rel: "obj" };
    const phrases = (kids[r] ?? []).filter((c) => c !== n && !/^(flat|compound|appos)/.test(out[c]?.rel ?? ""));
    moveKids(out, phrases, w, r);
    if (tags[w]?.upos !== "VERB") verbs.add(w);
  });
}

/**
 * "Members of the association, a body linked to the OAU, investigated welfare of Libyans" read with the
 * sentence's root a noun and the verb the adjective of the noun after it: in a full sentence (closed by its
 * period) with a noun root, a past form read as the adjective of the noun right after it, with no finite
 * verb or copula before it and every word after it in that noun's phrase, is the verb, the root its
 * subject and the noun its object.
 */
function verblessSentences(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = lazyChildren(out);
  const finite = (k: number) => finiteTag(tags, k) || out[k]?.rel === "cop";
  out.forEach((d, n) => {
    if (d.head !== -1 || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const period = kids(n).filter((k) => tags[k]?.xpos === ".");
    if (!period.length) return;
    const [first, end] = rootSpan(out, n);
    let v = -1;
    for (let k = n + 1; k < end - 1 && v < 0; k++)
      if (out[k]?.rel === "amod" && out[k]?.head === k + 1 && pastForm(tags, k)) v = k;
    if (v < 0) return;
    for (let k = first; k < v; k++) if (finite(k)) return;
    for (let k = v + 2; k < end; k++) if (!period.includes(k) && !under(out, k, v + 1)) return;
    out[v] = { head: -1, rel: "root" };
    out[n] = { head: v, rel: "nsubj" };
    out[v + 1] = { head: v, rel: "obj" };
    moveKids(out, period, v, -1);
    if (tags[v]?.upos !== "VERB") verbs.add(v);
  });
}

/** Dependents of a noun that belong to its phrase before it ("the", "Ugandan", "opposition"). */
const PREMODIFIERS = new Set(["det", "amod", "compound", "nmod:poss", "nummod", "case", "punct"]);

/**
 * "Ugandan police arrested opposition leader Kizza Besigye on Wednesday" read as one noun phrase, the
 * past form an adjective of the last name and the words before it its premodifiers: in a full sentence
 * (closed by its period) with a noun root and no finite verb or copula, a past form modifying the root
 * from before it, right after a noun that opens the sentence's phrase, and with only the root's own
 * premodifiers between them, is the verb; the noun before it heads the subject, the root is the object,
 * and the root's phrases after its name (time, place) are the verb's.
 */
function compoundedClauses(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  const kids = lazyChildren(out);
  out.forEach((d, n) => {
    if (d.head !== -1 || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const own = kids(n);
    if (!own.some((k) => tags[k]?.xpos === ".")) return;
    const [first, end] = rootSpan(out, n);
    for (let k = first; k < end; k++) if (finiteTag(tags, k) || out[k]?.rel === "cop") return;
    // (on the root, or on a title before the name: "opposition leader Kizza Besigye")
    let v = -1;
    for (let k = first; k < n && v < 0; k++) {
      const h = out[k]?.head ?? -1;
      if (/^(amod|compound)$/.test(out[k]?.rel ?? "") && pastForm(tags, k) && h > k && h <= n && under(out, h, n))
        v = k;
    }
    const h = out[v]?.head ?? -1;
    const s = v - 1;
    if (v < 0 || s < first || !NOMINAL.has(tags[s]?.upos ?? "") || ![v, h, n].includes(out[s]?.head ?? -2)) return;
    const onPhrase = (k: number) => [h, n, s].includes(out[k]?.head ?? -2) && PREMODIFIERS.has(out[k]?.rel ?? "");
    for (let k = first; k < s; k++) if (!onPhrase(k) && !under(out, k, s)) return;
    for (let k = v + 1; k < n; k++) if (!under(out, k, n)) return;
    out[v] = { head: -1, rel: "root" };
    for (let k = first; k < s; k++)
      if (out[k]?.head === n || out[k]?.head === h) out[k] = { head: s, rel: out[k]?.rel ?? "dep" };
    out[s] = { head: v, rel: "nsubj" };
    out[n] = { head: v, rel: "obj" };
    const phrases = own.filter(
      (k) => k > n && !/^(flat|appos)$/.test(out[k]?.rel ?? "") && !hasCase(tags, out, kids(k), "of"),
    );
    moveKids(out, phrases, v, n);
    if (tags[v]?.upos !== "VERB") verbs.add(v);
  });
}

/**
 * "Palestinian youths resorted to throwing stones", "responded by expelling diplomats" read with the
 * -ing form as an adjective of the noun after it: right after the preposition of that noun (no determiner
 * between: "to the ruling party" is an adjective), an -ing form heads the phrase as a gerund, the
 * preposition its marker and the noun its object. (The participles used as adjectives there, "to rising
 * prices", "for developing countries", are tagged adjectives already: segment-rules.json.)
 */
function gerundObjects(tags: readonly TokenTag[], out: Dependency[], verbs: Set<number>): void {
  out.forEach((d, g) => {
    const n = d.head;
    if (d.rel !== "amod" || n !== g + 1 || tags[g]?.xpos !== "VBG" || !NOMINAL.has(tags[n]?.upos ?? "")) return;
    const p = g - 1;
    if (out[p]?.rel !== "case" || out[p]?.head !== n || tags[p]?.xpos !== "IN") return;
    const h = out[n]?.head ?? -1;
    if (h < 0) return;
    out[g] = { head: h, rel: NOMINAL.has(tags[h]?.upos ?? "") ? "acl" : "advcl" };
    out[p] = { head: g, rel: "mark" };
    out[n] = { head: g, rel: "obj" };
    if (tags[g]?.upos !== "VERB") verbs.add(g);
  });
}
