/** Calendar arithmetic on plain dates (no time zone): a proleptic Gregorian year, month 1-12, day 1-31. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when the day exists (February 30 does not). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function toUtc(x: Ymd): number {
  const t = new Date(Date.UTC(2000, x.m - 1, x.d));
  t.setUTCFullYear(x.y);
  return t.getTime();
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

/** Same day n months later, clamped to the month's end. */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 Monday .. 7 Sunday. */
export function weekday(x: Ymd): number {
  const w = new Date(toUtc(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days from a to b (b - a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The Monday of x's Monday-Sunday week. */
export function weekStart(x: Ymd): Ymd {
  return addDays(x, 1 - weekday(x));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function isoYear(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : String(y);
}
export function isoMonth(y: number, m: number): string {
  return `${isoYear(y)}-${pad(m)}`;
}
export function isoDay(x: Ymd): string {
  return `${isoMonth(x.y, x.m)}-${pad(x.d)}`;
}
export function isoTime(x: Ymd, hour: number, minute: number): string {
  return `${isoDay(x)}T${pad(hour)}:${pad(minute)}`;
}

/** Parse `YYYY-MM-DD` (a prefix of a longer ISO string is fine). */
export function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}
