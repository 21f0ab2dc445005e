import type { Actor } from "../../doc/layers/actors.js";
import { cameoCode } from "../actors/builder.js";
import { type ActorLexicon, actorLexicon } from "../actors/lexicon/index.js";
import type { Lexicon } from "./lexicon/schema.js";
import { placeAt } from "./location.js";
import { placeModifier } from "./parties.js";
import { caseOf, subtree, type Tree } from "./tree.js";

/** Actors the events stage derived from a group phrase ("Israeli soldiers"); their parties carry no actor id. */
const derived = new WeakSet<Actor>();

export function isDerived(a: Actor): boolean {
  return derived.has(a);
}

/** A group party the events stage names itself ("Israeli soldiers"; "a man" arrested by a state's police). */
export function derivedGroup(name: string, country: string | null, sector: string | null): Actor {
  const a: Actor = {
    id: "",
    name,
    kind: "group",
    country,
    sector,
    code: cameoCode(country, sector),
    role: null,
    mentions: [],
  };
  derived.add(a);
  return a;
}

const MODIFIER_RELS = new Set(["amod", "compound", "nmod:poss", "flat"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);
const PLACE_KINDS = new Set(["country", "igo", "region", "capital", "seat"]);

interface Origin {
  readonly country: string;
  readonly igo: boolean;
  /** The sector of a non-state organization the modifier names ("Hamas leaders" are REB, not GOV). */
  readonly body?: string;
}

/**
 * Group sectors that say only that people hold a post ("leaders", "officials", "representatives",
 * "commanders"), whoever they serve.
 */
const STATE_SECTORS_OF_PEOPLE: ReadonlySet<string> = new Set(["GOV", "LEG", "MIL"]);
/** Sectors of organizations whose people belong to them rather than to a state. */
const BODY_SECTORS = new Set(["REB", "OPP", "NGO"]);

/** The country (or IGO / region) a word or short phrase names: "Israeli", "Iraq", "Bosnian Serb", "EU". */
function originOfWords(alex: ActorLexicon, words: string): Origin | null {
  const adj = alex.adjectives.get(words);
  const entries = alex.names.get(words) ?? [];
  const named = entries.find((e) => PLACE_KINDS.has(e.kind) && e.code);
  if (named?.code) return { country: named.code, igo: named.kind === "igo" };
  if (adj) return { country: adj, igo: entries.some((e) => e.kind === "igo") };
  return null;
}

/** A capital or seat of government that names no country or organization ("Kabul", not "Kuwait"). */
function cityName(alex: ActorLexicon, word: string): boolean {
  const kinds = (alex.names.get(word) ?? []).map((e) => e.kind);
  return kinds.some((k) => k === "capital" || k === "seat") && !kinds.some((k) => k === "country" || k === "igo");
}

const OWNER_PRONOUNS = new Set(["their", "its"]);

function originsOfModifier(
  alex: ActorLexicon,
  tree: Tree,
  byToken: readonly (readonly Actor[])[],
  c: number,
  persons = false,
): Origin[] {
  const known = (byToken[c] ?? []).filter((a) => a.country !== null && (persons || a.kind !== "person"));
  if (known.length)
    return known.map((a) => ({
      country: a.country as string,
      igo: a.sector === "IGO",
      ...(a.kind === "organization" && BODY_SECTORS.has(a.sector ?? "") ? { body: a.sector as string } : {}),
    }));
  // "Chinese citizens criticized their government": a possessive pronoun stands for its clause's subject
  if (tree.rel(c) === "nmod:poss" && OWNER_PRONOUNS.has(tree.word(c).toLowerCase())) {
    let v = tree.head(c);
    for (let hops = 0; v >= 0 && tree.upos(v) !== "VERB" && hops < 4; hops++) v = tree.head(v);
    const subjects = v >= 0 ? tree.kids(v, "nsubj") : [];
    // (the subject's own name, else its nationality: "Chilean students")
    const owners = subjects.flatMap((k) => (byToken[k] ?? []).map((a) => a.country));
    const adjectives = subjects.flatMap((k) =>
      tree.kids(k, "amod").map((m) => originOfWords(alex, tree.word(m))?.country),
    );
    const countries = [...new Set([...owners, ...adjectives].filter((x): x is string => !!x))];
    if (countries.length === 1) return countries.map((country) => ({ country, igo: false }));
  }
  // Longest run of words ending at the modifier ("Bosnian Serb", "South Korean").
  for (let from = Math.max(0, c - 2); from <= c; from++) {
    const run = Array.from({ length: c - from + 1 }, (_, k) => tree.word(from + k)).join(" ");
    const o = originOfWords(alex, run);
    if (o) return [o];
  }
  return [];
}

/**
 * Sectors of people who are mostly of the country they are in ("students throughout Indonesia",
 * "police in Dhaka"); soldiers and fighters may be foreign, so they are not.
 */
export const RESIDENT_SECTORS: ReadonlySet<string> = new Set(["CVL", "EDU", "COP"]);
const IN_PLACE = new Set(["in", "throughout", "across"]);
/**
 * Sectors of state bodies that act where they sit: the police (not courts, which may sit abroad or for
 * another power: the ECHR in Strasbourg, a US court in Guantanamo).
 */
const LOCAL_BODIES: ReadonlySet<string> = new Set(["COP"]);

/** The countries named in front of or after a group noun: adjectives, country names, "of Iraq". */
function originsOf(
  alex: ActorLexicon,
  tree: Tree,
  byToken: readonly (readonly Actor[])[],
  head: number,
  resident = false,
  act = false,
  persons = false,
): Origin[] {
  const out: Origin[] = [];
  const push = (o: Origin) => {
    if (!out.some((x) => x.country === o.country)) out.push(o);
  };
  // "Israeli air strikes and rocket fire from Gaza": an act's from-phrase after a conjunct is the conjunct's.
  const conjunct = act ? (tree.kids(head, "conj")[0] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  // "the Israeli annexation of the Golan Heights", "the annexation of ... by Israel": an act whose author a
  // premodifier, possessive or by-phrase names is done to its of-phrase
  const byPhrase = (c: number) => act && tree.rel(c) === "nmod" && caseOf(tree, c) === "by";
  const authored =
    act &&
    (tree.children[head] ?? []).some(
      (c) =>
        (MODIFIER_RELS.has(tree.rel(c)) || byPhrase(c)) &&
        originsOfModifier(alex, tree, byToken, c, persons).length > 0,
    );
  // (where a resident group is only tells its country when nothing else does: "its citizen in China")
  const places: number[] = [];
  for (const c of tree.children[head] ?? []) {
    const rel = tree.rel(c);
    const prep = caseOf(tree, c) ?? "";
    const nominal = rel.startsWith("nmod") && rel !== "nmod:poss" && c < conjunct;
    if (nominal && resident && IN_PLACE.has(prep)) places.push(c);
    // ("an invasion of Peru": an act done to its of-phrase never comes from it)
    const patient = authored || UNDERGONE_OF.has(tree.lemma(head).toLowerCase());
    // ("its troops from Niger", "Russia's forces from Syria": what a possessive owns is moved from there)
    const owned = prep === "from" && tree.kids(head, "nmod:poss").length > 0;
    const ofPhrase =
      nominal && (["of", "from"].includes(prep) || byPhrase(c)) && !(act && patient && prep === "of") && !owned;
    if (!MODIFIER_RELS.has(rel) && !ofPhrase) continue;
    // "a Kabul car bombing", "the Paris attacks": a city before an act names where it happened
    if (act && rel === "compound" && cityName(alex, tree.word(c))) continue;
    for (const m of [c, ...tree.kids(c, "conj")]) {
      for (const o of originsOfModifier(alex, tree, byToken, m, persons)) push(o);
      // "European Community foreign ministers": the country sits one compound further out.
      if (rel === "compound" || rel === "amod") {
        for (const cc of tree.kids(m, "compound", "amod"))
          for (const o of originsOfModifier(alex, tree, byToken, cc)) push(o);
      }
    }
  }
  // "a newspaper based in Beirut": where a body is based tells its country, as for residents (not where
  // people are: "journalists based in Cairo" may be foreign correspondents)
  const body = alex.orgHeads.has(tree.lemma(head).toLowerCase()) || alex.orgHeads.has(tree.word(head).toLowerCase());
  for (const b of body ? tree.kids(head, "acl").filter((k) => tree.lemma(k) === "base") : [])
    places.push(...tree.kids(b, "obl").filter((k) => IN_PLACE.has(caseOf(tree, k) ?? "")));
  if (!out.length) for (const c of places) for (const o of originsOfModifier(alex, tree, byToken, c, persons)) push(o);
  return out;
}

/** Acts whose of-phrase is what they are done to ("the invasion of Kuwait", "the siege of Mariupol"). */
const UNDERGONE_OF: ReadonlySet<string> = new Set([
  "invasion",
  "annexation",
  "occupation",
  "bombing",
  "bombardment",
  "shelling",
  "blockade",
  "siege",
  "destruction",
  "seizure",
  "partition",
]);

interface GroupSector {
  readonly sector: string;
  readonly alone: boolean;
}

function sectorOf(lex: Lexicon, alex: ActorLexicon, tree: Tree, head: number): GroupSector | null {
  const lemma = tree.lemma(head);
  const word = tree.word(head).toLowerCase();
  const prev = tree.kids(head, "compound", "amod").filter((c) => c === head - 1)[0];
  // "Palestinian armed groups": a two-word group noun
  const pair = prev !== undefined ? lex.groups.get(`${tree.word(prev).toLowerCase()} ${lemma}`) : undefined;
  const own = pair ?? lex.groups.get(lemma) ?? lex.groups.get(word);
  if (own) return own;
  // "Representatives from the UAE, Bahrain and Israel held a signing": representatives from or of a party
  // are its delegates, not the legislators the title names ("Republican Representatives", "Representative X")
  const delegates = tree.kids(head, "nmod").some((c) => ["from", "of"].includes(caseOf(tree, c) ?? ""));
  if (lemma.toLowerCase() === "representative" && /^NNP?S$/.test(tree.xpos(head)) && delegates)
    return { sector: "GOV", alone: false };
  const keys = prev !== undefined ? [`${tree.word(prev).toLowerCase()} ${lemma}`, lemma, word] : [lemma, word];
  // ("a Pakistani news network", "a state TV channel", "a cable network": a title word after a word of
  // broadcasting is a broadcaster)
  const prevWord = prev !== undefined ? tree.word(prev).toLowerCase() : "";
  const broadcast = alex.orgHeads.get(prevWord) === "MED" || BROADCASTING.has(prevWord);
  for (const k of keys) {
    const s = alex.titles.get(k) ?? (TITLE_WORDS.has(k) && !broadcast ? undefined : alex.orgHeads.get(k));
    if (s && s !== "BUS") return { sector: s, alone: false };
  }
  return null;
}

/** Alliances that a state leading them makes military ones. */
const STATE_LED: ReadonlySet<string> = new Set(["coalition", "alliance"]);

/** Words of broadcasting the actor lexicon does not list as a media body's head ("a cable network"). */
const BROADCASTING: ReadonlySet<string> = new Set(["cable", "satellite", "broadcast", "broadcasting"]);

/**
 * Head words that name a body only in a proper name ("the Jakarta Post", "Human Rights Watch"): as common
 * nouns they are things of no sector ("a Peruvian border post").
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  "post",
  "times",
  "daily",
  "herald",
  "tribune",
  "journal",
  "gazette",
  "telegraph",
  "guardian",
  "review",
  "network",
  "channel",
  "watch",
]);

/**
 * State bodies named by where they sit, of that place's country ("officials in Kabul", "the authorities
 * in Xinjiang", "security forces in Myanmar"), unless a modifier makes them outsiders ("Western
 * officials in Kabul", "foreign diplomats"); envoys and diplomats are posted abroad, so they are not.
 */
const SEATED: ReadonlySet<string> = new Set(["official", "authority", "authorities", "government", "regime"]);
const OUTSIDERS: ReadonlySet<string> = new Set(["foreign", "western", "international", "visiting", "overseas"]);

function seated(tree: Tree, i: number): boolean {
  const lemma = tree.lemma(i);
  const security = (lemma === "force" || lemma === "forces") && tree.word(i - 1).toLowerCase() === "security";
  if (!SEATED.has(lemma) && !security) return false;
  return !tree.kids(i, "amod", "compound").some((m) => OUTSIDERS.has(tree.lemma(m)));
}

/** Nouns of a court, which sits in one country's town when named with "a" ("a court in Cairo"). */
const COURTS: ReadonlySet<string> = new Set(["court", "tribunal"]);

/** Nouns for the parties to a dispute, who are of the country they are in ("all parties in Myanmar"). */
const PARTY_NOUNS = new Set(["party", "side", "faction", "belligerent"]);
/** Verbs of leaving a place behind for good ("refugees fleeing the war in Liberia"). */
const FLEEING = new Set(["flee", "escape"]);
/** Nouns of a fight whose country is that of its parties ("the parties to the conflict in Iraq"). */
const CONFLICTS = new Set(["conflict", "war", "fighting", "dispute", "crisis", "violence"]);

/** Ships and forces, which stand for the body a compound before them names ("a coast guard ship"). */
const OPERATED = new Set([
  "ship",
  "vessel",
  "boat",
  "trawler",
  "tanker",
  "freighter",
  "warship",
  "frigate",
  "force",
  "forces",
]);

/**
 * Event parties for group phrases the actors layer left without a country: a group noun with a
 * nationality adjective, country name or of-phrase ("Israeli soldiers", "the Serbian government",
 * "officials of Iraq"; for people, also a person: "supporters of Imran Khan") becomes one actor per country; a few collective nouns ("rebels", "police")
 * stand alone with only a sector. Communication, proposal and policy nouns with a nationality
 * adjective ("an Indian proposal", owned.tsv) stand for their author country, with no sector.
 * Tokens of known names (`named`) are left alone. Returns the actors per head token (only heads that got some).
 */
export function groupActors(
  lex: Lexicon,
  tree: Tree,
  byToken: readonly (readonly Actor[])[],
  named: ReadonlySet<number> = new Set(),
  alex: ActorLexicon = actorLexicon(),
): Map<number, Actor[]> {
  const out = new Map<number, Actor[]>();
  for (let i = 0; i < tree.deps.length; i++) {
    // "near the European Commission's headquarters": a known name used as a place is no group either.
    if (!NOMINAL.has(tree.upos(i)) || named.has(i)) continue;
    if (["compound", "amod", "flat"].includes(tree.rel(i))) continue;
    if ((byToken[i] ?? []).some((a) => a.country !== null)) continue;
    const owned = lex.owned.has(tree.lemma(i)) || lex.owned.has(tree.word(i).toLowerCase());
    const party = PARTY_NOUNS.has(tree.lemma(i).toLowerCase());
    // (the parties to a dispute, plural, may be governments or their armed opponents: no sector; a
    // single party may be a political one: "the Thai party")
    const disputing = party && tree.xpos(i) === "NNS";
    // ("Karachi police" read as one name: a town the gazetteer knows, then a group noun in lower case)
    const tail = tree.upos(i) === "PROPN" ? tree.kids(i, "flat").at(-1) : undefined;
    const namedTown =
      tail !== undefined && /^\p{Ll}/u.test(tree.word(tail)) ? lex.places.get(tree.word(i).toLowerCase()) : undefined;
    const tailGroup = namedTown && tail !== undefined ? sectorOf(lex, alex, tree, tail) : null;
    const townGroup = tailGroup && LOCAL_BODIES.has(tailGroup.sector) ? tailGroup : null;
    const group =
      (disputing ? null : sectorOf(lex, alex, tree, i)) ??
      townGroup ??
      (owned || party ? { sector: "", alone: false } : null);
    if (!group) continue;
    // ("thousands of Malawians": a count with an of-phrase stands for that phrase, a count alone for people)
    const counted = tree.kids(i, "nmod").some((k) => caseOf(tree, k) === "of");
    if (counted && lex.measures.has(tree.word(i).toLowerCase())) continue;
    // ("a Chinese coast guard ship", "United States military forces": the body its compound names is the party)
    const operated = (a: Actor) => a.kind === "organization" && a.country !== null;
    const platform = OPERATED.has(tree.lemma(i).toLowerCase());
    if (platform && tree.kids(i, "compound").some((c) => (byToken[c] ?? []).some(operated))) continue;
    // ("supporters of Imran Khan", "Khan's supporters": people named by whom they follow are of that one's country)
    const civilians = group.sector === "CVL";
    // ("a court in Cairo", "a court in The Hague" sit in that country; "the court in The Hague" refers back
    // to one named, often an international court, and "prosecutors in The Hague" may be its own)
    const court =
      COURTS.has(tree.lemma(i).toLowerCase()) && tree.kids(i, "det").some((d) => ["a", "an"].includes(tree.lemma(d)));
    const resident = RESIDENT_SECTORS.has(group.sector) || court || party || seated(tree, i);
    // ("the Ukraine invasion": an act's place is not its author)
    const placed = new Set(
      tree
        .kids(i, "compound")
        .filter((c) => placeModifier(lex, tree, byToken, i, c))
        .flatMap((c) => (byToken[c] ?? []).map((a) => a.country)),
    );
    const origins = originsOf(alex, tree, byToken, i, resident, owned, civilians).filter((o) => !placed.has(o.country));
    // "Georgia's government and opposition": a bare conjunct shares the possessor of the noun it is joined to
    if (!origins.length && tree.rel(i) === "conj" && !tree.kids(i, "det", "nmod:poss").length) {
      for (const p of tree.kids(tree.head(i), "nmod:poss")) origins.push(...originsOfModifier(alex, tree, byToken, p));
    }
    // "the parties to the conflict in Iraq", "all sides in Syria's war": the country of the conflict
    if (party && !origins.length) {
      for (const c of tree.kids(i, "nmod").filter((k) => ["to", "in"].includes(caseOf(tree, k) ?? ""))) {
        if (CONFLICTS.has(tree.lemma(c).toLowerCase())) origins.push(...originsOf(alex, tree, byToken, c, true));
      }
    }
    // "a missionary from Calgary": a from-phrase naming a town gives a person's country (not a body's:
    // "moved its embassy from Tel Aviv")
    /** The country of the first town the gazetteer knows among `toks`, as an origin. */
    const fromTown = (toks: readonly number[]) => {
      const town = toks.map((k) => placeAt(lex, tree, k)).find((p) => p !== null);
      if (town) origins.push({ country: town.country, igo: false });
    };
    if (!origins.length && lex.domestic.get(group.sector) === "people")
      fromTown(tree.kids(i, "nmod").filter((k) => caseOf(tree, k) === "from"));
    // "Karachi police", "Karachi's police": a town that the gazetteer knows, before the police, who act where
    // they are, tells their country (after them, "police in Karachi", the place of the clause does: actors stage)
    if (townGroup && namedTown) origins.push({ country: namedTown.country, igo: false });
    if (!origins.length && LOCAL_BODIES.has(group.sector)) fromTown(tree.kids(i, "compound", "nmod:poss"));
    // "refugees fleeing the civil war in Liberia", "civilians escaping Syria": people who flee a country are of it
    if (civilians && !origins.length) {
      // (also the participle right after the noun that the parser hung elsewhere)
      const next = tree.xpos(i + 1) === "VBG" && !tree.kids(i + 1, "nsubj").length ? [i + 1] : [];
      const fled = [...tree.kids(i, "acl"), ...next].filter((k) => FLEEING.has(tree.lemma(k)));
      const place = fled.flatMap((k) => subtree(tree, k)).find((t) => tree.upos(t) === "PROPN");
      if (place !== undefined) origins.push(...originsOfModifier(alex, tree, byToken, place).slice(0, 1));
    }
    if (!origins.length && !group.alone) continue;
    // ("the opposition Unity Party": a group of no country gives way to the name in or after it)
    const apposed = [...tree.kids(i, "appos", "flat"), i].some((k) => (byToken[k] ?? []).length > 0);
    if (!origins.length && apposed) continue;
    const name = tree.word(i);
    // "the Saudi-led coalition", "a US-led alliance": an alliance a state leads is one of armed forces
    // (a state, not a party: "Germany's CDU-led coalition" governs)
    const leader = (k: number) =>
      tree.kids(k, "compound", "amod", "nmod").some((c) => (byToken[c] ?? []).some((a) => a.kind === "country"));
    const stateLed =
      STATE_LED.has(tree.lemma(i).toLowerCase()) &&
      tree.kids(i, "amod").some((k) => tree.lemma(k) === "lead" && leader(k));
    const make = (country: string | null, igo: boolean, body?: string): Actor => {
      // An owned noun ("the Indian proposal") stands for its author, whose sector it does not tell, unless
      // the author is a non-state body ("Hamas positions"). ("Hamas leaders", "Taliban officials": the
      // people of a non-state body are of its sector.)
      const ofBody = body !== undefined && (STATE_SECTORS_OF_PEOPLE.has(group.sector) || group.sector === "");
      const sector = igo ? "IGO" : ofBody ? body : stateLed && body === undefined ? "MIL" : group.sector || null;
      return derivedGroup(name, country, sector);
    };
    out.set(i, origins.length ? origins.map((o) => make(o.country, o.igo, o.body)) : [make(null, false)]);
  }
  return out;
}

/**
 * The states the premodifiers of the noun phrase token t belongs to name, through modifiers of
 * modifiers: two for "the Indian-Chinese border" ("Indian" may hang on "Chinese"), a thing of neither.
 */
export function premodifierStates(tree: Tree, t: number, alex: ActorLexicon = actorLexicon()): Set<string> {
  let n = t;
  for (let hops = 0; hops < 4 && ["amod", "compound"].includes(tree.rel(n)) && tree.head(n) >= 0; hops++)
    n = tree.head(n);
  const out = new Set<string>();
  const walk = (x: number, depth: number): void => {
    for (const k of tree.kids(x, "amod", "compound")) {
      const c = alex.adjectives.get(tree.word(k)) ?? alex.names.get(tree.word(k))?.[0]?.code;
      if (c && alex.countryNames.has(c)) out.add(c);
      if (depth < 2) walk(k, depth + 1);
    }
  };
  walk(n, 0);
  return out;
}

/** Nouns a nationality adjective names a language or script with ("the Russian language"). */
const LANGUAGE_NOUNS = new Set(["language", "dialect", "tongue", "script", "alphabet", "translation"]);

/**
 * The country a nationality adjective in front of a thing names ("Australian barley", "two Vietnamese
 * fishing boats", "European pork"), as an event party with no sector; null for other words.
 */
export function nationalityActor(tree: Tree, t: number, alex: ActorLexicon = actorLexicon()): Actor | null {
  // ("US and Chinese defense chiefs": a demonym coordinated with a modifier modifies too)
  const modifier = (k: number) => tree.rel(k) === "amod" || tree.rel(k) === "compound";
  if (!modifier(t) && !(tree.rel(t) === "conj" && modifier(tree.head(t)))) return null;
  // ("the Azerbaijani republic" with the demonym tagged a proper noun: the adjectives lexicon decides)
  if (tree.upos(t) !== "ADJ" && tree.xpos(t) !== "JJ" && tree.upos(t) !== "PROPN") return null;
  // "restrictions on the use of the Russian language": a language belongs to no state
  if (LANGUAGE_NOUNS.has(tree.lemma(tree.head(t)).toLowerCase())) return null;
  const two = t > 0 ? alex.adjectives.get(`${tree.word(t - 1)} ${tree.word(t)}`) : undefined;
  const country = two ?? alex.adjectives.get(tree.word(t));
  if (!country) return null;
  const igo = (alex.names.get(tree.word(t)) ?? []).some((e) => e.kind === "igo");
  const a: Actor = {
    id: "",
    name: tree.word(t),
    kind: "country",
    country,
    sector: igo ? "IGO" : null,
    code: country,
    role: null,
    mentions: [],
  };
  derived.add(a);
  return a;
}
