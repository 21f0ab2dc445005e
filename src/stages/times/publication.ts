import { isValidDate, type Ymd } from "./calendar.js";

/** The article's reference point: its local publication day (and clock time when given). */
export interface Publication {
  readonly day: Ymd;
  readonly hour: number | null;
  readonly minute: number | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The publication day in the outlet's time zone. A stated offset is the outlet's own, so the
 * written local date is kept; with a `timezone` and an offset the instant is converted to that
 * zone (a UTC timestamp of an outlet whose zone is known). Null when absent or malformed.
 */
export function publicationOf(published: string | null, timezone: string | null): Publication | null {
  if (!published) return null;
  const m = ISO.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d)) return null;
  const hour = m[4] === undefined ? null : Number(m[4]);
  const minute = m[5] === undefined ? null : Number(m[5]);
  if (timezone && m[6] !== undefined && hour !== null) {
    const local = inZone(new Date(published.trim()), timezone);
    if (local) return local;
  }
  return { day: { y, m: mo, d }, hour, minute };
}

function inZone(instant: Date, timezone: string): Publication | null {
  if (Number.isNaN(instant.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(instant);
  } catch {
    return null;
  }
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { day: { y: get("year"), m: get("month"), d: get("day") }, hour: get("hour"), minute: get("minute") };
}
