import { join } from "node:path";
import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";
import { defaultActorDataDir, readJson, readTextFile } from "../actors/lexicon/load.js";

/** Word lists that type and delimit names (data/lexicons/names). */
export interface NameLists {
  /** Given names that open a person's name ("Maria", "Jean-Pierre"). */
  readonly givenNames: ReadonlySet<string>;
  /** Family names written first ("Wang", "Kim", "Nguyen"). */
  readonly surnamesFirst: ReadonlySet<string>;
  /** Lower-cased last words of place names ("airport", "river"). */
  readonly locationHeads: ReadonlySet<string>;
  /** Lower-cased nouns a place's name modifies ("its Cupertino headquarters", "the Detroit plant"). */
  readonly placeFollowers: ReadonlySet<string>;
  /** Lower-cased first words of place names ("lake", "mount"). */
  readonly locationPrefixes: ReadonlySet<string>;
  /** Lower-cased words that open place names ("New York", "North Carolina") and are function words elsewhere. */
  readonly directionWords: ReadonlySet<string>;
  /** Market index names and the nouns that head them: not actors. */
  readonly financialNames: ReadonlySet<string>;
  readonly financialHeads: ReadonlySet<string>;
  /** Lower-case nouns and modifiers of a description before a name ("aircraft manufacturer Boeing"). */
  readonly descriptorNouns: ReadonlySet<string>;
  readonly descriptorModifiers: ReadonlySet<string>;
  /** Nouns after a name that make the name a product or brand ("A320 jets"). */
  readonly productFollowers: ReadonlySet<string>;
  /** Nouns set before a product's name ("the operating system Tiger", "the sedan Falcon"). */
  readonly productHeads: ReadonlySet<string>;
  /** Lemmas of verbs whose object name is a product ("Apple unveiled Lion"). */
  readonly productVerbs: ReadonlySet<string>;
  /** Lower-cased last words of names of events, plans and documents ("summit", "treaty"). */
  readonly eventHeads: ReadonlySet<string>;
  /** Words after which an unknown name is a place: "near X", and nouns of "the outskirts of X", "the liberation of X". */
  readonly spatialWords: ReadonlySet<string>;
  readonly placeOfNouns: ReadonlySet<string>;
  /** Lower-cased first words of names of events ("Operation Desert Storm"). */
  readonly eventOpeners: ReadonlySet<string>;
  /** Lower-cased first words of a legislative chamber's bodies ("House Oversight Committee" is LEG whatever its head). */
  readonly chamberWords: ReadonlySet<string>;
  /** Lemmas before "to", "at" or "from" that make the capital after them an addressee or a sender, not a place ("a signal to Beijing"). */
  readonly addressWords: ReadonlySet<string>;
  /** Party labels written before a politician's name ("Republican Kevin McCarthy"): not part of the name. */
  readonly partyLabels: ReadonlySet<string>;
  /** Lower-cased words of a state's formal name ("the Islamic Republic of Iran"): such a name goes on over "of". */
  readonly stateForms: ReadonlySet<string>;
  /** Lower-cased words that date a title and open no name ("Former", "Ex"). */
  readonly titleModifiers: ReadonlySet<string>;
  /** Names of God in the religions of the news ("God", "Allah"): no actors. */
  readonly deityNames: ReadonlySet<string>;
  /** Names of diseases and their variants ("COVID", "Ebola"): not actors. */
  readonly diseaseNames: ReadonlySet<string>;
  /** Lower-cased nouns numbered like items after their owner's name ("Adam Air Flight 574", "UN Security Council Resolution 2231"). */
  readonly itemNouns: ReadonlySet<string>;
  /** Currency codes ("USD"); a token ending in "$" is a currency too. */
  readonly currencyCodes: ReadonlySet<string>;
  /** ISO codes of the states whose currency is a dollar: "US $50 million" names a currency, "gave Israel $3 billion" a party. */
  readonly dollarStates: ReadonlySet<string>;
  /** States, provinces and regions below the country ("California", "Bavaria"). */
  readonly regions: ReadonlySet<string>;
}

const cuesSchema = z.object({
  locationHeads: z.array(z.string().min(1)),
  locationPrefixes: z.array(z.string().min(1)),
  placeFollowers: z.array(z.string().min(1)),
  directionWords: z.array(z.string().min(1)),
  financialNames: z.array(z.string().min(1)),
  financialHeads: z.array(z.string().min(1)),
  descriptorNouns: z.array(z.string().min(1)),
  descriptorModifiers: z.array(z.string().min(1)),
  productFollowers: z.array(z.string().min(1)),
  productHeads: z.array(z.string().min(1)),
  productVerbs: z.array(z.string().min(1)),
  eventHeads: z.array(z.string().min(1)),
  itemNouns: z.array(z.string().min(1)),
  diseaseNames: z.array(z.string().min(1)),
  deityNames: z.array(z.string().min(1)),
  titleModifiers: z.array(z.string().min(1)),
  stateForms: z.array(z.string().min(1)),
  partyLabels: z.array(z.string().min(1)),
  addressWords: z.array(z.string().min(1)),
  chamberWords: z.array(z.string().min(1)),
  spatialWords: z.array(z.string().min(1)),
  placeOfNouns: z.array(z.string().min(1)),
  eventOpeners: z.array(z.string().min(1)),
  currencyCodes: z.array(z.string().min(1)),
  dollarStates: z.array(z.string().length(3)),
  regions: z.array(z.string().min(1)),
});

/** "Sébastien" -> "Sebastien": news in English often drops the accents. */
export function stripAccents(w: string): string {
  return w.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** One capitalized word per line; `#` comments and blank lines skipped. */
export function parseNameList(path: string, text: string): Set<string> {
  const out = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(line)) {
      throw attacheError("E_LEXICON", { input: path, line: i + 1 }, `expected one capitalized name, found "${line}"`);
    }
    out.add(line.normalize("NFC"));
    out.add(stripAccents(line));
  }
  return out;
}

export function loadNameLists(dir = join(defaultActorDataDir(), "..", "names")): NameLists {
  const list = (f: string) => parseNameList(join(dir, f), readTextFile(join(dir, f)));
  const cues = readJson(join(dir, "cues.json"), cuesSchema);
  const lowered = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    givenNames: list("given-names.txt"),
    surnamesFirst: list("surnames-first.txt"),
    locationHeads: lowered(cues.locationHeads),
    locationPrefixes: lowered(cues.locationPrefixes),
    placeFollowers: lowered(cues.placeFollowers),
    directionWords: lowered(cues.directionWords),
    financialNames: new Set(cues.financialNames),
    financialHeads: lowered(cues.financialHeads),
    descriptorNouns: lowered(cues.descriptorNouns),
    descriptorModifiers: lowered(cues.descriptorModifiers),
    productFollowers: lowered(cues.productFollowers),
    productHeads: lowered(cues.productHeads),
    productVerbs: lowered(cues.productVerbs),
    eventHeads: lowered(cues.eventHeads),
    itemNouns: lowered(cues.itemNouns),
    diseaseNames: new Set(cues.diseaseNames),
    deityNames: new Set(cues.deityNames),
    titleModifiers: lowered(cues.titleModifiers),
    stateForms: lowered(cues.stateForms),
    partyLabels: new Set(cues.partyLabels),
    addressWords: lowered(cues.addressWords),
    chamberWords: lowered(cues.chamberWords),
    spatialWords: lowered(cues.spatialWords),
    placeOfNouns: lowered(cues.placeOfNouns),
    eventOpeners: lowered(cues.eventOpeners),
    currencyCodes: new Set(cues.currencyCodes),
    dollarStates: new Set(cues.dollarStates),
    regions: new Set(cues.regions),
  };
}

let cached: NameLists | null = null;

/** The bundled lists, loaded once. */
export function nameLists(): NameLists {
  cached ??= loadNameLists();
  return cached;
}
