import type { TimesLexicon, UnitCode } from "./lexicon.js";

/** Regular-expression fragments built from the lexicon, and lookups for what they match. */
export interface Vocab {
  readonly lex: TimesLexicon;
  /** One or more spaces (no line breaks: an expression never crosses a line). */
  readonly S: string;
  /** A comma with optional spaces, or spaces alone. */
  readonly C: string;
  readonly MON: string;
  readonly WD: string;
  readonly DAY: string;
  readonly YEAR: string;
  readonly NUM: string;
  readonly UNIT: string;
  readonly CLOCK: string;
}

/** The word with its first letter in either case: `[Tt]oday`. */
export function ci(word: string): string {
  const group = /^\(\?:(.*)\)$/.exec(word);
  if (group?.[1] !== undefined && !/[()]/.test(group[1])) return `(?:${group[1].split("|").map(ci).join("|")})`;
  const c = word.charAt(0);
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  return lo === up ? word : `[${lo}${up}]${word.slice(1)}`;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const ONES = "one|two|three|four|five|six|seven|eight|nine";

export function buildVocab(lex: TimesLexicon): Vocab {
  const monthWords = [...lex.months.keys()].sort(byLength);
  const MON = `(?:${monthWords
    .flatMap((w) => {
      const dot =
        lex.months.get(w) !== undefined && w.length <= 4 && !["june", "july", "may"].includes(w) ? "\\.?" : "";
      return [`${cap(w)}${dot}`, `${w.toUpperCase()}${dot}`];
    })
    .join("|")})(?![A-Za-z])`;
  const wdWords = [...lex.weekdays.keys()].sort(byLength);
  const WD = `(?:${wdWords.flatMap((w) => [cap(w), w.toUpperCase()]).join("|")})(?![A-Za-z])`;
  const numWords = [...lex.numbers.keys()].sort(byLength).map((w) => ci(esc(w)).replace(/ /g, "[ \\u00a0]+"));
  const NUM = `(?:\\d{1,4}(?![\\d.,]\\d)|${ci(`(?:${TENS})`)}(?:-(?:${ONES}))?|${numWords.join("|")})(?![A-Za-z])`;
  const unitWords = [...lex.units.keys()].sort(byLength);
  const UNIT = `(?:centuries|${unitWords.map((w) => `${w}s?`).join("|")})(?![A-Za-z])`;
  return {
    lex,
    S: "[ \\u00a0]+",
    C: "(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]+)",
    MON,
    WD,
    DAY: "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d]|[.,:]\\d)",
    YEAR: "(?:1\\d{3}|20\\d\\d|21\\d\\d)(?![\\d]|[.,:]\\d)",
    NUM,
    UNIT,
    CLOCK:
      "(?:(?:[01]?\\d|2[0-3]):[0-5]\\d(?:[ \\u00a0]*(?:[ap]\\.m\\.|[AP]\\.M\\.|[AaPp][Mm]\\b))?|(?:1[0-2]|0?[1-9])[ \\u00a0]*(?:[ap]\\.m\\.|[AP]\\.M\\.|[AaPp][Mm]\\b))",
  };
}

export function monthOf(v: Vocab, word: string): number | null {
  return v.lex.months.get(word.replace(/\.$/, "").toLowerCase()) ?? null;
}

export function weekdayOf(v: Vocab, word: string): number | null {
  return v.lex.weekdays.get(word.toLowerCase()) ?? null;
}

const TEN_VALUES: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONE_VALUES = ONES.split("|");

/** The value of a number written in digits or words ("two", "twenty-five", "a couple of"). */
export function numberOf(v: Vocab, text: string): number | null {
  const t = text
    .toLowerCase()
    .replace(/[ \u00a0]+/g, " ")
    .trim();
  if (/^\d+$/.test(t)) return Number(t);
  const direct = v.lex.numbers.get(t);
  if (direct !== undefined) return direct;
  const m = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (m?.[1] && m[2] && TEN_VALUES[m[1]] !== undefined) {
    const one = ONE_VALUES.indexOf(m[2]);
    if (one >= 0) return (TEN_VALUES[m[1]] ?? 0) + one + 1;
  }
  return TEN_VALUES[t] ?? null;
}

export function unitOf(v: Vocab, word: string): UnitCode | null {
  const w = word.toLowerCase();
  if (w === "centuries") return "CE";
  return v.lex.units.get(w) ?? v.lex.units.get(w.replace(/s$/, "")) ?? null;
}

/** Parse a clock string ("03:34 PM", "6 a.m.", "14:00"). */
export function clockOf(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?[ \u00a0]*([ap])?/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const ap = m[3]?.toLowerCase();
  if (ap) {
    if (hour < 1 || hour > 12) return null;
    if (ap === "p" && hour < 12) hour += 12;
    if (ap === "a" && hour === 12) hour = 0;
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}
