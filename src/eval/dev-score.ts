import type { CodedEvent } from "../doc/layers/events.js";
import type { AttacheRecord } from "../doc/record.js";
import { overlaps, type Span } from "../doc/span.js";
import type { DevArticle, GoldEvent } from "./dev-gold.js";
import { maximumMatching } from "./event-matching.js";

/** Counts summed over articles; rates are computed at the end. */
export interface DevCounts {
  actorsGold: number;
  actorsFound: number;
  actorsCountryRight: number;
  actorsSectorRight: number;
  mentionsGold: number;
  mentionsFound: number;
  timesGold: number;
  timesFound: number;
  timesValueRight: number;
  quotesGold: number;
  quotesFound: number;
  quotesSpeakerRight: number;
  eventsGold: number;
  eventsSystem: number;
  eventsMatched: number;
  eventsFalse: number;
  eventsDateRight: number;
  /** Matched required events whose gold names a place; those where ours names it too. */
  locationsGold: number;
  locationsGoldRight: number;
  /** Matched required events where we name a place; those where the gold names the same one. */
  locationsOurs: number;
  locationsOursRight: number;
}

export function emptyCounts(): DevCounts {
  return {
    actorsGold: 0,
    actorsFound: 0,
    actorsCountryRight: 0,
    actorsSectorRight: 0,
    mentionsGold: 0,
    mentionsFound: 0,
    timesGold: 0,
    timesFound: 0,
    timesValueRight: 0,
    quotesGold: 0,
    quotesFound: 0,
    quotesSpeakerRight: 0,
    eventsGold: 0,
    eventsSystem: 0,
    eventsMatched: 0,
    eventsFalse: 0,
    eventsDateRight: 0,
    locationsGold: 0,
    locationsGoldRight: 0,
    locationsOurs: 0,
    locationsOursRight: 0,
  };
}

/** Shift a record span (body offsets) into the raw file's offsets. */
function raw(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}

function accepts(gold: GoldEvent, field: string, value: string | null): boolean {
  const main = (gold as unknown as Record<string, unknown>)[field];
  return main === value || (gold.alt?.[field]?.includes(value) ?? false);
}

/** Same dyad, type and status: the key the dev README dedupes on, less sectors and date. */
function eventMatches(gold: GoldEvent, e: CodedEvent): boolean {
  return (
    accepts(gold, "source", e.source.country) &&
    accepts(gold, "target", e.target?.country ?? null) &&
    accepts(gold, "plover", e.plover.type) &&
    gold.status === e.status
  );
}

/** A value at the day grain: the gold gives days, so "2023-09-15T06:00" counts as "2023-09-15". */
function dayValue(value: string): string {
  return value
    .split("/")
    .map((part) => part.replace(/T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/, ""))
    .join("/");
}

/** A place name folded for comparison: lower case, no accents. */
function fold(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/**
 * Our place is the gold one when the names agree, one is the other with a place noun after it
 * ("Batken" for "Batken region"), or one is the other's comma qualifier or what it qualifies
 * ("Singapore" or "Sentosa" for "Sentosa, Singapore").
 */
export function samePlace(gold: string, ours: string): boolean {
  const [short, long] = [fold(gold), fold(ours)].sort((a, b) => a.length - b.length);
  if (short === long) return true;
  const [head, qualifier] = long.split(/\s*,\s*/u);
  return long.startsWith(`${short} `) || short === head || short === qualifier;
}

function dateOf(e: CodedEvent): string | null {
  if (e.date.start === null) return null;
  return e.date.end && e.date.end !== e.date.start ? `${e.date.start}/${e.date.end}` : e.date.start;
}

/** Add one article's comparison of system record and gold to the counts. */
export function scoreArticle(article: DevArticle, record: AttacheRecord, offset: number, c: DevCounts): void {
  const gold = article.gold;
  const actorName = new Map(record.actors.map((a) => [a.id, a.name]));
  /** Our speaker is the gold one when its name matches or one of its mentions is a gold mention of that actor. */
  const sameSpeaker = (goldName: string | null, ours: string | null): boolean => {
    if (ours === null || goldName === null) return ours === goldName;
    if (actorName.get(ours) === goldName) return true;
    const mine = record.actors.find((a) => a.id === ours)?.mentions ?? [];
    const theirs = gold.actors.find((a) => a.name === goldName)?.mentions ?? [];
    return mine.some((m) => theirs.some((t) => overlaps(raw(m, offset), t)));
  };
  for (const g of gold.actors) {
    c.actorsGold++;
    c.mentionsGold += g.mentions.length;
    c.mentionsFound += g.mentions.filter((m) =>
      record.actors.some((a) => a.mentions.some((s) => overlaps(raw(s, offset), m))),
    ).length;
    // our actor for a gold actor: the one on most of its mentions (a group nominal such as "the two
    // sides" is a mention of each party, so the first actor on any mention can be the other party)
    const hits = (a: AttacheRecord["actors"][number]) =>
      g.mentions.filter((m) => a.mentions.some((s) => overlaps(raw(s, offset), m))).length;
    let best: AttacheRecord["actors"][number] | undefined;
    for (const a of record.actors) if (hits(a) > (best === undefined ? 0 : hits(best))) best = a;
    if (!best) continue;
    c.actorsFound++;
    if (best.country === g.country) c.actorsCountryRight++;
    if (best.sector === g.sector || (g.kind === "country" && g.sector === null && best.sector === "GOV")) {
      c.actorsSectorRight++;
    }
  }
  for (const g of gold.times) {
    c.timesGold++;
    const t = record.times.find((s) => overlaps(raw(s, offset), g));
    if (!t) continue;
    c.timesFound++;
    if (t.value !== null && dayValue(t.value) === g.value) c.timesValueRight++;
  }
  for (const g of gold.quotes) {
    c.quotesGold++;
    const q = record.quotes.find((s) => overlaps(raw(s.content, offset), g.content));
    if (!q) continue;
    c.quotesFound++;
    if (g.anonymous ? q.anonymous : sameSpeaker(g.speaker, q.speaker)) c.quotesSpeakerRight++;
  }
  const required = gold.events.filter((g) => !g.optional);
  c.eventsGold += required.length;
  c.eventsSystem += record.events.length;
  // A maximum matching: the definition of a match is unchanged, only no event of ours can take a
  // gold event that another of ours alone could match. Required gold events with the right date
  // are matched first, then required ones, then optional ones.
  const fits = (l: number, r: number): boolean =>
    eventMatches(gold.events[r] as GoldEvent, record.events[l] as CodedEvent);
  const needed = (_l: number, r: number): boolean => fits(_l, r) && !gold.events[r]?.optional;
  const dated = (l: number, r: number): boolean =>
    needed(l, r) && accepts(gold.events[r] as GoldEvent, "date", dateOf(record.events[l] as CodedEvent));
  const partner = maximumMatching(record.events.length, gold.events.length, fits, [dated, needed]);
  record.events.forEach((e, l) => {
    const g = gold.events[partner[l] ?? -1];
    if (!g) {
      c.eventsFalse++;
      return;
    }
    if (g.optional) return;
    c.eventsMatched++;
    if (accepts(g, "date", dateOf(e))) c.eventsDateRight++;
    const right = g.location && e.location ? samePlace(g.location.name, e.location.name) : false;
    if (g.location) c.locationsGold++;
    if (e.location) c.locationsOurs++;
    if (right) {
      c.locationsGoldRight++;
      c.locationsOursRight++;
    }
  });
}

export function rate(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}
