import type { Doc } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { CodedEvent, EventDate, EventParty, EventStatus } from "../../doc/layers/events.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { type ActorIndex, indexActors } from "./actors.js";
import { statementAuthor } from "./authors.js";
import { counterpartOf } from "./counterpart.js";
import {
  followingDate,
  indexTimes,
  numberOf,
  pastComplementDate,
  publicationDate,
  reportDate,
  textDate,
} from "./date.js";
import { type Draft, dedupe } from "./dedupe.js";
import { discardCue } from "./discard.js";
import {
  commonNounActors,
  domesticParty,
  groupNounOf,
  homeTarget,
  namedAbroad,
  namedGroups,
  peoples,
  petitioner,
  stateActor,
} from "./domestic.js";
import { expandPairs } from "./expand.js";
import { RESIDENT_SECTORS } from "./groups.js";
import { datelineTown, inDatelineTown } from "./host.js";
import type { Lexicon } from "./lexicon/schema.js";
import { asLocation, clauseCountry, locationOf, takenPlace } from "./location.js";
import { conjoinedMatches, LABELLING, matchTrigger, type TriggerMatch } from "./match.js";
import { actorsAt, ownObject, PRIVATE_SECTORS, unplaced } from "./parties.js";
import { promisedOnly } from "./promised.js";
import { recalledParties } from "./recalled.js";
import { disputeSides, referentParties } from "./referents.js";
import { aidRecipient, disasterCountry, reliefTarget } from "./relief.js";
import { CONDITION_MARKS, TOLLS } from "./repair-common.js";
import { frameOf, rolesOf, UNDERGONE } from "./roles.js";
import { goalTarget, siblingTarget } from "./siblings.js";
import { carriedSites, destinationSites, siteOf } from "./sites.js";
import { ofMeasure, slotTokens } from "./slots.js";
import { statusOf } from "./status.js";
import { subjectOf } from "./subjects.js";
import { announcedThreat, conditionalThreat, declaredRefusal } from "./threats.js";
import { buildTree, caseOf, isPassive, subtree, type Tree } from "./tree.js";

function isQuestion(doc: Doc, sentence: number): boolean {
  const s = doc.sentences?.[sentence];
  return !!s && doc.text.slice(s.start, s.end).trimEnd().endsWith("?");
}

const phrasal = new WeakMap<Lexicon, ReadonlySet<string>>();
/** "hand over", "set up": the verb-particle pairs the lexicon's `prt=` conditions name. */
export function phrasalVerbs(lex: Lexicon): ReadonlySet<string> {
  let out = phrasal.get(lex);
  if (!out) {
    const pairs = new Set<string>();
    for (const [lemma, entries] of lex.triggers)
      for (const e of entries)
        for (const c of e.when)
          if (c.kind === "prt" && c.values !== "*") for (const v of c.values) pairs.add(`${lemma} ${v}`);
    out = pairs;
    phrasal.set(lex, out);
  }
  return out;
}

/** The visited object of token v is a common noun that names no place ("the halls", "a factory"). */
function thingVisited(lex: Lexicon, tree: Tree, v: number): boolean {
  return tree.kids(v, "obj").some((o) => tree.upos(o) === "NOUN" && !lex.placeNouns.has(tree.lemma(o)));
}

/** Sectors whose travel is a visit (042): officials, legislators, the military, international bodies. */
const VISITOR_SECTORS = new Set(["GOV", "LEG", "MIL", "JUD", "IGO"]);

/** PLOVER types of acts held at a venue (talks, deals, joint work), not where a party lives. */
const VENUE_TYPES = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/** CAMEO roots of conventional military force and mass violence (19, 20): armies use them abroad. */
const WARFARE = /^(19|20)/;
/** Codes of the use of force (18x-20x). */
const FORCE = /^(18|19|20)/;

/** A group named by a noun that groups.tsv takes for a party even with no country ("protesters", not "civilians"). */
function isPartyAlone(lex: Lexicon, name: string): boolean {
  const w = name.toLowerCase().split(/\s+/).at(-1) ?? "";
  return groupNounOf(lex, w)?.alone !== false;
}

/**
 * A with/to phrase or an object of token v naming the press: reporters, journalists (modality `audience`)
 * or news outlets ("speaking to Reuters", "spoke with the BBC", "met journalists", "briefed reporters": an
 * interview or briefing, no consultation).
 */
function pressPartner(lex: Lexicon, tree: Tree, actors: ActorIndex, v: number, trigger: number): boolean {
  const audience = lex.modality.get("audience");
  const outlet = (c: number) => {
    const named = actors.phrase(c);
    return named.length > 0 && named.every((a) => a.sector === "MED");
  };
  return (tree.children[v] ?? []).some(
    (c) =>
      // (not the event noun a light verb takes: "held a conference")
      ((tree.rel(c) === "obj" && c !== trigger) ||
        (/^(obl|nmod)/.test(tree.rel(c)) && ["to", "with"].includes(caseOf(tree, c) ?? ""))) &&
      (!!audience?.has(tree.lemma(c)) || outlet(c)),
  );
}

/**
 * How many acts an event noun counts ("eight phone calls"); not a year or an ordinal that names one
 * ("a 2015 meeting", "the 20th summit").
 */
function countOf(tree: Tree, i: number): number | undefined {
  // (a year-like number counts a plural with no determiner: "carried out 2000 airstrikes")
  const named = tree.xpos(i) === "NN" || tree.kids(i, "det", "nmod:poss").length > 0;
  const cardinal = (w: string) => !(named && /^(1\d|20|21)\d\d$/.test(w)) && !/\d(st|nd|rd|th)$/i.test(w);
  const n = tree
    .kids(i, "nummod")
    .map((k) => tree.word(k))
    .filter(cardinal)
    .map(numberOf)
    .find((v) => v !== null);
  return n ?? undefined;
}

/**
 * The date of an event noun the clause happens during ("during Lavrov's visit"); a definite noun that is
 * no event of its own ("during the visit") repeats the act last coded on that word (`repeated`).
 */
function sceneDate(
  tree: Tree,
  hosts: readonly number[],
  dated: ReadonlyMap<number, EventDate>,
  repeated: (noun: number) => EventDate | null,
): EventDate | null {
  for (const h of hosts) {
    for (const c of tree.children[h] ?? []) {
      if (!["during", "at", "on"].includes(caseOf(tree, c) ?? "")) continue;
      const d = dated.get(c) ?? repeated(c);
      if (d && d.basis === "text") return d;
    }
  }
  return null;
}

/**
 * "visited Moscow in March for talks", "will host the ministers in August for talks": an event noun that is
 * the purpose or the object of an act of the same PLOVER type coded just before happens when that act
 * does ("hosted talks between X and Y in 2021"). Not across
 * types: "sanctioned Iran on Monday for the attacks" says nothing of when the attacks were.
 */
function purposeDate(
  tree: Tree,
  token: number,
  plover: string,
  dated: ReadonlyMap<number, EventDate>,
  kinds: ReadonlyMap<number, string>,
): EventDate | null {
  // ("hosted several rounds of talks between Iran and Saudi Arabia in 2021": the object of an act of its
  // type, too, or the measure noun that is)
  const n = ofMeasure(tree, token) ? tree.head(token) : token;
  const purpose = tree.rel(n) === "obl" && caseOf(tree, n) === "for";
  if (!purpose && tree.rel(n) !== "obj") return null;
  const h = tree.head(n);
  const d = dated.get(h);
  return d && d.basis === "text" && kinds.get(h) === plover ? d : null;
}

/** A verb whose only party is its subject, a body that meets in session (sessions.tsv), and no partner. */
function inSession(lex: Lexicon, tree: Tree, v: number): boolean {
  const subject = tree.kids(v, "nsubj");
  if (subject.length !== 1 || !lex.sessions.has(tree.lemma(subject[0] ?? -1).toLowerCase())) return false;
  if (tree.kids(subject[0] ?? -1, "conj").length) return false;
  return !(tree.children[v] ?? []).some((c) => {
    const r = tree.rel(c);
    return (r === "obj" && !tree.timed(c)) || (r.startsWith("obl") && caseOf(tree, c) === "with");
  });
}

/** A person whose travel is no diplomacy: of a private sector, or with no post the text gives. */
const privatePerson = (a: Actor) => a.kind === "person" && (a.sector === null || PRIVATE_SECTORS.has(a.sector));

/** Whether a text date starts after the publication day (at the date's own grain). */
function after(date: EventDate, published: EventDate): boolean {
  if (date.basis !== "text" || !date.start || !published.start) return false;
  return date.start.slice(0, published.start.length) > published.start;
}

function resolveStatus(status: EventStatus, date: EventDate, published: EventDate): EventStatus {
  return status === "reported" && after(date, published) ? "planned" : status;
}

/**
 * "the EU had offered to double finance by 2020": a past or perfect verb says its act has happened, so a
 * later date in its clause is a deadline of what the act is about, not the act's own date.
 */
function pastTense(tree: Tree, i: number): boolean {
  if (tree.xpos(i) === "VBD") return true;
  return tree.xpos(i) === "VBN" && tree.kids(i, "aux").some((a) => tree.lemma(a) === "have");
}

/**
 * "another round of talks", "a series of meetings": a noun whose of-phrase is an event noun of the same
 * PLOVER type only measures it, and the event is coded once, on the measured noun.
 */
function measuresTrigger(
  lex: Lexicon,
  tree: Tree,
  matches: readonly (TriggerMatch | null)[],
  i: number,
  plover: string,
): boolean {
  return tree.kids(i, "nmod").some((c) => {
    const inner = matches[c];
    return caseOf(tree, c) === "of" && inner?.entry.pos === "N" && lex.cameo.get(inner.cameo)?.plover === plover;
  });
}

/**
 * The second half of a hyphenated modifier whose first half names no party ("life-threatening",
 * "drug-related"): a description, no act. ("Iranian-backed militia" keeps its backer.)
 */
function modifierHalf(doc: Doc, tree: Tree, actors: ActorIndex, i: number): boolean {
  const tokens = doc.tokens ?? [];
  const [a, dash, b] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  if (!a || !dash || !b || tree.word(i - 1) !== "-" || a.end !== dash.start || dash.end !== b.start) return false;
  return (actors.byToken[i - 2]?.length ?? 0) === 0 && ["VBG", "VBN", "JJ"].includes(tree.xpos(i));
}

/** Sectors of domestic.tsv whose organizations also act across states (al-Qaeda, Reuters). */
const TRANSNATIONAL = new Set(["REB", "MED"]);
/**
 * Acts whose complement's past time is their own: commitments and refusals, which come before the act
 * they are about or do without it, and accusations ("accused X of interfering ... on Wednesday"); not
 * orders and appeals, whose complement's time is when the act asked for is to happen ("ordered him to
 * appear October 16").
 */
const COMMITTING: ReadonlySet<string> = new Set(["intent", "reject"]);
/** Codes of acts only an office holder does: resigning office (0831), mobilizing, sanctioning, coercing. */
const POWER = /^(0831|15|16|17)/;

/** Codes every event of a Doc (requires sentences, tokens, tags, deps, actors, times). */
export function codeEvents(lex: Lexicon, doc: Doc): CodedEvent[] {
  const tree = buildTree(doc, phrasalVerbs(lex));
  const actors: ActorIndex = indexActors(doc, tree, lex);
  const times = indexTimes(doc, tree);
  const published = publicationDate(doc);
  const common = commonNounActors(lex, doc);
  const populations = peoples(doc);
  const persons = new Set((doc.actors ?? []).filter((a) => a.kind === "person").map((a) => a.id));
  const abroad = new Set((doc.actors ?? []).filter(namedAbroad).map((a) => a.id));
  const byId = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  // "former Philippine President Ferdinand Marcos imposed martial law", "Former Representative John Conyers
  // resigned": only an office holder can resign an office, coerce, sanction or mobilize, so a former
  // official doing so held the office then: the title's sector, not the private person's (CVL) of today
  const inOffice = (p: EventParty): EventParty => {
    const a = p.actor === null ? undefined : byId.get(p.actor);
    if (a?.kind !== "person" || a.sector !== "CVL" || !a.role || !a.country) return p;
    const words = a.role.toLowerCase().split(/\s+/);
    const titles = actorLexicon().titles;
    for (let k = 0; k < words.length; k++) {
      const sector = titles.get(words.slice(k).join(" "));
      if (sector && sector !== "CVL") return { ...p, sector, code: `${a.country}${sector}` };
    }
    return p;
  };
  // "Trump criticized Muriel Bowser": two people named by name are two sides though of one code (USAGOV)
  const namedPeople = (s: EventParty, t: EventParty) =>
    s.actor !== t.actor && [s, t].every((p) => p.actor !== null && persons.has(p.actor) && !common.has(p.actor));
  // "killing 12 civilians": people named by a noun that makes no party without a country (groups.tsv)
  const bystanders = new Set(
    (doc.actors ?? []).filter((a) => a.country === null && !isPartyAlone(lex, a.name)).map((a) => a.id),
  );
  // (a body of a state or of its people whose state is unknown, "the House", "the Justice Department", is
  // no organization of its own: only those that act across states, as NGOs, companies, armed groups and
  // news outlets do)
  const national = (a: Actor) =>
    a.country === null && lex.domestic.has(a.sector ?? "") && !TRANSNATIONAL.has(a.sector ?? "");
  const organizations = new Set(
    (doc.actors ?? []).filter((a) => a.kind === "organization" && !national(a)).map((a) => a.id),
  );
  const anonymous = (p: EventParty) => p.country === null && !organizations.has(p.actor ?? "");
  const tokens = doc.tokens ?? [];
  const matches: (TriggerMatch | null)[] = tokens.map((_, i) =>
    modifierHalf(doc, tree, actors, i) ? null : matchTrigger(lex, tree, actors, i),
  );
  const innerAt = (t: number) => matches[t]?.entry.inner ?? null;
  const drafts: Draft[] = [];
  const dated = new Map<number, EventDate>();
  const kinds = new Map<number, string>();
  const sentenceOf = (t: number) => tokens[t]?.sentence ?? 0;
  // "WASHINGTON — Israel signed agreements ...": the town a story is filed from, and its lead sentence
  const filed = datelineTown(lex, doc.text);
  const lead = filed ? tokens.find((t) => t.start >= filed.end)?.sentence : undefined;
  const repeated = (c: number): EventDate | null => {
    if (!tree.kids(c, "det").some((k) => ["the", "this", "that"].includes(tree.lemma(k)))) return null;
    const earlier = drafts.findLast(
      (d) =>
        d.token < c &&
        sentenceOf(c) - sentenceOf(d.token) <= 4 &&
        tree.lemma(d.token) === tree.lemma(c) &&
        d.event.date.basis === "text",
    );
    return earlier?.event.date ?? null;
  };

  const coded = matches.flatMap((m) => (m ? [m, ...conjoinedMatches(lex, tree, actors, m)] : []));
  for (const m of coded) {
    const info = lex.cameo.get(m.cameo);
    const sentence = tokens[m.token]?.sentence ?? 0;
    if (!info?.plover || isQuestion(doc, sentence)) continue;
    if (m.entry.pos === "N" && measuresTrigger(lex, tree, matches, m.token, info.plover)) continue;
    const frame = frameOf(lex, tree, m);
    let status = statusOf(lex, tree, frame, innerAt);
    if (status === "drop") continue;
    // The intent an undated announced act of verbal cooperation states (pledges.tsv), which replaces it.
    let pledged: string | null = null;
    // "agreed to restore relations": the agreement is the event, the relations are its content.
    if (status === "planned") {
      // (a threatened act is listed whatever its time: "vowed to retaliate")
      const timed = info.quadClass > 2 || [frame.trigger, frame.light].some((h) => h !== null && times.own(h) !== null);
      if (promisedOnly(lex, tree, matches, m.cameo, frame.light ?? m.token, timed)) continue;
      // "Portugal will support Turkey's bid": support announced for no set time is a statement of intent.
      pledged = timed ? null : (lex.pledges.find((p) => m.cameo.startsWith(p.prefix))?.code ?? null);
      if (pledged) status = "reported";
    }
    // "Speaking to reporters": a consultation whose partner is the press is a statement, not a meeting.
    if (info.plover === "CONSULT" && pressPartner(lex, tree, actors, frame.light ?? m.token, m.token)) continue;
    // "Israel's cabinet met on Sunday": a body meeting alone holds a session, no consultation.
    if (info.plover === "CONSULT" && !frame.noun && inSession(lex, tree, m.token)) continue;
    let roles = rolesOf(lex, tree, actors, m, frame);
    // "Trump defended his decision", "China praised its own record": backing one's own act names no one;
    // "ordered his staff to delay the aid", "ordered his troops to pull back": nor does telling one's own people.
    if (
      (info.plover === "SUPPORT" || info.plover === "REQUEST") &&
      !m.entry.symmetric &&
      !frame.noun &&
      ownObject(tree, actors, m.token, roles.sources, info.plover === "REQUEST")
    )
      continue;
    // "toured the halls", "visited a factory": a visit to a thing that is no party and no place is no
    // diplomacy (for a destination verb whose object is where it goes, not what it sends: no `obj=`).
    const visitsObject = m.entry.dest && !frame.noun && !m.entry.when.some((c) => c.kind === "obj");
    if (visitsObject && !roles.targets.length && !roles.place && thingVisited(lex, tree, m.token)) continue;
    // "a lorry driver had travelled to Russia to visit relatives": a private person's trip is no diplomacy.
    if (m.entry.dest && !frame.noun && roles.sources.length && roles.sources.every(privatePerson)) continue;
    if (!roles.sources.length && roles.participants.length < 2 && !roles.targets.length) {
      const recalled = recalledParties(tree, doc.actors ?? [], drafts, m, info.plover, sentenceOf);
      if (recalled.length) roles = { ...roles, participants: recalled };
    }
    if (!roles.sources.length && roles.participants.length < 2) {
      // "The statement also urged all parties to ...": a statement acts for its author, named before.
      const author = statementAuthor(lex, tree, actors, doc.actors ?? [], drafts, frame.light ?? m.token, sentenceOf);
      if (!author.length) continue;
      roles = { ...roles, sources: author };
    }
    const hosts = frame.light !== null ? [frame.trigger, frame.light] : [frame.trigger];
    // A verdict or a "must"/"should" on no one ("said the decision was unacceptable", "said no family
    // should face this alone") is an opinion.
    const judged = m.entry.when.some((c) => c.kind === "verdict" || c.kind === "comp");
    // "Hanoi protested the seizure": what a state does in words rather than in the street.
    // (a country named, or a body of a state sector: not "Nigerians", "Palestinians", a group of its people)
    const official = (a: Actor) => stateActor(lex, a) && (a.kind === "country" || a.sector !== null);
    const byStates = roles.sources.length > 0 && roles.sources.every(official);
    const stateCode = byStates && !pledged ? m.entry.state : null;
    const parties = [...roles.sources, ...roles.targets, ...roles.participants];
    const states = parties.length > 0 && parties.every((a) => stateActor(lex, a));
    if (discardCue(lex, tree, hosts, states)) continue;
    if (parties.length && parties.every((a) => a.sector === "BUS")) continue;

    const textual = textDate(tree, times, hosts, status !== "planned");
    const own =
      (textual && !(pastTense(tree, frame.light ?? m.token) && after(textual, published)) ? textual : null) ??
      (frame.noun ? followingDate(times, m.token) : null) ??
      (COMMITTING.has(m.entry.family ?? "") || info.plover === "ACCUSE"
        ? pastComplementDate(tree, times, m.token, published)
        : null);
    const date =
      own ??
      sceneDate(tree, hosts, dated, repeated) ??
      (frame.noun ? purposeDate(tree, m.token, info.plover, dated, kinds) : null) ??
      published;
    dated.set(m.token, date);
    kinds.set(m.token, info.plover);
    const finalStatus = resolveStatus(status, date, published);
    const location = locationOf(lex, tree, hosts);
    // (a material act, a meeting or a signing happens where what it is done to is: "arrested two activists
    // in Bangkok", "signed an agreement in Doha"; not a sanction or a cut in ties: "sanctioned two banks
    // in Moscow")
    const material = (info.quadClass === 2 || info.quadClass === 4) && !/^16[13]/.test(m.cameo);
    const around = material || /^(04|057)/.test(m.cameo);
    const atObject = /^(18|19|20)/.test(m.cameo) ? "itself" : around ? "around" : "none";
    // (aid, troops or arms go where they are sent: "airlifted shelter kits to Cagayan province")
    // ("will travel to Belgrade and Pristina": each visit goes to its own town)
    const visit = m.entry.dest && m.cameo.startsWith("04");
    const goods = !visit && (m.entry.dest || m.cameo.startsWith("07"));
    const stops = visit || goods ? destinationSites(lex, tree, frame, goods) : [];
    // (a call has two ends: "called his counterpart in Lima" places the counterpart)
    const stated = m.cameo.startsWith("041") ? null : siteOf(lex, tree, frame, stops, atObject);
    // a meeting, talks or a signing the lead sentence reports took place where the story is filed from
    // (not a visit, which goes to its own destination)
    const leadRange = doc.sentences?.[sentence];
    const gathered =
      filed &&
      leadRange &&
      sentence === lead &&
      finalStatus === "reported" &&
      /^(040|043|046|057)/.test(m.cameo) &&
      inDatelineTown(lex, tree, leadRange.firstToken, leadRange.endToken, filed.town, parties);
    const site = stated ?? (gathered ? asLocation(filed.town) : null);
    const count = frame.noun ? countOf(tree, m.token) : undefined;
    const tok = tokens[m.token];
    // "police detained 12 people in Dhaka": residents named with no country are of the place where they act.
    // (in an agentless passive read as the host country's act, that country: "27 people were detained")
    const hostCountry = roles.hosted ? (roles.sources[0]?.country ?? null) : null;
    const clause = frame.light ?? frame.trigger;
    // "protesters rallied outside the embassy in Dhaka, demanding that ...": a subjectless participle or
    // conjunct happens where the clause it belongs to does.
    const outer = tree.head(clause);
    const shared =
      outer >= 0 &&
      ["advcl", "xcomp", "conj"].includes(tree.rel(clause)) &&
      !tree.kids(clause, "nsubj", "nsubj:pass").length;
    // "bombers killed 23 people when they blew themselves up in Tel Aviv": a when-clause tells the same scene.
    const scene = tree
      .kids(clause, "advcl")
      .filter((c) => tree.kids(c, "mark", "advmod").some((w) => tree.lemma(w) === "when"));
    // "opposition leaders agreed to postpone the rally in Baku": the act they commit to, too.
    const controlled = slotTokens(tree, clause, "goal")
      .filter((x) => tree.rel(x) !== "ccomp")
      .map((x) => clauseCountry(lex, tree, x));
    // "Colombia and the rebels held talks in Havana": talks, deals and joint work are held at a venue,
    // often abroad, which makes no one a resident there (the act agreed on still places them)
    const venue = VENUE_TYPES.has(info.plover ?? "");
    // "rebels seized the town of Goma": territory is taken where it lies
    const taken = m.cameo.startsWith("192") ? (takenPlace(lex, tree, m.token)?.country ?? null) : null;
    const place =
      (venue
        ? null
        : (location?.country ??
          taken ??
          clauseCountry(lex, tree, clause) ??
          (shared ? clauseCountry(lex, tree, outer) : null) ??
          scene.map((c) => clauseCountry(lex, tree, c)).find((c) => c !== null))) ??
      controlled.find((c) => c !== null) ??
      hostCountry;
    // A region ("near the European Commission": Europe) is no state its residents belong to.
    const state = (c: string | null | undefined) => (c && actorLexicon().countryNames.has(c) ? c : null);
    const here = state(place);
    // the place the act itself names ("seized the broadcaster in Freetown"), not its parties' whereabouts
    const actHere = state(location?.country ?? clauseCountry(lex, tree, clause, false));
    // (where a meeting, deal or joint work is held: who meets a foreign party there with no country of its own is of it)
    const venueAt = venue ? actHere : null;
    const local = (p: EventParty): EventParty =>
      p.country === null && p.actor === null && here && RESIDENT_SECTORS.has(p.sector ?? "")
        ? { ...p, country: here, code: `${here}${p.sector ?? ""}` }
        : p;
    const pairs = expandPairs(
      roles,
      (m.entry.symmetric && !roles.oneWay) || roles.reciprocal === true,
      m.entry.mirror !== null,
      (s, t) => namedGroups(lex, s, t, common) || namedPeople(s, t),
    );
    for (const raw of pairs) {
      const [s0, t0] = [local(raw.source), raw.target ? local(raw.target) : null];
      const cameo = raw.mirrored && m.entry.mirror ? m.entry.mirror : (pledged ?? stateCode ?? m.cameo);
      const force = FORCE.test(cameo);
      const author = POWER.test(cameo) ? inOffice(s0) : s0;
      const placed = domesticParty(lex, author, t0, here, { common, actHere, abroad, force, venue: venueAt });
      const ci = lex.cameo.get(cameo) ?? info;
      // ("Trump held five rallies": what a state body does under a statement code, 01x, is no event)
      if (!ci.plover) continue;
      const target = t0
        ? domesticParty(lex, t0, s0, here, {
            common,
            actHere,
            warfare: WARFARE.test(cameo) && bystanders.has(t0.actor ?? ""),
            abroad,
            force,
            venue: venueAt,
          })
        : homeTarget(lex, placed, ci.plover ?? "", here, populations.has(placed.actor ?? ""));
      // (a person the text gives no country is not taken for a national of the state addressed:
      // "Archbishop Desmond Tutu called for sanctions against Nigeria")
      const source = persons.has(placed.actor ?? "") ? placed : petitioner(lex, placed, target, ci.plover ?? "");
      // "Arsenal's attack was blunted": parties the text gives neither a country nor a sector are no actors.
      // (nor is an act of such a party on people of no country: "a SIM registration scheme restricts people")
      if (unplaced(source) && (target === null || target.country === null)) continue;
      // "a team of Japanese relief experts arrived in Tuguegarao": a visit is a state's or an organization's
      const [visitor, visited] = cameo === "042" ? [source, target] : cameo === "043" ? [target, source] : [null, null];
      if (visitor?.sector && !VISITOR_SECTORS.has(visitor.sector)) continue;
      // "the President traveled to South Dakota": a trip within one's own country visits no other party
      if (visitor && visited && visited.sector === null && visited.country === visitor.country) continue;
      const pair = { ...raw, source, target };
      const parties3 = new Set([...roles.sources, ...roles.targets, ...roles.participants].map((a) => a.country));
      const multilateral = ci.plover === "CONSULT" && m.entry.symmetric && cameo === "040" && parties3.size >= 3;
      // (the entry's own PLOVER type and mode belong to its own code, not to a mirror's or a pledge's)
      const entryCode = !pair.mirrored && !pledged;
      const event: CodedEvent = {
        source: pair.source,
        target: pair.target,
        cameo,
        plover: {
          type: (entryCode ? m.entry.plover : null) ?? ci.plover ?? "",
          mode: multilateral ? "multilateral" : ((entryCode ? m.entry.mode : null) ?? ci.mode),
        },
        goldstein: ci.goldstein,
        quadClass: ci.quadClass,
        date,
        status: finalStatus,
        location: site && (stops.find((p) => p.country === pair.target?.country) ?? site),
        sentence,
        trigger: { start: tok?.start ?? 0, end: tok?.end ?? 0 },
        rule: `${m.goal ? `${m.entry.rule}+${m.goal.rule}` : m.entry.rule}${pledged ? `+pledges/${pledged}` : ""}`,
        ...(count !== undefined ? { count } : {}),
      };
      // ("warned that Gaza faces famine": a forecast of what others or events will do threatens no one)
      if (forecast(tree, actors, m, pair.source)) continue;
      // (an act the lexicon codes only by its declared refusal, "will not tolerate", is no event of its own)
      if (!m.entry.refused)
        drafts.push({
          event,
          noun: frame.noun,
          ownDate: own !== null,
          token: m.token,
          clause,
          mirrored: raw.mirrored,
          judged,
          // "offered to kiss members of the crowd", "vowed to issue an executive order": one party's intent
          // whose content the lexicon knows as no act (no goal), an event only when made to someone
          // (and so is support pledged to no one: "Europe will defend its industry")
          aimless:
            (m.entry.family === "intent" && !m.entry.symmetric && !m.goal && cameo === "030") || pledged !== null,
        });
      // Of a symmetric act only its subject's side threatens or refuses ("Tehran would never negotiate with Washington").
      const ownSide = !m.entry.symmetric || roles.sources.some((a) => sameParty(a, pair.source));
      const threat =
        pair.mirrored || !ownSide
          ? null
          : finalStatus === "hypothetical"
            ? conditionalThreat(lex, tree, clause, cameo)
            : finalStatus === "negated"
              ? declaredRefusal(lex, tree, clause, cameo, m.entry.refused)
              : finalStatus === "planned"
                ? announcedThreat(lex, tree, clause, cameo, frame.noun, (v) =>
                    actorsAt(actors, subjectOf(tree, actors, v)).some(
                      (a) => sameParty(a, pair.source) || (a.country !== null && a.country === pair.source.country),
                    ),
                  )
                : null;
      const ti = threat ? lex.cameo.get(threat) : undefined;
      if (threat && ti?.plover) {
        // The conditional or refused act keeps its status; the threat or refusal was made when reported (on the
        // day the words reporting it were said, when the text gives one).
        const made: CodedEvent = {
          ...event,
          cameo: threat,
          plover: { type: ti.plover, mode: ti.mode },
          goldstein: ti.goldstein,
          quadClass: ti.quadClass,
          date: reportDate(tree, times, clause) ?? published,
          status: "reported",
          // (the file the code comes from; a refused= flag's code, from the entry itself)
          rule:
            m.entry.refused && finalStatus === "negated"
              ? `${event.rule}+refused=${threat}`
              : `${event.rule}+${finalStatus === "negated" ? "refusals" : "threats"}/${threat}`,
        };
        drafts.push({ event: made, noun: frame.noun, ownDate: false, token: m.token, clause });
      }
    }
  }
  // "people would ask me", "scientists examined": with its context read, an act with no state on either
  // side and no named organization (Amnesty International has no country of its own) is nothing event
  // data can place; and cooperation is with someone ("shared his experience on Facebook", "Hong Kong's
  // extradition law" name no partner)
  const placed = withReferents(lex, tree, doc, drafts, common).filter(
    ({ event: e }) =>
      (!anonymous(e.source) || (e.target !== null && !anonymous(e.target))) &&
      (e.target !== null || e.plover.type !== "COOPERATE"),
  );
  return dedupe(
    carriedSites(
      attackTolls(
        tree,
        placed.filter((d) => !ownLabel(tree, placed, d)),
      ),
    ),
  );
}

/**
 * "Russian airstrikes killed 12 people in Aleppo", "an airstrike that killed two", "shelled Juba, killing
 * 20 people": the killing is the attack's toll, one act: the attack its subject names (or the verb its
 * participle hangs on) takes the killing's target and place when it has none, and the killing is no
 * second event.
 */
function attackTolls(tree: Tree, drafts: readonly Draft[]): Draft[] {
  // ("attacked a base, killing 11 soldiers": a participle with no subject of its own telling the toll of
  // the verb it hangs on)
  const participle = (d: Draft) =>
    tree.xpos(d.token) === "VBG" && tree.rel(d.token) === "advcl" && !tree.kids(d.token, "nsubj", "mark").length;
  const attackOf = (d: Draft) =>
    TOLLS.has(tree.lemma(d.token)) && !d.noun
      ? drafts.find(
          (o) =>
            o.event.plover.type === "ASSAULT" &&
            // (its subject, or the noun its relative clause is on: "an airstrike that killed two")
            ((o.noun &&
              (tree.kids(d.token, "nsubj").includes(o.token) ||
                (tree.rel(d.token) === "acl:relcl" && tree.head(d.token) === o.token))) ||
              (!o.noun && participle(d) && tree.head(d.token) === o.token)) &&
            o.event.source.country === d.event.source.country &&
            o.event.status === d.event.status &&
            // (not lethal force at a crowd, nor victims of another party than the attack's target:
            // "bombed a building in Beirut, killing a Hamas commander")
            o.event.plover.mode !== "crowd-control" &&
            sameSide(o.event.target, d.event.target),
        )
      : undefined;
  const tolls = new Map<Draft, Draft>();
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    const attack = attackOf(d);
    if (!attack) continue;
    dropped.add(d);
    if (!tolls.has(attack)) tolls.set(attack, d);
  }
  return drafts.flatMap((d) => {
    if (dropped.has(d)) return [];
    const toll = tolls.get(d);
    if (!toll) return [d];
    const e = d.event;
    return [
      { ...d, event: { ...e, target: e.target ?? toll.event.target, location: e.location ?? toll.event.location } },
    ];
  });
}

/**
 * Whether a toll's victims are the attack's target: civilians, people named with no country, or of the
 * country attacked (any of its people where the attack names the country alone, else the body attacked).
 */
function sameSide(attacked: EventParty | null, victims: EventParty | null): boolean {
  if (attacked === null || victims === null || victims.country === null || victims.sector === "CVL") return true;
  return victims.country === attacked.country && (attacked.sector === null || victims.sector === attacked.sector);
}

/**
 * "Venezuela rejected what it called interference by Washington": a label given in a free relative that
 * is the object of an act by the same party is part of that act, no act of its own (unlike "rejecting an
 * appeal from Asmara to end what it called a witch hunt", Asmara's label inside another's act).
 */
function ownLabel(tree: Tree, drafts: readonly Draft[], d: Draft): boolean {
  const t = d.token;
  const what = tree.head(t);
  if (!LABELLING.has(tree.lemma(t)) || tree.rel(t) !== "acl:relcl" || tree.word(what).toLowerCase() !== "what")
    return false;
  const act = tree.head(what);
  const { actor, country } = d.event.source;
  // (the same party: the same actor, or for parties with no actor the same country; not "the parliament
  // rejected what President Zelensky called a provocation")
  const same = (o: Draft) =>
    actor !== null ? o.event.source.actor === actor : country !== null && o.event.source.country === country;
  return drafts.some((o) => o !== d && o.token === act && same(o));
}

/** An event with no recipient of its own answers the act its object names ("rejected the sanctions"). */
function withReferents(
  lex: Lexicon,
  tree: Tree,
  doc: Doc,
  drafts: readonly Draft[],
  common: ReadonlySet<string>,
): Draft[] {
  const sentenceOf = (t: number) => doc.tokens?.[t]?.sentence ?? 0;
  const out: Draft[] = [];
  const struck = disasterCountry(lex, tree);
  const recipient = aidRecipient(drafts.map((d) => d.event));
  // "Opposition senators ... accusing the government": a countryless group acting on a state body found
  // here is of that state (domestic.ts), as when the text names it in the clause
  const aimed = (e: CodedEvent, target: EventParty): CodedEvent => ({
    ...e,
    source: domesticParty(lex, e.source, target, null, { common }),
    target,
  });
  for (const d of drafts) {
    const mate = siblingTarget(tree, drafts, d) ?? goalTarget(tree, drafts, d) ?? reliefTarget(d.event, struck);
    if (mate) {
      out.push({ ...d, event: aimed(d.event, mate) });
      continue;
    }
    let parties = d.event.target === null ? referentParties(lex, tree, drafts, d, sentenceOf) : [];
    // "Russia urged restraint": an appeal to the sides of the dispute just told.
    if (d.event.target === null && !parties.length && lex.sides.some((c) => d.event.cameo?.startsWith(c)))
      parties = disputeSides(drafts, d, sentenceOf);
    // "Beijing rejected the account": else the side its author was last dealing with.
    const solitary = lex.solitary.some((c) => d.event.cameo?.startsWith(c));
    // ("ECOWAS is due to hold a summit": an organization meeting with no partner named meets its members)
    const members = d.event.plover.type === "CONSULT" && d.event.source.sector === "IGO";
    // ("condemned the killing of hundreds of civilians by Ethiopian troops": violence done to people it names
    // is aimed at them, whoever its author last dealt with)
    const patients =
      d.noun &&
      d.event.plover.type === "ASSAULT" &&
      UNDERGONE.has(tree.lemma(d.token)) &&
      tree.kids(d.token, "nmod").some((k) => caseOf(tree, k) === "of");
    // ("Chile criticised Peru's crackdown", "condemned Peru's arrests": repression named as what another act
    // judges, done by a state to its own people, takes no party from the one judging it)
    const repression = d.event.cameo?.startsWith("17") || d.event.cameo === "175";
    const answered = d.noun && repression && drafts.some((o) => o !== d && o.token === tree.head(d.token));
    const guess =
      d.event.target === null && !parties.length && !solitary && !d.judged && !members && !patients && !answered;
    // (else aid goes where the article's aid went: "the EU released 1.5 million euros for relief work")
    const other = guess ? (counterpartOf(out, d, sentenceOf) ?? reliefTarget(d.event, recipient)) : null;
    if (other) out.push({ ...d, event: aimed(d.event, other), guessedTarget: true });
    else if (!parties.length && !((d.judged || d.aimless) && d.event.target === null) && !unmet(d.event)) out.push(d);
    for (const target of parties) out.push({ ...d, event: aimed(d.event, target) });
  }
  return out;
}

/** Praise, endorsement, verbal defence, recognition and forgiveness (051, 052, 054, 056) are of someone. */
const BACKING_SOMEONE = ["051", "052", "054", "056"];

/** Sectors whose inquiries are acts of state of their own: courts and legislatures. */
const INQUIRING = new Set(["JUD", "LEG"]);

/**
 * Acts that need a second side: talks, a meeting or a visit whose other party is neither named nor
 * inferable ("Khosla talked of Munk's discoveries") are no event, unless an organization meets among its
 * members ("NATO ministers met in Brussels"); refused talks stay listed as negated ("refused to hold
 * talks"). An investigation of no party ("police were investigating the crash") is none either, unless
 * a court or a legislature holds it ("the high court opened a hearing into the legality of ..."), and
 * neither is a mediation between no one named, even by an organization.
 */
function unmet(e: CodedEvent): boolean {
  if (e.target !== null) return false;
  if (e.cameo?.startsWith("09")) return !INQUIRING.has(e.source.sector ?? "");
  if (BACKING_SOMEONE.some((c) => e.cameo?.startsWith(c))) return true;
  // (a mediation is between parties, whoever mediates: "after EU-facilitated talks" with no side named;
  // one refused stays listed as negated)
  if (e.cameo === "045") return e.status !== "negated";
  return e.plover.type === "CONSULT" && e.source.sector !== "IGO" && e.status !== "negated";
}

/**
 * A warning that only forecasts ("warned that the delayed transition could be a threat to national
 * security"; "the UN warned that Gaza faces famine"): a that-clause to no one named, with no condition,
 * no answer it names ("would be a legitimate target", "further steps"), no agentless passive ("would be
 * met with force"), and either no party as its subject or a warner of no state (an international body,
 * an NGO, researchers or the press), who foretells rather than threatens. Other warnings are threats.
 */
function forecast(tree: Tree, actors: ActorIndex, m: TriggerMatch, source: EventParty): boolean {
  const w = m.token;
  if (tree.lemma(w) !== "warn" || !m.cameo.startsWith("13") || m.goal) return false;
  if (tree.kids(w, "obj", "iobj", "xcomp").length || tree.kids(w, "obl").some((k) => caseOf(tree, k) === "against"))
    return false;
  const said = tree.kids(w, "ccomp");
  if (said.length !== 1) return false;
  const c = said[0] as number;
  const words = subtree(tree, c).map((k) => tree.lemma(k).toLowerCase());
  if (words.some((x) => CONDITION_MARKS.has(x) || RETALIATION.has(x))) return false;
  if (isPassive(tree, c) && !tree.kids(c, "obl:agent").length) return false;
  return FORECASTERS.has(source.sector ?? "") || !actorsAt(actors, subjectOf(tree, actors, c)).length;
}

/** Words of the answer a warning may name ("would be a legitimate target", "consequences", "further steps"). */
const RETALIATION: ReadonlySet<string> = new Set([
  "price",
  "step",
  "measure",
  "target",
  "consequence",
  "response",
  "retaliation",
  "reprisal",
  "countermeasure",
  "punishment",
  "retaliate",
  "respond",
  "punish",
]);

/** Sectors of warners who foretell rather than threaten. */
const FORECASTERS: ReadonlySet<string> = new Set(["IGO", "NGO", "EDU", "MED"]);

function sameParty(a: Actor, p: EventParty): boolean {
  return p.actor !== null ? a.id === p.actor : a.country === p.country && a.sector === p.sector;
}
