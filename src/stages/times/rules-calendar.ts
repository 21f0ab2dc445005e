import { isValidDate } from "./calendar.js";
import { type Built, g, partOf, type Rule, type RuleEnv, wordAfter, wordBefore } from "./rule.js";
import type { Clock, Sem } from "./sem.js";
import { ci, clockOf, monthOf, type Vocab, weekdayOf } from "./vocab.js";

const S0 = "[ \\u00a0]*";
const MODS = "early|late|mid|the end of|the beginning of|the start of|the middle of";
/** Words after which an ambiguous month name ("May", "March") is a month. */
const MONTH_CONTEXT = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "through",
  "during",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "end",
  "beginning",
  "start",
  "middle",
]);

/** "May" and "March" are names; "Jan" and "Mar." alone are too likely to be something else. */
function isFullMonthName(v: Vocab, word: string): boolean {
  const w = word.toLowerCase();
  const n = v.lex.months.get(w);
  return n !== undefined && [...v.lex.months].every(([k, m]) => m !== n || k.length <= w.length);
}

function day(text: string): number {
  return Number.parseInt(text, 10);
}

/** Year as written, or null; a two-digit year takes the century of `near`. */
function yearOf(text: string, near?: number): number | null {
  if (!text) return null;
  const n = Number(text);
  if (text.length === 2 && near !== undefined) return Math.floor(near / 100) * 100 + n;
  return n;
}

/** A full or partial date; null when the day does not exist (February 30). */
function dateSem(y: number | null, m: number, d: number | null, clock?: Clock | null): Sem | null {
  if (d !== null && !isValidDate(y ?? 2000, m, d)) return null;
  return clock ? { k: "date", y, m, d, clock } : { k: "date", y, m, d };
}

function clockFrom(text: string): Clock | null | undefined {
  if (!text) return undefined;
  return clockOf(text);
}

function countFollows(env: RuleEnv, end: number): boolean {
  const next = wordAfter(env.text, end).toLowerCase();
  return env.v.lex.countNouns.has(next) || /^[ \u00a0]*(%|per cent)/.test(env.text.slice(end, end + 10));
}

/** A day-month pair with an optional weekday, which must agree with the date when the year is known. */
function dayDate(m: RegExpExecArray, env: RuleEnv): Built | null {
  const mon = monthOf(env.v, g(m, "mon"));
  if (mon === null) return null;
  const y = yearOf(g(m, "year"));
  if (y === null && countFollows(env, m.index + m[0].length)) return null;
  const clock = clockFrom(g(m, "clock"));
  if (clock === null) return null;
  const sem = dateSem(y, mon, day(g(m, "day")), clock);
  if (!sem) return { sem: { k: "date", y, m: mon, d: null }, blocked: true };
  if (g(m, "wd") && y === null) {
    const wd = weekdayOf(env.v, g(m, "wd"));
    return wd === null ? { sem } : { sem: { ...sem, wd } as Sem };
  }
  return { sem };
}

function rangeBuild(m: RegExpExecArray, env: RuleEnv): Built | null {
  const mon = monthOf(env.v, g(m, "mon"));
  const mon1 = g(m, "mon1") ? monthOf(env.v, g(m, "mon1")) : mon;
  const mon2 = g(m, "mon2") ? monthOf(env.v, g(m, "mon2")) : mon;
  if (mon === null || mon1 === null || mon2 === null) return null;
  const y = yearOf(g(m, "year"));
  const a = dateSem(y, g(m, "mon2") ? mon : mon1, day(g(m, "d1")), null);
  const b = dateSem(y, mon2, day(g(m, "d2")), null);
  if (!a || !b) return null;
  if (a.k === "date" && b.k === "date" && a.m === b.m && (a.d ?? 0) >= (b.d ?? 0)) return null;
  return { sem: { k: "range", from: a, to: b } };
}

function yearRangeBuild(m: RegExpExecArray, env: RuleEnv): Built | null {
  const y1 = Number(g(m, "y1"));
  const y2 = yearOf(g(m, "y2"), y1) ?? 0;
  if (y2 <= y1 || y2 - y1 > 200) return null;
  if (countFollows(env, m.index + m[0].length)) return null;
  return {
    sem: { k: "range", from: { k: "date", y: y1, m: null, d: null }, to: { k: "date", y: y2, m: null, d: null } },
  };
}

export function calendarRules(v: Vocab): Rule[] {
  const { S, C, MON, WD, DAY, YEAR, CLOCK } = v;
  const SEP = `${S0}(?:-|–|—|${S}(?:to|and|through|until|till)${S})${S0}`;
  const PRE = `(?:(?<pre>${ci("from")}|${ci("between")})${S})?`;
  const TAIL = `(?:${C}(?<year>${YEAR}))?(?:${C}(?:at${S})?(?<clock>${CLOCK}))?`;
  return [
    {
      name: "month-day",
      re: new RegExp(`(?:(?<wd>${WD})${C})?(?<mon>${MON})${S}(?<day>${DAY})${TAIL}`, "g"),
      build: dayDate,
    },
    {
      name: "day-month",
      re: new RegExp(
        `(?<![\\d$£€.,])(?:(?<wd>${WD})${C})?(?:the${S})?(?<day>${DAY})(?:${S}of)?${S}(?<mon>${MON})${TAIL}`,
        "g",
      ),
      build: dayDate,
    },
    {
      name: "month-day-range",
      re: new RegExp(
        `${PRE}(?<mon>${MON})${S}(?<d1>${DAY})${SEP}(?:(?<mon2>${MON})${S})?(?<d2>${DAY})(?:${C}(?<year>${YEAR}))?`,
        "g",
      ),
      build: rangeBuild,
    },
    {
      name: "day-month-range",
      re: new RegExp(
        `(?<![\\d$£€.,])${PRE}(?<d1>${DAY})(?:${S}(?<mon1>${MON}))?${SEP}(?<d2>${DAY})${S}(?<mon>${MON})(?:${C}(?<year>${YEAR}))?`,
        "g",
      ),
      build: (m, env) => {
        const built = rangeBuild(m, env);
        if (built?.sem.k !== "range" || !g(m, "mon1")) return built;
        return {
          sem: { ...built.sem, from: { ...(built.sem.from as Sem & { k: "date" }), m: monthOf(v, g(m, "mon1")) } },
        };
      },
    },
    {
      name: "month-year",
      re: new RegExp(`(?:(?<mod>${ci(`(?:${MODS})`)})[ \\u00a0-]+)?(?<mon>${MON})(?:${S}of)?${C}(?<year>${YEAR})`, "g"),
      build: (m) => {
        const mon = monthOf(v, g(m, "mon"));
        return mon === null ? null : { sem: { k: "date", y: Number(g(m, "year")), m: mon, d: null } };
      },
    },
    {
      name: "month-rel-year",
      re: new RegExp(`(?<mon>${MON})(?:${S}of)?${S}(?<rel>last|next|this)${S}year\\b`, "g"),
      build: (m) => {
        const mon = monthOf(v, g(m, "mon"));
        const rel = { last: -1, next: 1, this: 0 }[g(m, "rel") as "last"] ?? 0;
        return mon === null ? null : { sem: { k: "date", y: null, m: mon, d: null, yearRel: rel } };
      },
    },
    {
      name: "month",
      re: new RegExp(
        `(?:(?<mod>${ci(`(?:${MODS}|last|next|this)`)})[ \\u00a0-]+)?(?<mon>${MON})(?![ \\u00a0]*(?:\\d|,[ \\u00a0]*\\d))`,
        "g",
      ),
      build: (m, env) => {
        const word = g(m, "mon");
        const mon = monthOf(v, word);
        if (mon === null || word.length < 3 || /^[A-Z]{3}$/.test(word)) return null;
        const mod = g(m, "mod").toLowerCase();
        const monStart = m.index + m[0].length - word.length;
        const before = mod ? (mod.split(" ")[0] ?? "") : wordBefore(env.text, monStart);
        if (v.lex.ambiguousMonths.has(word.replace(/\.$/, "").toLowerCase()) && !MONTH_CONTEXT.has(before)) return null;
        if (!isFullMonthName(v, word)) return null;
        const rel = mod === "last" ? -1 : mod === "next" ? 1 : mod === "this" ? 0 : undefined;
        const sem: Sem =
          rel === undefined ? { k: "date", y: null, m: mon, d: null } : { k: "date", y: null, m: mon, d: null, rel };
        return { sem, part: partOf(mod) };
      },
    },
    {
      name: "numeric-date",
      re: /(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<c>\d{4}|\d{2})(?![\d/]|\.\d)/g,
      build: (m) => {
        const a = Number(g(m, "a"));
        const b = Number(g(m, "b"));
        const c = g(m, "c");
        const y = c.length === 2 ? 2000 + Number(c) : Number(c);
        const mdy = isValidDate(y, a, b);
        const dmy = isValidDate(y, b, a);
        if (!mdy && !dmy) return null;
        // Order (month-first or day-first) is decided at resolution from the outlet's zone.
        const numeric = mdy && dmy ? "either" : mdy ? "mdy" : "dmy";
        return { sem: { k: "date", y, m: a, d: b, ambiguous: mdy && dmy && a !== b, numeric } };
      },
    },
    {
      name: "iso-date",
      re: /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)/g,
      build: (m) => {
        const sem = dateSem(Number(g(m, "y")), Number(g(m, "m")), Number(g(m, "d")));
        return sem ? { sem } : null;
      },
    },
    {
      name: "year-range",
      re: new RegExp(
        `(?<![\\d$£€¥#.,/+-])${PRE}(?<y1>${YEAR})${S0}(?:-|–|—|/|${S}(?:to|and|through|until|till)${S})${S0}(?<y2>\\d{4}|\\d{2})(?![\\d%]|[.,:]\\d)`,
        "g",
      ),
      build: yearRangeBuild,
    },
    ...yearRules(v),
  ];
}

function yearRules(v: Vocab): Rule[] {
  const { S, C, YEAR } = v;
  const YEAR_CONTEXT = new Set([
    "in",
    "since",
    "of",
    "the",
    "an",
    "a",
    "from",
    "until",
    "by",
    "year",
    "before",
    "after",
  ]);
  return [
    {
      name: "year",
      re: new RegExp(
        `(?:(?<mod>${ci(`(?:${MODS})`)})[ \\u00a0-]+)?(?<![\\d$£€¥#.,/+-])(?<y>${YEAR})(?![\\d+]|[.,:/]\\d|-\\d|[ \\u00a0]*%)`,
        "g",
      ),
      build: (m, env) => {
        const y = Number(g(m, "y"));
        const yStart = m.index + m[0].length - 4;
        if (countFollows(env, m.index + m[0].length)) return null;
        if (y < 1800 && !YEAR_CONTEXT.has(wordBefore(env.text, yStart))) return null;
        if (/[+×*=]\s*$/.test(env.text.slice(Math.max(0, yStart - 3), yStart))) return null;
        return { sem: { k: "date", y, m: null, d: null }, part: partOf(g(m, "mod")) };
      },
    },
    {
      name: "short-year",
      re: /(?<![A-Za-z\d'’‘])['’‘](?<yy>\d\d)(?![\d%A-Za-z'’]|[.,]\d)/g,
      build: (m) => ({ sem: { k: "date", y: Number(g(m, "yy")) + 1900, m: null, d: null, shortYear: true } }),
    },
    {
      name: "decade",
      re: new RegExp(
        `(?:(?<mod>${ci("(?:early|late|mid)")})[ \\u00a0-]+)?(?:${ci("the")}${S})?(?<dec>(?:1\\d|20)\\d0)['’]?s(?![A-Za-z])`,
        "g",
      ),
      build: (m) => ({ sem: { k: "decade", start: Number(g(m, "dec")), length: 10 }, part: partOf(g(m, "mod")) }),
    },
    {
      name: "short-decade",
      re: new RegExp(`(?:${ci("the")}${S}['’‘]?|['’‘])(?<dd>[0-9]0)['’]?s(?![A-Za-z])`, "g"),
      build: (m) => ({ sem: { k: "decade", start: 1900 + Number(g(m, "dd")), length: 10 }, start: m.index }),
    },
    {
      name: "year-part",
      re: new RegExp(
        `(?:${ci("the")}${S})?(?<ord>${ci("(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)")})[ \\u00a0-]+(?<kind>quarter|half)(?:${S}of${S}(?:(?<y>${YEAR})|(?<rel>this|last|next|the)${S}year)|${C}(?<y2>${YEAR}))?`,
        "g",
      ),
      build: (m) => {
        const ord = g(m, "ord")
          .toLowerCase()
          .replace(/^(\d)(st|nd|rd|th)$/, "$1");
        const half = g(m, "kind") === "half";
        const index = /^\d$/.test(ord) ? Number(ord) : (v.lex.ordinals.get(ord) ?? 0);
        const yText = g(m, "y") || g(m, "y2");
        const rel = g(m, "rel");
        if (!yText && !rel && ord === "last") return { sem: { k: "relunit", unit: half ? "Y" : "Q", offset: -1 } };
        if (half && index > 2 && ord !== "final") return null;
        const idx = half ? (ord === "final" || ord === "last" ? 2 : index) : index;
        if (idx < 1) return null;
        const yearRel = rel === "last" ? -1 : rel === "next" ? 1 : rel ? 0 : null;
        return { sem: { k: "part", months: half ? 6 : 3, index: idx, y: yText ? Number(yText) : null, yearRel } };
      },
    },
    {
      name: "q-year",
      re: new RegExp(`\\bQ(?<q>[1-4])(?:${S}(?<y>${YEAR}))?\\b`, "g"),
      build: (m) => ({
        sem: { k: "part", months: 3, index: Number(g(m, "q")), y: g(m, "y") ? Number(g(m, "y")) : null, yearRel: null },
      }),
    },
  ];
}
