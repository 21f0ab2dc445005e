import type { SegmentRules } from "./rules.js";
import type { TokenSpans } from "./tokenizer.js";

const FINAL = /^(?:[.!?]+|\.\.\.+|…|[!?]+[.…]?)$/;
const CLOSING = new Set(['"', "”", "’", "'", ")", "]", "}", "»"]);
const OPENING = /^["“‘'([{«]$/;

/**
 * Sentence boundaries over tokens: returns the index of the first token of every sentence.
 * A sentence ends at final punctuation (plus closing quotes/brackets) before a token that can
 * start a sentence, at an abbreviation like "U.S." before a typical sentence opener, and at
 * any line break unless the text merely wraps (the next line goes on in lowercase).
 */
export function sentenceStarts(text: string, toks: TokenSpans, rules: SegmentRules): number[] {
  const n = toks.starts.length;
  const starts: number[] = n > 0 ? [0] : [];
  let i = 0;
  while (i < n - 1) {
    const a = toks.starts[i];
    const b = toks.ends[i];
    if (hasNewline(text, b, toks.starts[i + 1]) && breaksAtNewline(text, toks, i, text.slice(b, toks.starts[i + 1]))) {
      starts.push(i + 1);
      i++;
      continue;
    }
    // Only a token of final punctuation, or one ending in a period, can end a sentence.
    const first = text.charCodeAt(a);
    const finalish = first === 46 || first === 33 || first === 63 || first === 0x2026;
    const dotted = b - a > 1 && text.charCodeAt(b - 1) === 46;
    if (!finalish && !dotted) {
      i++;
      continue;
    }
    const tok = text.slice(a, b);
    const final = finalish && FINAL.test(tok);
    const abbrev = !final && dotted && endsSentenceAbbrev(tok, rules);
    if (!final && !abbrev) {
      i++;
      continue;
    }
    // Closing quotes and brackets stay with the sentence they close.
    let j = i;
    while (j + 1 < n && CLOSING.has(text.slice(toks.starts[j + 1], toks.ends[j + 1])) && isClosing(toks, j + 1)) j++;
    if (j + 1 >= n) break;
    if (toks.starts[j + 1] === toks.ends[j]) {
      i = j + 1;
      continue;
    }
    const next = text.slice(toks.starts[j + 1], toks.ends[j + 1]);
    const after = j + 2 < n ? text.slice(toks.starts[j + 2], toks.ends[j + 2]) : "";
    if (abbrev ? startsAfterAbbrev(next, rules) : canStart(next, after)) starts.push(j + 1);
    i = j + 1;
  }
  return starts;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function endsSentenceAbbrev(tok: string, rules: SegmentRules): boolean {
  const core = tok.slice(0, -1).toLowerCase();
  if (rules.titles.has(core) || /^\p{L}$/u.test(core)) return false;
  return true;
}

function startsAfterAbbrev(next: string, rules: SegmentRules): boolean {
  return /^\p{Lu}/u.test(next) && rules.sentenceStarters.has(next.toLowerCase());
}

function canStart(next: string, after: string): boolean {
  if (/^[\p{Lu}\p{N}]/u.test(next)) return true;
  if (OPENING.test(next) || next === "—" || next === "-") return !/^\p{Ll}/u.test(after);
  return !/^[\p{Ll},;:)\]}.!?…]/u.test(next);
}

/** A quote or bracket token closes when no space precedes it or a space follows it. */
function isClosing(toks: TokenSpans, k: number): boolean {
  const attached = toks.starts[k] === toks.ends[k - 1];
  const spaceAfter = k + 1 >= toks.starts.length || toks.starts[k + 1] > toks.ends[k];
  return attached || spaceAfter;
}

function breaksAtNewline(text: string, toks: TokenSpans, i: number, gap: string): boolean {
  if (/\n[^\S\n]*\n/.test(gap)) return true;
  const prev = text.slice(toks.starts[i], toks.ends[i]);
  const next = text.slice(toks.starts[i + 1], toks.ends[i + 1]);
  // Hard-wrapped prose: the line ends mid-sentence and the next one continues in lowercase.
  return !(/^\p{Ll}/u.test(next) && /^[\p{L}\p{N},;]/u.test(prev) && !FINAL.test(prev));
}
