import { hashString } from "./hash.js";

/** Normalized form for word features: lowercase; numbers collapse to a class. */
export function normWord(form: string): string {
  if (/^\d{4}$/.test(form)) return "!YEAR";
  if (/^[\d.,:/+%$-]*\d[\d.,:/+%$-]*$/.test(form)) return "!NUM";
  return form.toLowerCase();
}

/** Word shape, runs capped at two repeats: "Lavrov" -> "Xxx", "COVID-19" -> "XX-dd". */
export function wordShape(form: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of form) {
    const c = shapeChar(ch);
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
    }
    out += c;
    last = c;
  }
  return out;
}

function shapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return "X";
    if (code >= 97 && code <= 122) return "x";
    if (code >= 48 && code <= 57) return "d";
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
}

/** Per-token integer codes shared by the tagger and the parser: `hashString` of the strings named. */
export interface LexicalCodes {
  readonly n: number;
  /** `normWord(form)`. */
  readonly word: Int32Array;
  /** The form as written. */
  readonly raw: Int32Array;
  /** `wordShape(form)`. */
  readonly shape: Int32Array;
  /** Last 1, 2, 3 and 4 code units of the lowercased form. */
  readonly suf1: Int32Array;
  readonly suf2: Int32Array;
  readonly suf3: Int32Array;
  readonly suf4: Int32Array;
  /** First code unit of the form as written; first three of the lowercased form. */
  readonly pre1: Int32Array;
  readonly pre3: Int32Array;
  /** Lowercased form (ambiguity-class lookups). */
  readonly low: Int32Array;
}

/** FNV-1a of `s.slice(from, to)` without building the slice (equals `hashString` of it). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shape code of a code unit below 128 (see `shapeChar`). */
function asciiShape(code: number): number {
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 48 && code <= 57) return 100; // d
  return code;
}

/** `hashString(wordShape(form))`, without building the shape for all-ASCII forms. */
function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 128) return hashString(wordShape(form));
    const c = asciiShape(code);
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else {
      run = 0;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
    last = c;
  }
  return h >>> 0;
}

/** Does the form contain an ASCII digit (the only forms `normWord` does not just lowercase)? */
function hasDigit(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Compute the codes of a sentence's forms once, before any feature extraction. Each code is the
 * `hashString` of the string its comment in `LexicalCodes` names (hashed in place, no slices).
 */
export function lexicalCodes(forms: readonly string[]): LexicalCodes {
  const n = forms.length;
  const c = {
    n,
    word: new Int32Array(n),
    raw: new Int32Array(n),
    shape: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    pre1: new Int32Array(n),
    pre3: new Int32Array(n),
    low: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const f = forms[i];
    const low = f.toLowerCase();
    const len = low.length;
    const lowCode = hashString(low);
    c.low[i] = lowCode;
    c.word[i] = hasDigit(f) ? hashString(normWord(f)) : lowCode;
    c.raw[i] = low === f ? lowCode : hashString(f);
    c.shape[i] = shapeHash(f);
    c.suf1[i] = hashRange(low, Math.max(0, len - 1), len);
    c.suf2[i] = hashRange(low, Math.max(0, len - 2), len);
    c.suf3[i] = hashRange(low, Math.max(0, len - 3), len);
    c.suf4[i] = hashRange(low, Math.max(0, len - 4), len);
    c.pre1[i] = hashRange(f, 0, Math.min(1, f.length));
    c.pre3[i] = hashRange(low, 0, Math.min(3, len));
  }
  return c;
}
