import type { Actor } from "../../doc/layers/actors.js";
import { cameoCode } from "../actors/builder.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { FORCE_SECTORS } from "../mentions/descriptions.js";
import type { ActorIndex } from "./actors.js";
import { ANSWERED } from "./date.js";
import { derivedGroup, isDerived, nationalityActor } from "./groups.js";
import { hostSource, stateParty } from "./host.js";
import type { Lexicon } from "./lexicon/schema.js";
import { clauseCountry, locativePlace, type PlaceCountry, placeOf } from "./location.js";
import { LABELLING, labels, matchTrigger, nounTrigger, SUFFERERS, spanClosed, type TriggerMatch } from "./match.js";
import {
  actorsAt,
  hasReciprocal,
  nearestTarget,
  PRIVATE_SECTORS,
  placeModifier,
  reportingSubject,
  sameState,
  unplaced,
} from "./parties.js";
import { premodifiers } from "./premodifiers.js";
import { objectNouns } from "./referents.js";
import { CONDITION_MARKS } from "./repair-common.js";
import { betweenPhrases, destinations, ofMeasure, sceneVerb, slotTokens } from "./slots.js";
import { subjectOf } from "./subjects.js";
import { baseRel, CLAUSAL, caseOf, isPassive, negatedBy, objectOf, subtree, type Tree, withConjuncts } from "./tree.js";

/** Where the event's arguments hang: the trigger, and for event nouns the light verb that carries them. */
export interface Frame {
  readonly trigger: number;
  readonly noun: boolean;
  /** "hold" in "hold talks": its subject is the source, its obliques may give the target. */
  readonly light: number | null;
  /** The light verb is a mediator's ("brokered a truce between X and Y"): its subject is no party. */
  readonly mediated?: boolean;
  /** The light verb is one of incurring ("drew criticism from X"): its subject is the target. */
  readonly incurred?: boolean;
}

export interface Roles {
  readonly sources: readonly Actor[];
  readonly targets: readonly Actor[];
  /** Participants of a symmetric event named together ("China-US meeting", "between X and Y"). */
  readonly participants: readonly Actor[];
  /** A place standing for the target country (destination of a visit, place of a locative event). */
  readonly place: PlaceCountry | null;
  /** Further destinations coordinated with `place` ("travel to Belgrade and Pristina"). */
  readonly morePlaces?: readonly PlaceCountry[];
  /** "accused each other", "one another": the named parties act on one another (both directions). */
  readonly reciprocal?: boolean;
  /** The target was found in the act's content ("agreed to send aid to Malawi"), not as a partner: one direction. */
  readonly oneWay?: boolean;
  /** The source is the host country of an agentless passive ("27 people were detained", dateline Brussels). */
  readonly hosted?: boolean;
  /** The participant paired with each of the others, not they with each other ("between Israel and the UAE and Bahrain"). */
  readonly pivot?: readonly Actor[];
}

/** PLOVER types of acts done for a party, against no one. */
const ALLIED: ReadonlySet<string> = new Set(["SUPPORT", "AID", "COOPERATE"]);
/** Verbs of working together, whose on-phrase is what the work is about. */
const COOPERATING: ReadonlySet<string> = new Set(["cooperate", "collaborate", "coordinate", "work"]);
const DEFINITE = new Set(["the", "this", "that", "these", "those", "both"]);
const VERB_SLOTS = [
  "nsubj:pass",
  "obj",
  "iobj",
  "obl:with",
  "obl:to",
  "obl:against",
  "obl:on",
  "obl:toward",
  "obl:towards",
  "goalsubj",
  // "demanded that control of the Interior Ministry be taken away": the patient of a passive goal
  "goal>nsubj:pass",
  "goal>obj",
  "goal>obl:with",
  "goal>obl:to",
  "goal>obl:against",
  "goal>obl:on",
  "goal>obj>obl:with",
  // "warned that further steps would follow if Chile expelled its diplomats": whoever the condition is on.
  "goal>cond>nsubj",
];
/** A threat's or warning's own if-clause names whom it is aimed at ("threatened sanctions if Peru did not ..."). */
const THREAT_SLOTS = [...VERB_SLOTS, "cond>nsubj"];
const NOUN_SLOTS = ["obl:with", "obl:to", "obl:against", "obl:on", "obl:toward", "obl:towards"];

export function frameOf(lex: Lexicon, tree: Tree, m: TriggerMatch): Frame {
  if (m.entry.pos !== "N") return { trigger: m.token, noun: false, light: null };
  let n = m.token;
  // "undertook a mediation mission", "staged a protest march": the event noun modifies the light verb's object.
  if (tree.rel(n) === "compound" && tree.head(n) >= 0 && tree.kids(n, "nmod:poss").length === 0) n = tree.head(n);
  // "held another round of talks", "wrapped up two days of talks": the noun hangs from a measure noun.
  const measured = ofMeasure(tree, n);
  if (measured) n = tree.head(n);
  n = objectOf(tree, n);
  const h = tree.head(n);
  const rel = tree.rel(n);
  // "ended two days of talks", "finished a round of talks": closing a spanned event means it was held.
  const closed = measured && h >= 0 && spanClosed(lex, tree, n, h);
  // "announced Lavrov's visit": a noun with its own possessor is reported by the verb, not carried by it
  // (but "continued their hunger strike", "launched its offensive": one's own act, carried on by oneself)
  const pronoun = (k: number) => tree.upos(k) === "PRON";
  const possessors = tree.kids(n, "nmod:poss");
  const ownSource = possessors.length > 0 && !(possessors.every(pronoun) && h >= 0 && CARRIED_ON.has(tree.lemma(h)));
  // "engaged in ethnic cleansing", "took part in the talks": the light verb takes the noun with "in".
  // "talks will resume", "the drills began": the subject of an intransitive light verb takes its time too.
  // ("the meeting took place on Friday": taking place is the noun's own occurrence)
  const takesPlace = h >= 0 && tree.lemma(h) === "take" && tree.kids(h, "obj").some((o) => tree.lemma(o) === "place");
  const intransitive = rel === "nsubj" && h >= 0 && (tree.kids(h, "obj").length === 0 || takesPlace);
  // a verb that closes its own subject event ("Kim's visit to Russia ended on Sunday")
  const ended = intransitive && (lex.modality.get("close")?.has(tree.lemma(h)) ?? false);
  // A verb the entry itself names as the noun's head ("impose|adopt sanctions", "threaten sanctions") carries it too.
  const named = m.entry.when.some((c) => c.kind === "head") && n === m.token;
  // ("remained on alert": a named head may take its noun with "on")
  const prep = baseRel(rel) === "obl" && n === m.token ? caseOf(tree, n) : null;
  const carried = rel === "obj" || rel === "nsubj:pass" || intransitive || prep === "in" || (prep === "on" && named);
  const mediated = h >= 0 && (lex.modality.get("mediator")?.has(tree.lemma(h)) ?? false);
  const incurred = h >= 0 && (lex.modality.get("incur")?.has(tree.lemma(h)) ?? false);
  // ("in what the police declared a terrorist attack": a label the verb gives a thing is no act it carries)
  const isLight =
    h >= 0 &&
    // ("Moscow's invasion began on February 24": an intransitive verb carries its own subject, whoever's it is)
    (!ownSource || intransitive) &&
    !(LABELLING.has(tree.lemma(h)) && labels(tree, h).includes(n)) &&
    carried &&
    (named ||
      mediated ||
      closed ||
      incurred ||
      ended ||
      (intransitive && takesPlace) ||
      lex.modality.get("light")?.has(tree.lemma(h)));
  return {
    trigger: m.token,
    noun: true,
    light: isLight ? h : null,
    mediated: Boolean(isLight) && mediated,
    incurred: Boolean(isLight) && incurred,
  };
}

/**
 * Who holds an event noun carried by light verb v: its subject, or, when the verb is an agentless passive
 * that does not have the noun as its subject ("Serb forces were engaged in ethnic cleansing"), the
 * passive's subject, for whom the participle names a state.
 */
function lightSubject(tree: Tree, actors: ActorIndex, v: number, noun: number): number[] {
  let n = noun;
  for (let hops = 0; n >= 0 && tree.head(n) !== v && hops < 4; hops++) n = tree.head(n);
  const stative =
    isPassive(tree, v) && tree.kids(v, "obl:agent").length === 0 && n >= 0 && baseRel(tree.rel(n)) === "obl";
  // ("the invasion of Iraq began": an event noun that is the light verb's own subject is held by no one it names)
  return (stative ? tree.kids(v, "nsubj:pass") : subjectOf(tree, actors, v)).filter((k) => k !== noun && k !== n);
}

/**
 * The by-phrase naming who did event noun n: its own, else one the parser hung on its of-phrase ("the
 * expulsion of two diplomats by Chile").
 */
function agentPhrase(tree: Tree, n: number): number[] {
  const own = slotTokens(tree, n, "obl:by");
  return own.length ? own : slotTokens(tree, n, "obl:of>obl:by");
}

function nounSources(
  lex: Lexicon,
  tree: Tree,
  actors: ActorIndex,
  f: Frame,
): { sources: Actor[]; participants: Actor[]; fromScene: boolean; recipients: Actor[] } {
  const i = f.trigger;
  // ("after his release", "the journalist's arrest": a person owning what is done to someone is its
  // patient; "Peru's arrest of the journalist" names its patient apart, and its author in the possessor)
  const undergone = UNDERGONE.has(tree.lemma(i)) && !tree.kids(i, "nmod").some((k) => caseOf(tree, k) === "of");
  const owners = actorsAt(actors, tree.kids(i, "nmod:poss"));
  const patients = undergone ? owners.filter((a) => a.kind === "person") : [];
  const poss = owners.filter((a) => !patients.includes(a));
  const by = actorsAt(actors, agentPhrase(tree, i));
  // ("the Gaza genocide", "the Ukraine invasion": a state named as the place of a hostile act is no author)
  const mods = actorsAt(
    actors,
    tree.kids(i, "compound", "amod").filter((c) => !placeModifier(lex, tree, actors.byToken, i, c)),
  );
  // ("several rounds of talks between the two rivals": the between-phrase on the measure noun)
  const between = actorsAt(actors, betweenPhrases(tree, ofMeasure(tree, i) ? tree.head(i) : i));
  const pre = premodifiers(tree, i);
  // "an appeal from Asmara", "an offer from Australia", "warnings from the coast guard": who made it.
  const kind = lex.owned.get(tree.lemma(i)) ?? lex.owned.get(tree.word(i).toLowerCase());
  // ("rocket fire from Gaza", "attacks from Lebanon": an act's from-phrase is where it came from, its
  // author's, unless the act names its author by nationality: "the Israeli raid", owned.tsv)
  const owner = kind === "act" ? (actors.byToken[i] ?? []).filter((a) => isDerived(a) && a.country !== null) : [];
  // ("at the request of Justin Trudeau", "at the invitation of the Chinese government": a request's or
  // a statement's of-phrase names who made it, as a from-phrase does)
  // (a name itself, not what a phrase about a thing names: "the appeal of that decision by the government")
  const spokenBy =
    kind === "communication" || kind === "proposal"
      ? slotTokens(tree, i, "obl:of").filter((t) => actors.byToken[t]?.length)
      : [];
  const from = kind && !owner.length ? actorsAt(actors, [...slotTokens(tree, i, "obl:from"), ...spokenBy]) : [];
  // (done to its possessor by whoever a by- or from-phrase names, not by anyone else the sentence names:
  // "a couple of days after Trump's release, the debate between Pence and Harris took place")
  if (patients.length) {
    const doers = (by.length ? by : from).filter((a) => !patients.includes(a));
    return { sources: doers, participants: [], fromScene: false, recipients: patients };
  }
  // "the two diplomats held a call": the light verb's subject holds it, even where the parser hung a
  // by-phrase of the next clause on the noun ("... and Russia was visited by China's delegation").
  const held = f.light !== null ? lightSubject(tree, actors, f.light, i) : [];
  const holder = f.mediated ? [] : actorsAt(actors, held);
  // "the plan drew criticism from the EU", "Russia faces sanctions", "received a visit from Xi": the
  // subject of a verb of incurring is whom the event is aimed at; its author is the from-phrase on the
  // noun or the verb, and with none named it has no author to guess ("Hungary's plan drew criticism")
  if (f.incurred && f.light !== null && !poss.length) {
    const authors = actorsAt(actors, [...slotTokens(tree, i, "obl:from"), ...slotTokens(tree, f.light, "obl:from")]);
    // ("Peru's expulsion of two Chilean diplomats drew condemnation": an act that draws it is aimed at
    // the act's author, not at whom it was done to)
    const acts = held.filter((k) => nounTrigger(lex, tree.lemma(k)));
    const actAuthors = actorsAt(
      actors,
      acts.flatMap((k) => [...tree.kids(k, "nmod:poss"), ...agentPhrase(tree, k)]),
    );
    return {
      sources: authors,
      participants: [],
      fromScene: false,
      recipients: actAuthors.length ? actAuthors : holder,
    };
  }
  // "passed the law amid criticism from the EU", "despite condemnation by the UN": an act its author holds
  // against what the clause tells is aimed at the clause's subject
  // (hung on the verb, or by the parser on a noun of its clause: "passed the law amid criticism")
  let verb = tree.head(i);
  for (let hops = 0; verb >= 0 && tree.upos(verb) !== "VERB"; hops++) verb = hops < 4 ? tree.head(verb) : -1;
  if (CONCESSIVE.has(caseOf(tree, i) ?? "") && verb >= 0 && tree.upos(verb) === "VERB" && !poss.length) {
    const authors = actorsAt(actors, [...slotTokens(tree, i, "obl:from"), ...slotTokens(tree, i, "obl:by")]);
    if (authors.length)
      return {
        sources: authors,
        participants: [],
        fromScene: false,
        recipients: actorsAt(actors, subjectOf(tree, actors, verb)),
      };
  }
  const spoken = kind === "communication" || kind === "proposal";
  // "at the request of Chile, Peru expelled ...", "at Xi's invitation, Putin visited ...": a request or
  // invitation the clause's act is done at is its author's, to the clause's subject
  if (spoken && ANSWERED.has(caseOf(tree, i) ?? "") && tree.rel(i).startsWith("obl") && verb === tree.head(i)) {
    const authors = poss.length ? poss : from;
    const asked = actorsAt(actors, subjectOf(tree, actors, verb)).filter((a) => !authors.includes(a));
    if (authors.length && asked.length)
      return { sources: authors, participants: [], fromScene: false, recipients: asked };
  }
  // "drew a threat from North Korea", "rejected an offer from Australia": the from-phrase names the
  // author, and the light verb's subject is who it was addressed to.
  const addressed = spoken && !poss.length && from.length > 0 && holder.length > 0;
  let sources = poss.length ? poss : addressed ? from : holder.length ? holder : by.length ? by : from;
  // "South Korea's president is on a state visit to Britain": the subject of "be on" an event holds it
  // (not of "was behind the attacks", "it was the first meeting between ...")
  if (!sources.length && tree.kids(i, "cop").length && caseOf(tree, i) === "on")
    sources = actorsAt(actors, tree.kids(i, "nsubj"));
  if (!sources.length) sources = owner;
  const entries = (lex.triggers.get(tree.lemma(i)) ?? []).filter((e) => e.pos === "N");
  // "the visit of the Iraqi prime minister to Riyadh": a journey's (a destination noun's) of-phrase names who makes it
  if (!sources.length && entries.some((e) => e.dest)) sources = actorsAt(actors, slotTokens(tree, i, "obl:of"));
  // "Al-Shabaab claimed responsibility for the attack": an act one claims or takes responsibility for is one's own
  if (!sources.length) sources = actorsAt(actors, claimant(tree, actors, i));
  if (!sources.length && mods.length === 1) sources = mods;
  if (!sources.length && pre.possessor >= 0) sources = actorsAt(actors, [pre.possessor]);
  const scene = sceneVerb(tree, i);
  const fromScene = !sources.length && !between.length && scene >= 0;
  if (fromScene) sources = actorsAt(actors, subjectOf(tree, actors, scene));
  const linked = actorsAt(actors, pre.linked);
  const paired = mods.length > 1 ? mods : linked.length > 1 ? linked : [];
  if (paired.length > 1 && sources.length === 1 && paired.includes(sources[0] as Actor)) sources = [];
  const participants = [...paired, ...between.filter((a) => !paired.includes(a))];
  const symmetric = entries.some((e) => e.symmetric);
  const subjectsIn = (clauses: readonly number[]) =>
    clauses.flatMap((c) => actorsAt(actors, subjectOf(tree, actors, c)));
  // "talks in which the two prime ministers reviewed ...": the parties its relative clause names.
  if (symmetric && !sources.length && !participants.length) {
    const inside = subjectsIn(tree.kids(i, "acl:relcl"));
    if (inside.length > 1) return { sources: [], participants: inside, fromScene: false, recipients: [] };
  }
  // "X and Y agreed to a truce, officials said after two days of talks": talks told beside a report are
  // the reported parties', not the speaker's.
  if (fromScene && symmetric && tree.lemma(scene) === "say") {
    const reported = subjectsIn(tree.kids(scene, "ccomp"));
    if (reported.length > 1) return { sources: [], participants: reported, fromScene, recipients: [] };
  }
  // "hosted Thai and Bangladeshi officials for talks", "invited X for talks": the guests take part too, as
  // does whom one tells something in a call ("told Xi in a phone call that ..."; not at a meeting, "told
  // German lawmakers at a meeting", which may be a speech) (not a place one leaves or reaches: "left
  // Brussels after two days of talks"; nor the press one meets: "met journalists after the talks")
  const call = entries.some((e) => e.cameo.startsWith("041"));
  const guests =
    fromScene && symmetric && sources.length
      ? actorsAt(
          actors,
          [...slotTokens(tree, scene, "obj"), ...(call ? slotTokens(tree, scene, "iobj") : [])].filter(
            (o) => placeOf(lex, tree, o) === null,
          ),
        ).filter((a) => a.sector !== "MED")
      : [];
  if (guests.length)
    return {
      sources: [],
      participants: [...sources, ...guests.filter((a) => !sources.includes(a))],
      fromScene,
      recipients: [],
    };
  return { sources, participants, fromScene, recipients: addressed ? holder : [] };
}

/** Codes of acts that answer another's (complaints, refusals, threats, protests, mobilizations, sanctions, closures). */
const ANSWERING = ["11", "12", "13", "14", "15", "16", "191"];
/** Markers of a clause telling the act another answers ("protested after ...", "because ..."). */
const ANSWERING_MARKS: ReadonlySet<string> = new Set(["after", "when", "because"]);
/**
 * Roots of coercion and force (17-20), which a condition's clause also aims (the condition marks, if and
 * unless, tell the act another would answer: "will impose sanctions if Peru closes the border", "will
 * attack unless Chile withdraws").
 */
const HOSTILE = ["17", "18", "19", "20"];

/** Codes of acts aimed at whom they are told to (intents, consultations, demands, refusals, threats). */
const TOLD_ACTS = ["03", "04", "10", "12", "13"];

/** Event nouns of what is done to a person, whose possessor undergoes it ("his release", "her arrest"). */
export const UNDERGONE: ReadonlySet<string> = new Set([
  "release",
  "arrest",
  "detention",
  "capture",
  "abduction",
  "kidnapping",
  "execution",
  "assassination",
  "killing",
  "murder",
  "deportation",
  "extradition",
  "expulsion",
  "imprisonment",
  "jailing",
  "conviction",
  "sentencing",
  "indictment",
  "prosecution",
  "torture",
  "rescue",
]);

/** Light verbs of holding or carrying on one's own act ("continued their strike", "launched its offensive"). */
const CARRIED_ON = new Set([
  "continue",
  "begin",
  "start",
  "resume",
  "launch",
  "stage",
  "hold",
  "conduct",
  "end",
  "intensify",
  "escalate",
]);

/** Codes of forces withdrawn or stood down (0872 a military withdrawal, 0873 demobilization, 1661 peacekeepers withdrawn). */
const WITHDRAWALS = ["0872", "0873", "1661"];
/** Nouns of an organization's forces ("UN peacekeepers", "NATO troops"). */
const FORCE_NOUNS = new Set([
  "peacekeeper",
  "peacekeepers",
  "troop",
  "troops",
  "force",
  "forces",
  "soldier",
  "soldiers",
  "contingent",
]);

/** Prepositions that set what a clause tells against an act ("despite criticism from X"). */
const CONCESSIVE = new Set(["despite", "amid"]);

/** A state's missions abroad, named with the place they are posted in ("the embassy in Manila"). */
const MISSIONS = new Set(["embassy", "consulate", "mission", "ambassador", "consul"]);

/** Coercion of persons: a conviction (116), arrest, detention, charges (173), expulsion or deportation (174). */
const PERSONAL_COERCION = ["116", "173", "174"];
/** Nouns for private persons named by no group ("a man", "two suspects"). */
const PRIVATE_PERSONS = new Set([
  "man",
  "woman",
  "person",
  "suspect",
  "accused",
  "individual",
  "teenager",
  "boy",
  "girl",
]);

/** CAMEO codes whose content is the release of persons: appeal for, intend, demand, decline (0253 ...). */
const RELEASE = new Set(["0253", "0353", "1053", "1243"]);

/**
 * Who holds the people a release is asked for, from a participle on them in the trigger's phrase: its
 * agent ("detained by Russian police"), else the country it places ("who was detained in Russia").
 */
function holders(lex: Lexicon, tree: Tree, actors: ActorIndex, trigger: number, held: readonly Actor[]): Actor[] {
  for (const p of subtree(tree, trigger, (c) => c !== trigger && tree.rel(c) === "ccomp")) {
    if (!tree.rel(p).startsWith("acl") || tree.upos(p) !== "VERB") continue;
    const agents = actorsAt(actors, tree.kids(p, "obl:agent"));
    if (agents.length) return agents;
    // (a bare participle on the noun too: "a citizen detained in Russia")
    const host = tree.xpos(p) === "VBN" ? clauseCountry(lex, tree, p) : null;
    if (host && !held.some((t) => t.country === host)) return [stateParty(host)];
  }
  // (or, for persons named, where they are held: "condemned the detention of its citizen in China")
  if (!held.length) return [];
  for (const p of subtree(tree, trigger, (c) => c !== trigger && tree.rel(c) === "ccomp")) {
    if (!tree.rel(p).startsWith("nmod") || caseOf(tree, p) !== "in") continue;
    const host = placeOf(lex, tree, p)?.country;
    if (host && !held.some((t) => t.country === host)) return [stateParty(host)];
  }
  return [];
}

/** Verbs of harm whose subject an act named in their in-phrase befell ("killed in a drone strike"). */
const HARMED = new Set(["kill", "wound", "injure", "hurt", "die", "wounded", "injured", "dead"]);

/**
 * "the facility was the target of an al-Qaeda attack", "the convoy came under attack", "an Iranian general
 * was killed in a US drone strike": the subject of a copular "victim" or "target" whose of-phrase is the
 * act, of a verb the act is "under", or of a verb of harm the act is "in", suffers it.
 */
function sufferer(tree: Tree, n: number): number[] {
  const h = tree.head(n);
  if (h < 0) return [];
  const prep = caseOf(tree, n);
  const of = prep === "of" && SUFFERERS.has(tree.lemma(h)) && tree.kids(h, "cop").length > 0;
  // (a verb, or a participle read as an adjective after "were": "were wounded in an attack")
  const verb = tree.rel(n).startsWith("obl") && (tree.upos(h) === "VERB" || tree.kids(h, "cop").length > 0);
  const under = prep === "under" && verb;
  const harmed = prep === "in" && verb && HARMED.has(tree.lemma(h));
  return of || under || harmed ? tree.kids(h, "nsubj", "nsubj:pass") : [];
}

/** Nouns for other parties named by their tie to someone ("its partners", "her counterpart"). */
const RELATIONAL = new Set(["partner", "ally", "neighbour", "neighbor", "counterpart", "rival", "adversary", "enemy"]);

/**
 * The verb "join" whose in-phrase or gerund the trigger belongs to ("joined Germany in condemning", "joined
 * Britain in a statement blaming"), or -1.
 */
function joinedIn(tree: Tree, t: number): number {
  let k = t;
  for (let hops = 0; hops < 3; hops++) {
    const h = tree.head(k);
    if (h < 0) return -1;
    if (tree.lemma(h) === "join" && tree.upos(h) === "VERB")
      return caseOf(tree, k) === "in" || tree.xpos(k) === "VBG" ? h : -1;
    k = h;
  }
  return -1;
}

/** Verbs of owning up to an act ("claimed responsibility for the attack"). */
const CLAIMING = new Set(["claim", "take", "accept", "admit", "assume"]);

/** The subject of the verb that claims responsibility for event noun i, or none. */
function claimant(tree: Tree, actors: ActorIndex, i: number): number[] {
  const r = tree.head(i);
  if (caseOf(tree, i) !== "for" || tree.lemma(r) !== "responsibility" || tree.rel(r) !== "obj") return [];
  const v = tree.head(r);
  // (a claim made, not one denied, hoped for or demanded: "did not claim", "demanded that Iran accept")
  if (!CLAIMING.has(tree.lemma(v)) || negatedBy(tree, v) || tree.xpos(v) === "VB") return [];
  return subjectOf(tree, actors, v);
}

/** Verbs that make a policy, decree or decision their subject's own ("signed a decree", "announced a decision"). */
const ENACTING = new Set([
  "sign",
  "issue",
  "adopt",
  "pass",
  "approve",
  "announce",
  "enact",
  "introduce",
  "unveil",
  "impose",
]);

/** Whether noun n names its own author: a possessor or a modifier that is an actor ("Germany's decision", "the EU decision"). */
function authored(tree: Tree, actors: ActorIndex, n: number): boolean {
  return tree.kids(n, "nmod:poss", "compound", "amod").some((k) => actors.phrase(k).length > 0);
}

export function rolesOf(lex: Lexicon, tree: Tree, actors: ActorIndex, m: TriggerMatch, f: Frame): Roles {
  let sources: Actor[];
  let participants: Actor[] = [];
  let fromScene = false;
  let recipients: Actor[] = [];
  if (f.noun) ({ sources, participants, fromScene, recipients } = nounSources(lex, tree, actors, f));
  else {
    // "Israel is opposed to", "is prepared to": an adjective entry the parser read as an agentless passive
    // participle is a state of its subject, which holds it.
    const stative = m.entry.pos === "A" && isPassive(tree, f.trigger) && !tree.kids(f.trigger, "obl:agent").length;
    const subjects = stative ? tree.kids(f.trigger, "nsubj:pass") : subjectOf(tree, actors, f.trigger);
    sources = actorsAt(actors, subjects);
    // "X was killed by his lions": an agent that names the patient itself (through a possessive) is not it
    if (!stative && isPassive(tree, f.trigger)) {
      const patients = actorsAt(actors, tree.kids(f.trigger, "nsubj:pass"));
      sources = sources.filter((a) => !patients.includes(a));
    }
    // "... between Turkey and Libya. They called on Turkey to halt ...": a pronoun the actors stage read as
    // parties its own clause names as objects (by their own words: not "committed itself", "defended his
    // record") was read wrong; it names no one (actors.ts checks the same of the pronouns it resolves)
    const named = [...tree.kids(f.trigger, "obj", "iobj"), ...tree.kids(f.trigger, "obl")]
      .filter((k) => tree.upos(k) !== "PRON")
      .flatMap((k) => actors.byToken[k] ?? []);
    if (subjects.some((k) => tree.upos(k) === "PRON") && named.some((a) => sources.includes(a))) sources = [];
    // "issued a statement condemning the attack": an act done in a statement is its issuer's.
    const said = tree.rel(f.trigger) === "acl" ? tree.head(f.trigger) : -1;
    // ("adopted a resolution demanding ...": a text put forward too, in what it says, not in what it asks for:
    // "issued an ultimatum to Ecuador to halt attacks"; and a policy one makes, "signed a decree annexing
    // Crimea", not one another made that one answers: "condemned the Taliban decision banning women")
    const kind = lex.owned.get(tree.lemma(said));
    const made = kind === "policy" && ENACTING.has(tree.lemma(tree.head(said))) && !authored(tree, actors, said);
    const text = kind === "communication" || ((kind === "proposal" || made) && tree.xpos(f.trigger) === "VBG");
    if (!sources.length && said >= 0 && tree.rel(said) === "obj" && text)
      sources = actorsAt(actors, subjectOf(tree, actors, tree.head(said)));
    // "France joined Germany in condemning the attack": the party joined acts too.
    const join = joinedIn(tree, f.trigger);
    if (join >= 0) {
      const joint = actorsAt(actors, [...subjectOf(tree, actors, join), ...tree.kids(join, "obj")]);
      for (const a of joint) if (!sources.includes(a)) sources.push(a);
    }
    // (a one-way act's own between-phrase only: "denounced the memoranda between Turkey and Libya" is
    // no act of Turkey's or Libya's)
    const phrases = betweenPhrases(tree, f.trigger).filter((t) => m.entry.symmetric || tree.head(t) === f.trigger);
    const between = actorsAt(actors, phrases);
    // "fighting between the army and the rebels": a subjectless verb used as a noun. (The sides of a
    // mediation are never its mediator: "the deal brokered between Israel and the UAE" names none.)
    if (!sources.length && !m.cameo.startsWith("045")) participants = between;
    // "a deal it brokered to normalize relations between Sudan and Israel": a mutual act between two
    // parties named apart from the subject is theirs, not the subject's
    else if (m.entry.symmetric && sources.length && between.length > 1 && !between.some((a) => sources.includes(a))) {
      sources = [];
      participants = between;
    }
  }
  const reciprocal = sources.length > 1 && hasReciprocal(tree, f.light ?? f.trigger);
  if (reciprocal) return { sources: [], targets: [], participants: sources, place: null, reciprocal };

  const slots = m.entry.targets ?? (f.noun ? NOUN_SLOTS : m.entry.family === "threaten" ? THREAT_SLOTS : VERB_SLOTS);
  let targets: Actor[] = [];
  let self = false;
  let oneWay = false;
  let hosted = false;
  const hosts = f.light !== null ? [f.trigger, f.light] : [f.trigger];
  // "withdraw its troops": a party the source owns (possessive pronoun bound to it) is not its target,
  // unless the source is a people and the party its state ("students criticized their government").
  const domesticRole = (a: Actor) => lex.domestic.get(a.sector ?? "");
  const ownedBySource = (t: number) => {
    // ("its European Community partners", "its allies": other parties, named by their tie to the source)
    if (RELATIONAL.has(tree.lemma(t))) return false;
    const stateBody = actors.phrase(t).some((a) => domesticRole(a) === "state");
    return tree
      .kids(t, "nmod:poss")
      .some(
        (p) =>
          tree.upos(p) === "PRON" &&
          actors.phrase(p).some((a) => sources.includes(a) && !(stateBody && domesticRole(a) === "people")),
      );
  };
  let noOne: Actor[] = [];
  // ("supported the government of Hadi against the Houthi rebellion": an against-phrase of support, aid or
  // cooperation names a common adversary, not the party it is given to; "called for sanctions against
  // Nigeria" still names whom an appeal's goal is aimed at)
  const cooperative = ALLIED.has(lex.cameo.get(m.cameo)?.plover ?? "");
  const idle = hosts.flatMap((h) => idlePurposes(lex, tree, actors, h));
  const inIdle = idle.map((c) => new Set(subtree(tree, c)));
  for (const slot of slots) {
    if (cooperative && slot.endsWith("obl:against")) continue;
    for (const h of hosts) {
      // ("agreed to cooperate on North Korea": what one works together on is the topic, not a partner)
      if (slot === "goal>obl:on" && slotTokens(tree, h, "goal").some((g) => COOPERATING.has(tree.lemma(g)))) continue;
      // ("Russia and the US held talks on Ukraine": what a mutual act is on is its topic, not a party to it;
      // not a time, "signed agreements on Friday with Turkey", on which the parser may hang the partner)
      const topic = (t: number) => m.entry.symmetric && slot === "obl:on" && !tree.timed(t);
      const toks = slotTokens(tree, h, slot).filter(
        (t) => !ownedBySource(t) && !inIdle.some((g) => g.has(t)) && !topic(t),
      );
      // ("to the Azerbaijani republic of Nakhichevan": a name no one can place is no target, so that the
      // story's context may give one; it still places an agentless arrest, "a missionary was arrested in Lebanon")
      // ("is ready to contribute troops to a force in Liberia", "agreed to send police officers": state
      // forces of no other country that the committed act gives or sends are the source's own, not its recipient)
      const ownForces = (a: Actor) =>
        slot === "goal>obj" &&
        domesticRole(a) === "state" &&
        (a.country === null || sources.some((s) => s.country === a.country));
      const named = actorsAt(actors, toks).filter((a) => !sources.includes(a) && !ownForces(a));
      const all = named.filter((a) => !unplaced(a));
      if (!noOne.length) noOne = named.filter(unplaced);
      const found = all.filter((a) => !sameState(a, sources));
      if (all.length > found.length) self = true;
      if (found.length) {
        targets = found;
        // "agreed to establish ties with Israel": a partner of the content is still a partner.
        oneWay = (slot.startsWith("goal") || slot.startsWith("cond")) && !toks.some((t) => caseOf(tree, t) === "with");
        break;
      }
    }
    if (targets.length) break;
  }
  if (!targets.length && recipients.length) targets = recipients.filter((a) => !sources.includes(a));
  // "Japan lodged a protest after Chinese ships entered its waters": a complaint, refusal, threat, protest,
  // mobilization, sanction or closure that answers an act a clause of its own tells is aimed at that act's
  // subject, a party of another state, when its own clause names no other party ("arrested a man after
  // Chinese tourists reported a robbery", "cut ties with Lithuania after Taiwan opened an office")
  const replies = ANSWERING.some((c) => m.cameo.startsWith(c));
  if (!targets.length && (replies || HOSTILE.some((c) => m.cameo.startsWith(c)))) {
    const host = f.light ?? f.trigger;
    const foreign = (a: Actor) => a.country !== null && sources.every((s) => s.country !== a.country);
    const clause = subtree(tree, host, (k) => CLAUSAL.has(baseRel(tree.rel(k))) || tree.rel(k).startsWith("nsubj"));
    const answered = tree
      .kids(host, "advcl")
      .filter((c) =>
        tree
          .kids(c, "mark")
          .some((k) => CONDITION_MARKS.has(tree.lemma(k)) || (replies && ANSWERING_MARKS.has(tree.lemma(k)))),
      )
      .flatMap((c) => tree.kids(c, "nsubj"));
    if (
      !actorsAt(
        actors,
        clause.filter((t) => t !== host),
      ).some(foreign)
    )
      targets = actorsAt(actors, answered).filter(foreign);
  }
  // ("the Cuba embargo", "the Gaza blockade": the state named as its place is what it is aimed at)
  if (!targets.length && f.noun)
    targets = actorsAt(
      actors,
      tree.kids(f.trigger, "compound").filter((c) => placeModifier(lex, tree, actors.byToken, f.trigger, c)),
    ).filter((a) => !sources.includes(a));
  // (a group of no country named so tells no one: "two soldiers were killed in a Georgian attack")
  if (!targets.length && f.noun)
    targets = actorsAt(actors, sufferer(tree, f.trigger)).filter(
      (a) => !sources.includes(a) && (a.kind !== "group" || a.country !== null),
    );
  // "condemned the killing of two soldiers by Chilean troops": a complaint about an act is aimed at the
  // agent its by-phrase names, not at those it befell
  let unaimed: Actor[] = [];
  if (m.cameo.startsWith("11") && !f.noun) {
    const acts = isPassive(tree, f.trigger) ? tree.kids(f.trigger, "nsubj:pass") : tree.kids(f.trigger, "obj");
    const agents = actorsAt(
      actors,
      acts.filter((o) => nounTrigger(lex, tree.lemma(o))).flatMap((o) => agentPhrase(tree, o)),
    ).filter((a) => !sources.includes(a) && !sameState(a, sources));
    // (nor at the state it was done to: "denounced the Ukraine invasion", "condemned the Russia sanctions")
    unaimed = actorsAt(
      actors,
      acts.flatMap((o) => tree.kids(o, "compound").filter((c) => placeModifier(lex, tree, actors.byToken, o, c))),
    );
    targets = agents.length ? agents : targets.filter((t) => !unaimed.includes(t));
  }
  // "demanded the release of one of its citizens detained in Russia": the source's own nationals whose
  // release is asked for are no target; the demand is aimed at whoever holds them
  const ownNational = (t: Actor) => PRIVATE_SECTORS.has(t.sector ?? "") && sources.some((s) => s.country === t.country);
  // ("condemned the detention of its citizen in China": so is a complaint about them)
  const complaint = m.cameo.startsWith("11") && targets.length > 0;
  if ((RELEASE.has(m.cameo) || complaint) && targets.every(ownNational)) {
    const held = holders(lex, tree, actors, f.trigger, targets);
    if (held.length || !complaint) targets = held;
    else {
      // (with no holder named, a complaint made to a party is aimed at it: "protested to China over the
      // detention of a Japanese businessman")
      const to = [...slotTokens(tree, f.trigger, "obl:to"), ...slotTokens(tree, f.trigger, "obl:with")];
      // (and with neither, at no one the clause names: "condemned the seizure of its vessels" is aimed at
      // whoever seized them, as the story tells, never at the source's own people)
      targets = actorsAt(actors, to).filter((a) => !sources.includes(a) && !ownNational(a));
    }
  }
  // "the ambassador was summoned": the host country, from the clause's place or the dateline.
  if (!sources.length && m.entry.host && !f.noun) {
    // An arrest is the act of the state body that reports it ("Police said 27 people had been detained"),
    // else of the clause's place; a dateline may be a regional hub far from it ("DUBAI — ...").
    const arrest = m.cameo.startsWith("17");
    const reporter = arrest
      ? actorsAt(actors, reportingSubject(lex, tree, actors, f.trigger)).filter(
          (a) => a.country !== null && lex.domestic.get(a.sector ?? "") === "state",
        )
      : [];
    // ("were deported from Pakistan", "two diplomats were expelled from Lithuania": an expulsion is the act
    // of the country it is from; not a recall, "the ambassador was recalled from Moscow")
    const expulsion = m.cameo.startsWith("174") || tree.lemma(f.trigger) === "expel";
    // (named by the from-phrase's own head or its possessor, "deported from Pakistan's Sindh province": not
    // "expelled from the session of the Iranian parliament")
    const heads = expulsion ? slotTokens(tree, f.trigger, "obl:from") : [];
    const from = [...heads, ...heads.flatMap((t) => tree.kids(t, "nmod:poss"))].flatMap((t) => actors.byToken[t] ?? []);
    const expeller = from.find((a) => a.country !== null && !targets.some((t) => t.country === a.country));
    const host = reporter.length
      ? null
      : expeller
        ? stateParty(expeller.country ?? "")
        : hostSource(lex, tree, f.trigger, targets.length ? targets : noOne, !arrest);
    if (reporter.length) sources = reporter;
    else if (host) sources = [host];
    hosted = sources.length > 0;
  }
  // "US troops were withdrawn from Syria", "UN peacekeepers were shipped out of Bosnia", "guerrillas have
  // been demobilized": forces withdrawn or stood down with no agent are their own side's act, from where
  // they leave
  if (!sources.length && !f.noun && isPassive(tree, f.trigger) && WITHDRAWALS.some((c) => m.cameo.startsWith(c))) {
    // (armed forces, or an organization's peacekeepers or troops: not "the task force would be disbanded",
    // "UN staff were pulled out"; and stood down by demobilizing, not disarmed by someone else)
    const subjects = tree.kids(f.trigger, "nsubj:pass");
    const troops = subjects.some((k) => FORCE_NOUNS.has(tree.lemma(k).toLowerCase()));
    const armed = (a: Actor) => a.sector === "MIL" || a.sector === "REB" || (a.sector === "IGO" && troops);
    const ownAct = !m.cameo.startsWith("0873") || tree.lemma(f.trigger) === "demobilize";
    const withdrawn = ownAct ? actorsAt(actors, subjects).filter((a) => a.country !== null && armed(a)) : [];
    if (withdrawn.length) {
      sources = withdrawn;
      const from = ["obl:from", "obl:out", "obl:of"].flatMap((s) => slotTokens(tree, f.trigger, s));
      const left = from.map((k) => placeOf(lex, tree, k)).find((p) => p !== null);
      targets = left && !withdrawn.some((a) => a.country === left.country) ? [stateParty(left.country)] : [];
    }
  }
  // "police arrested a man", "two suspects were detained": a private person a state body arrests or
  // expels, whom the text gives no country, is one of that state's own people
  // (of a country: not "The International Criminal Court convicted Dominic Ongwen")
  const country = sources.length === 1 ? (sources[0]?.country ?? null) : null;
  const state =
    country !== null &&
    actorLexicon().countryNames.has(country) &&
    lex.domestic.get(sources[0]?.sector ?? "") === "state";
  if (!targets.length && state && PERSONAL_COERCION.some((c) => m.cameo.startsWith(c))) {
    const patients = slotTokens(tree, f.trigger, isPassive(tree, f.trigger) ? "nsubj:pass" : "obj");
    // (a new, indefinite one: not "the man", whom the story may have named, nor "a British man")
    const unnamed = (t: number) =>
      !actors.phrase(t).length &&
      !tree.kids(t, "det", "nmod:poss").some((k) => !["a", "an"].includes(tree.word(k).toLowerCase())) &&
      !subtree(tree, t, () => false).some((k) => actors.byToken[k]?.length || nationalityActor(tree, k));
    const person = patients.find((t) => PRIVATE_PERSONS.has(tree.lemma(t).toLowerCase()) && unnamed(t));
    if (person !== undefined) targets = [derivedGroup(tree.word(person), country, "CVL")];
    // ("Peruvian police arrested Juan Perez": so is a person named with no country or post of their own
    // whom it arrests, charges or convicts; not one it expels or deports, most often a foreigner)
    const named = actorsAt(actors, patients).find((a) => a.kind === "person" && unplaced(a));
    if (person === undefined && named && !m.cameo.startsWith("174"))
      targets = [{ ...named, country, sector: "CVL", code: cameoCode(country, "CVL") }];
  }
  // "The Chinese embassy in Manila lodged a protest": what a mission abroad does, aimed at no one it
  // names, is addressed to the country it is posted in
  if (!targets.length && sources.length === 1 && !m.entry.symmetric) {
    const clause = f.light ?? f.trigger;
    const mission = tree.kids(clause, "nsubj").find((k) => MISSIONS.has(tree.lemma(k).toLowerCase()));
    const post = mission === undefined ? undefined : tree.kids(mission, "nmod").find((k) => caseOf(tree, k) === "in");
    const host = post === undefined ? null : placeOf(lex, tree, post);
    if (host && host.country !== sources[0]?.country) targets = [stateParty(host.country)];
  }
  // "'We will not negotiate under fire,' the minister told Hezbollah": a refusal, threat, demand or intent
  // told to a party, aimed at no one it names, is aimed at that party
  if (!targets.length && sources.length && TOLD_ACTS.some((c) => m.cameo.startsWith(c))) {
    let clause = f.light ?? f.trigger;
    for (let hops = 0; ["conj", "xcomp"].includes(tree.rel(clause)) && hops < 3; hops++) clause = tree.head(clause);
    const teller = tree.head(clause);
    // (the teller's own act: not "told Peru that Bolivia would not negotiate")
    const tellers = teller >= 0 ? actorsAt(actors, subjectOf(tree, actors, teller)) : [];
    const own = tellers.some((t) => sources.includes(t) || sameState(t, sources));
    if (own && ["ccomp", "parataxis"].includes(tree.rel(clause)) && tree.lemma(teller) === "tell")
      targets = actorsAt(actors, tree.kids(teller, "obj", "iobj")).filter(
        (a) => a.country !== null && a.sector !== "MED" && !sameState(a, sources),
      );
  }
  let place: PlaceCountry | null = null;
  const morePlaces: PlaceCountry[] = [];
  if (!targets.length && m.entry.dest) {
    for (const c of destinations(tree, f)) {
      place = placeOf(lex, tree, c);
      if (!place) continue;
      // "will travel to Belgrade and Pristina": a visit to each
      for (const k of tree.kids(c, "conj")) {
        const more = placeOf(lex, tree, k);
        if (more && more.country !== place.country && !morePlaces.some((p) => p.country === more.country))
          morePlaces.push(more);
      }
      break;
    }
  }
  // "which brokered the talks, to allow shipments from Ukrainian ports": an act on an earlier act named
  // definitely ("the talks", "both deals") answers that act's parties (referents.ts), not the next name in
  // its clause ("threatened further action against Russia", "extended the measures against Russia" name
  // their own).
  const answers = (n: number) =>
    (lex.referents.has(tree.lemma(n)) || lex.referents.has(tree.word(n).toLowerCase())) &&
    tree.kids(n, "det").some((d) => DEFINITE.has(tree.word(d).toLowerCase())) &&
    !tree.kids(n, "nmod").some((k) => actorsAt(actors, [k]).length > 0);
  const answering = !f.noun && objectNouns(tree, f.trigger).some(answers);
  // "spoke with Wikinews to discuss his campaign for President": an organization a mutual act's own slot
  // names, though no one can place it, is whom the act is with; another name further on is none
  const namedWith = m.entry.symmetric && noOne.some((a) => a.kind === "organization");
  // ("Macron and Scholz talked about Ukraine": parties of several states to a mutual act with no one named
  // as their partner are one another's; not "signed agreements with Turkey and the UN")
  const partnered = subtree(tree, f.light ?? f.trigger).some((k) => caseOf(tree, k) === "with");
  // (nor one with an object or a complement, which may name the partner the parser lost: "met Russian
  // President Putin", "agreed to send air defence systems to Ukraine")
  // (a complement of working together names none: "agreed to cooperate on North Korea")
  const topical = (k: number) => COOPERATING.has(tree.lemma(k)) && !tree.kids(k, "obj", "iobj").length;
  const bare = !tree
    .kids(f.light ?? f.trigger, "obj", "iobj", "xcomp", "ccomp")
    .some((k) => k !== f.trigger && !topical(k));
  const mutual = m.entry.symmetric && new Set(sources.map((a) => a.country)).size > 1 && !partnered && bare;
  if (!targets.length && !place && participants.length < 2 && !answering && !namedWith && !mutual) {
    const plover = lex.cameo.get(m.cameo)?.plover;
    const others = [...sources, ...participants];
    const search = {
      purpose: plover === "PROTEST",
      cooperative,
      retreat: m.cameo.startsWith("087"),
      idle,
      mutual: m.entry.symmetric,
      coercion: m.cameo.startsWith("17"),
      complaint: m.cameo.startsWith("11") || plover === "ACCUSE" || plover === "PROTEST",
    };
    targets = nearestTarget(tree, actors, f, others, ownedBySource, search).filter((t) => !unaimed.includes(t));
    // "ordered patrols by police": the forces a state mobilizes are its own, never whom it mobilizes against
    if (plover === "MOBILIZE")
      targets = targets.filter((t) => !sources.some((s) => s.country && s.country === t.country));
    // "agreed to provide aid for Romania": a commitment's recipient found outside a with-phrase gives nothing back.
    if (targets.length && m.entry.family) oneWay = true;
  }
  // ("refugees" with no country are the place's people; "Islamic State", a named organization, is not)
  const countryless = targets.every((t) => t.country === null && t.kind !== "organization");
  if (countryless && !place && participants.length < 2) {
    const locative = (cameo: string) => lex.locative.some((c) => cameo.startsWith(c));
    // "threatened to impose a curfew in Algiers", "is ready to contribute troops to a force in Liberia": a
    // threat, refusal or promise falls where its act would; so does one of an act its object proposes
    // ("rejected a call for its peacekeepers to be deployed in East Timor")
    const proposed = (o: number) =>
      subtree(tree, o).filter((t) => tree.rel(t).startsWith("acl") && tree.upos(t) === "VERB");
    const goals = m.entry.family
      ? [...slotTokens(tree, f.trigger, "goal"), ...tree.kids(f.trigger, "obj").flatMap(proposed)]
      : [];
    if (locative(m.cameo) || goals.some((g) => locative(matchTrigger(lex, tree, actors, g)?.cameo ?? ""))) {
      place = locativePlace(lex, tree, [...hosts, ...goals], f.noun, m.cameo.startsWith("19"));
      // "Sudan lifted the curfew in Darfur": a bare country acting at home has no separate target.
      if (place && sources.some((s) => s.code === place?.country)) place = null;
    }
  }
  // A party borrowed from the surrounding clause needs a counterpart of the event's own ("after the talks").
  // "the Commission said talks with Mercosur would continue": the speaker is the other side of the talks.
  if (f.noun && m.entry.symmetric && !sources.length && targets.length && !participants.length) {
    sources = actorsAt(actors, reportingSubject(lex, tree, actors, f.light ?? f.trigger)).filter(
      (a) => !targets.includes(a),
    );
    // "the shells were fired during clashes with the Arakan Army, the military said": fighting the clause
    // happens in has an armed speaker for its other side (not a third party: "the UN said ... in clashes")
    const scene = ["during", "in", "amid"].includes(caseOf(tree, f.trigger) ?? "") && m.cameo.startsWith("19");
    if (!sources.length && scene)
      sources = actorsAt(actors, reportingSubject(lex, tree, actors, tree.head(f.trigger))).filter(
        (a) => !targets.includes(a) && FORCE_SECTORS.has(a.sector ?? ""),
      );
  }
  // Several parties of one clause meet among themselves ("the three ministers agreed ... at a meeting").
  const among = m.entry.symmetric && sources.length > 1;
  if (fromScene && !among && !targets.length && !place && !participants.length) sources = [];
  // Its only named recipient was its own state resolved twice: a misread, so no event rather than a guess.
  if (self && !targets.length && !place && participants.length < 2 && !mutual) sources = [];
  // "the two countries broke off ties": an act done with a partner, by several parties and no partner named.
  // "Brazil and Argentina pledged to revive the bloc": a joint commitment (03x) is made to one another,
  // but not a promise of material aid (033x: "China and Russia pledged funds"), which goes to a recipient.
  const pledge = m.cameo.startsWith("03") && !m.cameo.startsWith("033") && !m.entry.symmetric;
  const withPartner = (m.entry.targets?.[0] === "obl:with" || pledge) && !m.entry.symmetric;
  if (withPartner && sources.length > 1 && !targets.length && !place && !participants.length)
    return { sources: [], targets: [], participants: sources, place: null, reciprocal: true };
  const measured = f.noun && ofMeasure(tree, f.trigger) ? tree.head(f.trigger) : f.trigger;
  const pivot = betweenPivot(tree, actors, betweenPhrases(tree, measured)).filter((a) => participants.includes(a));
  return { sources, targets, participants, place, morePlaces, reciprocal: false, oneWay, hosted, pivot };
}

/** Verbs of taking up a post or a side: what one goes on to join, become or work for. */
const TAKING_UP: ReadonlySet<string> = new Set([
  "join",
  "become",
  "serve",
  "work",
  "head",
  "lead",
  "run",
  "enter",
  "take",
]);
/** Verbs of leaving a post, whose to-clause tells where one goes next. */
const LEAVING: ReadonlySet<string> = new Set(["resign", "quit", "retire", "defect", "leave", "step"]);

/**
 * "resigned to join the government of Chile": each to-clause of taking up a post, on a verb of leaving
 * one (a purpose, however the parser hung it), when the clause's own verb is no act: it names no party of
 * the leaving ("sent troops to take back farmland from Ethiopian militias" keeps its target).
 */
function idlePurposes(lex: Lexicon, tree: Tree, actors: ActorIndex, h: number): number[] {
  if (!LEAVING.has(tree.lemma(h))) return [];
  const act = (c: number) => lex.cameo.get(matchTrigger(lex, tree, actors, c)?.cameo ?? "")?.plover !== undefined;
  return tree
    .kids(h, "advcl", "xcomp")
    .filter((c) => caseOf(tree, c) === "to" && TAKING_UP.has(tree.lemma(c)) && !act(c));
}

/**
 * "normalized relations between Israel and the UAE and Bahrain": a between-phrase whose parties after the
 * first are each joined by their own "and" pairs the first with each of them; "between A, B and C" (one
 * "and") is among all three.
 */
function betweenPivot(tree: Tree, actors: ActorIndex, phrases: readonly number[]): Actor[] {
  const [p] = phrases;
  if (p === undefined || phrases.length > 1) return [];
  const joined = withConjuncts(tree, p).slice(1);
  const and = (c: number) => tree.kids(c, "cc").some((k) => tree.lemma(k).toLowerCase() === "and");
  if (joined.length < 2 || !joined.every(and)) return [];
  const others = actorsAt(actors, joined);
  return actorsAt(actors, [p]).filter((a) => !others.includes(a));
}
