import { join } from "node:path";
import {
  defaultActorDataDir,
  parseOrgTsv,
  parsePeopleGroupTsv,
  parsePeopleTsv,
  parseTerritoryTsv,
  readJson,
  readTextFile,
} from "./load.js";
import { bundledPeople } from "./merge.js";
import {
  countriesSchema,
  countryExtrasSchema,
  igosSchema,
  type PersonRow,
  type Sector,
  sectorsSchema,
  wordsSchema,
} from "./schema.js";

export type EntryKind = "country" | "capital" | "seat" | "igo" | "region" | "org" | "person";

/** What a name in the gazetteer stands for. */
export interface Entry {
  readonly kind: EntryKind;
  /** Actor code: ISO alpha-3, IGO acronym or region; null for organizations of no country. */
  readonly code: string | null;
  readonly sector: Sector | null;
  /** Canonical name of the actor. */
  readonly name: string;
}

export interface ActorLexicon {
  /** Exact surface form (tokens joined by single spaces) -> entries. */
  readonly names: ReadonlyMap<string, readonly Entry[]>;
  /** Nationality adjective -> actor code ("Russian" -> RUS, "EU" -> EU). */
  readonly adjectives: ReadonlyMap<string, string>;
  readonly countryNames: ReadonlyMap<string, string>;
  /** Country code -> its capitals' names ("IRN" -> ["Tehran"]), for "the Iranian capital". */
  readonly capitals: ReadonlyMap<string, readonly string[]>;
  /** Region code -> the organization its governments act in together ("SEA" -> ASEAN). */
  readonly regionBlocs: ReadonlyMap<string, string>;
  /** Actor code -> its first capitalized nationality adjective ("FRA" -> "French"), for naming descriptions. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Head noun that refers back to an international organization named before -> their codes ("bloc" -> EU, AU...). */
  readonly igoHeads: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased title (space-joined words) -> sector. */
  readonly titles: ReadonlyMap<string, Sector>;
  readonly maxTitleWords: number;
  /** Lower-cased organization head noun phrase -> sector. */
  readonly orgHeads: ReadonlyMap<string, Sector>;
  /** Lower-cased head of an actor description after a nationality or a country's possessive -> sector. */
  readonly groupHeads: ReadonlyMap<string, Sector>;
  readonly people: ReadonlyMap<string, readonly PersonRow[]>;
  /**
   * Ethnic and national groups (peoples.tsv): adjective and noun forms ("Igbo", "Tamils") -> their
   * country, or null when the group spans several states ("Kurdish").
   */
  readonly peoples: ReadonlyMap<string, string | null>;
  /** Noun forms of those groups ("Kurds", "Pashtuns"): they name a group, not an organization. */
  readonly peopleNouns: ReadonlySet<string>;
  readonly words: WordSets;
}

export type Gender = "female" | "male";

const PRONOUN_SEX = new Map<string, Gender>([
  ...["he", "him", "his", "himself"].map((w): [string, Gender] => [w, "male"]),
  ...["she", "her", "hers", "herself"].map((w): [string, Gender] => [w, "female"]),
]);

/** The sex a personal pronoun speaks of ("her" -> female), undefined for other words. */
export function pronounSex(word: string): Gender | undefined {
  return PRONOUN_SEX.get(word.toLowerCase());
}

/**
 * A person's sex as their role or name tells it: a word of the role ("spokeswoman", "wife of ..."),
 * else the given name of a name of two words or more ("Emily Spanton"); undefined when neither does.
 */
export function sexOfPerson(
  gender: ReadonlyMap<string, Gender>,
  role: string | null,
  nameWords: readonly string[],
): Gender | undefined {
  for (const w of (role ?? "").toLowerCase().split(/[^\p{L}]+/u)) {
    const g = gender.get(w);
    if (g) return g;
  }
  const given = nameWords[0]?.toLowerCase().split("-")[0];
  return nameWords.length > 1 && given ? gender.get(given) : undefined;
}

export interface WordSets {
  readonly functionWords: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly personPronouns: ReadonlySet<string>;
  /** Words that tell a person's sex (role nouns, honorifics, given names), lower case. */
  readonly gender: ReadonlyMap<string, Gender>;
  readonly thingPronouns: ReadonlySet<string>;
  readonly pluralPronouns: ReadonlySet<string>;
  /** First-person pronouns ("we", "I"): the speaker of the reported words they are in. */
  readonly speakerPronouns: ReadonlySet<string>;
  readonly groupNumbers: ReadonlyMap<string, number>;
  readonly countryGroupNouns: ReadonlySet<string>;
  readonly personGroupNouns: ReadonlySet<string>;
  /** Group nouns that name the two parties in context after "the" alone ("the sides", "the warring parties"). */
  readonly pairNouns: ReadonlySet<string>;
  /** Titles of people posted abroad ("ambassador", "envoy"): "in/to X" after them names the host. */
  readonly postedTitles: ReadonlySet<string>;
  /** Nouns of a field ("studies", "affairs"): "Korean studies" names a field, not a country. */
  readonly fieldNouns: ReadonlySet<string>;
  /** Titles only an international organization gives ("trade commissioner" -> EU), lower case. */
  readonly organizationTitles: ReadonlyMap<string, string>;
  readonly governmentNouns: ReadonlySet<string>;
  /** Lemmas of verbs whose subject an "it"/"he" right after them speaks of ("Iraq said it would"). */
  readonly reportingVerbs: ReadonlySet<string>;
  /** Forms of verbs of go-betweens ("hosted", "brokered"), lower case. */
  readonly mediationVerbs: ReadonlySet<string>;
  /** Nouns naming go-betweens ("mediators", "guarantors"), lower case. */
  readonly mediationNouns: ReadonlySet<string>;
  /** Verbs and nouns of hosts ("hosted", "chaired", "hosts"): go-betweens only of talks "between" others. */
  readonly hostWords: ReadonlySet<string>;
  /** Compass words naming half of a divided country ("North", "South"). */
  readonly halfWords: ReadonlySet<string>;
  /** Lower-case first words of storms' names ("Hurricane Ida"): no actor, nor is the storm's name alone. */
  readonly weatherSystems: ReadonlySet<string>;
}

export interface LexiconOptions {
  /** Directory with the bundled files (default: the package's data/lexicons/actors). */
  readonly dir?: string;
  /** Extra people files (TSV, same columns as people.tsv). */
  readonly peopleFiles?: readonly string[];
  /** Extra organization files (TSV, same columns as organizations.tsv). */
  readonly orgFiles?: readonly string[];
}

/**
 * The keys a name is found under: as written, and as the tokenizer splits it ("al-Qaeda" is the
 * three tokens "al - Qaeda", "People's Liberation Army" the four "People 's Liberation Army",
 * looked up as their space-joined words).
 */
export function nameKeys(name: string): string[] {
  const k = name.normalize("NFC").replace(/[’‘]/g, "'");
  const split = k
    .replace(/(?<=\S)-(?=\S)/gu, " - ")
    .replace(/(?<=\p{L})'s\b/gu, " 's")
    .replace(/(?<=\S),(?=\s)/gu, " ,");
  return split === k ? [k] : [k, split];
}

/** Add an entry under a name; `first` puts it before the entries already there (user files win). */
function add(map: Map<string, Entry[]>, key: string, entry: Entry, first = false): void {
  for (const k of nameKeys(key)) {
    const list = map.get(k) ?? [];
    const same = (e: Entry) => e.kind === entry.kind && e.code === entry.code && e.name === entry.name;
    if (!list.some((e) => same(e) && e.sector === entry.sector)) {
      if (first) list.unshift(entry);
      else list.push(entry);
    }
    map.set(k, list);
  }
}

export function loadActorLexicon(opts: LexiconOptions = {}): ActorLexicon {
  const dir = opts.dir ?? defaultActorDataDir();
  const countries = readJson(join(dir, "countries.json"), countriesSchema);
  const extras = readJson(join(dir, "country-extras.json"), countryExtrasSchema);
  const igos = readJson(join(dir, "igos.json"), igosSchema);
  const sectors = readJson(join(dir, "sectors.json"), sectorsSchema);
  const words = readJson(join(dir, "words.json"), wordsSchema);

  const names = new Map<string, Entry[]>();
  const adjectives = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const capitals = new Map<string, string[]>();
  const dropNames = new Set(extras.dropNames);
  const dropCapitals = new Set(extras.dropCapitals);

  for (const c of countries) {
    const code = extras.recode[c.code] ?? c.code;
    const ex = extras.countries[code] ?? {};
    countryNames.set(code, c.name);
    const country: Entry = { kind: "country", code, sector: null, name: c.name };
    for (const n of [...c.names, ...(ex.names ?? []), ...(ex.former ?? [])]) {
      if (!dropNames.has(n)) add(names, n, country);
    }
    for (const a of c.adjectives) if (!adjectives.has(a)) adjectives.set(a, code);
    for (const cap of [...c.capitals, ...(ex.capitals ?? [])]) {
      capitals.set(code, [...(capitals.get(code) ?? []), cap]);
      if (!dropCapitals.has(cap)) add(names, cap, { kind: "capital", code, sector: "GOV", name: c.name });
    }
    for (const s of ex.seats ?? []) add(names, s, { kind: "seat", code, sector: "GOV", name: c.name });
  }
  for (const [code, ex] of Object.entries(extras.countries))
    for (const a of ex.adjectives ?? []) adjectives.set(a, code);
  for (const m of extras.metonyms) {
    for (const list of names.values()) {
      const i = list.findIndex((e) => e.kind === "capital" && m.text === e.name);
      if (i >= 0) list.splice(i, 1);
    }
    names.set(m.text, [
      { kind: "seat", code: m.country, sector: m.sector ?? (m.country.length === 3 ? "GOV" : "IGO"), name: m.text },
    ]);
  }
  const regionBlocs = new Map<string, string>();
  for (const r of extras.regions) {
    if (r.bloc !== undefined) {
      if (!igos.some((g) => g.code === r.bloc))
        throw new Error(`${join(dir, "country-extras.json")}: region ${r.code}: bloc ${r.bloc} is not in igos.json`);
      regionBlocs.set(r.code, r.bloc);
    }
    for (const n of r.names)
      add(names, n.replace(/^the /, ""), { kind: "region", code: r.code, sector: null, name: n });
    for (const a of r.adjectives) adjectives.set(a, r.code);
  }
  const igoHeads = new Map<string, string[]>();
  for (const g of igos) {
    const entry: Entry = { kind: "igo", code: g.code, sector: g.sector ?? "IGO", name: g.names[0] ?? g.code };
    for (const n of g.names) add(names, n, entry);
    for (const a of g.adjectives) if (!adjectives.has(a)) adjectives.set(a, g.code);
    for (const h of g.heads ?? []) igoHeads.set(h, [...(igoHeads.get(h) ?? []), g.code]);
  }
  const demonyms = new Map<string, string>();
  for (const [a, code] of adjectives) if (/^\p{Lu}\p{Ll}/u.test(a) && !demonyms.has(code)) demonyms.set(code, a);
  // sub-national regions and territories: places of their country ("Gaza" -> PSE, "Crimea" -> UKR)
  const territoryFile = join(dir, "territories.tsv");
  for (const t of parseTerritoryTsv(territoryFile, readTextFile(territoryFile))) {
    const entry: Entry = { kind: "region", code: t.country, sector: null, name: t.name };
    for (const n of [t.name, ...t.aliases]) add(names, n, entry);
    if (t.country !== null) for (const a of t.adjectives) if (!adjectives.has(a)) adjectives.set(a, t.country);
  }
  const peoples = new Map<string, string | null>();
  const peopleNouns = new Set<string>();
  const peoplesFile = join(dir, "peoples.tsv");
  for (const g of parsePeopleGroupTsv(peoplesFile, readTextFile(peoplesFile))) {
    for (const a of g.adjectives) {
      peoples.set(a, g.country);
      if (g.country !== null && !adjectives.has(a)) adjectives.set(a, g.country);
    }
    for (const n of g.nouns) {
      peoples.set(n, g.country);
      peopleNouns.add(n);
    }
  }
  const orgFiles = [join(dir, "organizations.tsv"), ...(opts.orgFiles ?? [])];
  for (const [i, f] of orgFiles.entries()) {
    for (const o of parseOrgTsv(f, readTextFile(f))) {
      const entry: Entry = { kind: "org", code: o.country, sector: o.sector, name: o.name };
      for (const n of [o.name, ...o.aliases]) add(names, n, entry, i > 0);
    }
  }
  const people = new Map<string, PersonRow[]>();
  const userPeople = (opts.peopleFiles ?? []).flatMap((f) => parsePeopleTsv(f, readTextFile(f)));
  for (const p of [...bundledPeople(dir), ...userPeople]) {
    for (const n of [p.name, ...p.aliases].flatMap(nameKeys)) {
      const list = people.get(n) ?? [];
      list.push(p);
      people.set(n, list);
    }
  }
  const titles = new Map<string, Sector>();
  for (const [sector, list] of Object.entries(sectors.titles)) {
    for (const t of list ?? []) if (!titles.has(t)) titles.set(t, sector as Sector);
  }
  const orgHeads = new Map<string, Sector>();
  for (const [sector, list] of Object.entries(sectors.orgHeads)) {
    for (const t of list ?? []) if (!orgHeads.has(t)) orgHeads.set(t, sector as Sector);
  }
  const groupHeads = new Map<string, Sector>();
  for (const [sector, list] of Object.entries(sectors.groupHeads)) {
    for (const t of list ?? []) if (!groupHeads.has(t)) groupHeads.set(t, sector as Sector);
  }
  const maxTitleWords = Math.max(...[...titles.keys()].map((t) => t.split(" ").length));
  return {
    names,
    adjectives,
    countryNames,
    capitals,
    regionBlocs,
    demonyms,
    igoHeads,
    titles,
    maxTitleWords,
    orgHeads,
    groupHeads,
    people,
    peoples,
    peopleNouns,
    words: {
      functionWords: new Set(words.functionWords),
      months: new Set(words.months),
      honorifics: new Set(words.honorifics),
      placePrepositions: new Set(words.placePrepositions),
      nameConnectors: new Set(words.nameConnectors),
      personPronouns: new Set(words.pronouns.person),
      thingPronouns: new Set(words.pronouns.thing),
      pluralPronouns: new Set(words.pronouns.plural),
      speakerPronouns: new Set(words.pronouns.speaker),
      groupNumbers: new Map(Object.entries(words.groupNumbers)),
      countryGroupNouns: new Set(words.groupNouns.country),
      personGroupNouns: new Set(words.groupNouns.person),
      pairNouns: new Set(words.pairNouns),
      postedTitles: new Set(words.postedTitles),
      fieldNouns: new Set(words.fieldNouns),
      organizationTitles: new Map(Object.entries(words.organizationTitles)),
      governmentNouns: new Set(words.governmentNouns),
      reportingVerbs: new Set(words.reportingVerbs),
      gender: new Map([
        ...words.gender.female.map((w): [string, Gender] => [w, "female"]),
        ...words.gender.male.map((w): [string, Gender] => [w, "male"]),
      ]),
      mediationVerbs: new Set(words.mediation.verbs),
      mediationNouns: new Set(words.mediation.nouns),
      hostWords: new Set([...words.mediation.hostVerbs, ...words.mediation.hostNouns]),
      halfWords: new Set(words.halfWords),
      weatherSystems: new Set(words.weatherSystems),
    },
  };
}

let cached: ActorLexicon | null = null;

/** The bundled lexicon plus user files named in ATTACHE_PEOPLE / ATTACHE_ORGS (path-separated). */
export function actorLexicon(): ActorLexicon {
  if (cached === null) {
    const split = (v: string | undefined) => (v ? v.split(/[:;]/).filter((s) => s.length > 0) : []);
    cached = loadActorLexicon({
      peopleFiles: split(process.env.ATTACHE_PEOPLE),
      orgFiles: split(process.env.ATTACHE_ORGS),
    });
  }
  return cached;
}

/** Replace the cached lexicon (tests, CLI options). */
export function setActorLexicon(lex: ActorLexicon | null): void {
  cached = lex;
}

/** Roles of a person valid on `date` (YYYY-MM-DD); all roles sorted by recency when date is null. */
export function rolesOn(lex: ActorLexicon, name: string, date: string | null): PersonRow[] {
  const rows = lex.people.get(name) ?? [];
  if (date === null) return [];
  return rows.filter((r) => r.start <= date && (r.end === null || date < padEnd(r.end)));
}

function padEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31~` : d.length === 7 ? `${d}-31~` : d;
}
