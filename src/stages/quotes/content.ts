import { tokenRangeSpan } from "../../doc/span.js";
import type { Candidate } from "./candidate.js";
import type { TokenView } from "./view.js";

/** Words from which content opening with a preposition is more than an adverbial ("in December"). */
const BARE_ADVERBIAL = 5;

/**
 * An indirect quote trimmed to what it reports, or null when it reports nothing: a lone function
 * word ("warned against"), an agent ("was requested by the lawyers"), the anonymity formula ("asked not
 * to be named"), a bare adverbial ("announced in December"). "demanded on Thursday that X" keeps X.
 */
export function reportedContent(v: TokenView, c: Candidate): Candidate | null {
  if (c.direct || c.partial || c.rule === "indirect/according") return c;
  const start = v.tokenAtOrAfter(c.content.start);
  const end = v.tokenAtOrAfter(c.content.end);
  const words: number[] = [];
  for (let i = start; i < end; i++) if (!v.isPunct(i) && !v.isQuoteMark(i)) words.push(i);
  const only = words.length === 1 ? (words[0] as number) : -1;
  if (words.length === 0 || (only >= 0 && v.upos(only) !== "NOUN" && v.upos(only) !== "PROPN")) return null;
  if (v.lower(start) === "not" && v.lower(start + 1) === "to" && v.lower(start + 2) === "be") return null;
  if (v.upos(start) !== "ADP") return c;
  for (let i = start + 1; i + 1 < end && i <= start + 6; i++) {
    if (v.lower(i) === "that") return { ...c, content: tokenRangeSpan(v.tokens, i + 1, end) };
  }
  // "announced on Tuesday the first models ..." reports something; "announced in December" does not.
  return words.length >= BARE_ADVERBIAL ? c : null;
}
