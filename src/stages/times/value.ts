import type { TimeExpression } from "../../doc/layers/times.js";
import { addDays, isoDay, isoMonth, isoTime, isoYear, parseIsoDay, type Ymd } from "./calendar.js";
import type { UnitCode } from "./lexicon.js";
import type { Clock } from "./sem.js";

export type Grain = TimeExpression["grain"];

/** A resolved value; `value` null when the expression cannot be resolved. */
export interface Resolved {
  readonly value: string | null;
  readonly grain: Grain;
  readonly ambiguous?: boolean;
}

export const UNRESOLVED: Resolved = { value: null, grain: "unknown" };

export function dayValue(x: Ymd, clock?: Clock): Resolved {
  return clock ? { value: isoTime(x, clock.hour, clock.minute), grain: "time" } : { value: isoDay(x), grain: "day" };
}
export function monthValue(y: number, m: number): Resolved {
  return { value: isoMonth(y, m), grain: "month" };
}
export function yearValue(y: number): Resolved {
  return { value: isoYear(y), grain: "year" };
}
export function rangeValue(a: Resolved, b: Resolved, grain?: Grain): Resolved {
  if (a.value === null || b.value === null) return UNRESOLVED;
  const ambiguous = a.ambiguous || b.ambiguous;
  return { value: `${a.value}/${b.value}`, grain: grain ?? a.grain, ...(ambiguous ? { ambiguous } : {}) };
}
export function daysValue(a: Ymd, b: Ymd, grain: Grain = "day"): Resolved {
  return { value: `${isoDay(a)}/${isoDay(b)}`, grain };
}

/** ISO 8601 duration for n units (n null: unspecified, `PXY`). */
export function durationValue(n: number | null, unit: UnitCode): string {
  const count = n === null ? "X" : String(n);
  const times = (k: number) => (n === null ? "X" : String(n * k));
  switch (unit) {
    case "MI":
      return `PT${count}M`;
    case "H":
      return `PT${count}H`;
    case "DE":
      return `P${times(10)}Y`;
    case "CE":
      return `P${times(100)}Y`;
    case "Q":
      return `P${times(3)}M`;
    default:
      return `P${count}${unit}`;
  }
}

/** The first and last day (or partial date) a value covers, times of day dropped. */
export function valueBounds(value: string): { start: string; end: string } {
  const [a = value, b = a] = value.split("/");
  const strip = (s: string) => s.replace(/T.*$/, "");
  return { start: strip(a), end: strip(b) };
}

/** The day a day-grain value (or the first day of a day range) names. */
export function dayOf(r: { value: string | null; grain: Grain }): Ymd | null {
  if (r.value === null || !(r.grain === "day" || r.grain === "time")) return null;
  return parseIsoDay(r.value);
}

/** The last day of a day-grain value or range ("March 22 and 23" ends on the 23rd). */
export function lastDayOf(r: { value: string | null; grain: Grain }): Ymd | null {
  if (r.value === null || !(r.grain === "day" || r.grain === "time" || r.grain === "week")) return null;
  const parts = r.value.split("/");
  return parseIsoDay(parts[parts.length - 1] ?? "");
}

export function shiftDay(x: Ymd, n: number): Ymd {
  return addDays(x, n);
}
