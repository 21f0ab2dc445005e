/** A stretch of text between quotation marks. `close` is -1 when the paragraph ends first. */
export interface QuoteRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1. */
  readonly close: number;
  /** Content span: inside the marks, whitespace trimmed, a closing comma dropped. */
  readonly start: number;
  readonly end: number;
  readonly single: boolean;
}

const OPEN_CURLY = "“„«";
const CLOSE_CURLY = "”»";
const MAX_SINGLE_WORDS = 10;
/** 1 at the char code of every double mark, straight or curly. */
const DOUBLE_MARKS = ((): Uint8Array => {
  const codes = [...`"${OPEN_CURLY}${CLOSE_CURLY}`].map((c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
})();

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function region(text: string, open: number, close: number, innerEnd: number, single: boolean): QuoteRegion | null {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  while (end > start && (text[end - 1] === "," || text[end - 1] === ";" || text[end - 1] === ":")) end--;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { open, close, start, end, single } : null;
}

/**
 * Double-quoted regions of one paragraph [from, to). Curly marks say which way they face; a straight
 * mark faces by its spacing ("open" before a word, "close" after one) and alternates when spacing is silent.
 */
function doubleRegions(text: string, from: number, to: number, out: QuoteRegion[]): void {
  let open = -1;
  for (let i = from; i < to; i++) {
    if (DOUBLE_MARKS[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i] as string;
    const before = i === from || /[\s([{\u2014\u2013]/u.test(text[i - 1] ?? "");
    const after = i + 1 >= to || /[\s.,;:!?)\]}\u2014\u2013]/u.test(text[i + 1] ?? "");
    const opens = OPEN_CURLY.includes(ch) || (ch === '"' && before && !after);
    const closes = CLOSE_CURLY.includes(ch) || (ch === '"' && !before && after);
    if (open < 0) {
      if (!closes) open = i;
    } else if (opens && !closes) {
      // A new opening mark while one is open: the first quote ran on unclosed.
      const r = region(text, open, -1, i, false);
      if (r) out.push(r);
      open = i;
    } else {
      const r = region(text, open, i, i, false);
      if (r) out.push(r);
      open = -1;
    }
  }
  if (open >= 0) {
    const r = region(text, open, -1, to, false);
    if (r) out.push(r);
  }
}

/** Single-quoted fragments ('special relationship'): short, word-bounded, never an apostrophe. */
function singleRegions(text: string, from: number, to: number, out: QuoteRegion[]): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018) continue;
    const bounded = isSpace(text[i - 1]) || text[i - 1] === "(";
    if (!bounded || !isWordChar(text[i + 1])) continue;
    for (let j = i + 2; j < to; j++) {
      const c = text[j];
      if (c === "\n" || c === '"' || c === "“" || c === "”") break;
      if ((c === "'" || c === "’") && !isWordChar(text[j + 1])) {
        const words = text.slice(i + 1, j).split(/\s+/).length;
        if (words <= MAX_SINGLE_WORDS) {
          const r = region(text, i, j, j, true);
          if (r) out.push(r);
        }
        i = j;
        break;
      }
    }
  }
}

/** Every quoted region of the text, in order. A quote never runs past the end of its paragraph. */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    doubleRegions(text, from, to, out);
    singleRegions(text, from, to, out);
    from = to + 1;
  }
  return out.sort((a, b) => a.open - b.open);
}
