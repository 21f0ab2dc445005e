import { rulesFor } from "./rules.js";
import type { Candidate, Sem } from "./sem.js";
import type { Vocab } from "./vocab.js";

interface Found extends Candidate {
  readonly rule: number;
  readonly blocked?: boolean;
}

/** Every time expression in `text[start, end)`, as non-overlapping candidates with doc offsets. */
export function recognize(v: Vocab, text: string, start: number, end: number): Candidate[] {
  const sentence = text.slice(start, end);
  const rules = rulesFor(v);
  const found: Found[] = [];
  rules.forEach((rule, index) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m !== null; m = rule.re.exec(sentence)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      // No expression starts inside a word ("in next week" in "Guilin next week"): try from the next character.
      // (the two code units before it hold the previous character, surrogate pairs included)
      if (/^\p{L}/u.test(m[0]) && /\p{L}$/u.test(sentence.slice(Math.max(0, m.index - 2), m.index))) {
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      const built = rule.build(m, { v, text: sentence });
      if (!built) continue;
      const s = built.start ?? m.index;
      const e = built.end ?? m.index + m[0].length;
      if (e <= s) continue;
      const sem = shiftSem(built.sem, start);
      found.push({
        start: start + s,
        end: start + e,
        sem,
        rule: index,
        ...(built.part ? { part: built.part } : {}),
        ...(built.blocked ? { blocked: true } : {}),
      });
    }
  });
  return merge(
    sentence,
    start,
    select(found).filter((c) => !c.blocked),
  );
}

/** Offsets inside a meaning are sentence-relative while rules run; make them doc offsets. */
function shiftSem(sem: Sem, base: number): Sem {
  return sem.k === "anniversary" ? { ...sem, nounStart: sem.nounStart + base, nounEnd: sem.nounEnd + base } : sem;
}

/** Longest first; on equal length the earlier rule wins; no two chosen candidates overlap. */
function select(found: Found[]): Found[] {
  const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const chosen: Found[] = [];
  for (const c of order) {
    if (chosen.some((o) => o.start < c.end && c.start < o.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const DATED = new Set(["date", "weekday", "relday"]);

/** Join a clock time with its day ("at 6 a.m. on Friday") and two like items into a range ("1970s and 1980s"). */
function merge(sentence: string, base: number, items: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of items) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = sentence.slice(prev.end - base, c.start - base);
      const joined = join(prev, c, gap);
      if (joined) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function join(a: Candidate, b: Candidate, gap: string): Candidate | null {
  const span = { start: a.start, end: b.end };
  if (
    a.sem.k === "discourse" &&
    a.sem.clock &&
    DATED.has(b.sem.k) &&
    /^[ \u00a0]*,?[ \u00a0]*(on[ \u00a0]+)?$/i.test(gap)
  ) {
    return { ...span, sem: withClock(b.sem, a.sem.clock) };
  }
  if (
    b.sem.k === "discourse" &&
    b.sem.clock &&
    DATED.has(a.sem.k) &&
    /^[ \u00a0]*,?[ \u00a0]*(at[ \u00a0]+)?$/i.test(gap)
  ) {
    return { ...span, sem: withClock(a.sem, b.sem.clock) };
  }
  if (!/^[ \u00a0]*(-|–|—|and|to|through|until|till)[ \u00a0]*$/i.test(gap)) return null;
  const same =
    (a.sem.k === "decade" && b.sem.k === "decade") ||
    (a.sem.k === "weekday" && b.sem.k === "weekday" && !b.sem.mod) ||
    (a.sem.k === "date" && b.sem.k === "date" && sameGrain(a.sem, b.sem));
  return same ? { ...span, sem: { k: "range", from: a.sem, to: b.sem } } : null;
}

function sameGrain(a: Sem & { k: "date" }, b: Sem & { k: "date" }): boolean {
  return (a.d === null) === (b.d === null) && (a.m === null) === (b.m === null) && !a.numeric && !b.numeric;
}

function withClock(sem: Sem, clock: { hour: number; minute: number }): Sem {
  return sem.k === "date" || sem.k === "weekday" || sem.k === "relday" ? { ...sem, clock } : sem;
}
