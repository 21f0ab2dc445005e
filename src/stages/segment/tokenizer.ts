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
const STANDALONE_CLITIC = /^(s|re|ve|ll|d|m)[.,;:!?]*$/i;
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

const codes = (chars: Iterable<string>): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPENER_CODES = codes(OPENERS);
const CLOSER_CODES = codes(CLOSERS);
const SPLIT_CODES = codes(ALWAYS_SPLIT);
const ENUMERATOR = /^(?:\d{1,3}|[a-zA-Z])[.)]$/;
/** Whitespace, and the invisible marks scraped text carries between words (zero-width space, LRM/RLM, word joiner). */
const SPACE = /[\s\u200B\u200E\u200F\u2060]/;

/** Whether the UTF-16 code unit separates tokens (ASCII by table, the rest by `SPACE`). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] as string);
}

/** The two sides of a model designator's hyphen: a capitalized short name, a number with an optional suffix. */
const DESIGNATOR_LEFT = /^[A-Z][A-Za-z]{0,2}$/;
const DESIGNATOR_RIGHT = /^\d{1,4}[A-Za-z]{0,2}$/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Split `text` into tokens (UD EWT conventions: clitics, hyphens and currency split off). */
export function tokenize(text: string, rules: SegmentRules): TokenSpans {
  const out: TokenSpans = { starts: [], ends: [] };
  const n = text.length;
  let a = 0;
  while (a < n) {
    while (a < n && isSpace(text, a)) a++;
    if (a >= n) break;
    let b = a + 1;
    while (b < n && !isSpace(text, b)) b++;
    // A list enumerator ("1.", "b)") is two to four characters ending in "." or ")".
    const last = text.charCodeAt(b - 1);
    if (b - a <= 4 && (last === 46 || last === 41) && ENUMERATOR.test(text.slice(a, b)) && atLineStart(text, a)) {
      push(out, a, b);
    } else splitChunk(text, a, b, rules, out);
    a = b;
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

/** Whether [a, b) can be a URL or e-mail address at all: it starts like "http"/"www" or holds an "@". */
function mayBeUrl(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c === 104 || c === 72 || c === 119 || c === 87) return true;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 64) return true;
  return false;
}

function splitChunk(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  // Opening punctuation.
  while (b - a > 1 && OPENER_CODES.has(text.charCodeAt(a))) {
    if ((text[a] === "'" || text[a] === "’") && /^\d0s$|^\d\ds$/.test(text.slice(a + 1, b))) break;
    // "the company 's plan": a clitic set apart by a space (pre-tokenized text) stays one token
    if ((text[a] === "'" || text[a] === "’") && STANDALONE_CLITIC.test(text.slice(a + 1, b))) break;
    push(out, a, a + 1);
    a++;
  }
  // Closing punctuation, collected from the end (as end offsets; each piece runs to the previous one).
  const tail: number[] = [];
  const end = b;
  while (b - a > 1) {
    const c = text.charCodeAt(b - 1);
    if (c === 46) {
      let d = b - 1;
      while (d > a && text.charCodeAt(d - 1) === 46) d--;
      if (b - d > 1) {
        tail.push(d);
        b = d;
        continue;
      }
      if (isAbbreviation(text.slice(a, b - 1), rules)) break;
      tail.push(b - 1);
      b--;
      continue;
    }
    if (!CLOSER_CODES.has(c)) break;
    const keepsUrl = c !== 44 && c !== 41 && c !== 34 && c !== 0x201d;
    if (keepsUrl && mayBeUrl(text, a, b) && URL.test(text.slice(a, b))) break;
    tail.push(b - 1);
    b--;
  }
  splitCore(text, a, b, rules, out);
  for (let i = tail.length - 1; i >= 0; i--) push(out, tail[i] as number, i > 0 ? (tail[i - 1] as number) : end);
}

function splitCore(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  if (b - a === 1) {
    push(out, a, b);
    return;
  }
  // Plain words and plain numbers (most tokens) have nothing to split.
  let letters = true;
  let digits = true;
  let apostrophe = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) letters = false;
    if (!isDigit(c)) digits = false;
    if (c === 39 || c === 0x2019) apostrophe = true;
  }
  if (digits || (letters && !(b - a === 6 && text.slice(a, b).toLowerCase() === "cannot"))) {
    push(out, a, b);
    return;
  }
  const core = text.slice(a, b);
  if (mayBeUrl(text, a, b) && URL.test(core)) {
    push(out, a, b);
    return;
  }
  const cl = apostrophe ? CLITIC.exec(core) : null;
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
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 47 && !SPLIT_CODES.has(c)) continue;
    if (!isSeparator(text, a, b, i, start, rules)) continue;
    piece(text, start, i, rules, out);
    push(out, i, i + 1);
    start = i + 1;
  }
  piece(text, start, b, rules, out);
}

function isSeparator(text: string, a: number, b: number, i: number, start: number, rules: SegmentRules): boolean {
  const ch = text[i] as string;
  if (ALWAYS_SPLIT.has(ch)) {
    // "US$" stays one token; "$" after letters other than a currency prefix splits.
    if (ch === "$" && i > a && /^[A-Z]{1,3}$/.test(text.slice(start, i))) return false;
    return true;
  }
  if (ch === "-") {
    if (i === a || i === b - 1) return true;
    const left = text.slice(start, i);
    // a model designator is one name ("F-16s", "S-400", "MiG-29", "G-20"; not "COVID-19", split as the treebank does)
    if (start === a && DESIGNATOR_LEFT.test(left) && DESIGNATOR_RIGHT.test(text.slice(i + 1, b))) return false;
    return !(start === a && rules.prefixes.has(left.toLowerCase()));
  }
  if (ch === "/") {
    return !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""));
  }
  return false;
}

/** A piece between separators: numbers with unit suffixes split ("40bn" -> "40", "bn"). */
function piece(text: string, a: number, b: number, rules: SegmentRules, out: TokenSpans): void {
  if (b <= a) return;
  // A currency prefix: up to three capitals and "$" ("US$40" -> "US$", "40").
  let caps = 0;
  while (caps < 4 && a + caps < b && isUpperAscii(text.charCodeAt(a + caps))) caps++;
  if (caps <= 3 && a + caps < b && text.charCodeAt(a + caps) === 36 && b - a > caps + 1) {
    push(out, a, a + caps + 1);
    a += caps + 1;
  }
  const m = isDigit(text.charCodeAt(a)) ? /^(\d[\d.,]*)(\p{L}+)$/u.exec(text.slice(a, b)) : null;
  if (m && rules.unitSuffixes.has(m[2].toLowerCase())) {
    push(out, a, a + m[1].length);
    push(out, a + m[1].length, b);
    return;
  }
  push(out, a, b);
}
