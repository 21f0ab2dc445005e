import type { Actor } from "../../doc/layers/actors.js";
import { candidates as stems } from "../../nlp/morphology.js";
import type { ActorIndex } from "./actors.js";
import { nationalityActor } from "./groups.js";
import type { Condition, GoalEntry, Lexicon, TriggerEntry } from "./lexicon/schema.js";
import { placeOf, takenPlace } from "./location.js";
import { trailingReport } from "./slots.js";
import { subjectOf } from "./subjects.js";
import { conditional } from "./threats.js";
import {
  bareObliques,
  baseRel,
  CLAUSAL,
  caseOf,
  isPassive,
  negatedBy,
  objectOf,
  sharedPassiveSubject,
  subtree,
  type Tree,
} from "./tree.js";

/** Pronouns that stand for people, never for things. */
const PERSONAL = new Set(["who", "whom", "he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you"]);
/** "blamed each other", "blamed one another", "blaming the other": the other side, a party. */
const RECIPROCAL = new Set(["each", "other", "another"]);

/** A lexicon entry that fired on a token, with the CAMEO code after goal refinement. */
export interface TriggerMatch {
  readonly token: number;
  readonly entry: TriggerEntry;
  readonly goal: GoalEntry | null;
  readonly cameo: string;
}

const POS: Record<TriggerEntry["pos"], readonly string[]> = {
  V: ["VERB"],
  A: ["ADJ", "VERB"],
  N: ["NOUN", "PROPN"],
};

/** "would be met with a response": a passive "meet" only says what an act will be answered with. */
function metWith(tree: Tree, g: number): boolean {
  return tree.lemma(g) === "meet" && isPassive(tree, g) && tree.kids(g, "obl").some((o) => caseOf(tree, o) === "with");
}

/** The words of one goal phrase headed by g: the head, and what it opens. */
function goalPhrase(tree: Tree, actors: ActorIndex, g: number): number[] {
  // "warned that any provocation would be met with a military response": what it is met with
  if (metWith(tree, g)) return tree.kids(g, "obl");
  // ("prepared to resume shelling": what a verb of phase or manner opens is the goal too)
  const out = [g, ...tree.kids(g, "obj", "nmod", "compound", "xcomp")];
  // ("agreed to provide Peru with fighter jets": with a party as its object, a verb of giving's with-phrase
  // is what it gives; not "vowed to target Israel with drones")
  if (GIVING.has(tree.lemma(g)) && tree.kids(g, "obj").some((o) => objectIsParty(tree, actors, o)))
    out.push(...tree.kids(g, "obl").filter((o) => caseOf(tree, o) === "with"));
  return out;
}

/**
 * Verbs conjoined to a goal clause of token i, each a goal of its own: "agreed to pull back troops and to
 * set up a commission", "urged Peru to free the fishermen and withdraw its troops". Only a bare form
 * ("promised to investigate and arrested three officers": the arrest is the clause's own act) with no
 * subject of its own (an appeal to someone else), neither it nor the first goal negated ("promised not to
 * deploy missiles or to expand drills"), and naming no party the first goal and the trigger's object do not
 * ("threatened to expel Russian diplomats and to cut aid to Zimbabwe" is aimed at another party).
 */
function conjoinedGoals(
  tree: Tree,
  actors: ActorIndex,
  i: number,
  goals: readonly number[] = goalTokens(tree, actors, i),
): number[] {
  // (a party named or a nationality: "to welcome Norwegian aid")
  const named = (toks: readonly number[]) =>
    toks
      .flatMap((t) => [...actors.phrase(t), ...[nationalityActor(tree, t)].filter((a) => a !== null)])
      .filter((a) => a.country);
  return goals
    .filter((g) => tree.head(g) === i && CLAUSAL.has(baseRel(tree.rel(g))) && tree.upos(g) === "VERB")
    .filter((g) => !negatedBy(tree, g))
    .flatMap((g) => {
      const known = new Set(
        named([...subtree(tree, g, (k) => tree.rel(k) === "conj"), ...tree.kids(i, "obj", "iobj")]).map(
          (a) => a.country,
        ),
      );
      return tree
        .kids(g, "conj")
        .filter((c) => tree.xpos(c) === "VB" && !tree.kids(c, "nsubj", "nsubj:pass").length && !negatedBy(tree, c))
        .filter((c) => named(subtree(tree, c)).every((a) => known.has(a.country)));
    });
}

/** Tokens naming what an appeal, promise, refusal or threat is about, nearest first. */
export function goalTokens(tree: Tree, actors: ActorIndex, i: number): number[] {
  const out: number[] = [];
  const add = (g: number) => out.push(...goalPhrase(tree, actors, g));
  for (const c of tree.children[i] ?? []) {
    const rel = tree.rel(c);
    const prep = caseOf(tree, c);
    if (rel === "xcomp" || rel === "ccomp" || rel === "csubj") add(c);
    else if (rel === "advcl" && (prep === "to" || prep === "of" || prep === "against" || prep === "for")) add(c);
    else if (rel === "acl" && tree.upos(i) === "NOUN") add(c);
    // (an object that is a party is the addressee; a thing of a party's is asked for: "demanded
    // Russia's withdrawal", "the release of its citizens")
    else if ((rel === "obj" || rel === "nsubj:pass") && !objectIsParty(tree, actors, c)) add(c);
    // ("accused the government of corruption" with the of-phrase hung on the party: it is the verb's)
    else if (rel === "obj") {
      for (const k of tree.kids(c, "nmod")) if (caseOf(tree, k) === "of" && !objectIsParty(tree, actors, k)) add(k);
    } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
      if (prep === "for" || prep === "of" || prep === "on" || prep === "over") add(c);
    }
  }
  return out;
}

/** A measure of duration (modality `span`) closed by its verb (modality `close`): "ended a day of talks". */
export function spanClosed(lex: Lexicon, tree: Tree, measure: number, verb: number): boolean {
  return (
    (lex.modality.get("span")?.has(tree.lemma(measure)) ?? false) &&
    (lex.modality.get("close")?.has(tree.lemma(verb)) ?? false)
  );
}

/**
 * "25,000 tons of food", "part of its aid program": a counted or measure noun (measures.tsv) stands
 * for what it measures; "mediation efforts", "aid shipments": a compound names what the object is about.
 */
function throughMeasures(lex: Lexicon, tree: Tree, objs: readonly number[], verb: number): number[] {
  const out = [...objs];
  for (const o of objs) {
    // "hosted several rounds of talks": a span noun (modality.tsv) measures its event like a measure noun.
    const span = lex.modality.get("span")?.has(tree.lemma(o)) ?? false;
    const measure = lex.measures.has(tree.lemma(o)) || lex.measures.has(tree.word(o).toLowerCase());
    if (!tree.kids(o, "nummod").length && !measure && !span) continue;
    // "ended two days of talks": the talks were held and are over, not broken off (roles.ts carries them).
    if (spanClosed(lex, tree, o, verb)) continue;
    out.push(...tree.kids(o, "nmod").filter((c) => caseOf(tree, c) === "of"));
  }
  return [...out, ...out.flatMap((o) => tree.kids(o, "compound"))];
}

function objects(lex: Lexicon, tree: Tree, i: number): number[] {
  // ("the seizure of two tonnes of cocaine": through a measure or count to what it measures)
  if (tree.upos(i) === "NOUN") {
    const of = tree.kids(i, "nmod").filter((c) => caseOf(tree, c) === "of");
    return [...tree.kids(i, "compound"), ...throughMeasures(lex, tree, of, i)];
  }
  // "the signing of the bill": a gerund with an article is a noun, its of-phrase its object
  if (tree.xpos(i) === "VBG" && tree.kids(i, "det").length > 0) {
    const of = (tree.children[i] ?? []).filter((c) => /^(obl|nmod)/.test(tree.rel(c)) && caseOf(tree, c) === "of");
    if (of.length) return throughMeasures(lex, tree, of, i);
  }
  // "the bill signed by the minister": a passive participle modifying a noun acts on that noun.
  if (tree.rel(i) === "acl" && tree.xpos(i) === "VBN" && tree.head(i) >= 0 && tree.kids(i, "obj").length === 0)
    return throughMeasures(lex, tree, [tree.head(i)], i);
  return throughMeasures(
    lex,
    tree,
    isPassive(tree, i)
      ? [...tree.kids(i, "nsubj:pass"), ...sharedPassiveSubject(tree, i)]
      : [...tree.kids(i, "obj"), ...bareObliques(tree, i)],
    i,
  );
}

/**
 * The act is held by parties of two or more countries together: the verb's subject, or for a noun the
 * subject of the verb it is the object of, names them ("China and Russia began naval drills").
 */
function jointHolders(tree: Tree, actors: ActorIndex, i: number): boolean {
  const nominal = noun(tree, i);
  // "launched ten days of war games": through a noun that measures the drills.
  const measured = nominal && tree.rel(i) === "nmod" && caseOf(tree, i) === "of" ? tree.head(i) : i;
  const n = nominal ? objectOf(tree, measured) : measured;
  const v = nominal ? (tree.rel(n) === "obj" ? tree.head(n) : -1) : i;
  if (v < 0) return false;
  const countries = new Set(
    tree
      .kids(v, "nsubj")
      .flatMap((s) => actors.phrase(s))
      .map((a) => a.country)
      .filter((c) => c !== null),
  );
  return countries.size >= 2;
}

/** Every word of the phrase headed at k, but its preposition, is part of a time expression ("on Monday"). */
function timePhrase(tree: Tree, k: number): boolean {
  // ("for the second time", "for the third day", "for weeks": a phrase headed by a word of time is one too)
  if (TIME_HEADS.has(tree.lemma(k).toLowerCase())) return true;
  return subtree(tree, k).every((t) => tree.timed(t) || tree.rel(t) === "case" || tree.upos(t) === "PUNCT");
}

const TIME_HEADS = new Set(["time", "while", "moment", "hour", "day", "night", "week", "month", "year", "decade"]);

/**
 * The object is a party itself ("captured the rebels", "released two Chilean nationals", "received
 * him"), not a thing a party owns or made ("captured their arrival", "released the agency's report").
 * With `sent`, a body sent by a party stands for it too ("a mission of observers from the OSCE").
 */
function objectIsParty(tree: Tree, actors: ActorIndex, o: number, sent = false): boolean {
  if (tree.upos(o) === "PRON" && sharedThing(tree, actors, o)) return false;
  if ((actors.byToken[o]?.length ?? 0) > 0) return true;
  if (tree.upos(o) === "PRON") return actors.phrase(o).length > 0;
  const parts = tree
    .kids(o, "compound", "amod", "flat", "appos", "conj", "nmod")
    .filter((c) => tree.rel(c) !== "nmod" || (sent && ["of", "from"].includes(caseOf(tree, c) ?? "")));
  return parts.some((c) => actors.phrase(c).length > 0);
}

/** Verbs of getting or making a text or record, whose object is a thing. */
const OBTAINING: ReadonlySet<string> = new Set([
  "obtain",
  "acquire",
  "receive",
  "intercept",
  "leak",
  "publish",
  "compile",
  "draft",
  "write",
]);

/**
 * "obtained the messages and released them": an object pronoun of a verb conjoined to a verb of getting
 * or making a text, whose object names no party, stands for that thing (not "seized the sailors and
 * released them").
 */
function sharedThing(tree: Tree, actors: ActorIndex, pronoun: number): boolean {
  const v = tree.head(pronoun);
  if (tree.rel(pronoun) !== "obj" || tree.rel(v) !== "conj" || !OBTAINING.has(tree.lemma(tree.head(v)))) return false;
  const first = tree.kids(tree.head(v), "obj");
  return first.length > 0 && first.every((k) => tree.upos(k) === "NOUN" && !actors.byToken[k]?.length);
}

/**
 * "Hataman agreed, saying ...", "agreed that the vote was fair", "agreed with the assessment": the verb
 * names nothing it is about, neither an object, an open complement, a party it is with (a party itself,
 * not a thing a party made) nor a prepositional phrase other than a time ("on Monday").
 */
function noTerms(lex: Lexicon, tree: Tree, actors: ActorIndex, i: number): boolean {
  if (objects(lex, tree, i).length > 0) return false;
  return (tree.children[i] ?? []).every((k) => {
    if (tree.rel(k) === "xcomp") return false;
    // ("agreed on how to implement the deal", "agreed to a truce": a clause or phrase it is on is one)
    const prep = caseOf(tree, k);
    if (prep === null || prep === "that" || !/^(obl|nmod|advcl|ccomp)/.test(tree.rel(k)) || timePhrase(tree, k))
      return true;
    // ("Carroll agreed with La Riva, saying ...": agreeing with a private person or a candidate, or a name
    // no one can place, is sharing a view, no terms; not "agreed with her Peruvian counterpart")
    // (an official: of a state body, domestic.tsv, or of an international organization)
    const official = (a: Actor) => lex.domestic.get(a.sector ?? "") === "state" || a.sector === "IGO";
    const view = (a: Actor) => (a.kind === "person" && !official(a)) || (a.country === null && a.sector === null);
    // ("agreed with the nationalization of the Federal Reserve", "with the court's decision": a thing, whoever
    // owns it, is a view shared too)
    const thing = !objectIsParty(tree, actors, k);
    return (prep === "with" || prep === "about") && (thing || actors.phrase(k).every(view));
  });
}

const WH_WORDS = new Set(["whether", "if", "what", "who", "whom", "why", "how", "when", "where", "which"]);

/** "asked whether Oakland was part of the US", "would ask me, 'Is he gay?'": the complement is a question. */
function asksQuestion(tree: Tree, i: number): boolean {
  return tree.kids(i, "ccomp", "parataxis").some((c) => {
    const first = subtree(tree, c).find((t) => tree.upos(t) !== "PUNCT");
    const words = subtree(tree, c).map((t) => tree.word(t));
    return (first !== undefined && WH_WORDS.has(tree.word(first).toLowerCase())) || words.at(-1) === "?";
  });
}

function noun(tree: Tree, i: number): boolean {
  return tree.upos(i) === "NOUN" || tree.upos(i) === "PROPN";
}

function inSet(values: ReadonlySet<string> | "*", lemmas: readonly string[]): boolean {
  if (values === "*") return lemmas.length > 0;
  return lemmas.some((l) => values.has(l));
}

function lemmasOf(tree: Tree, toks: readonly number[]): string[] {
  return toks.flatMap((t) => [tree.lemma(t), tree.word(t).toLowerCase()]);
}

/**
 * "pulled its peacekeepers out of Bosnia", "troops pulled out of Kherson": the first of two prepositions
 * on an oblique of verb i ("out of", "away from") after the verb's object, or, for armed forces with no
 * object, before a named place, is the verb's particle ("pulled out its peacekeepers"); otherwise the
 * pair is one preposition ("pulled out of the treaty", "walked out of the talks", "firms plan to pull
 * out of Iran").
 */
function splitParticles(lex: Lexicon, tree: Tree, i: number): number[] {
  // (the object of a passive is its subject: "peacekeepers were shipped out of Bosnia")
  const object = tree.kids(i, "obj")[0] ?? tree.kids(i, "nsubj:pass")[0];
  const armed = (s: number) => ["MIL", "REB"].includes(lex.groups.get(tree.lemma(s).toLowerCase())?.sector ?? "");
  const forces = tree.kids(i, "nsubj").some(armed);
  return tree.kids(i, "obl").flatMap((k) => {
    const [first, second] = tree.kids(k, "case").sort((a, b) => a - b);
    if (first === undefined || second !== first + 1) return [];
    const split = object !== undefined ? first > object : forces && placeOf(lex, tree, k) !== null;
    return split ? [first] : [];
  });
}

/** Words saying that backing is given in words only. */
const IN_WORDS = new Set(["politically", "diplomatically", "verbally", "morally"]);

/**
 * "Iran backs the Houthis", "the rebels are backed by Rwanda": a state (a country, or a body of its
 * government or army) backs an armed group outside a state's forces, the object itself (not "backed the
 * Hamas hostage deal"); not voters or a people ("most Gazans support Hamas"), nor in words only
 * ("supports Hamas politically", "supports the Taliban as Afghanistan's rulers").
 */
function backsArmedGroup(lex: Lexicon, tree: Tree, actors: ActorIndex, i: number): boolean {
  const armed = (o: number) =>
    (actors.byToken[o] ?? []).some((a) => a.sector === "REB") ||
    lex.groups.get(tree.lemma(o).toLowerCase())?.sector === "REB";
  // (what is backed itself, not a compound naming whose it is)
  const objs = objects(lex, tree, i).filter((o) => tree.rel(o) !== "compound");
  // (the agent of a passive; a subjectless complement's controller: "Rwanda denies supporting the M23")
  const backers = subjectOf(tree, actors, i);
  const state = (a: Actor) => a.kind === "country" || a.sector === "GOV" || a.sector === "MIL";
  // (the adverb may hang on the object: "supports Hamas politically")
  const worded =
    [i, ...objs].some((k) => tree.kids(k, "advmod").some((a) => IN_WORDS.has(tree.lemma(a)))) ||
    tree.kids(i, "obl", "advcl").some((k) => caseOf(tree, k) === "as");
  return objs.some(armed) && backers.some((b) => actors.phrase(b).some(state)) && !worded;
}

/** How many sentences before the trigger's a `story` condition reads. */
const STORY_WINDOW = 3;

const storyNouns = new WeakMap<Tree, Set<string>[]>();

/**
 * Whether the trigger's sentence or one of the three before names one of `values` as a noun or a
 * name's word ("Typhoon Rai", "COVID-19"): what the story tells around the act, not only its clause.
 */
function storyNames(tree: Tree, values: ReadonlySet<string> | "*", i: number): boolean {
  let bySentence = storyNouns.get(tree);
  if (!bySentence) {
    const found: Set<string>[] = [];
    for (let k = 0; k < tree.deps.length; k++) {
      if (tree.upos(k) !== "NOUN" && tree.upos(k) !== "PROPN") continue;
      const s = tree.sentence(k);
      const nouns = found[s] ?? new Set<string>();
      found[s] = nouns;
      nouns.add(tree.lemma(k));
      nouns.add(tree.word(k).toLowerCase());
    }
    bySentence = found;
    storyNouns.set(tree, bySentence);
  }
  const s = tree.sentence(i);
  const told = bySentence.slice(Math.max(0, s - STORY_WINDOW), s + 1);
  return told.some((nouns) => nouns && (values === "*" || [...values].some((v) => nouns.has(v))));
}

function holds(lex: Lexicon, c: Condition, tree: Tree, actors: ActorIndex, i: number): boolean {
  switch (c.kind) {
    case "pass":
      return isPassive(tree, i);
    case "act":
      return !isPassive(tree, i);
    case "objactor":
      return objects(lex, tree, i).some((o) => actors.phrase(o).length > 0);
    case "objparty":
      // (a thing a party owns is no party: "welcomed the Turkish measures to curb migration"; nor is an act
      // or goods it gives: "received aid from India")
      return objects(lex, tree, i).some(
        (o) =>
          !lex.owned.has(tree.lemma(o)) && !nounTrigger(lex, tree.lemma(o)) && objectIsParty(tree, actors, o, true),
      );
    case "objevent":
      // "ordered the release of two fishermen", "ordered the bombing of the port": what is ordered is an act
      return objects(lex, tree, i).some((o) => tree.upos(o) === "NOUN" && nounTrigger(lex, tree.lemma(o)));
    case "objthing": {
      // "blamed human error", "blamed the crash on a technical fault": what is blamed is a thing, and no
      // party is named on its on-phrase (a group noun counts as one: "blamed the bombing on militants")
      // (or one a nationality places: "blamed the violence on Peruvian smugglers"; a plural on-phrase may
      // be people too: "blamed the unrest on foreign agents")
      // (also a pronoun for people, "Carrie Lam, who is supported by Beijing", or each other; a text, plan or
      // act that stands for its author, named or told before, "Germany supported the resolution"; talks or a
      // deal, which are between parties; a thing whose phrase names one, "the agreement with Egypt")
      const party = (k: number) =>
        PERSONAL.has(tree.lemma(k)) ||
        RECIPROCAL.has(tree.lemma(k)) ||
        lex.owned.has(tree.lemma(k)) ||
        (lex.triggers.get(tree.lemma(k)) ?? []).some((e) => e.pos === "N" && e.symmetric) ||
        tree.kids(k, "nmod").some((c) => actors.phrase(c).length > 0) ||
        objectIsParty(tree, actors, k) ||
        actors.phrase(k).length > 0 ||
        lex.groups.has(tree.lemma(k).toLowerCase()) ||
        tree.kids(k, "amod", "compound").some((c) => nationalityActor(tree, c) !== null);
      const objs = objects(lex, tree, i);
      const people = (k: number) => party(k) || ["NNS", "NNPS"].includes(tree.xpos(k));
      // (the on-phrase may hang on the object: "blamed the attack on Peru")
      const on = [...tree.kids(i, "obl"), ...objs.flatMap((o) => tree.kids(o, "nmod"))].filter((k) =>
        ["on", "upon"].includes(caseOf(tree, k) ?? ""),
      );
      return objs.length > 0 && !objs.some(party) && !on.some(people);
    }
    case "unlabelled":
      return labels(tree, i).length === 0;
    case "labelled":
      // an as-phrase only: "armed with machetes" after "attacked" is no label
      return labels(tree, i).some((c) => caseOf(tree, c) === "as");
    case "question":
      return asksQuestion(tree, i);
    case "intrans":
      return objects(lex, tree, i).length === 0;
    case "noterms":
      return noTerms(lex, tree, actors, i);
    case "conditional":
      return conditional(tree, i);
    case "speech":
      // "protested that ...", "X is failing its refugees, a rights group protested": it reports a clause
      return tree.kids(i, "ccomp").length > 0 || trailingReport(tree, i) >= 0;
    case "joint":
      return jointHolders(tree, actors, i);
    case "igo": {
      // "withdrew from ECOWAS", "pulled out of the Council of Europe", "quit NATO", "its exit from the OAS":
      // what is left is an international organization named by the phrase's own head (not "left the UN
      // building", "left NATO officials puzzled"), not by the city it sits in ("left Brussels"); a verb
      // leaves it as its object or, with no object, its from-phrase ("withdrew its request from the IMF"
      // takes something out of it), and states nothing of it ("left the EU divided", "left the AU to decide",
      // "left NATO in disarray")
      const from = (tree.children[i] ?? []).filter(
        (k) => /^(obl|nmod)/.test(tree.rel(k)) && ["from", "out"].includes(caseOf(tree, k) ?? ""),
      );
      const objs = noun(tree, i) ? [] : tree.kids(i, "obj");
      const stated = (o: number) => tree.kids(o, "acl", "amod").some((k) => k > o);
      // (a state is a bare noun, "left NATO in disarray", "in no doubt", or "in the dark"; not "in the
      // Brexit referendum")
      const bare = (k: number) => tree.kids(k, "det").every((d) => tree.lemma(d) === "no") || tree.lemma(k) === "dark";
      const state = (k: number) => caseOf(tree, k) === "in" && !timePhrase(tree, k) && bare(k);
      const predicate =
        tree.kids(i, "xcomp", "ccomp").length > 0 ||
        tree.kids(i, "advcl").some((k) => caseOf(tree, k) === "to") ||
        tree.kids(i, "obl").some(state);
      if (objs.some(stated) || predicate) return false;
      const left = objs.length ? objs : from;
      const igo = (k: number) => actors.named.has(k) && !actors.seats.has(k);
      return left.some((k) => igo(k) && (actors.byToken[k] ?? []).some((a) => a.sector === "IGO"));
    }
    case "objplace":
      // "captured Bakhmut", "took control of Goma": what is taken, or taken control of, is a named place
      return takenPlace(lex, tree, i) !== null;
    case "objarmed":
      return backsArmedGroup(lex, tree, actors, i);
    case "prt":
      return inSet(
        c.values,
        lemmasOf(tree, [...tree.kids(i, "compound:prt", "advmod", "fixed"), ...splitParticles(lex, tree, i)]),
      );
    case "obj":
      return inSet(c.values, lemmasOf(tree, objects(lex, tree, i)));
    case "objmod":
      // "gave military aid": an adjective or compound of the object
      return inSet(
        c.values,
        lemmasOf(
          tree,
          objects(lex, tree, i).flatMap((o) => tree.kids(o, "amod", "compound")),
        ),
      );
    case "case": {
      // "troops were on alert": the trigger's own preposition (not "issued an alert")
      const own = caseOf(tree, i);
      return own !== null && inSet(c.values, [own]);
    }
    case "objprep": {
      // "hosted talks between Iran and Egypt": a preposition on the object (through measures: "rounds of talks").
      const preps = objects(lex, tree, i)
        .flatMap((o) => tree.kids(o, "nmod"))
        .map((k) => caseOf(tree, k))
        .filter((p): p is string => p !== null);
      return inSet(c.values, preps);
    }
    case "obl": {
      // "will hold naval drills with China": a light verb's phrase right after its object noun is the noun's
      // too (not "began exercises near the border with Chile", which ends a phrase of the noun's own)
      const h = tree.head(i);
      const light = noun(tree, i) && tree.rel(i) === "obj" && (lex.modality.get("light")?.has(tree.lemma(h)) ?? false);
      const adjoining = light ? tree.kids(h, "obl").filter((k) => Math.min(...subtree(tree, k)) === i + 1) : [];
      // (an act named by a noun is done with a party: not "drills with tactical nuclear weapons")
      const partner = (k: number) => !noun(tree, i) || caseOf(tree, k) !== "with" || actors.phrase(k).length > 0;
      // "fired his minister on Monday": a time phrase is no oblique of the act.
      const preps = [...(tree.children[i] ?? []), ...adjoining]
        .filter((k) => /^(obl|nmod|advcl)/.test(tree.rel(k)) && !timePhrase(tree, k) && partner(k))
        .map((k) => caseOf(tree, k))
        .filter((p): p is string => p !== null);
      return inSet(c.values, preps);
    }
    case "obln": {
      // "fired two missiles into the sea": the nouns its obliques name (not time phrases); a noun's
      // prepositional phrases ("her withdrawal from the race")
      const oblique = (k: number) =>
        tree.rel(k).startsWith("obl") || (noun(tree, i) && tree.rel(k) === "nmod" && caseOf(tree, k) !== "of");
      const nouns = (tree.children[i] ?? []).filter((k) => oblique(k) && !timePhrase(tree, k));
      // ("declared a state of emergency over the floods": a phrase the parser hung on the verb's object)
      const onObject = noun(tree, i)
        ? []
        : tree
            .kids(i, "obj")
            .flatMap((o) => tree.kids(o, "nmod"))
            .filter((k) => caseOf(tree, k) !== "of" && !timePhrase(tree, k));
      // ("attacked Trump on paying fewer taxes": a gerund after a preposition names what its object names)
      const gerunds = (tree.children[i] ?? [])
        .filter((k) => tree.rel(k) === "advcl" && tree.xpos(k) === "VBG" && ON_GERUND.has(caseOf(tree, k) ?? ""))
        .flatMap((k) => tree.kids(k, "obj"));
      // ("declared an emergency in response to the outbreak": what a response answers)
      const answered = [...nouns, ...onObject]
        .filter((k) => RESPONSES.has(tree.lemma(k)))
        .flatMap((k) => tree.kids(k, "nmod").filter((t) => caseOf(tree, t) === "to"));
      // ("supplied Iran with S-400 missile systems": a compound names the thing too)
      const named = [...nouns, ...onObject, ...gerunds, ...answered];
      return inSet(c.values, lemmasOf(tree, [...named, ...named.flatMap((k) => tree.kids(k, "compound"))]));
    }
    case "story":
      return storyNames(tree, c.values, i);
    case "xcomp": {
      const comps = (tree.children[i] ?? []).filter(
        // "asked not to be named" read with the to-clause as a ccomp: still an open complement.
        (k) => tree.rel(k) === "xcomp" || (["advcl", "ccomp"].includes(tree.rel(k)) && caseOf(tree, k) === "to"),
      );
      return inSet(c.values, lemmasOf(tree, comps));
    }
    case "head": {
      // ("received a first batch of fighter jets": a measure noun passes its head on to its of-phrase)
      const h0 = tree.head(i);
      const measured = h0 >= 0 && lex.measures.has(tree.lemma(h0)) && caseOf(tree, i) === "of";
      const h = measured ? tree.head(h0) : h0;
      return h >= 0 && inSet(c.values, lemmasOf(tree, [h]));
    }
    case "mod":
      return inSet(c.values, lemmasOf(tree, tree.kids(i, "compound", "amod")));
    case "goal":
      return inSet(c.values, lemmasOf(tree, goalTokens(tree, actors, i)));
    case "subj": {
      // "peacekeeping troops arrived": the subject's head and its modifiers.
      // "a first contingent of Irish peacekeepers arrived": a measure noun stands for its of-phrase.
      // ("the army began exercises": a noun's, the subject of the verb it is the object of)
      const host = tree.upos(i) === "NOUN" && tree.rel(i) === "obj" ? tree.head(i) : i;
      const own = tree.kids(host, "nsubj");
      const measured = own.flatMap((s) =>
        lex.measures.has(tree.lemma(s)) ? tree.kids(s, "nmod").filter((c) => caseOf(tree, c) === "of") : [],
      );
      const subj = [...own, ...measured];
      return inSet(c.values, lemmasOf(tree, [...subj, ...subj.flatMap((s) => tree.kids(s, "compound", "amod"))]));
    }
    case "label":
      return inSet(c.values, labelTones(lex, tree, i));
    case "verdict":
      return inSet(c.values, verdictTones(lex, tree, i));
    case "compsubj":
      // "warned that famine was imminent": the subject of the reported clause
      return inSet(
        c.values,
        lemmasOf(
          tree,
          tree.kids(i, "ccomp").flatMap((k) => tree.kids(k, "nsubj", "nsubj:pass")),
        ),
      );
    case "comp": {
      // "said (that) Sudan must return ...": a modal on the reported clause (or any auxiliary or
      // copula: "insisted she was never pressured")
      const clauses = tree.kids(i, "ccomp");
      return inSet(
        c.values,
        lemmasOf(
          tree,
          clauses.flatMap((k) => tree.kids(k, "aux", "aux:pass", "cop")),
        ),
      );
    }
  }
}

/**
 * Tones of the evaluative words in a nominal or adjectival predicate of token i: "called the drills a
 * rehearsal for invasion", "described the measures as coercion", "called the order unacceptable", "what
 * it called interference".
 */
function labelTones(lex: Lexicon, tree: Tree, i: number): string[] {
  return tonesOf(
    lex,
    tree,
    labels(tree, i).flatMap((p) => subtree(tree, p, (k) => CLAUSAL.has(baseRel(tree.rel(k))))),
  );
}

const QUOTES = new Set(['"', "“", "'", "‘", "``"]);

/** Verbs that put a label on a thing ("called it a provocation", "what police declared a terrorist attack"). */
export const LABELLING: ReadonlySet<string> = new Set([
  "call",
  "declare",
  "describe",
  "term",
  "dub",
  "brand",
  "label",
  "characterize",
  "characterise",
]);

/** The predicates token i states about its object: "called the drills [a rehearsal]", "what it called [interference]". */
export function labels(tree: Tree, i: number): number[] {
  // "rejected what he called interference", "was called a terrorist state": with the thing labelled
  // elsewhere (a relative "what", a passive subject), the object is the label.
  // ("what both sides call their relationship" read with two objects: the one that is not "what")
  const objs = tree.kids(i, "obj");
  // "described the move as a provocation" read with the as-phrase on the object: the object's label
  const onObject = objs.flatMap((o) => tree.kids(o, "nmod", "obl")).filter((n) => caseOf(tree, n) === "as");
  // 'calling the investigation "Soviet-style"' read with the quoted label as the object's apposition
  const quoted = objs
    .flatMap((o) => tree.kids(o, "appos"))
    .filter((a) => {
      const first = subtree(tree, a).find((t) => tree.upos(t) !== "PUNCT") ?? a;
      return first > 0 && QUOTES.has(tree.word(first - 1));
    });
  const onWhat =
    (tree.rel(i) === "acl:relcl" && tree.lemma(tree.head(i)) === "what") ||
    tree.kids(i, "nsubj:pass").length > 0 ||
    objs.some((o) => tree.lemma(o) === "what");
  return (tree.children[i] ?? [])
    .filter((c) => {
      // A clause is no label ("called on X to end ..."), a gerund is ("what they called backtracking"),
      // and so is a participle ("called the vote rigged").
      if (tree.upos(c) === "VERB" && tree.xpos(c) !== "VBG" && tree.xpos(c) !== "VBN") return false;
      const r = tree.rel(c);
      const second = r === "obj" && (onWhat || (objs.length > 1 && c === objs.at(-1))) && tree.lemma(c) !== "what";
      return r === "xcomp" || second || ((r.startsWith("obl") || r === "advcl") && caseOf(tree, c) === "as");
    })
    .concat(onObject, quoted);
}

/** The tones (labels.tsv) of words. */
function tonesOf(lex: Lexicon, tree: Tree, words: readonly number[]): string[] {
  return words.flatMap((w) => {
    const tone = lex.labels.get(tree.lemma(w)) ?? lex.labels.get(tree.word(w).toLowerCase());
    return tone ? [tone] : [];
  });
}

/** Nouns whose of-phrase names what befell someone, not a verdict on them ("victims of persecution"). */
export const SUFFERERS: ReadonlySet<string> = new Set(["victim", "target"]);

/**
 * Tones of the evaluative words in the predicate of a copular clause token i reports: "said the order
 * was a flagrant violation of international law", "said the duties were protectionism in disguise".
 * The clause's subject is what is judged, not part of the verdict.
 */
function verdictTones(lex: Lexicon, tree: Tree, i: number): string[] {
  // ("said Turkey was not a dictatorship" is no verdict against it)
  const reported = tree.kids(i, "ccomp").filter((k) => !negatedBy(tree, k));
  // "said the three countries were stoking confrontation": a verb of conduct that is a verdict itself
  const conduct = reported.filter((k) => tree.upos(k) === "VERB" && tonesOf(lex, tree, [k]).length > 0);
  if (conduct.length) return tonesOf(lex, tree, conduct);
  const preds = reported.filter((k) => tree.kids(k, "cop").length > 0);
  const words = preds.flatMap((p) =>
    SUFFERERS.has(tree.lemma(p))
      ? []
      : subtree(tree, p, (k) => CLAUSAL.has(baseRel(tree.rel(k))) || tree.rel(k).startsWith("nsubj")),
  );
  return tonesOf(lex, tree, words);
}

/** Verbs of showing a disposition, whose object names what is asked or promised ("exercise restraint"). */
const DISPOSITION = new Set(["exercise", "show", "display"]);

/**
 * The goal entry of trigger i's goal phrase (`phrase` given: of that phrase only, as for a conjoined
 * goal), or null.
 */
function findGoal(
  lex: Lexicon,
  tree: Tree,
  actors: ActorIndex,
  i: number,
  entry: TriggerEntry,
  phrase?: readonly number[],
): GoalEntry | null {
  if (!entry.family) return null;
  const family = entry.family;
  // "threatened Peru with sanctions": what one threatens a party with is the threat's goal
  const threatenedWith =
    family === "threaten" && !phrase
      ? tree.kids(i, "obl").filter((o) => caseOf(tree, o) === "with" && !objectIsParty(tree, actors, o))
      : [];
  // "agreed to a truce", "committed to a ceasefire": what one commits to with "to" is the commitment's goal
  // (a measure agreed to is adopted, no threat: "EU countries agreed to sanctions on settlers")
  const committed = (o: number) =>
    caseOf(tree, o) === "to" &&
    tree.upos(o) === "NOUN" &&
    !objectIsParty(tree, actors, o) &&
    !lex.goals.some((e) => e.lemmas.has(tree.lemma(o)) && e.codes.intent?.startsWith("13"));
  const committedTo = family === "intent" && !phrase ? tree.kids(i, "obl").filter(committed) : [];
  const goals: number[] = [];
  // "agreed not to attack": a promise to refrain is plain 03x intent, never the threat its goal names; so
  // an appeal or warning to refrain is none for what it names ("urged China not to supply weapons").
  // (a goal that names nothing the lexicon knows leaves a conjoined one: "agreed to work together and to
  // restore ties")
  const first = phrase ? [] : goalTokens(tree, actors, i);
  const words = phrase ?? [
    ...first,
    ...committedTo,
    ...conjoinedGoals(tree, actors, i, first).flatMap((c) => goalPhrase(tree, actors, c)),
  ];
  for (const g of words) {
    if (negatedBy(tree, g)) break;
    // "urged all parties to exercise restraint": the disposition shown is the goal, not the verb
    if (DISPOSITION.has(tree.lemma(g)) && tree.upos(g) === "VERB" && tree.kids(g, "obj").length) continue;
    // "warned that the sanctions would destroy the economy": a verb the lexicon reads as no act where it
    // stands (an entry coding nothing, 01x) names no goal either
    if (matchTrigger(lex, tree, actors, g)?.cameo.startsWith("01")) break;
    goals.push(g);
  }
  // "demanded that the president step down": a phrasal goal is looked up with its particle first.
  // (the particle may be read as an adverb: "step down" with "step" a noun)
  // (and a noun with its adjective: "prepared to impose martial law"; a noun's pair before any noun of the
  // goal alone, "a return to civilian rule" not a release; a goal verb keeps its rank: "vowed to lift
  // martial law" is a concession, not a threat)
  // (and a verb with its object: "promised to hand power to an elected government" is a leadership change,
  // not a release)
  const phrasal = (g: number) => [
    ...tree.kids(g, "compound:prt", "advmod", "obj").map((p) => `${tree.lemma(g)} ${tree.lemma(p)}`),
    ...tree.kids(g, "amod", "compound").map((a) => `${tree.lemma(a)} ${tree.lemma(g)}`),
  ];
  const hit = (words: readonly string[]) =>
    words.map((w) => lex.goals.find((e) => e.lemmas.has(w) && e.codes[family] !== null)).find((e) => e) ?? null;
  // (a means or a threat's with-phrase names a hostile act only: "retaliate with missiles" is no arms aid)
  const hostile = (toks: readonly number[]) => {
    const e = hit(toks.flatMap((n) => [...phrasal(n), ...lemmasOf(tree, [n])]));
    return e?.codes.intent?.startsWith("13") ? e : null;
  };
  const nouns: number[] = [];
  for (const g of goals) {
    if (tree.upos(g) !== "VERB") {
      const pair = hit(phrasal(g));
      if (pair) return pair;
      nouns.push(g);
      continue;
    }
    // (a verb ends the run of nouns before it: their pairs and words come first, then the verb's)
    const earlier = hit(nouns.flatMap((n) => lemmasOf(tree, [n])));
    if (earlier) return earlier;
    nouns.length = 0;
    // ("vowed to retaliate with tariffs", "to respond with force": the means a verb names is what is promised)
    const means = tree.kids(g, "obl").filter((o) => caseOf(tree, o) === "with");
    // ("urged North Korea to return to talks": with no object, what a verb goes to is the goal before the verb)
    const to = tree.kids(g, "obj").length ? [] : tree.kids(g, "obl").filter((o) => caseOf(tree, o) === "to");
    const own = hit(phrasal(g)) ?? hostile(means) ?? hit(lemmasOf(tree, to)) ?? hit(lemmasOf(tree, [g]));
    if (own) return own;
  }
  return hit(nouns.flatMap((n) => lemmasOf(tree, [n]))) ?? hostile(threatenedWith);
}

/**
 * Matches for the goals conjoined to m's first one that code otherwise: "agreed to pull back reinforcements
 * (0356) and to set up a joint commission (030)" is two agreements. Same token and entry, other goal.
 */
export function conjoinedMatches(lex: Lexicon, tree: Tree, actors: ActorIndex, m: TriggerMatch): TriggerMatch[] {
  const family = m.entry.family;
  if (!family) return [];
  const out: TriggerMatch[] = [];
  for (const c of conjoinedGoals(tree, actors, m.token)) {
    const goal = findGoal(lex, tree, actors, m.token, m.entry, goalPhrase(tree, actors, c));
    // (a goal the lexicon does not know adds no second, unspecific act: "to share more data")
    const cameo = goal?.codes[family];
    if (!goal || !cameo || [m, ...out].some((o) => o.cameo === cameo)) continue;
    out.push({ ...m, goal, cameo });
  }
  return out;
}

/** Verbs of giving whose with-phrase is what the party named as the object gets ("provide Peru with jets"). */
const GIVING: ReadonlySet<string> = new Set(["provide", "supply", "equip", "arm", "furnish", "help", "assist"]);

/** Nouns of answering, whose to-phrase names what an act answers ("in response to the outbreak"). */
const RESPONSES: ReadonlySet<string> = new Set(["response", "reaction", "answer"]);

/** Prepositions before a gerund naming what a verb is about ("attacked Trump on paying fewer taxes"). */
const ON_GERUND: ReadonlySet<string> = new Set(["on", "over", "for"]);

export function nounTrigger(lex: Lexicon, lemma: string): boolean {
  return (lex.triggers.get(lemma) ?? []).some((e) => e.pos === "N");
}

/** The most specific lexicon entry whose lemma, part of speech and conditions fit token i. */
export function matchTrigger(lex: Lexicon, tree: Tree, actors: ActorIndex, i: number): TriggerMatch | null {
  const upos = tree.upos(i);
  const word = tree.word(i).toLowerCase();
  const lemma = tree.lemma(i);
  // A past form whose lemma is no trigger ("shelled" guessed as "shel"): try the other stems of its form.
  const stemmed = upos === "VERB" && word.endsWith("ed") && !lex.triggers.has(lemma) ? stems(word, "ed") : [];
  // Most tokens are no trigger: settle that before reading the tree.
  if (!lex.triggers.has(lemma) && !lex.triggers.has(word) && !stemmed.some((c) => lex.triggers.has(c))) return null;
  // ("joined NATO in March 2024": a name inside a time expression names a month, no act; not "after talks")
  if (tree.timed(i) && upos === "PROPN") return null;
  // "a genocide investigation", "a protest march": an event noun compounded to another event noun names
  // what that one is about or what kind it is, no act of its own
  // (one that codes: not "an arrest operation", "a shelling campaign", whose head is an event noun only elsewhere)
  const h = tree.head(i);
  if (upos === "NOUN" && tree.rel(i) === "compound" && tree.upos(h) === "NOUN" && nounTrigger(lex, tree.lemma(h))) {
    const head = matchTrigger(lex, tree, actors, h);
    if (head && lex.cameo.get(head.cameo)?.plover) return null;
  }
  // "Israel is opposed to", "is committed to": an agentless passive participle is tried as an adjective first.
  const stative = upos === "VERB" && isPassive(tree, i) && tree.kids(i, "obl:agent").length === 0;
  const candidates = new Set([...(stative ? [word, lemma] : [lemma, word]), ...stemmed]);
  for (const key of candidates) {
    for (const entry of lex.triggers.get(key) ?? []) {
      if (!POS[entry.pos].includes(upos)) continue;
      if (!entry.when.every((c) => holds(lex, c, tree, actors, i))) continue;
      const goal = findGoal(lex, tree, actors, i, entry);
      const refined = goal && entry.family ? goal.codes[entry.family] : null;
      return { token: i, entry, goal, cameo: refined ?? entry.cameo };
    }
  }
  return null;
}
