import type { Actor } from "../../doc/layers/actors.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { ActorIndex } from "./actors.js";
import { isDerived, nationalityActor, premodifierStates } from "./groups.js";
import type { Lexicon } from "./lexicon/schema.js";
import { type Frame, UNDERGONE } from "./roles.js";
import { subjectOf } from "./subjects.js";
import { baseRel, caseOf, excluded, sharedPassiveSubject, subtree, type Tree } from "./tree.js";

/** Roots of acts done to a state or place (blockades, sanctions, coercion, force): "the Cuba embargo". */
const DONE_TO = ["15", "16", "17", "18", "19", "20"];

/**
 * Whether c, a state's name the parser hung on event noun n as a compound, names where or to whom the
 * act is done, not who does it: "the Gaza genocide", "the Ukraine invasion", "the Russia sanctions"; not
 * an abbreviation or a "United" state used as an adjective ("US sanctions", "a United States operation"),
 * nor with the act's patient or place named apart ("the Russia invasion of Ukraine", "the Israel offensive
 * in Rafah").
 */
export function placeModifier(
  lex: Lexicon,
  tree: Tree,
  byToken: readonly (readonly Actor[] | undefined)[],
  n: number,
  c: number,
): boolean {
  // (the states named "United ...", like abbreviations, are used as adjectives: "a United States operation")
  const attributive = /^[A-Z.]+$/.test(tree.word(c)) || [c - 1, c - 2].some((k) => tree.word(k) === "United");
  if (tree.rel(c) !== "compound" || tree.upos(c) !== "PROPN" || attributive) return false;
  if (!(byToken[c] ?? []).some((a) => a.kind === "country")) return false;
  const entries = (lex.triggers.get(tree.lemma(n)) ?? []).filter((e) => e.pos === "N");
  if (!entries.length || !entries.every((e) => DONE_TO.some((r) => e.cameo.startsWith(r)))) return false;
  // (also right after the noun where the parser hung the phrase on the verb: "condemned the Ukraine
  // incursion into Kursk")
  // (not a time: "lifted the Cuba embargo on Monday")
  const next =
    tree.upos(n + 1) === "ADP" && PATIENT_CASES.has(tree.lemma(n + 1).toLowerCase()) && !tree.timed(tree.head(n + 1));
  return !next && !tree.kids(n, "nmod").some((k) => PATIENT_CASES.has(caseOf(tree, k) ?? "") && !tree.timed(k));
}

/** Prepositions that name an act's patient or place apart ("the Ukraine incursion into Kursk"). */
const PATIENT_CASES: ReadonlySet<string> = new Set(["of", "on", "against", "into", "in"]);

/** Sectors of a state's own officials and forces. */
const STATE_BODIES: ReadonlySet<string> = new Set(["GOV", "MIL"]);

/** The actors of the noun phrases headed at the given tokens, each once. */
export function actorsAt(actors: ActorIndex, toks: readonly number[]): Actor[] {
  const out: Actor[] = [];
  for (const t of toks) for (const a of actors.phrase(t)) if (!out.includes(a)) out.push(a);
  return out;
}

/** Nouns for another party one has ("its ally", "his counterpart"). */
const RELATIONAL = new Set(["ally", "partner", "counterpart", "neighbour", "neighbor", "friend", "host", "guest"]);

/** People who serve or belong to the one whose possessive names them ("his staff", "its troops"). */
const RETINUE = new Set([
  "staff",
  "aide",
  "adviser",
  "advisor",
  "official",
  "minister",
  "cabinet",
  "team",
  "troop",
  "troops",
  "force",
  "forces",
  "soldier",
  "army",
  "military",
  "police",
  "officer",
  "commander",
  "citizen",
  "national",
  "people",
  "supporter",
  "follower",
  "diplomat",
  "negotiator",
  "delegation",
]);

/** Possessive pronouns of a person, and of a body or of several. */
const PERSONAL_POSSESSIVE = new Set(["his", "her"]);
const COLLECTIVE_POSSESSIVE = new Set(["its", "their", "our"]);

/**
 * Whether verb i's object is its sources' own thing, named by a possessive pronoun that agrees with
 * them ("Trump defended his decision", "China praised its own record"), naming no actor ("endorsed
 * his former rival, Joe Biden", "defended its ally Syria") and no other party ("its allies"). With
 * `people`, the object is a group of the sources' own people instead ("ordered his troops"), not a
 * thing of theirs ("demanded its tanker back").
 */
export function ownObject(
  tree: Tree,
  actors: ActorIndex,
  i: number,
  sources: readonly Actor[],
  people = false,
): boolean {
  const person = sources.some((a) => a.kind === "person");
  const body = sources.some((a) => a.kind !== "person") || sources.length > 1;
  return tree.kids(i, "obj").some((o) => {
    if (RELATIONAL.has(tree.lemma(o).toLowerCase())) return false;
    if (people && !RETINUE.has(tree.lemma(o).toLowerCase())) return false;
    const phrase = subtree(tree, o, (k) => tree.rel(k) === "nmod:poss");
    if (phrase.some((t) => actors.byToken[t]?.some((a) => !(people && isDerived(a))))) return false;
    return tree.kids(o, "nmod:poss").some((p) => {
      const w = tree.lemma(p).toLowerCase();
      return (person && PERSONAL_POSSESSIVE.has(w)) || (body && COLLECTIVE_POSSESSIVE.has(w));
    });
  });
}

/**
 * The subject of the speech verb whose reported clause is verb i or holds token i as its subject or
 * object ("Iran said talks with the agency would resume" -> Iran), or [].
 */
export function reportingSubject(lex: Lexicon, tree: Tree, actors: ActorIndex, i: number): number[] {
  const rel = tree.rel(i);
  const argument = ["nsubj", "nsubj:pass", "obj"].includes(rel);
  if (!argument && tree.upos(i) !== "VERB") return [];
  let clause = argument ? tree.head(i) : i;
  while (clause >= 0 && tree.rel(clause) === "conj") clause = tree.head(clause);
  const speech = tree.head(clause);
  if (clause < 0 || speech < 0 || tree.rel(clause) !== "ccomp") return [];
  return reportsSpeech(lex, tree, speech) ? subjectOf(tree, actors, speech) : [];
}

/** Whether token k is a verb of saying, whose complement is what was reported ("said", "told", "added"). */
export function reportsSpeech(lex: Lexicon, tree: Tree, k: number): boolean {
  return (lex.triggers.get(tree.lemma(k)) ?? []).some((e) => e.inner === "reported");
}

const STATE = new Set(["GOV", ""]);
/** Sectors of private people and bodies. */
export const PRIVATE_SECTORS: ReadonlySet<string> = new Set(["CVL", "BUS", "EDU", "MED", "NGO"]);
const MODIFIERS = new Set(["amod", "compound", "flat", "nummod", "det"]);

/** The head of the noun phrase a modifier belongs to ("Japanese" in "a Japanese businessman"). */
function phraseHead(tree: Tree, t: number): number {
  let h = t;
  for (let hops = 0; MODIFIERS.has(tree.rel(h)) && tree.head(h) >= 0 && hops < 4; hops++) h = tree.head(h);
  return h;
}

/** Roles one acts in that are no office of a state ("joined the talks as an observer"). */
const ROLES = new Set(["observer", "member", "mediator", "guarantor", "chair", "host", "partner", "candidate"]);

function isPost(lemma: string): boolean {
  return ROLES.has(lemma) || actorLexicon().titles.has(lemma);
}

/** A party with neither a country nor a sector: a name the coder cannot place ("Arsenal", "Nakhichevan"). */
export function unplaced(p: { readonly country: string | null; readonly sector: string | null }): boolean {
  return p.country === null && p.sector === null;
}

/**
 * A state party of the same country as a state source ("China urged China's ...", "Russia recalled
 * its ambassador"): one side resolved twice, never the recipient. Different sectors of one country
 * (police and protesters, army and rebels) stay apart.
 */
export function sameState(a: Actor, sources: readonly Actor[]): boolean {
  // (an organization of states and its own officials are one side too: "Stoltenberg warned that NATO would")
  const side = (x: Actor) => STATE.has(x.sector ?? "") || x.sector === "IGO";
  if (a.country === null || !side(a)) return false;
  return sources.some((s) => s.country === a.country && side(s));
}

/** "each other" / "one another" as the object or an oblique of the clause. */
export function hasReciprocal(tree: Tree, v: number): boolean {
  const pair = (a: string, b: string) => (a === "each" && b === "other") || (a === "one" && b === "another");
  return (tree.children[v] ?? []).some((c) => {
    const w = tree.word(c).toLowerCase();
    // Parsed either way round: "each" with a fixed "other", or "other" with its determiner "each".
    return (tree.children[c] ?? []).some((d) => {
      const x = tree.word(d).toLowerCase();
      return pair(w, x) || pair(x, w);
    });
  });
}

const PLACE_CASES = new Set([
  "in",
  "at",
  "near",
  "inside",
  "within",
  "across",
  "throughout",
  "off",
  "outside",
  "along",
  "around",
]);
/** Prepositions of phrases that name no party: who reports the act, or the channel it goes through. */
const ATTRIBUTION = new Set(["accord to", "according to", "through", "via"]);
const OPEN = new Set(["xcomp", "obj", "iobj", "obl", "nmod", "appos", "compound", "flat", "conj", "amod"]);
/** Prepositions of where one goes. */
const DESTINATIONS: ReadonlySet<string> = new Set(["to", "into", "toward", "towards"]);

/** Participles that tie a thing or person to whom it belongs or serves ("a ship working for Guyana"). */
const AFFILIATION = new Set(["belong", "work", "own", "operate", "register", "charter", "serve", "fight", "spy"]);

/** Prepositions of what a mutual act is about. */
const TOPICS: ReadonlySet<string> = new Set(["on", "about"]);

/** How the search for a nearest target reads the act's phrases. */
export interface TargetSearch {
  /** Through purpose and participle clauses on its nouns too (for protests). */
  readonly purpose?: boolean;
  /** Not into against-phrases, which name a common adversary ("supported the government of Hadi against the Houthi rebellion"). */
  readonly cooperative?: boolean;
  /** Not to-phrases, which name where a withdrawal goes ("troops retreated to Belarus"). */
  readonly retreat?: boolean;
  /** Clauses not walked into: to-clauses that name no party of the act ("resigned to join the government of Chile"). */
  readonly idle?: readonly number[];
  /** Not into the act's own on- or about-phrases, which name what a mutual act is about ("a meeting on Myanmar"). */
  readonly mutual?: boolean;
  /** Not into the offence coercion is for ("charged two men with spying for China", "on suspicion of"). */
  readonly coercion?: boolean;
  /** A complaint: not at the source's own officials an act it names was done to ("protested the expulsion of its diplomats"). */
  readonly complaint?: boolean;
}

/** Nouns of what one is arrested or charged on ("on suspicion of spying for Chile"). */
const OFFENCE_NOUNS: ReadonlySet<string> = new Set(["suspicion", "charge", "allegation", "accusation"]);
const OFFENCE_CASES: ReadonlySet<string> = new Set(["with", "of", "on", "for"]);

/**
 * The first actor after the trigger inside its own phrase, through objects, obliques and open
 * complements ("promised to continue military aid to Mozambique"), when no slot named a target.
 */
export function nearestTarget(
  tree: Tree,
  actors: ActorIndex,
  f: Frame,
  taken: readonly Actor[],
  owned: (t: number) => boolean = () => false,
  search: TargetSearch = {},
): Actor[] {
  const {
    purpose = false,
    cooperative = false,
    retreat = false,
    idle = [],
    mutual = false,
    coercion = false,
    complaint = false,
  } = search;
  const root = f.light ?? f.trigger;
  // "recalled its ambassador, Anatoly Antonov": a name of the source's state on a noun the source owns.
  // Only the noun's own name (apposition, flat name), not a phrase on it ("its troops in Syria").
  const inOwned = (t: number) => {
    for (let n = t, hops = 0; n >= 0 && n !== root && hops < 4; n = tree.head(n), hops++) {
      if (owned(n)) return true;
      if (!["appos", "flat"].includes(tree.rel(n))) return false;
    }
    return false;
  };
  const walkable = (c: number) => {
    const r = tree.rel(c);
    const base = baseRel(r);
    if (idle.includes(c)) return false;
    if (r === "advcl" && caseOf(tree, c) === "to") return true;
    // A protest's purpose names whom it is against, wherever the parser hung it: "blocked a road to show
    // their anger at the US", "rioted after a march calling for the president's removal".
    if (purpose && r === "acl" && (caseOf(tree, c) === "to" || tree.xpos(c) === "VBG")) return true;
    // "..., according to the US government": who reports the act is no party to it, nor is the channel
    // it goes through ("offered funding through the United Nations").
    if (ATTRIBUTION.has(caseOf(tree, c) ?? "") || excluded(tree, c)) return false;
    if (cooperative && caseOf(tree, c) === "against") return false;
    const offence = tree.xpos(c) === "VBG" || OFFENCE_NOUNS.has(tree.lemma(c).toLowerCase());
    if (coercion && offence && OFFENCE_CASES.has(caseOf(tree, c) ?? "")) return false;
    const own = tree.head(c) === root || tree.head(c) === f.trigger;
    if (mutual && own && TOPICS.has(caseOf(tree, c) ?? "") && !tree.timed(c)) return false;
    // "resigned as the governor of Puerto Rico", "joined as an observer": an as-phrase naming a post is a
    // role, no party
    if (caseOf(tree, c) === "as" && c > f.trigger && isPost(tree.lemma(c).toLowerCase())) return false;
    // "criticised the trip as a show of support for the Kremlin": what an object is labelled names no party,
    // but its author ("described the tariffs as an aggression by Mexico")
    const label = caseOf(tree, c) === "as" && tree.head(c) === f.trigger && tree.kids(f.trigger, "obj").length > 0;
    if (label && !tree.kids(c, "nmod").some((k) => caseOf(tree, k) === "by")) return false;
    // "lifted the blockade, officials told AFP": a conjoined clause with a subject of its own is another act.
    if (base === "conj" && tree.kids(c, "nsubj", "nsubj:pass").length > 0) return false;
    // "rejected the findings and was considering an appeal to the WTO": an act with an object of its
    // own does not take the parties of the next verb's act ("attacked and occupied Crimea" does).
    if (base === "conj" && tree.upos(c) === "VERB" && tree.kids(root, "obj").some((o) => o !== f.trigger)) return false;
    // ("called the order illegal" read as a small clause: the subject of an open complement is walked)
    if (base === "nsubj") return tree.rel(tree.head(c)) === "xcomp";
    // "detained a survey ship working for Guyana", "seized a boat belonging to Vietnam": a participle
    // of affiliation on the object names whose it is.
    if (r === "acl" && tree.rel(tree.head(c)) === "obj" && AFFILIATION.has(tree.lemma(c)))
      return !tree.kids(c, "nsubj", "nsubj:pass").length;
    return OPEN.has(base) && !r.startsWith("acl");
  };
  // "a camp for Congolese refugees was attacked by militiamen": a passive's subject phrase is its patient
  // (also one it shares with the passive it is conjoined to: "a Palestinian man was shot and killed")
  const shared = ["conj", "xcomp"].includes(tree.rel(f.trigger)) ? sharedPassiveSubject(tree, f.trigger) : [];
  const patients = f.noun ? [] : [...tree.kids(f.trigger, "nsubj:pass"), ...shared];
  const patient = patients.flatMap((p) => subtree(tree, p, () => false));
  // ("retreated to Turkey from Syria": where a withdrawal goes is no party, what hangs on it may be)
  const destination = (t: number) => retreat && DESTINATIONS.has(caseOf(tree, phraseHead(tree, t)) ?? "");
  const toks = [
    ...patient,
    ...subtree(tree, root, (c) => !walkable(c)).filter((t) => t > f.trigger && !destination(t)),
  ];
  const ownCountries = new Set(taken.map((a) => a.country));
  // "cancelled a meeting between its minister and his Japanese counterpart": another state's party
  // first; one of the source's own state only when the phrase names no other.
  // (a state's own officials and forces, to the state's complaint: "protested the expulsion of two Chilean diplomats")
  const officials = (a: Actor) =>
    complaint &&
    STATE_BODIES.has(a.sector ?? "") &&
    taken.some((s) => s.country === a.country && (s.sector === null || s.sector === "GOV"));
  const firstActor = (foreign: boolean): Actor[] => {
    for (const t of toks) {
      // ("blamed the opposition for unrest in various Bolivia cities": a name on a place noun is no party)
      if (/^(compound|amod)$/.test(tree.rel(t)) && PLACE_CASES.has(caseOf(tree, tree.head(t)) ?? "")) continue;
      // "her Brazilian counterpart" is another state's official; "its ambassador, Anatoly Antonov" is its own.
      // ("protested the detention of a Japanese businessman": a private national of the source's own state
      // in an of-phrase is whom the act it names was done to, not whom the source acts against; so are its
      // officials in the of-phrase of an act done to someone, to a complaint)
      const patient = (a: Actor) => {
        const p = phraseHead(tree, t);
        if (caseOf(tree, p) !== "of") return false;
        return PRIVATE_SECTORS.has(a.sector ?? "") || (officials(a) && UNDERGONE.has(tree.lemma(tree.head(p))));
      };
      // ("carried out airstrikes with the Royal Saudi Air Force": one's own forces one acts with are one's means)
      // (not a with-phrase of another noun: "called off the strike after deliberations with the government")
      const companion = () => {
        const p = phraseHead(tree, t);
        return caseOf(tree, p) === "with" && (tree.head(p) === f.trigger || tree.head(p) === root);
      };
      const home = (a: Actor) => ownCountries.has(a.country) && (foreign || inOwned(t) || patient(a) || companion());
      const usable = (a: Actor) => !taken.includes(a) && a.country !== null && !home(a);
      if ((actors.byToken[t] ?? []).some(usable)) return actorsAt(actors, [t]).filter(usable);
    }
    return [];
  };
  const other = firstActor(true);
  if (other.length) return other;
  // "imposed tariffs on Australian barley", "seized two Vietnamese boats": goods and property of a country.
  for (const t of toks) {
    if (t === f.trigger || tree.head(t) === f.trigger) continue;
    // "talks in the Angolan capital", "near Venezuelan waters": a place is not a party.
    if (PLACE_CASES.has(caseOf(tree, tree.head(t)) ?? "")) continue;
    // ("members of the European Union": a word of a name is no nationality)
    if ((actors.byToken[t] ?? []).length) continue;
    const a = nationalityActor(tree, t);
    // ("on the Indian-Chinese border": a thing of two states is neither's)
    if (a && !ownCountries.has(a.country) && premodifierStates(tree, t).size < 2) return [a];
  }
  return firstActor(false);
}
