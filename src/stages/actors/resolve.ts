import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { firstTokenEndingAfter, possessorOf } from "../../doc/span.js";
import { isDateline } from "../mentions/dateline.js";
import { addMention, type Draft, Drafts, draftOfCountry, finish } from "./builder.js";
import { resolveAhead, resolveFirstPerson, resolvePronoun, resolveTitle } from "./coref.js";
import { description, igoDraft, isIgo, organNamedBefore, partyMembers } from "./described.js";
import { resolveGroup, resolveGroupAhead } from "./groups.js";
import type { ActorLexicon } from "./lexicon/index.js";
import { capitalActs, placedCountry } from "./located.js";
import { ofCountry, officialCountry, sectorsFromBodies } from "./officials.js";
import { findPerson, personFacts } from "./people.js";
import { halfOfCountry, resolveReferred } from "./referred.js";

export interface ResolveCtx {
  readonly doc: Doc;
  readonly lex: ActorLexicon;
  readonly date: string | null;
  readonly drafts: Drafts;
  /** Token text with curly apostrophes straightened (undefined past the ends), sliced on first use. */
  readonly word: (i: number) => string | undefined;
  /** `word` over the tokens [from, to). */
  readonly wordsIn: (from: number, to: number) => string[];
  /** Country whose capital the first dateline names ("HANOI — ..."), or null. */
  readonly datelineCountry: string | null;
  /** The one country the story's opening sentences name, if they name exactly one, else null. */
  readonly leadCountry: string | null;
  /** First token of each name -> the token after it ("Federal Security Service" in "Russia's Federal Security Service"). */
  readonly nameEnds: ReadonlyMap<number, number>;
  /** Token after each description (nominal mention) -> that mention ("the Philippine broadcaster" before "ABS-CBN"). */
  readonly descriptionsBefore: ReadonlyMap<number, Mention>;
}

/** Token texts with curly apostrophes straightened, each sliced from the text once and on demand. */
function tokenWords(doc: Doc): Pick<ResolveCtx, "word" | "wordsIn"> {
  const tokens = layer(doc, "tokens");
  const cache: (string | undefined)[] = new Array(tokens.length);
  const word = (i: number): string | undefined => {
    const t = tokens[i];
    if (t === undefined) return undefined;
    let w = cache[i];
    if (w === undefined) {
      w = doc.text.slice(t.start, t.end);
      if (w.includes("’") || w.includes("‘")) w = w.replace(/[’‘]/g, "'");
      cache[i] = w;
    }
    return w;
  };
  const wordsIn = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) out.push(word(i) ?? "");
    return out;
  };
  return { word, wordsIn };
}

/**
 * Whether the role read for person mention m is one held before: "former" opening it or among the
 * lower-case words and nationality right before it ("former president X", "Former Bolivian interim
 * president X", "X, a former intelligence officer"; not "China's special representative and a former
 * ambassador").
 */
function heldBefore(r: ResolveCtx, m: Mention): boolean {
  const role = m.role;
  if (role === null) return false;
  const first = firstTokenEndingAfter(layer(r.doc, "tokens"), role.start);
  // ("X, formerly the mayor of New York City")
  const former = (k: number) => ["former", "formerly"].includes(r.word(k)?.toLowerCase() ?? "");
  if (former(first) || former(first + 1)) return true;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (former(k)) return true;
    const w = r.word(k) ?? "";
    // (over lower-case words and a nationality: "Former Bolivian interim president X")
    const nationality = r.lex.adjectives.has(w);
    if ((!/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !nationality) || ["and", "or", "a", "an", "the"].includes(w)) break;
  }
  return false;
}

function countryDraft(r: ResolveCtx, code: string, kind: Draft["kind"], fallbackName: string): Draft {
  return draftOfCountry(r.drafts, r.lex.countryNames, code, kind, fallbackName);
}

const stormNames = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * Whether a name (`text`) names a storm: "Cyclone Eloise", "Tropical Storm Barry", or "Eloise" once the
 * text has named "Cyclone Eloise". A storm kills and destroys, but is no actor.
 */
function storm(r: ResolveCtx, text: string): boolean {
  const weather = (t: string) => r.lex.words.weatherSystems.has(t.split(/\s+/)[0]?.toLowerCase() ?? "");
  let names = stormNames.get(r.doc);
  if (!names) {
    const found = new Set<string>();
    for (const n of layer(r.doc, "mentions")) {
      const t = r.doc.text.slice(n.start, n.end);
      if (n.kind === "name" && weather(t)) found.add(t.split(/\s+/).at(-1) ?? "");
    }
    names = found;
    stormNames.set(r.doc, names);
  }
  return weather(text) || names.has(text);
}

function nameMention(r: ResolveCtx, m: Mention): void {
  const text = r.doc.text.slice(m.start, m.end);
  if (storm(r, text)) return;
  if (m.type === "PER") {
    const words = text.split(/\s+/);
    const existing = findPerson(r.drafts, words, m.firstToken, r.doc.text);
    const fullNew = m.role !== null && existing !== null && existing.name !== text && words.length > 1;
    if (existing !== null && !fullNew) {
      if (existing.role === null && m.role !== null)
        Object.assign(existing, personFacts(r.lex, existing.name, m, r.doc.text, r.date));
      addMention(existing, m);
      return;
    }
    const facts = personFacts(r.lex, text, m, r.doc.text, r.date);
    // a title naming no country: the country the name ends with ("King Abdullah of Jordan"), else the
    // mentions stage's nearest country, weighed against the sentence's subject
    const own = facts.roleSource === "text" && m.role?.country === null ? ofCountry(r, m) : null;
    if (own !== null) facts.country = own;
    else if (facts.roleSource === "text" && m.country !== null && !r.lex.people.has(text))
      facts.country = officialCountry(r, m, facts.country);
    // "HANOI — President X ...": a government title with no country is the dateline's country
    if (facts.country === null && facts.roleSource === "text" && facts.sector === "GOV" && m.role?.country === null)
      facts.country = r.datelineCountry;
    // "former president Carlos Menem", "a former intelligence officer": a post no longer held leaves a
    // private person of the country it was held in
    if (facts.roleSource === "text" && facts.sector !== null && heldBefore(r, m)) facts.sector = "CVL";
    const d = r.drafts.create({
      key: `person:${text}:${m.start}`,
      name: text,
      kind: "person",
      country: facts.country,
      sector: facts.sector,
      role: facts.role,
      roleSpan: facts.roleSpan,
      roleSource: facts.roleSource,
      nameWords: words,
    });
    addMention(d, m);
    // an earlier bare surname ("Lavrov" in a headline) belongs to the full name given later
    for (const other of r.drafts.list) {
      if (other === d || other.kind !== "person" || other.roleSource === "text" || other.nameWords.length !== 1)
        continue;
      if (!words.includes(other.nameWords[0] ?? "") || other.positions.some((p) => p > m.firstToken)) continue;
      for (const [i, s] of other.mentions.entries()) addMention(d, { ...s, firstToken: other.positions[i] ?? 0 });
      other.mentions = [];
      other.positions = [];
      other.top = -1;
    }
    return;
  }
  // "Michael Bloomberg entered the race ... Bloomberg endorsed Biden": a one-word name the lexicon knows as
  // an organization (an outlet, a company) that is the surname of a person the text named before is that person
  const person =
    m.ref?.source === "org" && !text.includes(" ")
      ? r.drafts.latest(
          m.firstToken,
          (d) => d.kind === "person" && d.nameWords.length > 1 && d.nameWords.at(-1) === text,
        )
      : null;
  if (person !== null) {
    addMention(person, m);
    return;
  }
  if (m.place && !capitalActs(r, m)) return;
  // "Russia's Federal Security Service", "Russia's envoy Vassily Nebenzia": a possessive country or
  // capital before a name only qualifies that name; otherwise it acts ("Jakarta's support")
  const owner = m.ref?.source === "country" || m.ref?.source === "capital";
  if (owner && r.word(m.endToken) === "'s" && ownsAName(r, m)) return;
  const ref = m.ref;
  // a territory claimed by several states ("Kashmir") is a place, never an actor by itself
  if (ref !== null && ref.source === "region" && ref.code === null) return;
  if (ref !== null && ref.code !== null && ["country", "capital", "region"].includes(ref.source)) {
    // a territory acts for its country ("Gaza" -> PSE); a world region is a group ("the West")
    const kind = ref.source === "region" && !r.lex.countryNames.has(ref.code) ? "group" : "country";
    addMention(countryDraft(r, ref.code, kind, ref.name), m);
    return;
  }
  if (ref !== null && ref.source === "seat" && ref.code !== null && (ref.sector === "GOV" || ref.sector === "IGO")) {
    // "Brussels" is the EU: the same actor as "the EU" named in the text
    addMention(isIgo(r, ref.code) ? igoDraft(r, ref.code) : countryDraft(r, ref.code, "country", ref.name), m);
    return;
  }
  const half = ref === null ? halfOfCountry(r, m, text) : null;
  if (half !== null) {
    addMention(half, m);
    return;
  }
  if (m.type === "LOC" && ref === null) return;
  if (partyMembers(r, m, text)) return;
  const organ = ref === null ? organNamedBefore(r, m, text) : null;
  if (organ !== null) {
    addMention(igoDraft(r, organ), m);
    return;
  }
  // "the Congress of the Philippines ... Congress": a generic institution the lexicon gives one country is
  // the one of that name the story already named in full
  const institution = ref?.source === "org" && r.lex.orgHeads.has(text.toLowerCase());
  // (not when a person of the lexicon's country addresses it: "Biden urged Congress" is the US Congress)
  const named =
    institution && !personOfCountryBefore(r, m, ref?.code ?? null)
      ? r.drafts.list.find((x) => x.key.startsWith(`org:${text} of `) && x.country !== null)
      : undefined;
  if (named !== undefined) {
    addMention(named, m);
    return;
  }
  // "Peru's Congress voted": a state's generic institution the lexicon gives another country, after this
  // state's possessive, is this state's ("Iran's Hezbollah allies" stay Lebanese: no state body)
  const state = institution && STATE_BODIES.has(ref?.sector ?? "") ? possessorCountry(r, m) : null;
  if (ref !== null && state !== null && state !== ref.code) {
    // (keyed as "the Congress of Peru" is, so that a later bare "Congress" is this one too)
    const name = `${r.lex.demonyms.get(state) ?? state} ${text}`;
    const own =
      r.drafts.get(`org:${text} of ${state}`) ??
      r.drafts.create({
        key: `org:${text} of ${state}`,
        name,
        kind: "organization",
        country: state,
        sector: ref.sector,
        role: null,
        roleSpan: null,
        roleSource: null,
        nameWords: name.split(/\s+/),
      });
    addMention(own, m);
    return;
  }
  // "the Taliban government", "Houthi authorities": an armed group named as a government rules its country
  const ruling = (r.word(m.endToken) ?? "").toLowerCase();
  if (ref?.source === "org" && ref.sector === "REB" && ref.code !== null && RULING.has(ruling)) {
    const key = `org:${ref.name} government`;
    const name = `${text} ${ruling}`;
    const rulers =
      r.drafts.get(key) ??
      r.drafts.create({
        key,
        name,
        kind: "organization",
        country: ref.code,
        sector: "GOV",
        role: null,
        roleSpan: null,
        roleSource: null,
        nameWords: name.split(/\s+/),
      });
    addMention(rulers, m);
    return;
  }
  // "the Syrian Democratic Forces (SDF) ... The SDF said": a name an organization of another name was
  // already called by (its bracketed short form) is that organization
  const alias =
    ref === null && r.drafts.get(`org:${text}`) === undefined
      ? r.drafts.list.find(
          (x) => x.kind === "organization" && x.mentions.some((s) => r.doc.text.slice(s.start, s.end) === text),
        )
      : undefined;
  if (alias !== undefined) {
    addMention(alias, m);
    return;
  }
  const key = ref !== null ? `org:${ref.source === "igo" ? ref.code : ref.name}` : `org:${text}`;
  // "the Philippine broadcaster ABS-CBN", "Iranian airline Mahan Air": a description right before a name
  // the lexicon does not know is that name's, and tells its country and sector
  const described = ref === null ? describedBefore(r, m) : null;
  const d =
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: ref?.source === "org" ? ref.name : text,
      kind: "organization",
      country: m.country ?? ref?.code ?? described?.draft.country ?? null,
      sector: m.sector ?? ref?.sector ?? described?.draft.sector ?? null,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: text.split(/\s+/),
    });
  // an organization the lexicon does not know ("the Institute for X in Amman", "DHAKA — Police ...")
  if (d.country === null && d.kind === "organization" && ref === null)
    d.country = placedCountry(r, m, d.sector, d.nameWords.length > 1);
  if (described !== null) addMention(d, described.mention);
  addMention(d, m);
}

/** Nouns of a ruling body after an armed group's name ("the Taliban government"), not of a side. */
const RULING: ReadonlySet<string> = new Set(["government", "authorities", "administration"]);

/**
 * The description draft whose mention ends right before name mention m ("the Philippine broadcaster" before
 * "ABS-CBN"), taken off that draft: the name is what it describes. Null when there is none.
 */
function describedBefore(r: ResolveCtx, m: Mention): { draft: Draft; mention: Mention } | null {
  const before = r.descriptionsBefore.get(m.firstToken);
  if (before === undefined || before.group !== null) return null;
  const d = r.drafts.list.find((x) => x.key.startsWith("desc:") && x.mentions.some((s) => s.start === before.start));
  if (d === undefined || d.kind !== "organization") return null;
  const k = d.mentions.findIndex((s) => s.start === before.start);
  d.mentions.splice(k, 1);
  d.positions.splice(k, 1);
  d.top = d.positions.length ? Math.max(...d.positions) : -1;
  return { draft: d, mention: before };
}

/**
 * Does the possessive's noun phrase end in a name or lead to one in apposition ("Russia's UN envoy
 * Vassily Nebenzia", "Qatar's foreign ministry spokesman, Majed al-Ansari,")? Then the country only
 * qualifies that name.
 */
function ownsAName(r: ResolveCtx, m: Mention): boolean {
  // inside a person's role set off before the name ("China's ambassador in Canberra, Cheng Jingye,")
  for (const p of layer(r.doc, "mentions"))
    if (p.role !== null && p.role.start <= m.start && m.end <= p.role.end) return true;
  const tags = layer(r.doc, "tags");
  for (let k = m.endToken + 1; k <= m.endToken + 7; k++) {
    const end = r.nameEnds.get(k);
    if (end !== undefined) {
      // "Finland's NATO membership": a name before a common noun that is no post or body ("envoy",
      // "mission") qualifies that noun, and the country owns it and acts
      const next = (r.word(end) ?? "").toLowerCase();
      return tags[end]?.upos !== "NOUN" || r.lex.titles.has(next) || r.lex.orgHeads.has(next);
    }
    // an apposition: "Russia's ambassador, Vassily Nebenzia, said"
    if (k > m.endToken + 1 && r.word(k) === "," && r.nameEnds.has(k + 1)) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(tags[k]?.upos ?? "")) return false;
  }
  return false;
}

/** Sectors of a state's own bodies. */
const STATE_BODIES = new Set(["GOV", "LEG", "JUD"]);

/**
 * Whether a person of country `code` is named before m in its sentence ("Biden urged Congress"); a
 * state named there says nothing ("Congress ratified the pact with the United States").
 */
function personOfCountryBefore(r: ResolveCtx, m: Mention, code: string | null): boolean {
  const tokens = layer(r.doc, "tokens");
  const here = (t: number) => t < m.firstToken && tokens[t]?.sentence === tokens[m.firstToken]?.sentence;
  return (
    code !== null && r.drafts.list.some((d) => d.kind === "person" && d.country === code && d.positions.some(here))
  );
}

/** The state whose possessive stands right before mention m ("Peru's" of "Peru's Congress"), or null. */
function possessorCountry(r: ResolveCtx, m: Mention): string | null {
  if (r.word(m.firstToken - 1) !== "'s") return null;
  const p = layer(r.doc, "mentions").find((x) => x.endToken === m.firstToken - 1);
  const code = p?.ref?.source === "country" || p?.ref?.source === "capital" ? p.ref.code : null;
  return code !== null && r.lex.countryNames.has(code) ? code : null;
}

const LEADER_BODIES = new Set(["administration", "government", "cabinet"]);

function nominal(r: ResolveCtx, m: Mention): void {
  if (m.head !== undefined) {
    description(r, m, m.head);
    return;
  }
  if (m.group !== null) {
    resolveGroup(r, m);
    return;
  }
  if (m.country !== null) {
    addMention(countryDraft(r, m.country, "country", m.country), m);
    return;
  }
  if (m.sector !== null) resolveReferred(r, m);
}

/**
 * For each token p: the largest end of a description (nominal with a head) whose first token is at
 * or before p, over all descriptions (`any`) and over those headed by a leader's body (`leader`).
 */
function descriptionReach(mentions: readonly Mention[], tokenCount: number): { any: number[]; leader: number[] } {
  let size = tokenCount;
  for (const m of mentions) if (m.firstToken + 1 > size) size = m.firstToken + 1;
  const any: number[] = new Array(size).fill(-1);
  const leader: number[] = new Array(size).fill(-1);
  for (const d of mentions) {
    if (d.kind !== "nominal" || d.head === undefined || d.firstToken < 0) continue;
    any[d.firstToken] = Math.max(any[d.firstToken] ?? -1, d.endToken);
    if (LEADER_BODIES.has(d.head)) leader[d.firstToken] = Math.max(leader[d.firstToken] ?? -1, d.endToken);
  }
  for (let p = 1; p < size; p++) {
    any[p] = Math.max(any[p] ?? -1, any[p - 1] ?? -1);
    leader[p] = Math.max(leader[p] ?? -1, leader[p - 1] ?? -1);
  }
  return { any, leader };
}

function datelineCountry(doc: Doc, lex: ActorLexicon, mentions: readonly Mention[]): string | null {
  const first = mentions.find((m) => isDateline(doc.text, m));
  if (first === undefined) return null;
  // datelines are often in capitals: "HANOI" is looked up as "Hanoi"
  const text = doc.text.slice(first.start, first.end);
  const titled = text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  if (first.ref?.source === "capital") return first.ref.code;
  const entry = [...(lex.names.get(text) ?? []), ...(lex.names.get(titled) ?? [])].find((e) => e.kind === "capital");
  return entry?.code ?? null;
}

/** Sentences read for the story's country: the headline or date line and the lede. */
const LEAD_SENTENCES = 3;

/**
 * "An apartment building collapsed in Magnitogorsk, a city in ... Russia": the one country (by name or
 * capital) the opening sentences name, or null when they name none or several.
 */
function leadCountry(doc: Doc, lex: ActorLexicon, mentions: readonly Mention[]): string | null {
  const end = layer(doc, "sentences")[LEAD_SENTENCES - 1]?.endToken ?? Number.POSITIVE_INFINITY;
  const codes = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "name" || m.firstToken >= end || !m.ref?.code) continue;
    if ((m.ref.source === "country" || m.ref.source === "capital") && lex.countryNames.has(m.ref.code))
      codes.add(m.ref.code);
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** Mentions -> actors with in-document coreference, roles valid on the publication date. */
export function resolveActors(doc: Doc, lex: ActorLexicon): Actor[] {
  const mentions = layer(doc, "mentions");
  const published = doc.article.published;
  const r: ResolveCtx = {
    doc,
    lex,
    date: published !== null && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    drafts: new Drafts(),
    ...tokenWords(doc),
    datelineCountry: datelineCountry(doc, lex, mentions),
    leadCountry: leadCountry(doc, lex, mentions),
    nameEnds: new Map(mentions.filter((m) => m.kind === "name").map((m) => [m.firstToken, m.endToken])),
    descriptionsBefore: new Map(mentions.filter((m) => m.kind === "nominal").map((m) => [m.endToken, m])),
  };
  // a name inside a longer description is its modifier ("US border agents", "the Bush administration"):
  // by token, the furthest end of a description that starts there or before (of a leader's body, for people)
  const reach = descriptionReach(mentions, layer(doc, "tokens").length);
  const absorbed = (m: Mention) => {
    const reaches = m.type !== "PER" ? reach.any : reach.leader;
    return (reaches[Math.min(m.firstToken, reaches.length - 1)] ?? -1) > m.endToken;
  };
  for (const m of mentions) {
    if (m.kind === "name" && absorbed(m)) continue;
    if (m.kind === "name") nameMention(r, m);
    else if (m.kind === "nominal") nominal(r, m);
    else if (m.kind === "title") resolveTitle(r, m);
    else resolvePronoun(r, m);
  }
  const linked = new Set(r.drafts.list.flatMap((d) => d.mentions.map((s) => s.start)));
  for (const m of mentions) if (m.kind === "pronoun" && !linked.has(m.start)) resolveFirstPerson(r, m);
  for (const m of mentions)
    if (m.kind === "nominal" && m.head === undefined && m.group === null && m.country === null && m.sector !== null)
      if (!linked.has(m.start)) resolveAhead(r, m);
  for (const m of mentions)
    if (m.kind === "nominal" && m.group !== null && !linked.has(m.start)) resolveGroupAhead(r, m);
  sectorsFromBodies(r);
  countryFromServed(r.drafts.list, r.doc.text);
  return finish(r.drafts.list);
}

/**
 * "X, an adviser to President Zelensky", "Putin's envoy X": a person whose role names no country serves
 * the actor their role names or who owns the role, and is of that actor's country (the owner's, else the
 * first one in the role with a country).
 */
function countryFromServed(drafts: readonly Draft[], text: string): void {
  for (const d of drafts) {
    const span = d.roleSpan;
    if (d.kind !== "person" || d.country !== null || span === null) continue;
    let best: { at: number; country: string } | null = null;
    for (const o of drafts) {
      // countries in the role were weighed by the mentions stage ("ambassador to Australia" is the host)
      if (o === d || o.country === null || o.kind === "country" || o.kind === "group") continue;
      for (const s of o.mentions) {
        const owner = possessorOf(text, s, span);
        if ((owner || (s.start >= span.start && s.end <= span.end)) && (best === null || s.start < best.at))
          best = { at: s.start, country: o.country };
      }
    }
    if (best !== null) d.country = best.country;
  }
}
