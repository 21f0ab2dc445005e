/** Day intervals of TIMEX3 and Attaché time values, so that `2004-W47` and `2004-11-15/2004-11-21` compare equal. */

export interface DayInterval {
  readonly start: string;
  readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoWeekMonday(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(y, 0, 4 - dow + 1 + 7 * (w - 1)));
}

function single(v: string): DayInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  m = /^(\d{4})-(\d{2})(-XX)?$/.exec(v);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastOfMonth(Number(m[1]), Number(m[2])))}` };
  m = /^(?:FY)?(\d{4})$/.exec(v);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const mon = isoWeekMonday(Number(m[1]), Number(m[2]));
    const from = new Date(mon.getTime() + (m[3] ? 5 : 0) * 86_400_000);
    return { start: iso(from), end: iso(new Date(mon.getTime() + 6 * 86_400_000)) };
  }
  m = /^(\d{4})-(Q|H)(\d)$/.exec(v);
  if (m) {
    const len = m[2] === "Q" ? 3 : 6;
    const first = (Number(m[3]) - 1) * len + 1;
    const last = first + len - 1;
    return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(last)}-${pad(lastOfMonth(Number(m[1]), last))}` };
  }
  m = /^(\d{3})$/.exec(v);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return null;
}

/** The days a value covers, or null for values that name no calendar interval (PAST_REF, P3Y, XXXX). */
export function dayInterval(value: string): DayInterval | null {
  const parts = value.split("/");
  if (parts.length === 2) {
    const a = single(parts[0] ?? "");
    const b = single(parts[1] ?? "");
    return a && b ? { start: a.start, end: b.end } : null;
  }
  return single(value);
}
