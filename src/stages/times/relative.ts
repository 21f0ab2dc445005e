import { addDays, addMonths, compareYmd, type Ymd } from "./calendar.js";
import type { Publication } from "./publication.js";
import type { Candidate, Sem } from "./sem.js";
import { dayOf, dayValue, lastDayOf, monthValue, type Resolved, UNRESOLVED, yearValue } from "./value.js";

/** One expression while the stage works: its span, sentence, governor and (once known) value. */
export interface Item {
  readonly c: Candidate;
  readonly sentence: number;
  readonly anchor: number | null;
  /** Lower-cased text of the anchor token, for matching "after the talks" to "held talks on Monday". */
  readonly anchorWord: string;
  r: Resolved | null;
}

const DEPENDENT = new Set<Sem["k"]>(["shift", "eventref", "discourse", "anniversary"]);

export function isDependent(sem: Sem): boolean {
  return DEPENDENT.has(sem.k);
}

const dated = (it: Item) => it.r !== null && it.r.value !== null && it.r.grain !== "duration" && it.r.grain !== "set";

/** The last day named before item `i` (the discourse's current day), else publication. */
function currentDay(items: readonly Item[], i: number, pub: Publication | null): Ymd | null {
  for (let j = i - 1; j >= 0; j--) {
    const it = items[j];
    const day = it?.r ? lastDayOf(it.r) : null;
    if (day) return day;
  }
  return pub?.day ?? null;
}

/** Resolve item `i`, whose meaning depends on other expressions; earlier items are already resolved. */
export function resolveDependent(items: readonly Item[], i: number, pub: Publication | null, text: string): Resolved {
  const it = items[i];
  if (!it) return UNRESOLVED;
  const sem = it.c.sem;
  switch (sem.k) {
    case "discourse": {
      const day = currentDay(items, i, pub);
      return day ? dayValue(addDays(day, sem.offset), sem.clock) : UNRESOLVED;
    }
    case "shift":
      return resolveShift(items, i, sem, pub, text);
    case "eventref":
      return resolveEventRef(items, i, sem.noun, text, pub);
    case "anniversary": {
      const ref = previousInSentence(items, i);
      const year = ref?.r?.value ? Number(ref.r.value.slice(0, 4)) : pub?.day.y;
      if (year === undefined || Number.isNaN(year)) return UNRESOLVED;
      if (sem.unit === "M") {
        const x = addMonths({ y: year, m: pub?.day.m ?? 1, d: 1 }, -sem.n);
        return monthValue(x.y, x.m);
      }
      const years = sem.unit === "DE" ? 10 * sem.n : sem.unit === "CE" ? 100 * sem.n : sem.n;
      return sem.unit === "Y" || sem.unit === "DE" || sem.unit === "CE" ? yearValue(year - years) : UNRESOLVED;
    }
    default:
      return UNRESOLVED;
  }
}

function previousInSentence(items: readonly Item[], i: number): Item | null {
  const it = items[i];
  for (let j = i - 1; j >= 0; j--) {
    const o = items[j];
    if (!o || o.sentence !== it?.sentence) return null;
    if (dated(o)) return o;
  }
  return null;
}

function nextInSentence(items: readonly Item[], i: number): Item | null {
  const it = items[i];
  for (let j = i + 1; j < items.length; j++) {
    const o = items[j];
    if (!o || o.sentence !== it?.sentence) return null;
    if (dated(o)) return o;
  }
  return null;
}

/** "two days after X": X's date moved; X undated: the date of the clause it modifies; else unresolved. */
function resolveShift(
  items: readonly Item[],
  i: number,
  sem: Sem & { k: "shift" },
  pub: Publication | null,
  text: string,
): Resolved {
  const it = items[i] as Item;
  const subDay = sem.unit === "H" || sem.unit === "MI";
  const bare = /^[ \u00a0]*([.,;:)"”]|$)/.test(text.slice(it.c.end, it.c.end + 2));
  const move = (ref: Resolved): Resolved => {
    if (subDay) return ref;
    if (sem.n === null) return UNRESOLVED;
    return moveBy(ref, sem.dir * sem.n, sem.unit);
  };
  if (!sem.open || bare) {
    // "left Iraq in 2011, then returned three years later": years or months from the latest time named,
    // when that is a year or a month
    const prev = items.slice(0, i).findLast(dated);
    const coarse = prev?.r?.grain === "year" || prev?.r?.grain === "month";
    if (prev?.r && coarse && (sem.unit === "Y" || sem.unit === "M")) return move(prev.r);
    const day = currentDay(items, i, pub);
    return day ? move(dayValue(day)) : UNRESOLVED;
  }
  const after = nextInSentence(items, i);
  if (after?.r && !isDependent(after.c.sem)) return move(after.r);
  const matrix = previousInSentence(items, i);
  if (matrix?.r) return { value: matrix.r.value, grain: matrix.r.grain };
  if (subDay) {
    // "36 minutes after the shooting": the day an earlier time gave the event the noun names (the
    // shooting, or shooting at), not the last day named (which may be a later court date)
    const noun = phraseNoun(text.slice(it.c.end));
    const named = noun ? items.slice(0, i).findLast((o) => dated(o) && sameEvent(o.anchorWord, noun)) : undefined;
    if (named?.r) return named.r;
    const day = currentDay(items, i, pub);
    return day ? dayValue(day) : UNRESOLVED;
  }
  return UNRESOLVED;
}

/** The noun of a definite phrase opening `rest`: its last word before a preposition or punctuation ("the mass shooting in"). */
function phraseNoun(rest: string): string | undefined {
  const m = /^[ \u00a0]+(?:the|this|that|its|his|her|their)((?:[ \u00a0]+[A-Za-z-]+){1,3})/i.exec(rest);
  const words = m?.[1]?.trim().split(/[ \u00a0]+/) ?? [];
  const stop = words.findIndex((w) => /^(in|at|on|of|near|by|against|and|or|that|which|according)$/i.test(w));
  const noun = stop === 0 ? undefined : words[(stop < 0 ? words.length : stop) - 1];
  // (a common noun: "hours after the United States rejected ..." opens a clause, not an event's name)
  return noun !== undefined && /^[a-z-]+$/.test(noun) ? noun : undefined;
}

function moveBy(ref: Resolved, n: number, unit: string): Resolved {
  const day = dayOf(ref);
  if (ref.value === null) return UNRESOLVED;
  if (unit === "D" || unit === "W") {
    const start = day ?? lastDayOf(ref);
    return start ? dayValue(addDays(start, unit === "W" ? 7 * n : n)) : UNRESOLVED;
  }
  const y = Number(ref.value.slice(0, 4));
  if (unit === "Y") return day ? dayValue({ ...day, y: day.y + n }) : yearValue(y + n);
  if (unit === "M") {
    if (day) return dayValue(addMonths(day, n));
    const m = Number(ref.value.slice(5, 7));
    if (!m) return UNRESOLVED;
    const x = addMonths({ y, m, d: 1 }, n);
    return monthValue(x.y, x.m);
  }
  return UNRESOLVED;
}

const stem = (w: string) => w.replace(/(es|s)$/, "");

/** Whether an anchor word names the event a noun does: the noun itself or its verb ("shelled", "the shelling"). */
function sameEvent(anchor: string, noun: string): boolean {
  const base = noun.toLowerCase().replace(/(ings?|es|s)$/, "");
  return stem(anchor) === stem(noun.toLowerCase()) || (base.length >= 4 && anchor.startsWith(base));
}

/** "after the summit": a time in the phrase itself, else the time of an earlier mention of the noun, else the lead's day. */
/** A header line ("Published: ...", or a date alone on its line) dates the page, not the story. */
function inHeaderLine(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const alone = /^[\s,.]*$/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
  return (
    /^(published|updated|posted|last updated)\b/i.test(text.slice(lineStart, lineStart + 20)) ||
    (alone && /^[A-Za-z]*[\s,]*$/.test(text.slice(lineStart, at)))
  );
}

/**
 * The lead's day stands for "the summit" only when the lead reports something that has happened
 * (on or before publication) and the phrase does not point ahead ("before the next summit").
 */
function resolveEventRef(
  items: readonly Item[],
  i: number,
  noun: string,
  text: string,
  pub: Publication | null,
): Resolved {
  const it = items[i] as Item;
  const after = nextInSentence(items, i);
  if (after?.r && after.c.start - it.c.end < 12) return after.r;
  for (let j = i - 1; j >= 0; j--) {
    const o = items[j];
    if (o && dated(o) && o.anchorWord && stem(o.anchorWord) === stem(noun) && o.r) return o.r;
  }
  if (AHEAD.test(text.slice(it.c.start, it.c.end))) return UNRESOLVED;
  const lead = items.find(
    (o) => o.r !== null && dayOf(o.r) !== null && o.c.sem.k !== "discourse" && !inHeaderLine(text, o.c.start, o.c.end),
  );
  const day = lead?.r ? dayOf(lead.r) : null;
  if (!day || (pub && compareYmd(day, pub.day) > 0)) return UNRESOLVED;
  return dayValue(day);
}

const AHEAD = /\b(next|upcoming|coming|forthcoming|planned|scheduled)\b/i;
