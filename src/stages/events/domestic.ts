import type { Doc } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { EventParty } from "../../doc/layers/events.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { GroupNoun, Lexicon } from "./lexicon/schema.js";

const withCountry = (p: EventParty, country: string): EventParty => ({
  ...p,
  country,
  code: `${country}${p.sector ?? ""}`,
});

/** What `domesticParty` reads besides the two sides and the place (see there); `actHere` defaults to `here`. */
export interface DomesticOptions {
  readonly common?: ReadonlySet<string>;
  readonly actHere?: string | null;
  readonly warfare?: boolean;
  /** Whether the act is a use of force (18x-20x). */
  readonly force?: boolean;
  /** The country of the venue of a meeting, deal or joint work (the other side's, when that one is abroad there). */
  readonly venue?: string | null;
  readonly abroad?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The country of a party named with no country, for domestic events (domestic.tsv). A group of people
 * ("protesters", "militants") or a state body ("the military government") is of the place where the
 * act happens (`here`); an army only of a place the act itself names (`actHere`: "soldiers seized the
 * broadcaster in Freetown"), not of where the text says it is ("soldiers in Mali": troops are often
 * abroad). Failing a place, when either side is a state body, the countryless side is of the other
 * side's country: "Kenyan police arrested protesters" KENCOP -> KENCVL, "soldiers detained the Malian
 * president" MLIMIL -> MLIGOV.
 * A named actor keeps what the actors stage found ("Islamic State" has no one country); only groups
 * named by a common noun (`common`) take one. A bare country (no sector) is its state, except over rebels
 * or in a use of force (`force`). At a meeting held in a third country (`venue`) the side of no country is
 * of that country ("US officials met the opposition in Caracas"). The victims
 * of an army's `warfare` (shelling, air strikes, killing) that the text names by a noun needing a country
 * to be a party (groups.tsv: "civilians", not "protesters" or "rebels") are not taken for its nationals:
 * "Russian forces shelled the city, killing 12 civilians" names no country of the civilians. People the
 * text names as abroad (`abroad`, actor ids: "migrants", "three Chinese nationals") take no country from
 * the place or the other side, nor give theirs to a state body ("police arrested three Chinese nationals"
 * names no Chinese police).
 */
export function domesticParty(
  lex: Lexicon,
  p: EventParty,
  other: EventParty | null,
  here: string | null,
  opts: DomesticOptions = {},
): EventParty {
  const { common = NONE, warfare = false, abroad = NONE } = opts;
  const actHere = opts.actHere === undefined ? here : opts.actHere;
  if (p.country !== null || (p.actor !== null && !common.has(p.actor)) || !p.sector) return p;
  if (abroad.has(p.actor ?? "")) return p;
  const role = lex.domestic.get(p.sector);
  if (!role) return p;
  const at = p.sector === "MIL" ? actHere : here;
  if (at) return withCountry(p, at);
  if (!other?.country) return p;
  // (a bare country acts as its state: "Zimbabwe agreed to share power with the opposition"; not over
  // rebels, whom states back or fight abroad, "the rebels are backed by Iran", nor in a use of force, whose
  // victims are often abroad: "Russian missile strikes killed 12 civilians")
  if (!other.sector && (p.sector === "REB" || opts.force)) return p;
  const otherRole = other.sector ? lex.domestic.get(other.sector) : "state";
  // ("the Peruvian candidate asked voters to support her": an opposition's public is of its country)
  const electorate = p.sector === "CVL" && other.sector === "OPP";
  if (
    !otherRole ||
    (role !== "state" && otherRole !== "state" && !electorate) ||
    (warfare && other.sector === "MIL" && p.sector === "CVL") ||
    (abroad.has(other.actor ?? "") && role === "state")
  )
    return p;
  // ("US officials met the opposition in Caracas": met abroad, the side of no country is of where they met)
  if (opts.venue && opts.venue !== other.country) return withCountry(p, opts.venue);
  return withCountry(p, other.country);
}

/** Nouns of people who are abroad where they are: "Chinese nationals", "British tourists". */
const ABROAD = new Set([
  "national",
  "foreigner",
  "tourist",
  "migrant",
  "immigrant",
  "expatriate",
  "expat",
  "refugee",
  "visitor",
  "traveller",
  "traveler",
  "pilgrim",
  "diplomat",
]);

/** Whether the actor's name ends in a noun of people abroad ("three Chinese nationals", "a British tourist"). */
export function namedAbroad(a: Actor): boolean {
  const noun = a.name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return ABROAD.has(noun) || ABROAD.has(noun.replace(/s$/, ""));
}

/** PLOVER types of what a state's own people and groups ask of it or hold against it. */
const PETITIONS = new Set(["PROTEST", "REQUEST"]);

/**
 * "The rebel Kurdistan Workers' Party demanded that the Turkish government ...", "ethnic Turks began a
 * hunger strike to protest against Sweden's decision": a demand or protest by a party the text gives
 * no country, aimed at a state, is made by that state's own people or groups.
 */
export function petitioner(lex: Lexicon, p: EventParty, target: EventParty | null, plover: string): EventParty {
  if (p.country !== null || !target?.country || !PETITIONS.has(plover)) return p;
  if (p.sector !== null && lex.domestic.get(p.sector) !== "people") return p;
  if (target.sector !== null && lex.domestic.get(target.sector) !== "state") return p;
  return actorLexicon().countryNames.has(target.country) ? withCountry(p, target.country) : p;
}

/**
 * "Hundreds of people rallied in Freetown", "Iraqi Kurds demonstrated in Kirkuk": a protest by a
 * country's own people (a `people` sector, or `population`: a people named with no sector, `peoples`)
 * naming no target, held at home or nowhere named, is aimed at their own state (domestic events are
 * X -> X). Null when anything else holds.
 */
export function homeTarget(
  lex: Lexicon,
  source: EventParty,
  plover: string,
  here: string | null,
  population: boolean,
): EventParty | null {
  if (plover !== "PROTEST" || source.country === null) return null;
  const people = source.sector ? lex.domestic.get(source.sector) === "people" : population;
  if (!people || (here !== null && here !== source.country)) return null;
  return { actor: null, code: source.country, country: source.country, sector: null };
}

/** Groups named by their people ("Nigerians", "Iraqi Kurds"): a country and no sector. */
export function peoples(doc: Doc): Set<string> {
  return new Set((doc.actors ?? []).filter((a) => a.kind === "group" && a.country && !a.sector).map((a) => a.id));
}

/** The groups.tsv entry of a (lower-case) group noun, singular or plural ("militants", "civilian"). */
export function groupNounOf(lex: Lexicon, w: string): GroupNoun | undefined {
  return lex.groups.get(w) ?? lex.groups.get(w.replace(/s$/, ""));
}

/**
 * Actors named by a common noun ("students", "opposition groups"): some mention is written with no
 * capital, or opens its sentence and has no other capital and either more than one word or a last
 * word that is a group noun (groups.tsv: "Militants attacked"); and communities named "ethnic X".
 * Proper names ("Islamic State", "al-Qaeda", a sentence-opening "Hamas") are not.
 */
export function commonNounActors(lex: Lexicon, doc: Doc): Set<string> {
  const starts = new Set((doc.sentences ?? []).map((s) => s.start));
  const groupNoun = (w: string) => groupNounOf(lex, w) !== undefined;
  const out = new Set<string>();
  for (const a of doc.actors ?? []) {
    // "ethnic Albanians": a community named by its people, not an organization with a name
    if (a.kind === "group" && a.name.startsWith("ethnic ")) {
      out.add(a.id);
      continue;
    }
    const common = a.mentions.some((m) => {
      const t = doc.text.slice(m.start, m.end);
      if (!/[a-z]/.test(t)) return false;
      if (!starts.has(m.start)) return !/[A-Z]/.test(t);
      const words = t.toLowerCase().split(/\s+/);
      return !/[A-Z]/.test(t.slice(1)) && (words.length > 1 || groupNoun(words[0] ?? ""));
    });
    if (common) out.add(a.id);
  }
  return out;
}

/**
 * Two named groups of the people of one country ("Hamas clashed with Islamic Jihad", both PSEREB) are
 * two sides, not one side resolved twice: both are proper names (not in `common`) of a `people` sector.
 */
export function namedGroups(lex: Lexicon, s: EventParty, t: EventParty, common: ReadonlySet<string>): boolean {
  const named = (p: EventParty) =>
    p.actor !== null && !common.has(p.actor) && lex.domestic.get(p.sector ?? "") === "people";
  return s.actor !== t.actor && named(s) && named(t);
}

/** A state or its bodies: a country, its government, forces, legislature or courts, or an IGO. */
export function stateActor(lex: Lexicon, a: Actor): boolean {
  return a.country !== null && (a.sector === null || a.sector === "IGO" || lex.domestic.get(a.sector) === "state");
}
