// Capitalized words that are common words, not names: "the Russel 2000 Index", "QUESTION:".
import { getAnalyzer } from "../syntax/model-files.js";
import { longestName } from "./chunks.js";
import type { Ctx } from "./context.js";
import { isAcronym, lower, sentenceStart, upos, word } from "./context.js";

/** Is `lemma` (lower case) a word of the tagger's lemma vocabulary? */
function knownLemma(lemma: string): boolean {
  return (getAnalyzer().lemmas.vocab.get(lemma) ?? 0) !== 0;
}

const COMMON_TAGS = new Set(["NOUN", "NUM", "VERB", "ADV"]);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * "two colors: Black and White", "the Russel 2000 Index", "$7.4 Billion": a lone capitalized word
 * the tagger reads as a common word and the vocabulary knows as one is not a name of its own,
 * unless the article gives it as a surname ("Steve Jobs" ... "Jobs said") or a town of a state
 * ("Mobile, Alabama").
 */
export function commonWord(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  // "Gunmen killed", "Masked gunmen attacked": a word opening a sentence as a group noun, or before a
  // lower-case one, is capitalized for its place only (not a known name, a people's or a party's
  // adjective: "Hamas fighters", "Kenyan police", "Republican lawmakers")
  const known = (x: string) => ctx.lex.names.has(x) || ctx.lex.adjectives.has(x) || ctx.lex.peoples.has(x);
  if (sentenceStart(ctx, i) && TITLE_CASE.test(w) && ![w, `${w}s`, `${w} Party`].some(known)) {
    const next = word(ctx, i + 1);
    const group = (x: string) => ctx.lex.groupHeads.has(x);
    if (group(w.toLowerCase()) || (group(next) && next === next.toLowerCase())) return true;
  }
  // "QUESTION:", "UPDATE": a dictionary word in capitals is no acronym
  if (isAcronym(w)) return w.length >= 5 && /^\p{Lu}+$/u.test(w) && knownLemma(w.toLowerCase());
  if (!COMMON_TAGS.has(upos(ctx, i))) return false;
  if (!knownLemma(ctx.tags[i]?.lemma.toLowerCase() ?? "")) return false;
  const next = word(ctx, i + 2);
  if (word(ctx, i + 1) === "," && (ctx.names.regions.has(next) || longestName(ctx, i + 2, i + 5) > 0)) return false;
  const nameEnd = (k: number) =>
    ctx.words[k] === w &&
    TITLE_CASE.test(word(ctx, k - 1)) &&
    !ctx.lex.words.functionWords.has(lower(ctx, k - 1)) &&
    !TITLE_CASE.test(word(ctx, k + 1));
  for (const k of positionsOf(ctx.words).get(w) ?? []) if (k >= 1 && nameEnd(k)) return false;
  return true;
}

/** Token positions of each word of a document, in text order; built once per document. */
const positions = new WeakMap<readonly string[], Map<string, number[]>>();

function positionsOf(words: readonly string[]): Map<string, number[]> {
  const known = positions.get(words);
  if (known !== undefined) return known;
  const byWord = new Map<string, number[]>();
  words.forEach((w, k) => {
    const list = byWord.get(w);
    if (list) list.push(k);
    else byWord.set(w, [k]);
  });
  positions.set(words, byWord);
  return byWord;
}
