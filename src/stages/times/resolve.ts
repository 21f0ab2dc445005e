import { addDays, addMonths, compareYmd, diffDays, isValidDate, weekday, weekStart, type Ymd } from "./calendar.js";
import type { Publication } from "./publication.js";
import type { Sem } from "./sem.js";
import type { Tense } from "./syntax.js";
import {
  daysValue,
  dayValue,
  durationValue,
  monthValue,
  type Resolved,
  rangeValue,
  UNRESOLVED,
  yearValue,
} from "./value.js";

/** What resolution of one expression may read. */
export interface ResolveEnv {
  readonly pub: Publication | null;
  readonly tense: Tense;
  /** How the outlet writes numeric dates. */
  readonly order: "mdy" | "dmy";
}

/** Resolve a meaning that depends only on the publication date and tense (not on other expressions). */
export function resolveIndependent(sem: Sem, env: ResolveEnv): Resolved {
  const pub = env.pub?.day ?? null;
  switch (sem.k) {
    case "date":
      return resolveDate(sem, env);
    case "range":
      return resolveRange(sem, env);
    case "weekday": {
      if (!pub) return UNRESOLVED;
      const day = weekdayDate(pub, sem.wd, sem.mod, env.tense);
      return dayValue(day, sem.clock);
    }
    case "relday":
      if (!pub) return UNRESOLVED;
      if (sem.overnight) return daysValue(addDays(pub, -1), pub);
      return dayValue(addDays(pub, sem.offset), sem.clock);
    case "relunit":
      return pub ? relUnit(pub, sem.unit, sem.offset, env.tense) : UNRESOLVED;
    case "ago":
      return pub ? ago(pub, sem.n, sem.unit) : UNRESOLVED;
    case "part":
      return resolvePart(sem, env);
    case "decade":
      return { value: `${sem.start}/${sem.start + sem.length - 1}`, grain: "year" };
    case "duration":
      return { value: durationValue(sem.n, sem.unit), grain: "duration" };
    case "set":
      return { value: `R/${durationValue(sem.n, sem.unit)}`, grain: "set" };
    default:
      return UNRESOLVED;
  }
}

/** Weekday resolution by the conventions: past -> on or before publication; future -> after it. */
export function weekdayDate(pub: Ymd, wd: number, mod: "last" | "next" | "this" | null, tense: Tense): Ymd {
  const back = (weekday(pub) - wd + 7) % 7;
  const onOrBefore = addDays(pub, -back);
  const after = addDays(pub, back === 0 ? 7 : 7 - back);
  if (mod === "last") return back === 0 ? addDays(pub, -7) : onOrBefore;
  if (mod === "next") return addDays(weekStart(pub), 7 + wd - 1);
  const onOrAfter = addDays(pub, (wd - weekday(pub) + 7) % 7);
  if (mod === "this") return tense === "future" || tense === "present" ? onOrAfter : onOrBefore;
  // The present ("is travelling on Monday" in a Monday story) includes the day itself; the future does not.
  if (tense === "present") return onOrAfter;
  return tense === "future" ? after : onOrBefore;
}

function resolveDate(sem: Sem & { k: "date" }, env: ResolveEnv): Resolved {
  const pub = env.pub?.day ?? null;
  let { y, m, d } = sem;
  const ambiguous = sem.ambiguous === true;
  if (sem.numeric && m !== null && d !== null) {
    const swap = sem.numeric === "dmy" || (sem.numeric === "either" && env.order === "dmy");
    if (swap) [m, d] = [d, m];
  }
  if (sem.shortYear && y !== null) y = nearCentury(y % 100, pub);
  if (y === null && m !== null) {
    if (!pub) return UNRESOLVED;
    y = inferYear(pub, m, d, sem, env.tense);
    if (y === null) return UNRESOLVED;
  }
  if (y === null) return UNRESOLVED;
  const flag = ambiguous ? { ambiguous: true } : {};
  if (m === null) return { ...yearValue(y), ...flag };
  if (d === null) return { ...monthValue(y, m), ...flag };
  if (!isValidDate(y, m, d)) return UNRESOLVED;
  return { ...dayValue({ y, m, d }, sem.clock), ...flag };
}

/** The two-digit year's century: the latest year not more than 10 years after publication. */
function nearCentury(yy: number, pub: Ymd | null): number {
  const ref = pub?.y ?? 2000;
  let y = Math.floor(ref / 100) * 100 + yy;
  if (y > ref + 10) y -= 100;
  return y;
}

/** Days around publication within which a yearless day stays in the publication year whatever the tense. */
const TENSE_SLACK_DAYS = 7;

/** The year of a month (and day) written without one, from publication, modifiers and tense. */
function inferYear(pub: Ymd, m: number, d: number | null, sem: Sem & { k: "date" }, tense: Tense): number | null {
  if (sem.yearRel !== undefined) return pub.y + sem.yearRel;
  const day = d ?? 15;
  const at = (y: number): Ymd => ({ y, m, d: Math.min(day, 28) });
  const cmp = (y: number) => (d === null ? y * 12 + m - (pub.y * 12 + pub.m) : compareYmd({ y, m, d: day }, pub));
  if (sem.rel !== undefined) {
    if (sem.rel === 0) return pub.y;
    return sem.rel < 0 ? (cmp(pub.y) < 0 ? pub.y : pub.y - 1) : cmp(pub.y) > 0 ? pub.y : pub.y + 1;
  }
  if (sem.wd !== undefined) {
    const fits = [pub.y, pub.y - 1, pub.y + 1].filter(
      (y) => isValidDate(y, m, day) && weekday({ y, m, d: day }) === sem.wd,
    );
    if (fits[0] !== undefined) return fits[0];
  }
  // Tense decides only beyond a few days' slack: "arrived on March 22" in a March 18 story is far
  // likelier a misread tense (or a plan reported in the past) than a date a year back.
  const near =
    d !== null && isValidDate(pub.y, m, d) && Math.abs(diffDays(pub, { y: pub.y, m, d })) <= TENSE_SLACK_DAYS;
  if (tense === "past") return cmp(pub.y) <= 0 || near ? pub.y : pub.y - 1;
  if (tense === "future") return cmp(pub.y) >= 0 || near ? pub.y : pub.y + 1;
  const years = [pub.y, pub.y - 1, pub.y + 1];
  years.sort((a, b) => Math.abs(diffDays(pub, at(a))) - Math.abs(diffDays(pub, at(b))) || a - b);
  const y = years[0] ?? pub.y;
  return d !== null && !isValidDate(y, m, d) ? null : y;
}

function resolveRange(sem: Sem & { k: "range" }, env: ResolveEnv): Resolved {
  const { from, to } = sem;
  if (from.k === "weekday" && to.k === "weekday") {
    const pub = env.pub?.day;
    if (!pub) return UNRESOLVED;
    const a = weekdayDate(pub, from.wd, from.mod, env.tense);
    return daysValue(a, addDays(a, (to.wd - from.wd + 7) % 7));
  }
  if (from.k === "decade" && to.k === "decade") {
    return { value: `${from.start}/${to.start + to.length - 1}`, grain: "year" };
  }
  const a = resolveIndependent(from, env);
  if (a.value === null) return UNRESOLVED;
  if (from.k === "date" && to.k === "date" && to.y === null && from.y === null && to.m !== null) {
    const y = Number(a.value.slice(0, 4));
    const later = to.m < (from.m ?? 0) ? y + 1 : y;
    return rangeValue(a, resolveIndependent({ ...to, y: later }, env));
  }
  return rangeValue(a, resolveIndependent(to, env));
}

function relUnit(pub: Ymd, unit: "W" | "WE" | "M" | "Q" | "Y", offset: number, tense: Tense): Resolved {
  switch (unit) {
    case "W": {
      const mon = addDays(weekStart(pub), 7 * offset);
      return daysValue(mon, addDays(mon, 6), "week");
    }
    case "WE": {
      let sat = addDays(weekStart(pub), 5);
      if (Number.isNaN(offset)) {
        if (tense === "past" && compareYmd(sat, pub) > 0) sat = addDays(sat, -7);
      } else sat = addDays(sat, 7 * offset);
      return daysValue(sat, addDays(sat, 1), "week");
    }
    case "M": {
      const x = addMonths({ ...pub, d: 1 }, offset);
      return monthValue(x.y, x.m);
    }
    case "Q": {
      const first = addMonths({ y: pub.y, m: Math.floor((pub.m - 1) / 3) * 3 + 1, d: 1 }, 3 * offset);
      const last = addMonths(first, 2);
      return rangeValue(monthValue(first.y, first.m), monthValue(last.y, last.m), "month");
    }
    default:
      return yearValue(pub.y + offset);
  }
}

function ago(pub: Ymd, n: number, unit: string): Resolved {
  switch (unit) {
    case "Y":
      return yearValue(pub.y - n);
    case "DE":
      return yearValue(pub.y - 10 * n);
    case "CE":
      return yearValue(pub.y - 100 * n);
    case "M": {
      const x = addMonths(pub, -n);
      return monthValue(x.y, x.m);
    }
    case "W":
      return dayValue(addDays(pub, -7 * n));
    case "D":
      return dayValue(addDays(pub, -n));
    default:
      return dayValue(pub);
  }
}

function resolvePart(sem: Sem & { k: "part" }, env: ResolveEnv): Resolved {
  const pub = env.pub?.day ?? null;
  let y = sem.y;
  if (y === null) {
    if (!pub) return UNRESOLVED;
    y = pub.y + (sem.yearRel ?? 0);
    const startMonth = (sem.index - 1) * sem.months + 1;
    if (sem.yearRel === null && env.tense === "past" && startMonth > pub.m) y -= 1;
  }
  const first = (sem.index - 1) * sem.months + 1;
  return rangeValue(monthValue(y, first), monthValue(y, first + sem.months - 1), "month");
}
