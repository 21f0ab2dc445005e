import type { Span } from "../../doc/span.js";

/** Dashes that close a wire dateline ("BOGOTA —", "LONDON (Reuters) -"), standing between spaces. */
export const DASHES: ReadonlySet<string> = new Set(["—", "–", "--", "-"]);
/** Longest dateline read, in tokens ("WASHINGTON, Dec. 1, 2026 (Reuters) —" is 10). */
const MAX_TOKENS = 14;
/** Most words an agency in brackets has ("(Reuters)", "(Associated Press)"). */
const AGENCY_WORDS = 4;
/** How far after the dash a second dash makes the first open a parenthesis. */
const PARENTHESIS = 12;

const isCaps = (w: string) => /^\p{Lu}[\p{Lu}'’.]*$/u.test(w) && /\p{Lu}.*\p{Lu}|^\p{Lu}\.?$/u.test(w);
const isName = (w: string) => /^[\p{Lu}\d][\p{L}\d'’.]*$/u.test(w);

/**
 * The sentence-relative index of the dash that ends a wire dateline opening a sentence at the start of
 * a line, or -1. A dateline is a town in capitals ("SAN JUAN", "PORT-AU-PRINCE", "THE HAGUE"), or in
 * any case before an agency in brackets ("Moscow (AP)"), then optionally a comma and a qualifier of
 * capitalised words or numbers (", Puerto Rico", ", Dec. 1"), an agency in brackets, and a dash
 * between spaces. Parsed with the clause, the town is read as its subject ("SAN JUAN, Puerto Rico —
 * The governor met ..." met by San Juan and Puerto Rico), so the syntax stage parses it apart.
 */
export function datelineDash(text: string, tokens: readonly Span[]): number {
  const first = tokens[0];
  if (!first || !/(^|\n)[ \t]*$/.test(text.slice(Math.max(0, first.start - 80), first.start))) return -1;
  const form = (i: number) => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : "";
  };
  const spaced = (i: number) => {
    const t = tokens[i];
    return t !== undefined && /\s/.test(text[t.start - 1] ?? "") && /\s/.test(text[t.end] ?? "");
  };
  let i = 0;
  // the town: capitalised words, with the hyphens and periods inside them
  let caps = true;
  while (i < MAX_TOKENS && (isName(form(i)) || (i > 0 && ["-", "."].includes(form(i)) && !spaced(i)))) {
    if (/\p{L}/u.test(form(i)) && !isCaps(form(i))) caps = false;
    i++;
  }
  if (i === 0) return -1;
  // the qualifier: ", Puerto Rico", ", Dec. 1, 2026"
  if (form(i) === ",") {
    i++;
    const start = i;
    while (i < MAX_TOKENS && (isName(form(i)) || (form(i) === "," && isName(form(i + 1))))) i++;
    if (i === start) return -1;
  }
  // the agency: "(Reuters)", "(AP)", a few capitalised words in brackets
  let agency = false;
  if (form(i) === "(") {
    let k = i + 1;
    while (k <= i + AGENCY_WORDS && isName(form(k))) k++;
    if (k === i + 1 || form(k) !== ")") return -1;
    agency = true;
    i = k + 1;
  }
  if (!(caps || agency) || !DASHES.has(form(i)) || !spaced(i) || i >= MAX_TOKENS) return -1;
  // (a dash closing a phrase set off right after it is a parenthesis: "NATO — the alliance — warned")
  for (let k = i + 1; k < tokens.length && k <= i + PARENTHESIS; k++) if (DASHES.has(form(k)) && spaced(k)) return -1;
  // a clause after it: three tokens at least
  return tokens.length - i > 3 ? i : -1;
}
