import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc, withLayers } from "../../doc/doc.js";
import type { TokenTag } from "../../doc/layers/segment.js";
import { segmentRules } from "../segment/rules.js";
import { segmentText } from "../segment/segment.js";

/**
 * The project's tokenizer and sentence splitter with a small lexical tagger for tests and for running the mention and actor
 * stages before (or without) the real segment stage. Not a substitute for it.
 */
const AUX = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "should",
  "must",
  "does",
  "did",
  "do",
]);
const VERBS = new Set([
  "said",
  "says",
  "say",
  "warned",
  "warns",
  "urged",
  "told",
  "met",
  "meets",
  "called",
  "held",
  "hold",
  "signed",
  "announced",
  "accused",
  "rejected",
  "welcomed",
  "condemned",
  "criticized",
  "criticised",
  "agreed",
  "expelled",
  "visited",
  "sent",
  "plans",
  "wants",
  "insisted",
  "denied",
  "added",
  "noted",
  "stressed",
  "demanded",
  "threatened",
  "protested",
  "responded",
  "hit",
  "vowed",
  "pledged",
  "praised",
  "backed",
  "summoned",
  "imposed",
  "struck",
  "fired",
  "launched",
  "sanctioned",
]);
const DET = new Set(["the", "a", "an", "this", "that", "these", "those"]);
const ADP = new Set([
  "in",
  "on",
  "at",
  "to",
  "from",
  "by",
  "with",
  "of",
  "for",
  "during",
  "after",
  "before",
  "since",
  "into",
  "about",
  "between",
  "against",
  "under",
  "over",
  "near",
  "via",
  "across",
]);
const PRON = new Set(["he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "us"]);
const CCONJ = new Set(["and", "or", "but"]);

function tag(word: string, sentenceInitial: boolean): TokenTag {
  const low = word.toLowerCase();
  const mk = (upos: string): TokenTag => ({ upos, xpos: upos, lemma: low });
  if (/^['’]s$/.test(word)) return mk("PART");
  if (/^\p{P}$/u.test(word)) return mk("PUNCT");
  if (/^\d/.test(word)) return mk("NUM");
  if (DET.has(low)) return mk("DET");
  if (ADP.has(low)) return mk("ADP");
  if (PRON.has(low)) return mk("PRON");
  if (CCONJ.has(low)) return mk("CCONJ");
  if (AUX.has(low)) return mk("AUX");
  if (VERBS.has(low) || (/ed$/.test(low) && low.length > 4 && !/^\p{Lu}/u.test(word))) return mk("VERB");
  if (/^\p{Lu}/u.test(word) && !sentenceInitial) return mk("PROPN");
  if (/^\p{Lu}/u.test(word) && sentenceInitial) return mk(/^\p{Lu}{2,}/u.test(word) ? "PROPN" : "X");
  return mk("NOUN");
}

export function simpleSegment(doc: Doc): Doc {
  const { sentences, tokens } = segmentText(doc.text, segmentRules());
  const tags = tokens.map((t, i) => tag(doc.text.slice(t.start, t.end), i === sentences[t.sentence]?.firstToken));
  return withLayers(doc, { sentences, tokens, tags });
}

/** A Doc for tests: article text, optional publication date, segmented by `simpleSegment`. */
export function simpleDoc(text: string, published: string | null = null): Doc {
  return simpleSegment(createDoc(makeArticle({ text, published })));
}
