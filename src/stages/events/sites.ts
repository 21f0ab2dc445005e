// Where an event happens, as the record gives it: the site the text places it at (a town, a region,
// a seat of government's capital), where a trip or goods go, or where what it is done to is.
import type { CodedEvent, EventLocation } from "../../doc/layers/events.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { Lexicon, Place } from "./lexicon/schema.js";
import { AT, asLocation, locationOf, type PlaceCountry, placeAt, regionOf } from "./location.js";
import { destinations, occasionVerb } from "./slots.js";
import { caseOf, subtree, type Tree } from "./tree.js";

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

/** Markers of a clause of what came before or after ("after meeting the Pope"). */
const TIME_MARKS = new Set(["after", "before", "since", "until", "following"]);
/** Verbs of going somewhere: what is done on arrival, or the trip is for, happens where they go. */
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
): EventLocation | null {
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
  // ("detained dozens of protesters in Minsk", "fired on protesters in Mandalay", "held talks with Scholz
  // at the Elysee Palace in Paris"; a noun's patient: "the attacks on the embassy in Baghdad")
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

/**
 * The site an event happens at, as the record gives it (countries are no sites): its own (`siteIn`;
 * `stops` where a visit, trip or aid goes (`destinationSites`), `atObject` for material acts and meetings; for an event noun of
 * those, a place in front of it: "the Alaska talks"), else the place a where-clause
 * it is in is on ("travelled to Kinshasa, where he met Tshisekedi"), else that of the verb it shares
 * a scene with: an event noun's occasion ("arrived in Astana for a two-day visit"), the verb a
 * subjectless conjunct shares its subject with ("arrived in Singapore and was received by Lee"), or a
 * trip a subjectless clause is the purpose of ("flew to Ankara to meet Erdogan").
 */
export function siteOf(
  lex: Lexicon,
  tree: Tree,
  f: Hosted,
  stops: readonly EventLocation[],
  atObject: ObjectSite,
): EventLocation | null {
  const hosts = f.light !== null ? [f.trigger, f.light] : [f.trigger];
  const own = siteIn(lex, tree, hosts, stops, atObject);
  if (own) return own;
  // "the Alaska talks", "the Kabul attack": a place named in front of an event noun
  if (f.noun && atObject !== "none") {
    // (in the noun's own phrase: not a dateline the parser hung on it, "WASHINGTON — Talks ... collapsed")
    const inPhrase = (k: number) => {
      for (let t = k + 1; t < f.trigger; t++) if (tree.upos(t) === "PUNCT" || tree.upos(t) === "ADP") return false;
      return k < f.trigger;
    };
    for (const k of tree.kids(f.trigger, "compound").filter(inPhrase)) {
      const site = siteAt(lex, tree, k);
      if (site) return site;
    }
  }
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
  const trip = going ? destinationSites(lex, tree, { trigger: outer, noun: false, light: null }) : [];
  return siteIn(lex, tree, [outer], trip, atObject);
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

/** Acts two sides do together in one place (meetings, talks, hosting, negotiation, signing; not calls or mediation). */
const GATHERINGS = /^(040|043|044|046|057)/;

/**
 * "Brazilian President X received his Argentine counterpart at the Planalto Palace on Tuesday. After a
 * closed-door meeting, the two presidents signed agreements": a gathering the text places nowhere takes the
 * place of an earlier one between the same two states on the same day, in its own sentence or in the one
 * before; across sentences, only on a day the text gives both ("have signed over the years" tells none).
 */
export function carriedSites<T extends { readonly event: CodedEvent; readonly token: number }>(
  drafts: readonly T[],
): T[] {
  const pair = (e: CodedEvent) => [e.source.country ?? "", e.target?.country ?? ""].sort().join("|");
  const dated = (e: CodedEvent) => e.date.basis === "text" && e.date.start !== null;
  const gathering = (e: CodedEvent) => e.status === "reported" && GATHERINGS.test(e.cameo ?? "");
  const placed: T[] = [];
  return drafts.map((d) => {
    const e = d.event;
    let out = d;
    if (!e.location && gathering(e) && e.target?.country) {
      const earlier = placed.findLast(
        (o) =>
          o.token < d.token &&
          pair(o.event) === pair(e) &&
          o.event.date.start === e.date.start &&
          (o.event.sentence === e.sentence || (o.event.sentence === e.sentence - 1 && dated(o.event) && dated(e))),
      );
      if (earlier?.event.location) out = { ...d, event: { ...e, location: earlier.event.location } };
    }
    if (out.event.location && gathering(out.event)) placed.push(out);
    return out;
  });
}
