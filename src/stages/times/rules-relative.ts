import { type Built, g, type Rule, type RuleEnv, wordBefore } from "./rule.js";
import type { Clock } from "./sem.js";
import { ci, clockOf, numberOf, unitOf, type Vocab, weekdayOf } from "./vocab.js";

const VAGUE = new Set(["hours", "minutes", "moments", "days", "weeks", "months", "years", "several", "a few", "few"]);

/** Weekdays, today/yesterday, this/last/next week, "two days ago", "the same day", clock times. */
export function relativeRules(v: Vocab): Rule[] {
  const { S, WD, NUM, UNIT, CLOCK } = v;
  return [
    {
      name: "weekday",
      re: new RegExp(
        `(?:(?<mod>${ci("(?:last|next|this|coming|past|previous)")})${S})?(?:(?<late>${ci("(?:late|early|later|earlier)")})${S}(?:on${S})?)?(?<wd>${WD})(?:['’]s)?(?:${S}(?<part>morning|afternoon|evening|night))?(?:${S}at${S}(?<clock>${CLOCK}))?`,
        "g",
      ),
      build: (m, env) => {
        const wd = weekdayOf(v, g(m, "wd"));
        if (wd === null) return null;
        const prev = /([A-Za-z]+)[ \u00a0]+$/.exec(env.text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
        if (!g(m, "mod") && /^[A-Z]/.test(prev) && v.lex.weekdayNamePrefixes.has(prev.toLowerCase())) return null;
        const modWord = g(m, "mod").toLowerCase();
        const mod =
          modWord === "last" || modWord === "past" || modWord === "previous"
            ? "last"
            : modWord === "next"
              ? "next"
              : modWord
                ? "this"
                : null;
        const clock = g(m, "clock") ? clockOf(g(m, "clock")) : null;
        return { sem: clock ? { k: "weekday", wd, mod, clock } : { k: "weekday", wd, mod } };
      },
    },
    {
      name: "relday",
      re: new RegExp(
        `(?:(?<adv>${ci("(?:earlier|later|late|early)")})${S})?(?<w>${ci("(?:today|tonight|yesterday|tomorrow)")})(?![A-Za-z])(?:${S}(?<part>morning|afternoon|evening|night))?|(?<this>${ci("this")}${S}(?:morning|afternoon|evening))(?![A-Za-z])|(?<ovn>${ci("overnight")})(?![A-Za-z])|${ci("the")}${S}day${S}(?<two>before${S}yesterday|after${S}tomorrow)`,
        "g",
      ),
      build: (m) => {
        if (g(m, "ovn")) return { sem: { k: "relday", offset: 0, overnight: true } };
        if (g(m, "two")) return { sem: { k: "relday", offset: g(m, "two").startsWith("before") ? -2 : 2 } };
        const w = g(m, "w").toLowerCase();
        const offset = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
        return { sem: { k: "relday", offset } };
      },
    },
    {
      name: "relunit",
      re: new RegExp(
        `(?:(?<pre>${ci("(?:earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of|by the end of)")})[ \\u00a0-]+)?(?:the${S})?(?<mod>${ci("(?:this|last|next|coming|previous|current|following)")})${S}(?<u>week|weekend|month|quarter|year)(?![A-Za-z])`,
        "g",
      ),
      build: (m) => {
        const mod = g(m, "mod").toLowerCase();
        const offset = mod === "last" || mod === "previous" ? -1 : mod === "next" || mod === "following" ? 1 : 0;
        const u = g(m, "u");
        const unit = u === "week" ? "W" : u === "weekend" ? "WE" : u === "month" ? "M" : u === "quarter" ? "Q" : "Y";
        return { sem: { k: "relunit", unit, offset } };
      },
    },
    {
      name: "weekend",
      re: new RegExp(`(?<=\\b(?<prep>by|over|at|during|on|for|until|through)${S})the${S}weekend(?![A-Za-z])`, "gi"),
      build: (m) => ({
        sem: { k: "relunit", unit: "WE", offset: /^(by|until)$/i.test(g(m, "prep")) ? 0 : Number.NaN },
      }),
    },
    {
      name: "part-of-unit",
      re: new RegExp(
        // (also "earlier in the month", "later in the year": the current unit)
        `(?:${ci("(?:the end|the beginning|the start|the middle|the rest|the remainder)")}${S}of|${ci("(?:earlier|later|early|late)")}${S}in)${S}the${S}(?<u>year|month|week)(?![A-Za-z])`,
        "g",
      ),
      build: (m) => ({
        sem: { k: "relunit", unit: g(m, "u") === "year" ? "Y" : g(m, "u") === "month" ? "M" : "W", offset: 0 },
      }),
    },
    {
      name: "ago",
      re: new RegExp(`(?<n>${NUM})${S}(?<u>${UNIT})${S}ago(?![A-Za-z])`, "g"),
      build: (m) => {
        const n = numberOf(v, g(m, "n"));
        const unit = unitOf(v, g(m, "u"));
        return n === null || unit === null || VAGUE.has(g(m, "n").toLowerCase())
          ? null
          : { sem: { k: "ago", n, unit } };
      },
    },
    {
      name: "shift",
      re: new RegExp(
        `(?:(?<n>${NUM})${S}(?<u>${UNIT})|(?<vague>${ci("(?:hours|minutes|moments|days|weeks|months|years)")})|${ci("the")}${S}(?<the>day|week|month|year))${S}(?<dir>after|before|later|earlier)(?![A-Za-z])`,
        "g",
      ),
      build: (m) => shiftBuild(v, m),
    },
    {
      name: "next-day",
      re: new RegExp(
        `${ci("the")}${S}(?<mod>next|following|previous|preceding)${S}(?:day|morning|afternoon|evening)(?![A-Za-z])`,
        "g",
      ),
      build: (m) => ({ sem: { k: "discourse", offset: /^(next|following)$/.test(g(m, "mod")) ? 1 : -1 } }),
    },
    {
      name: "same-day",
      re: new RegExp(
        `(?:${ci("on")}${S})?${ci("the")}${S}same${S}day|${ci("that")}${S}(?:same${S})?(?:day|morning|afternoon|evening|night)|${ci("(?:later|earlier|late|early)")}${S}in${S}the${S}day|(?<=\\b(?:on|for|during|of)${S})the${S}day(?![A-Za-z])|${ci("in")}${S}the${S}(?:morning|afternoon|evening)`,
        "g",
      ),
      build: () => ({ sem: { k: "discourse", offset: 0 } }),
    },
    {
      name: "clock",
      re: new RegExp(
        `(?:${ci("at")}${S})?(?:(?<clock>${CLOCK})(?:${S}(?:local${S}time|GMT|UTC))?|(?<word>midnight|noon))(?![A-Za-z])`,
        "g",
      ),
      build: (m, env) => {
        const word = g(m, "word");
        if (word && !/at[ \u00a0]+$/i.test(m[0].slice(0, m[0].length - word.length))) return null;
        const clock: Clock | null = word ? { hour: word === "noon" ? 12 : 0, minute: 0 } : clockOf(g(m, "clock"));
        if (!clock) return null;
        if (/\d[ \u00a0]*$/.test(env.text.slice(0, m.index))) return null;
        return { sem: { k: "discourse", offset: 0, clock } };
      },
    },
    ...eventRules(v),
  ];
}

function shiftBuild(v: Vocab, m: RegExpExecArray): Built | null {
  const dir = g(m, "dir");
  const sign = dir === "after" || dir === "later" ? 1 : -1;
  const open = dir === "after" || dir === "before";
  const the = g(m, "the");
  if (the) {
    if (!open) return null;
    const unit = unitOf(v, the);
    return unit ? { sem: { k: "shift", n: 1, unit, dir: sign, open } } : null;
  }
  const vague = g(m, "vague");
  if (vague) {
    const unit = unitOf(v, vague);
    return unit ? { sem: { k: "shift", n: null, unit, dir: sign, open } } : null;
  }
  const unit = unitOf(v, g(m, "u"));
  const nText = g(m, "n").toLowerCase();
  if (!unit) return null;
  const n = VAGUE.has(nText) ? null : numberOf(v, nText);
  return { sem: { k: "shift", n, unit, dir: sign, open } };
}

/** "after the summit", "20 years since the signing", durations and sets. */
function eventRules(v: Vocab): Rule[] {
  const { S, NUM, UNIT, WD } = v;
  const WORD = "[A-Za-z][A-Za-z'’-]*";
  return [
    {
      name: "event-ref",
      re: new RegExp(
        `(?:(?<adv>${ci("(?:shortly|soon|just|right|immediately|hours|minutes|moments)")})${S})?(?<p>${ci("(?:after|before|following|ahead of|prior to)")})${S}(?<rest>${WORD}(?:${S}${WORD}){0,4})`,
        "g",
      ),
      build: (m, env) => eventRefBuild(v, m, env),
    },
    {
      name: "anniversary",
      re: new RegExp(
        `(?:(?<n>${NUM})${S}(?<u>years?|decades?|months?)${S}(?:since|after|from)|${ci("the")}${S}(?<ord>\\d{1,3})(?:st|nd|rd|th)${S}anniversary${S}of)${S}(?:the${S})?(?<noun>${WORD})`,
        "g",
      ),
      build: (m) => {
        const noun = g(m, "noun");
        if (!v.lex.eventNouns.has(noun.toLowerCase())) return null;
        const n = g(m, "ord") ? Number(g(m, "ord")) : numberOf(v, g(m, "n"));
        const unit = g(m, "ord") ? "Y" : unitOf(v, g(m, "u"));
        if (n === null || unit === null) return null;
        const nounStart = m.index + m[0].length - noun.length;
        const cue = /(?:since|after|from|anniversary[ \u00a0]+of)(?![A-Za-z])/.exec(m[0]);
        const end = m.index + (cue ? cue.index + cue[0].length : m[0].length);
        return { sem: { k: "anniversary", n, unit, nounStart, nounEnd: nounStart + noun.length }, end };
      },
    },
    {
      name: "duration",
      re: new RegExp(
        `(?<span>${ci("(?:the|over|for|within|in)")}${S}(?:the${S})?(?:past|last|next|coming|previous|first|final)${S})(?:(?<n1>${NUM})${S})?(?<u1>${UNIT})|(?<n>${NUM})(?:${S}|-)(?<u>${UNIT})(?<old>-old|${S}old)?`,
        "g",
      ),
      build: (m, env) => {
        if (g(m, "old")) return null;
        const nText = g(m, "n") || g(m, "n1");
        const unit = unitOf(v, g(m, "u") || g(m, "u1"));
        if (!unit || unit === "Q") return null;
        // ("planned for next month", "due in next week's vote": without "the", next/last + unit is a date)
        if (!nText && !/\bthe\b/i.test(g(m, "span")) && /\b(next|last|coming|previous)\b/i.test(g(m, "span")))
          return null;
        if (!nText) return g(m, "span") ? { sem: { k: "duration", n: 1, unit } } : null;
        const n = VAGUE.has(nText.toLowerCase()) ? null : numberOf(v, nText);
        if (/^an?$/i.test(nText) && !g(m, "span")) {
          const before = wordBefore(env.text, m.index);
          if (/^(once|twice|times)$/.test(before) || /\d[ \u00a0]*$/.test(env.text.slice(0, m.index))) {
            return { sem: { k: "set", n: 1, unit } };
          }
          if (
            !/^(for|within|over|about|nearly|almost|than|just|only|around|roughly|some|least|more|less)$/.test(before)
          )
            return null;
        }
        return { sem: { k: "duration", n, unit } };
      },
    },
    {
      name: "set",
      re: new RegExp(
        `${ci("(?:every|each)")}${S}(?:(?<n>${NUM})${S})?(?:other${S})?(?<u>${UNIT}|${WD})|(?:${ci("(?:once|twice)")}|(?<k>${NUM})${S}times)${S}(?:a|per|every)${S}(?<u2>${UNIT})|${ci("annually")}|${ci("per")}${S}(?<u3>day|week|month|year)(?![A-Za-z])`,
        "g",
      ),
      build: (m) => {
        const w = g(m, "u") || g(m, "u2") || g(m, "u3");
        const unit = w ? (weekdayOf(v, w) !== null ? "W" : unitOf(v, w)) : "Y";
        const n = g(m, "n") ? numberOf(v, g(m, "n")) : 1;
        return unit && n ? { sem: { k: "set", n: /other/.test(m[0]) ? 2 * n : n, unit } } : null;
      },
    },
  ];
}

const REF_STOP = new Set(["the", "its", "his", "her", "their", "this", "that", "a", "an"]);
/** "two days after" reads as a shift, not an event reference: the count and unit just before. */
const countBefore = new WeakMap<Vocab, RegExp>();

function eventRefBuild(v: Vocab, m: RegExpExecArray, env: RuleEnv): Built | null {
  const before = env.text.slice(Math.max(0, m.index - 30), m.index);
  let counted = countBefore.get(v);
  if (!counted) {
    counted = new RegExp(`${v.NUM}[ \\u00a0]+${v.UNIT}[ \\u00a0]*$`);
    countBefore.set(v, counted);
  }
  if (counted.test(before)) return null;
  const rest = g(m, "rest");
  const restStart = m.index + m[0].length - rest.length;
  const words = [...rest.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  for (const [i, w] of words.entries()) {
    const word = w[0].toLowerCase();
    if (v.lex.sessionNouns.has(word)) {
      if (i === 0 && /ing$/.test(word)) return null;
      if (i > 0 && !REF_STOP.has(words[0]?.[0].toLowerCase() ?? "") && !/['’]s$/.test(words[0]?.[0] ?? "")) return null;
      const next = words[i + 1]?.[0].toLowerCase() ?? "";
      if (next === "of" || next === "to") return null;
      return { sem: { k: "eventref", noun: word }, end: restStart + (w.index ?? 0) + w[0].length };
    }
    if (i > 0 && /^(and|or|but|on|in|at|with|to|of|for|by|that|which|who)$/.test(word)) return null;
    if (i === 0 && /^(he|she|they|it|we|i|you|being|having|he's)$/.test(word)) return null;
  }
  return null;
}
