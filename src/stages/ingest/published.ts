import { type AttacheError, attacheError } from "../../errors/catalogue.js";

/** A calendar date-time as written, with the UTC offset in minutes when the text states one. */
export interface LooseDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** null when only the date is known. */
  readonly time: { readonly h: number; readonly m: number; readonly s: number } | null;
  readonly offset: number | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  IST: 330,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?/;
const ZONE = /(?:^|\s|\d)(Z|UTC|GMT|UT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})(?=\s*$|\s*\))/;

/** Parses ISO 8601, RFC 822 (`Thu, 18 Mar 2021 15:34:00 +0800`) and `Mar 18, 2021 03:34 PM` styles. */
export function parseLooseDate(input: string): LooseDate | null {
  const s = input.trim().slice(0, 120);
  const iso = ISO.exec(s) ?? ISO_COMPACT.exec(s);
  if (iso) {
    const time = iso[4] === undefined ? null : { h: +iso[4], m: +(iso[5] ?? 0), s: +(iso[6] ?? 0) };
    return check({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, time, offset: parseOffset(iso[7]) });
  }
  return parseWritten(s);
}

function parseWritten(s: string): LooseDate | null {
  const words = s.toLowerCase().replace(/[,.]/g, " ");
  const monthMatch = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.exec(words);
  const year = /\b(19\d{2}|20\d{2})\b/.exec(words);
  if (!monthMatch || !year) return numericDate(s);
  const month = MONTHS.indexOf(monthMatch[1]!) + 1;
  const withoutTime = words.replace(/\d{1,2}:\d{2}(:\d{2})?/g, " ");
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(withoutTime.replace(year[0], " "));
  if (!day) return null;
  const t = TIME.exec(s);
  let time: LooseDate["time"] = null;
  if (t) {
    let h = +t[1]!;
    const ampm = t[4]?.toLowerCase().replace(/\./g, "");
    if (ampm === "pm" && h < 12) h += 12;
    if (ampm === "am" && h === 12) h = 0;
    time = { h, m: +t[2]!, s: +(t[3] ?? 0) };
  }
  const zone = ZONE.exec(s);
  const offset = zone ? parseOffset(zone[1]) : null;
  return check({ year: +year[1]!, month, day: +day[1]!, time, offset });
}

/** `2021/03/18`, `18.03.2021` (day first), `03/18/2021` (month first when unambiguous). */
function numericDate(s: string): LooseDate | null {
  const ymd = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (ymd) return check({ year: +ymd[1]!, month: +ymd[2]!, day: +ymd[3]!, time: null, offset: null });
  const dmy = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/.exec(s);
  if (!dmy) return null;
  let [a, b] = [+dmy[1]!, +dmy[3]!];
  if (dmy[2] === "/" && b <= 12 && a <= 12) [a, b] = [b, a];
  else if (b > 12) [a, b] = [b, a];
  return check({ year: +dmy[4]!, month: b, day: a, time: null, offset: null });
}

function parseOffset(z: string | undefined): number | null {
  if (!z) return null;
  const named = ZONES[z.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const mins = +m[2]! * 60 + +(m[3] ?? 0);
  return mins > 14 * 60 ? null : (m[1] === "-" ? -1 : 1) * mins;
}

function check(d: LooseDate): LooseDate | null {
  if (d.year < 1900 || d.year > 2100 || d.month < 1 || d.month > 12 || d.day < 1) return null;
  if (d.day > new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()) return null;
  if (d.time && (d.time.h > 23 || d.time.m > 59 || d.time.s > 60)) return null;
  return d;
}

/** Throws nothing; returns E_TIMEZONE for a zone Intl does not know. */
export function checkTimezone(tz: string, input: string): AttacheError | null {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return null;
  } catch {
    return attacheError("E_TIMEZONE", { input }, tz);
  }
}

/** The UTC offset (minutes) of an IANA zone for a local wall-clock time. */
export function zoneOffset(tz: string, d: LooseDate): number {
  const t = d.time ?? { h: 12, m: 0, s: 0 };
  const local = Date.UTC(d.year, d.month - 1, d.day, t.h, t.m, t.s);
  let offset = offsetAtInstant(tz, local);
  offset = offsetAtInstant(tz, local - offset * 60_000);
  return offset;
}

function offsetAtInstant(tz: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => +(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * A date string -> ISO 8601: offset kept when stated, derived from `tz` when given, otherwise a
 * local date-time without offset. `"Mar 18, 2021 03:34 PM"` -> `"2021-03-18T15:34:00"`.
 */
export function normalizePublished(value: string, tz?: string): string | null {
  const d = parseLooseDate(value);
  return d ? formatLooseDate(d, tz) : null;
}

export function formatLooseDate(d: LooseDate, tz?: string): string {
  const date = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  if (!d.time) return date;
  const local = `${date}T${pad(d.time.h)}:${pad(d.time.m)}:${pad(d.time.s)}`;
  const offset = d.offset ?? (tz ? zoneOffset(tz, d) : null);
  return offset === null ? local : local + formatOffset(offset);
}

function formatOffset(mins: number): string {
  const a = Math.abs(mins);
  return `${mins < 0 ? "-" : "+"}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
