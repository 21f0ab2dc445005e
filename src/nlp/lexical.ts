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

/** Per-token integer codes shared by the tagger and the parser. */
export interface LexicalCodes {
  readonly n: number;
  readonly word: Int32Array;
  readonly raw: Int32Array;
  readonly shape: Int32Array;
  readonly suf1: Int32Array;
  readonly suf2: Int32Array;
  readonly suf3: Int32Array;
  readonly suf4: Int32Array;
  readonly pre1: Int32Array;
  readonly pre3: Int32Array;
  /** Lowercased form (ambiguity-class lookups). */
  readonly low: Int32Array;
}

/** Compute the codes of a sentence's forms once, before any feature extraction. */
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
    c.word[i] = hashString(normWord(f));
    c.raw[i] = hashString(f);
    c.shape[i] = hashString(wordShape(f));
    c.suf1[i] = hashString(low.slice(-1));
    c.suf2[i] = hashString(low.slice(-2));
    c.suf3[i] = hashString(low.slice(-3));
    c.suf4[i] = hashString(low.slice(-4));
    c.pre1[i] = hashString(f.slice(0, 1));
    c.pre3[i] = hashString(low.slice(0, 3));
    c.low[i] = hashString(low);
  }
  return c;
}
