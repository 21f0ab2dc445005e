import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc, withLayers } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import { segmentStage } from "../segment/index.js";
import { syntaxStage } from "../syntax/index.js";

/**
 * A rough Doc for tests and for evaluation when no segment stage is available: sentences split at
 * end punctuation and line breaks, regex tokens, and part-of-speech tags from word lists and suffixes.
 */
const AUX = new Map<string, string>([
  ["is", "VBZ"],
  ["are", "VBP"],
  ["am", "VBP"],
  ["was", "VBD"],
  ["were", "VBD"],
  ["be", "VB"],
  ["been", "VBN"],
  ["being", "VBG"],
  ["has", "VBZ"],
  ["have", "VBP"],
  ["had", "VBD"],
  ["do", "VBP"],
  ["does", "VBZ"],
  ["did", "VBD"],
  ["will", "MD"],
  ["would", "MD"],
  ["shall", "MD"],
  ["should", "MD"],
  ["can", "MD"],
  ["could", "MD"],
  ["might", "MD"],
  ["must", "MD"],
  ["'ll", "MD"],
  ["wo", "MD"],
]);
const FUNCTION = new Map<string, string>([
  ...["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my"].map(
    (w) => [w, "DET"] as [string, string],
  ),
  ...[
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "of",
    "since",
    "after",
    "before",
    "during",
    "until",
    "about",
    "against",
    "into",
    "over",
    "between",
    "than",
  ].map((w) => [w, "ADP"] as [string, string]),
  ...["and", "or", "but"].map((w) => [w, "CCONJ"] as [string, string]),
  ...["he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "who", "which"].map(
    (w) => [w, "PRON"] as [string, string],
  ),
  ["to", "PART"],
  ["not", "PART"],
  ["n't", "PART"],
]);
const VERBS = new Set(
  "say tell visit hold meet travel sign launch take arrive leave agree announce open close begin start end fly return discuss host attend make give go come send expel impose summon warn urge accuse reject host join plan speak expect schedule resume extend mark march hope want".split(
    " ",
  ),
);
const PAST = new Set(
  "said told met held made took gave went came began left sent spoke wrote saw found got brought thought kept led won lost paid set struck fought broke chose drew flew knew ran rose sought shot stood threw withdrew became bought caught fell grew heard sold spent".split(
    " ",
  ),
);
const NOT_VERB_ED = new Set(["red", "bed", "need", "speed", "seed", "feed", "united", "hundred", "shed"]);

function tag(word: string, initial: boolean): TokenTag {
  const w = word.toLowerCase();
  const aux = AUX.get(w);
  if (aux) return { upos: "AUX", xpos: aux, lemma: w };
  const fn = FUNCTION.get(w);
  if (fn) return { upos: fn, xpos: fn, lemma: w };
  if (/^\d/.test(w)) return { upos: "NUM", xpos: "CD", lemma: w };
  if (/^[^\w]/.test(w)) return { upos: "PUNCT", xpos: w, lemma: w };
  if (PAST.has(w)) return { upos: "VERB", xpos: "VBD", lemma: w };
  if (/^[A-Z]/.test(word) && !initial) return { upos: "PROPN", xpos: "NNP", lemma: word };
  if (/ed$/.test(w) && w.length > 4 && !NOT_VERB_ED.has(w))
    return { upos: "VERB", xpos: "VBD", lemma: w.replace(/e?d$/, "") };
  if (/ing$/.test(w) && w.length > 5) return { upos: "VERB", xpos: "VBG", lemma: w.replace(/ing$/, "") };
  if (VERBS.has(w)) return { upos: "VERB", xpos: "VB", lemma: w };
  for (const base of [w.replace(/s$/, ""), w.replace(/es$/, "")]) {
    if (/s$/.test(w) && VERBS.has(base)) return { upos: "VERB", xpos: "VBZ", lemma: base };
  }
  return { upos: "NOUN", xpos: "NN", lemma: w };
}

export function roughDoc(text: string, published: string | null): Doc {
  const doc = createDoc(makeArticle({ text, published }));
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const tags: TokenTag[] = [];
  const bounds = /[^\n]+?(?:[.!?]["”]?(?=\s+[A-Z"“]|\s*$)|(?=\n)|$)/g;
  for (const sm of doc.text.matchAll(bounds)) {
    const sStart = (sm.index ?? 0) + (sm[0].length - sm[0].trimStart().length);
    const sEnd = (sm.index ?? 0) + sm[0].trimEnd().length;
    if (sEnd <= sStart) continue;
    const firstToken = tokens.length;
    const si = sentences.length;
    for (const tm of doc.text
      .slice(sStart, sEnd)
      .matchAll(/'ll|n't|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:[.:,/]\d+)*|[^\s\w]/g)) {
      const start = sStart + (tm.index ?? 0);
      tokens.push({ start, end: start + tm[0].length, sentence: si });
      tags.push(tag(tm[0], tokens.length - 1 === firstToken));
    }
    sentences.push({ start: sStart, end: sEnd, firstToken, endToken: tokens.length });
  }
  return withLayers(doc, { sentences, tokens, tags });
}

/** A Doc with the real segment and syntax stages' layers: what the times stage sees in the pipeline. */
export function parsedDoc(text: string, published: string | null): Doc {
  const ctx = { timezone: null };
  return syntaxStage.run(segmentStage.run(createDoc(makeArticle({ text, published })), ctx), ctx);
}
