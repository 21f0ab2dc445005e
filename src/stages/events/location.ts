import type { EventLocation } from "../../doc/layers/events.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { premodifierStates } from "./groups.js";
import type { Lexicon, Place } from "./lexicon/schema.js";
import { baseRel, CLAUSAL, caseOf, subtree, type Tree } from "./tree.js";

/**
 * A proper noun, or a capitalised noun right after its preposition or with one of its own and no
 * determiner but before a description ("in Algiers" tagged a plural noun, "in central Tbilisi" a common
 * one, "in the Senegalese capital Dakar"; not "at the Temple").
 */
function nameLike(tree: Tree, i: number): boolean {
  if (tree.upos(i) === "PROPN") return true;
  // (a determiner only before a description: "in the Senegalese capital Dakar")
  const described = tree.kids(i, "compound").some((k) => /^\p{Ll}/u.test(tree.word(k)));
  const prep =
    tree.upos(i - 1) === "ADP" || (tree.kids(i, "case").length > 0 && (described || !tree.kids(i, "det").length));
  return tree.upos(i) === "NOUN" && /^\p{Lu}/u.test(tree.word(i)) && prep;
}

/** The gazetteer place named by the noun phrase headed at token i ("New Delhi", "Tokyo"), or null. */
export function placeAt(lex: Lexicon, tree: Tree, i: number): Place | null {
  if (!nameLike(tree, i)) return null;
  // (with the capitalised adjectives of the name: "New York", "West Virginia")
  const named = tree.kids(i, "amod").filter((k) => k < i && /^\p{Lu}[^-]*$/u.test(tree.word(k)));
  const parts = [...named, i, ...tree.kids(i, "compound", "flat", "nmod:desc")].sort((a, b) => a - b);
  for (let from = 0; from < parts.length; from++) {
    const name = parts
      .slice(from)
      .map((p) => tree.word(p))
      .join(" ");
    const hit = lex.places.get(name.toLowerCase());
    // ("West Virginia" and "Florida" are states, not the towns of Virginia in South Africa or Florida in
    // Cuba; "New York" is both, in one country)
    const region = from === 0 ? regionOf(name) : null;
    if (region && region !== hit?.country) return null;
    if (hit) return hit.others ? ofPhrase(lex, tree, i, hit, hit.others) : hit;
  }
  return null;
}

/**
 * The countries a place's own phrase names, by name, region or nationality: an apposition ("Birmingham,
 * Alabama", "Valencia, Spain"), a possessor or premodifier ("Spain's Valencia"), or those of the place
 * noun it names ("the Spanish city of Valencia"). Not the rest of the story: who acts or suffers there,
 * or whose outlet reports it, says nothing of where the town is.
 */
function countriesNamed(lex: Lexicon, tree: Tree, i: number): Set<string> {
  const { names, adjectives } = actorLexicon();
  const cues = tree.kids(i, "appos", "nmod:poss", "amod", "compound");
  const h = tree.head(i);
  if (h >= 0 && caseOf(tree, i) === "of" && lex.placeNouns.has(tree.lemma(h).toLowerCase()))
    cues.push(...tree.kids(h, "amod", "compound", "nmod:poss"));
  const out = new Set<string>();
  for (const k of cues) {
    const name = [k, ...tree.kids(k, "compound", "flat")]
      .sort((a, b) => a - b)
      .map((t) => tree.word(t))
      .join(" ");
    const code = adjectives.get(name) ?? (names.get(name) ?? []).find((e) => COUNTRY_KINDS.has(e.kind))?.code;
    if (code && COUNTRY_CODE.test(code)) out.add(code);
  }
  return out;
}

/**
 * Of places that share a name, the most populous unless the place's own phrase names another one's
 * country and not its own ("Birmingham, Alabama", "the Spanish city of Valencia").
 */
function ofPhrase(lex: Lexicon, tree: Tree, i: number, first: Place, others: readonly Place[]): Place {
  const named = countriesNamed(lex, tree, i);
  if (!named.size || named.has(first.country)) return first;
  return others.find((p) => named.has(p.country)) ?? first;
}

export const AT = new Set(["in", "at", "across", "throughout", "through"]);
/** Verbs of shooting or throwing, whose at-phrase is where the shot goes. */
const AIMING = new Set(["fire", "launch", "lob", "shoot", "hurl", "throw", "aim"]);
const SCENE = new Set(["during", "on"]);
/** Nouns of a trip, and the edges of a gathering: "on a visit to Tokyo", "on the sidelines of a summit in Bali". */
const OUTINGS = new Set(["visit", "trip", "tour", "journey", "sideline", "sidelines", "margin", "margins"]);
export function asLocation(p: Place | PlaceCountry): EventLocation {
  return "lat" in p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon } : { ...p, lat: null, lon: null };
}

/** The state a sub-national region of that name lies in ("Texas", "New Mexico", "Darfur"), or null. */
export function regionOf(name: string): string | null {
  const { names, countryNames } = actorLexicon();
  return (names.get(name) ?? []).find((e) => e.kind === "region" && countryNames.has(e.code ?? ""))?.code ?? null;
}

/**
 * Where the text places the event: "in Tokyo" / "at Geneva" on the trigger or its light verb, or the
 * place of a scene noun it happens during ("during his Tokyo visit").
 */
export function locationOf(lex: Lexicon, tree: Tree, hosts: readonly number[]): EventLocation | null {
  for (const h of hosts) {
    for (const c of tree.children[h] ?? []) {
      const r = tree.rel(c);
      if (!(r.startsWith("obl") || r.startsWith("nmod"))) continue;
      const prep = caseOf(tree, c);
      if (prep && AT.has(prep)) {
        const p = placeAt(lex, tree, c);
        if (p) return asLocation(p);
      }
      // (not "talks on the Gaza ceasefire", "called on the authorities in Kabul")
      if (prep && SCENE.has(prep) && (prep === "during" || OUTINGS.has(tree.lemma(c).toLowerCase()))) {
        // ("on the sidelines of a summit in Phnom Penh": the place of the scene's of-phrase)
        // ("during his visit to Tokyo": where the scene goes)
        const scenes = [c, ...tree.kids(c, "nmod").filter((n) => caseOf(tree, n) === "of")];
        for (const k of [
          ...tree.kids(c, "compound"),
          ...scenes.flatMap((n) => tree.kids(n, "nmod").filter((x) => AT.has(caseOf(tree, x) ?? ""))),
          ...(OUTINGS.has(tree.lemma(c).toLowerCase())
            ? tree.kids(c, "nmod").filter((x) => caseOf(tree, x) === "to")
            : []),
        ]) {
          const p = placeAt(lex, tree, k);
          if (p) return asLocation(p);
        }
      }
    }
  }
  return null;
}

const COUNTRY_KINDS = new Set(["country", "region"]);
const COUNTRY_CODE = /^[A-Z]{3}$/;

/**
 * The country a place phrase headed at token i lies in: a country or region name from the actor
 * lexicon (the longest known run of its words: "Montenegro province"), else a gazetteer city.
 */
export function countryPlaceAt(
  lex: Lexicon,
  tree: Tree,
  i: number,
  names: ReadonlyMap<string, readonly NamedPlace[]>,
): PlaceCountry | null {
  // "in Montenegro province", "in West Darfur State": a place noun whose name words are its compounds.
  const placeNoun = tree.upos(i) === "NOUN" && lex.placeNouns.has(tree.lemma(i).toLowerCase());
  if (!nameLike(tree, i) && !placeNoun) return null;
  // "on the Greek-Turkish border", "the India-China border": a place named by two states lies in neither
  if (premodifierStates(tree, i).size > 1) return null;
  // ("Northern Ireland": a capitalised adjective is part of the name)
  const capitalised = tree.kids(i, "amod").filter((k) => /^\p{Lu}/u.test(tree.word(k)));
  const parts = [i, ...tree.kids(i, "compound", "flat", "nmod:desc"), ...capitalised].sort((a, b) => a - b);
  for (let len = parts.length; len >= 1; len--) {
    for (let from = 0; from + len <= parts.length; from++) {
      const name = parts
        .slice(from, from + len)
        .map((p) => tree.word(p))
        .join(" ");
      const hit = (names.get(name) ?? []).find((e) => COUNTRY_KINDS.has(e.kind) && COUNTRY_CODE.test(e.code ?? ""));
      if (hit?.code) return { name, country: hit.code };
    }
  }
  // A country name outranks a homonymous town abroad ("Montenegro" is also a Brazilian town).
  const place = placeAt(lex, tree, i);
  if (place || !placeNoun) return place;
  // "Kerman province": a town's name before a place noun names the area around it
  for (const k of tree.kids(i, "compound")) {
    const named = placeAt(lex, tree, k);
    if (named) return named;
  }
  // "the Iranian capital", "a Syrian town": a place noun with a nationality lies in that country
  for (const k of tree.kids(i, "amod")) {
    const country = actorLexicon().adjectives.get(tree.word(k));
    if (country && COUNTRY_CODE.test(country)) return { name: tree.word(k), country };
  }
  return null;
}

/** A named place reduced to the country it lies in. */
export interface PlaceCountry {
  readonly name: string;
  readonly country: string;
}

/** The part of an actor-lexicon entry a place lookup reads. */
export interface NamedPlace {
  readonly kind: string;
  readonly code: string | null;
}

/** The place (a gazetteer place, else a country or region of the actor lexicon) a token names. */
export function placeOf(lex: Lexicon, tree: Tree, t: number): PlaceCountry | null {
  return placeAt(lex, tree, t) ?? countryPlaceAt(lex, tree, t, actorLexicon().names);
}

const LOCATIVE_CASES = new Set(["in", "to", "into", "across", "throughout", "inside", "within", "near", "around"]);

/**
 * Objects and what the objects that are "control" or a common noun of a place are of ("took control of
 * Goma", "seized the town of Goma"); no other of-phrase ("captured the mayor of Melitopol", "seized the
 * assets of Russia").
 */
export function withControlled(lex: Lexicon, tree: Tree, objs: readonly number[]): number[] {
  const control = objs.filter((o) => tree.lemma(o) === "control" || lex.placeNouns.has(tree.lemma(o).toLowerCase()));
  return [...objs, ...control.flatMap((o) => tree.kids(o, "nmod").filter((n) => caseOf(tree, n) === "of"))];
}

/** The named place verb i takes, or takes control of ("captured Bakhmut", "seized the town of Goma"). */
export function takenPlace(lex: Lexicon, tree: Tree, i: number): PlaceCountry | null {
  const names = actorLexicon().names;
  for (const o of withControlled(lex, tree, tree.kids(i, "obj", "nsubj:pass"))) {
    const place = countryPlaceAt(lex, tree, o, names);
    if (place) return place;
  }
  return null;
}

/**
 * The country of the place a material action happens at or is sent to, for codes listed in
 * locative.tsv: a place that is the verb's object ("shelled Odesa"), or "in/to/into X" on the trigger,
 * its light verb or (for verbs) its object ("lifted a curfew in Montenegro", "sent personnel to Bosnia",
 * "troops arrived in Bosnia"). `hosts` are the trigger and its light verb, the trigger first.
 */
export function locativePlace(
  lex: Lexicon,
  tree: Tree,
  hosts: readonly number[],
  noun: boolean,
  attack = false,
): PlaceCountry | null {
  const names = actorLexicon().names;
  const direct = hosts.flatMap((h, k) => (noun && k === 0 ? [] : tree.kids(h, "obj", "nsubj:pass")));
  // "lifted a state of emergency in Darfur": the object's of-phrase too.
  const objs = [...direct, ...direct.flatMap((o) => tree.kids(o, "nmod").filter((n) => caseOf(tree, n) === "of"))];
  // "Russian drones hit Odesa", "took control of Bakhmut": the place acted on itself
  for (const o of withControlled(lex, tree, direct)) {
    const p = countryPlaceAt(lex, tree, o, names);
    if (p) return p;
  }
  for (const h of [...hosts, ...objs]) {
    for (const c of tree.children[h] ?? []) {
      const r = tree.rel(c);
      if (!(r.startsWith("obl") || r.startsWith("nmod"))) continue;
      // ("fired missiles at Kyiv": an attack falls on the place it is aimed at, not on the host of a
      // summit or a base "at" which anything happens)
      const at = attack && caseOf(tree, c) === "at";
      if (!LOCATIVE_CASES.has(caseOf(tree, c) ?? "") && !at) continue;
      // "to the Esfahan plant in central Iran": the named place, else the place it lies in.
      const within = at ? [] : tree.kids(c, "nmod").filter((k) => ["in", "near"].includes(caseOf(tree, k) ?? ""));
      for (const k of [c, ...within]) {
        const p = countryPlaceAt(lex, tree, k, names);
        if (p) return p;
      }
    }
  }
  return null;
}

/**
 * The country of the first "in/at <city or country>" inside the clause of token v (or "on" it in the
 * clause's subject; without `withSubject`, not in the subject at all), not entering clauses of its own
 * ("protesters rallied outside the embassy in Dhaka" -> BGD), or null.
 */
export function clauseCountry(lex: Lexicon, tree: Tree, v: number, withSubject = true): string | null {
  // "Israeli strikes on Rafah killed 20 people": where the subject act fell is where the clause happens
  const subjects = new Set(tree.kids(v, "nsubj"));
  const skip = (c: number) => CLAUSAL.has(baseRel(tree.rel(c))) || (!withSubject && subjects.has(c));
  for (const t of subtree(tree, v, skip)) {
    const r = tree.rel(t);
    const onSubject = caseOf(tree, t) === "on" && subjects.has(tree.head(t));
    if (!(r.startsWith("obl") || r.startsWith("nmod")) || !(AT.has(caseOf(tree, t) ?? "") || onSubject)) continue;
    // ("fired rockets at southern Israel": where a shot is aimed, on the verb or on what it shoots, is no
    // place the shooter is)
    const h = tree.head(t);
    const shooter = tree.rel(h) === "obj" ? tree.head(h) : h;
    if (caseOf(tree, t) === "at" && AIMING.has(tree.lemma(shooter))) continue;
    const place = countryPlaceAt(lex, tree, t, actorLexicon().names);
    if (place) return place.country;
  }
  return null;
}
