import type { EventLocation } from "../../doc/layers/events.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { premodifierStates } from "./groups.js";
import type { Lexicon, Place } from "./lexicon/schema.js";
import { destinations, occasionVerb } from "./slots.js";
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

const AT = new Set(["in", "at", "across", "throughout", "through"]);
const SCENE = new Set(["during", "on"]);
/** Nouns of a trip, and the edges of a gathering: "on a visit to Tokyo", "on the sidelines of a summit in Bali". */
const OUTINGS = new Set(["visit", "trip", "tour", "journey", "sideline", "sidelines", "margin", "margins"]);
/** Prepositions of a spot next to a building, whose own in-phrase places it ("outside the embassy in Dhaka"). */
const BESIDE = new Set(["at", "outside", "near", "inside", "in", "before"]);
/** Nouns of a sub-national area its name words come before ("the Karaganda region", "Cagayan province"). */
const AREA_NOUNS = new Set([
  "region",
  "province",
  "state",
  "district",
  "county",
  "governorate",
  "oblast",
  "prefecture",
]);

export function asLocation(p: Place | PlaceCountry): EventLocation {
  return "lat" in p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon } : { ...p, lat: null, lon: null };
}

/** "the Iranian capital", "Kenya's capital": the gazetteer town that is the named country's capital. */
function capitalOf(lex: Lexicon, tree: Tree, i: number): Place | null {
  const { adjectives, names } = actorLexicon();
  // (not "the commercial capital", "the regional capital")
  if (tree.kids(i, "amod").some((k) => /^\p{Ll}/u.test(tree.word(k)))) return null;
  for (const k of tree.kids(i, "amod", "nmod:poss", "compound")) {
    const name = phraseName(tree, k);
    const code = adjectives.get(name) ?? (names.get(name) ?? []).find((e) => e.kind === "country")?.code;
    const town = code ? capitalTown(lex, code) : null;
    if (town) return town;
  }
  return null;
}

/** The gazetteer town that is a country's capital. */
function capitalTown(lex: Lexicon, code: string): Place | null {
  for (const name of actorLexicon().capitals.get(code) ?? []) {
    const hit = lex.places.get(name.toLowerCase());
    const town = hit && [hit, ...(hit.others ?? [])].find((p) => p.country === code);
    if (town) return town;
  }
  return null;
}

/** The capital a seat of government stands in ("at the White House": Washington, "the Kremlin": Moscow). */
function seatTown(lex: Lexicon, tree: Tree, i: number): Place | null {
  const seat = (actorLexicon().names.get(phraseName(tree, i, true)) ?? []).find((e) => e.kind === "seat");
  return seat?.code ? capitalTown(lex, seat.code) : null;
}

/** The phrase headed at token i (or with `phrase` false, its word) is a country's name ("Montenegro", "South Korea"). */
function isCountry(tree: Tree, i: number, phrase = true): boolean {
  const name = phrase ? phraseName(tree, i) : tree.word(i);
  return (actorLexicon().names.get(name) ?? []).some((e) => e.kind === "country");
}

/**
 * The words of the name headed at token i, its compounds and flat parts ("Sri Lankan", "Sharm
 * el-Sheikh"), with `adjectives` also the capitalised adjectives before it ("New Mexico").
 */
function phraseName(tree: Tree, i: number, adjectives = false): string {
  const parts = [i, ...tree.kids(i, "compound", "flat")];
  const before = adjectives ? tree.kids(i, "amod").filter((k) => k < i && /^\p{Lu}/u.test(tree.word(k))) : [];
  const words: string[] = [];
  for (let k = Math.min(...parts, ...before); k <= Math.max(...parts); k++) words.push(tree.word(k));
  return words.join(" ").replace(/ ?- ?/g, "-");
}

/** A sub-national region of one state in the actor lexicon ("Darfur", "Pennsylvania", "North Kivu"). */
function regionAt(tree: Tree, i: number): PlaceCountry | null {
  for (const name of [phraseName(tree, i, true), phraseName(tree, i)]) {
    const country = regionOf(name);
    if (country) return { name, country };
  }
  return null;
}

/** The state a sub-national region of that name lies in ("Texas", "New Mexico", "Darfur"), or null. */
function regionOf(name: string): string | null {
  const { names, countryNames } = actorLexicon();
  return (names.get(name) ?? []).find((e) => e.kind === "region" && countryNames.has(e.code ?? ""))?.code ?? null;
}

/** Nouns of a spot in or of a town, named in an of-phrase ("the outskirts of Kyiv", "the resort of Sochi"). */
const SPOT_NOUNS = new Set(["resort", "hub", "outskirts", "suburb", "suburbs", "centre", "center", "heart", "streets"]);

/**
 * The site a phrase headed at token i names: a gazetteer town ("Tokyo", "the city of Ashdod", "the
 * Angolan capital, Luanda", "Nairobi's business district"), a country's capital named by nationality
 * ("the Iranian capital"), a sub-national region ("Darfur", "the Karaganda region"), or a town the
 * gazetteer lacks in the country its phrase names ("Paris, Texas", "the Egyptian resort of Sharm
 * el-Sheikh"). A country is no site ("detained in Russia").
 */
export function siteAt(lex: Lexicon, tree: Tree, i: number): EventLocation | null {
  // ("Montenegro" is also a Brazilian town)
  if (isCountry(tree, i)) return null;
  const seat = seatTown(lex, tree, i);
  if (seat) return asLocation(seat);
  // ("British Columbia" is no Columbia, "Greater London" no London the gazetteer knows)
  const full = phraseName(tree, i, true);
  const known = lex.places.has(full.toLowerCase()) || regionOf(full) !== null;
  if (tree.upos(i) === "PROPN" && full !== phraseName(tree, i) && !known) return null;
  const town = placeAt(lex, tree, i);
  // ("Paris, Texas": a town the gazetteer lacks, in the state its apposition names; a country's name is
  // no such cue, "Georgia" being also a US state's)
  const appos = tree.upos(i) === "PROPN" ? tree.kids(i, "appos") : [];
  const state = appos.map((k) => regionOf(phraseName(tree, k, true))).find((c) => c !== null);
  if (state && state !== town?.country) return { name: phraseName(tree, i), country: state, lat: null, lon: null };
  if (town) return asLocation(town);
  const lemma = tree.lemma(i).toLowerCase();
  if (tree.upos(i) === "NOUN" && (lex.placeNouns.has(lemma) || SPOT_NOUNS.has(lemma)))
    return describedSite(lex, tree, i);
  const region = regionAt(tree, i);
  if (region) return asLocation(region);
  return null;
}

/** The phrase at token i names, with all its words, a gazetteer town or a sub-national region. */
function namedWhole(lex: Lexicon, tree: Tree, i: number): boolean {
  const name = phraseName(tree, i, true);
  return lex.places.has(name.toLowerCase()) || regionOf(name) !== null;
}

/** The site a place noun describes: by name, as a capital, or as an area its name words come before. */
function describedSite(lex: Lexicon, tree: Tree, i: number): EventLocation | null {
  const ofs = tree.kids(i, "nmod").filter((k) => caseOf(tree, k) === "of");
  // ("the Gulf state of Qatar" is a country)
  if (ofs.some((k) => isCountry(tree, k))) return null;
  // (by its whole name: "the town Maarat al-Numan" is no Numan)
  for (const k of [...tree.kids(i, "appos", "nmod:poss"), ...ofs].filter((k) => namedWhole(lex, tree, k))) {
    const named = siteAt(lex, tree, k);
    if (named) return named;
  }
  const lemma = tree.lemma(i).toLowerCase();
  const capital = lemma === "capital" ? capitalOf(lex, tree, i) : null;
  if (capital) return asLocation(capital);
  const { adjectives, countryNames } = actorLexicon();
  const nationality = tree
    .kids(i, "amod", "compound")
    .map((k) => adjectives.get(phraseName(tree, k)))
    .find((c) => c !== undefined && countryNames.has(c));
  const words = tree.kids(i, "compound").filter((k) => tree.upos(k) === "PROPN");
  const last = words[words.length - 1];
  // (not "the Afghanistan-Pakistan region" or "the Sahel region", which no one state holds)
  const spread = (t: number) =>
    isCountry(tree, t, false) || (actorLexicon().names.get(tree.word(t)) ?? []).some((e) => e.kind === "region");
  if (AREA_NOUNS.has(lemma) && last !== undefined && !words.flatMap((k) => subtree(tree, k)).some(spread)) {
    const within = placeAt(lex, tree, last) ?? regionAt(tree, last);
    const name = `${within?.name ?? phraseName(tree, last)} ${tree.word(i)}`;
    return { name, country: within?.country ?? nationality ?? null, lat: null, lon: null };
  }
  // "the western Iraqi province of Anbar": a name the gazetteer lacks, in the country of the nationality
  const unknown = ofs.find((k) => tree.upos(k) === "PROPN");
  return unknown !== undefined && nationality
    ? { name: phraseName(tree, unknown, true), country: nationality, lat: null, lon: null }
    : null;
}

/**
 * The site of a phrase, or of the town before or the in- or at-phrase after the building, spot or
 * occasion it names ("outside the embassy in Dhaka", "at a White House ceremony").
 */
function siteOrWithin(lex: Lexicon, tree: Tree, i: number): EventLocation | null {
  // (its own in-phrase first: "at the Chancellery in Vienna", "at a Helsinki Commission hearing in Washington")
  const within = tree.kids(i, "nmod").filter((k) => AT.has(caseOf(tree, k) ?? ""));
  // ("at a White House ceremony", "at a Tokyo hotel")
  for (const k of [...within, i, ...tree.kids(i, "compound")]) {
    const site = siteAt(lex, tree, k);
    if (site) return site;
  }
  return null;
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

/** Verbs of going somewhere: what is done on arrival, or the trip is for, happens where they go. */
/** Markers of a clause of what came before or after ("after meeting the Pope"). */
const TIME_MARKS = new Set(["after", "before", "since", "until", "following"]);
const MOTION = new Set(["travel", "fly", "go", "come", "arrive", "head", "return", "visit", "tour", "enter", "reach"]);

/** The trigger and the light verb of an event (roles.ts `Frame`). */
export interface Hosted {
  readonly trigger: number;
  readonly noun: boolean;
  readonly light: number | null;
}

/**
 * A site named in the clause of hosts: where the text places it (`locationOf`), else where a trip goes
 * ("travelled to Hanoi", "arrived in the Indonesian capital"), a site or region on a host ("rallied
 * outside the embassy in Dhaka", "fighting in Darfur"), or, with `atObject`, on what is done to
 * ("arrested two activists in Bangkok").
 */
function siteIn(
  lex: Lexicon,
  tree: Tree,
  hosts: readonly number[],
  dests: readonly EventLocation[],
  atObject: ObjectSite,
) {
  const placed = locationOf(lex, tree, hosts) ?? dests[0];
  if (placed) return placed;
  for (const h of hosts) {
    for (const c of tree.children[h] ?? []) {
      const r = tree.rel(c);
      if (!(r.startsWith("obl") || r.startsWith("nmod")) || !BESIDE.has(caseOf(tree, c) ?? "")) continue;
      const site = siteOrWithin(lex, tree, c);
      if (site) return site;
    }
  }
  // "In Tokyo, the defence ministry protested": a fronted place the parser hung on the subject
  for (const subj of hosts.flatMap((h) => tree.kids(h, "nsubj", "nsubj:pass"))) {
    for (const k of (tree.children[subj] ?? []).filter((k) => k < subj && AT.has(caseOf(tree, k) ?? ""))) {
      const site = tree.kids(k, "punct").some((p) => p > k && tree.word(p) === ",") ? siteAt(lex, tree, k) : null;
      if (site) return site;
    }
  }
  // "appealed for air defence at a NATO summit in Vilnius": a gathering the parser hung on an argument
  const gathering = (k: number) =>
    ["at", "during"].includes(caseOf(tree, k) ?? "") &&
    (lex.triggers.get(tree.lemma(k)) ?? []).some((e) => e.pos === "N" && e.symmetric);
  for (const c of hosts.flatMap((h) => tree.children[h] ?? [])) {
    if (!/^(obj|obl)/.test(tree.rel(c))) continue;
    for (const k of tree.kids(c, "nmod").filter(gathering)) {
      const site = siteOrWithin(lex, tree, k);
      if (site) return site;
    }
  }
  if (atObject === "none") return null;
  // ("detained dozens of protesters in Minsk", "seized the offices of a newspaper in Managua", "held talks
  // with Scholz at the Elysee Palace in Paris"; a noun's patient: "the attacks on the embassy in Baghdad")
  // ("fired on protesters in Mandalay", "cracked down on demonstrators in Tbilisi")
  const patient = (c: number, cases: readonly string[]) =>
    /^(obl|nmod)/.test(tree.rel(c)) && cases.includes(caseOf(tree, c) ?? "");
  const objects = hosts.flatMap((h) => [
    ...(tree.upos(h) === "VERB"
      ? [...tree.kids(h, "obj"), ...(tree.children[h] ?? []).filter((c) => patient(c, ["on", "against"]))]
      : (tree.children[h] ?? []).filter((c) => patient(c, ["on", "against", "of"]))),
    ...(tree.children[h] ?? []).filter((c) => /^(obl|nmod)/.test(tree.rel(c)) && caseOf(tree, c) === "with"),
  ]);
  // "shelled Kharkiv", "stormed the town of Jenin": an attack's target place is where it happens
  // (a place named whole, not a person whose surname is also a town's: "killed commander Burhan Wani")
  const whole = (o: number) =>
    (tree.upos(o) === "NOUN" && lex.placeNouns.has(tree.lemma(o).toLowerCase())) || namedWhole(lex, tree, o);
  if (atObject === "itself") {
    for (const o of objects.filter(whole)) {
      const site = siteAt(lex, tree, o);
      if (site) return site;
    }
  }
  for (const o of [
    ...objects,
    ...objects.flatMap((o) => tree.kids(o, "nmod").filter((n) => caseOf(tree, n) === "of")),
  ]) {
    for (const k of tree.kids(o, "nmod")) {
      const site = BESIDE.has(caseOf(tree, k) ?? "") ? siteOrWithin(lex, tree, k) : null;
      if (site) return site;
    }
  }
  return null;
}

/**
 * Whether an event happens where what it is done to is: "around" it (material acts, meetings, signings:
 * "arrested two activists in Bangkok"), also at a place it is done to ("itself": attacks, "shelled
 * Kharkiv"), or neither.
 */
export type ObjectSite = "none" | "around" | "itself";

/** What an event sends where it goes: a visitor (a visit or trip) or goods (aid), or nothing. */
export type Going = "visitor" | "goods" | null;

/**
 * The site an event happens at, as the record gives it (countries are no sites): its own (`siteIn`;
 * `goes` for a visit, trip or aid sent, `atObject` for material acts and meetings), else the place a where-clause
 * it is in is on ("travelled to Kinshasa, where he met Tshisekedi"), else that of the verb it shares
 * a scene with: an event noun's occasion ("arrived in Astana for a two-day visit"), the verb a
 * subjectless conjunct shares its subject with ("arrived in Singapore and was received by Lee"), or a
 * trip a subjectless clause is the purpose of ("flew to Ankara to meet Erdogan").
 */
export function siteOf(lex: Lexicon, tree: Tree, f: Hosted, goes: Going, atObject: ObjectSite): EventLocation | null {
  const hosts = f.light !== null ? [f.trigger, f.light] : [f.trigger];
  const own = siteIn(lex, tree, hosts, goes ? destinationSites(lex, tree, f, goes === "goods") : [], atObject);
  if (own) return own;
  const clause = f.light ?? f.trigger;
  const rel = tree.rel(clause);
  // "travelled to Kinshasa, where he met Tshisekedi": the place named right before "where"
  const where = tree.kids(clause, "advmod").find((k) => tree.lemma(k) === "where" && k < clause);
  if (where !== undefined) {
    let before = where - 1;
    while (before >= 0 && tree.upos(before) === "PUNCT") before--;
    return before >= 0 ? siteAt(lex, tree, before) : null;
  }
  // "at a White House ceremony hosted by Trump": a participle on the place or occasion it happens at
  // (a material act, meeting or signing: not "a journalist in Moscow accused by Washington of spying")
  if (rel === "acl" && f.light === null && !f.noun && atObject !== "none") {
    const at = siteOrWithin(lex, tree, tree.head(clause));
    if (at) return at;
  }
  let outer = f.noun && f.light === null ? occasionVerb(tree, f.trigger) : -1;
  // (a conjunct with its own coordinator: "raided the headquarters in Dhaka and arrested", not a
  // relative clause's verb the parser conjoined to the main one across a comma)
  const coordinated = rel === "conj" && tree.kids(clause, "cc").length > 0;
  // (not a clause of what came before or after: "flew to Madrid after meeting the Pope")
  const timed = tree.kids(clause, "mark", "case").some((k) => TIME_MARKS.has(tree.lemma(k).toLowerCase()));
  if (
    outer < 0 &&
    (coordinated || rel === "xcomp" || (rel === "advcl" && !timed)) &&
    !tree.kids(clause, "nsubj", "nsubj:pass").length
  ) {
    const h = tree.head(clause);
    if (coordinated || MOTION.has(tree.lemma(h))) outer = h;
  }
  if (outer < 0 || tree.upos(outer) !== "VERB") return null;
  const going = MOTION.has(tree.lemma(outer));
  const stops = going ? destinationSites(lex, tree, { trigger: outer, noun: false, light: null }) : [];
  return siteIn(lex, tree, [outer], stops, atObject);
}

/**
 * The sites a trip goes to, most likely first, with those conjoined ("travel to Belgrade and Pristina");
 * for goods sent (`goods`), not a capital that stands for its government ("supplied drones to Moscow").
 */
export function destinationSites(lex: Lexicon, tree: Tree, f: Hosted, goods = false): EventLocation[] {
  const seat = (d: number) =>
    (actorLexicon().names.get(phraseName(tree, d)) ?? []).some((e) => e.kind === "capital" || e.kind === "seat");
  return destinations(tree, f)
    .flatMap((d) => [d, ...tree.kids(d, "conj")])
    .filter((d) => !(goods && seat(d)))
    .map((d) => siteAt(lex, tree, d))
    .filter((site) => site !== null);
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
    const place = countryPlaceAt(lex, tree, t, actorLexicon().names);
    if (place) return place.country;
  }
  return null;
}
