import type { SegmentRules } from "./rules.js";

/** Token boundaries as parallel arrays of start/end offsets into the text. */
export interface TokenSpans {
  readonly starts: number[];
  readonly ends: number[];
}

const OPENERS = new Set(['"', "“", "‘", "«", "(", "[", "{", "<", "'", "`", "—", "–", "…", "*", "•"]);
const CLOSERS = new Set(['"', "”", "’", "»", ")", "]", "}", ">", ",", ";", ":", "!", "?", "'", "—", "–", "…", "*"]);
const URL = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const ALWAYS_SPLIT = new Set([
  "+",
  "%",
  "$",
  "€",
  "£",
  "¥",
  "=",
  "—",
  "–",
  "…",
  "(",
  ")",
  "[",
  "]",
  '"',
  "“",
  "”",
  "|",
  "~",
  "^",
]);

/** Split `text` into tokens (UD EWT conventions: clitics, hyphens and currency split off). */
export function tokenize(text: string, rules: SegmentRules): TokenSpans {
  const out: TokenSpans = { starts: [], ends: [] };
  for (const m of text.matchAll(/\S+/g)) {
    const a = m.index;
    if (/^(?:\d{1,3}|[a-zA-Z])[.)]$/.test(m[0]) && atLineStart(text, a)) {
      push(out, a, a + m[0].length);
      continue;
    }
    splitChunk(text, a, a + m[0].length, rules, out);
  }
  return out;
}

/** A list enumerator ("1.", "b)") stands first on its line. */
function atLineStart(text: string, a: number): boolean {
  let i = a - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n";
}

function push(out: TokenSpans, a: number, b: number): void {
  if (b > a) {
    out.starts.push(a);
    out.ends.push(b);
  }
}

/** True when `core` (without its final period) is an abbreviation that keeps the period. */
export function isAbbreviation(core: string, rules: SegmentRules): boolean {
  if (/^\p{L}$/u.test(core)) return /^\p{Lu}$/u.test(core);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(core)) return true;
  const low = core.toLowerCase();
  return rules.titles.has(low) || rules.enders.has(low);
}

function splitChunk(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  // Opening punctuation.
  while (b - a > 1 && OPENERS.has(text[a])) {
    if ((text[a] === "'" || text[a] === "’") && /^\d0s$|^\d\ds$/.test(text.slice(a + 1, b))) break;
    push(out, a, a + 1);
    a++;
  }
  // Closing punctuation, collected from the end.
  const tail: Array<[number, number]> = [];
  while (b - a > 1) {
    const ch = text[b - 1];
    if (ch === ".") {
      let d = b - 1;
      while (d > a && text[d - 1] === ".") d--;
      if (b - d > 1) {
        tail.push([d, b]);
        b = d;
        continue;
      }
      if (isAbbreviation(text.slice(a, b - 1), rules)) break;
      tail.push([b - 1, b]);
      b--;
      continue;
    }
    if (!CLOSERS.has(ch)) break;
    if (URL.test(text.slice(a, b)) && ch !== "," && ch !== ")" && ch !== '"' && ch !== "”") break;
    tail.push([b - 1, b]);
    b--;
  }
  splitCore(text, a, b, rules, out);
  for (let i = tail.length - 1; i >= 0; i--) push(out, tail[i][0], tail[i][1]);
}

function splitCore(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  const core = text.slice(a, b);
  if (URL.test(core) || core.length === 1) {
    push(out, a, b);
    return;
  }
  const cl = CLITIC.exec(core);
  if (cl && /\p{L}/u.test(cl[1])) {
    let base = cl[1].length;
    const low = core.toLowerCase();
    // "can't" -> "ca n't", "won't" -> "wo n't": the clitic is always the last three characters.
    if (/n['’]t$/.test(low)) base = core.length - 3;
    splitCore(text, a, a + base, rules, out);
    push(out, a + base, b);
    return;
  }
  if (/^cannot$/i.test(core)) {
    push(out, a, a + 3);
    push(out, a + 3, b);
    return;
  }
  let start = a;
  for (let i = a; i < b; i++) {
    const sep = isSeparator(text, a, b, i, start, rules);
    if (!sep) continue;
    piece(text, start, i, rules, out);
    push(out, i, i + 1);
    start = i + 1;
  }
  piece(text, start, b, rules, out);
}

function isSeparator(text: string, a: number, b: number, i: number, start: number, rules: SegmentRules): boolean {
  const ch = text[i];
  if (ALWAYS_SPLIT.has(ch)) {
    // "US$" stays one token; "$" after letters other than a currency prefix splits.
    if (ch === "$" && i > a && /^[A-Z]{1,3}$/.test(text.slice(start, i))) return false;
    return true;
  }
  if (ch === "-") {
    if (i === a || i === b - 1) return true;
    const left = text.slice(start, i).toLowerCase();
    return !(start === a && rules.prefixes.has(left));
  }
  if (ch === "/") {
    return !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));
  }
  return false;
}

/** A piece between separators: numbers with unit suffixes split ("40bn" -> "40", "bn"). */
function piece(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  if (b <= a) return;
  const cur = /^[A-Z]{0,3}\$/.exec(text.slice(a, b));
  if (cur && b - a > cur[0].length) {
    push(out, a, a + cur[0].length);
    a += cur[0].length;
  }
  const s = text.slice(a, b);
  const m = /^(\d[\d.,]*)(\p{L}+)$/u.exec(s);
  if (m && rules.unitSuffixes.has(m[2].toLowerCase())) {
    push(out, a, a + m[1].length);
    push(out, a + m[1].length, b);
    return;
  }
  push(out, a, b);
}
