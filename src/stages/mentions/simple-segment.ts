import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc, withLayers } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";

/**
 * A small regex segmenter and lexical tagger for tests and for running the mention and actor
 * stages before (or without) the real segment stage. Not a substitute for it.
 */
const TOKEN =
  /[A-Za-z]\.(?:[A-Za-z]\.)+|\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}\d]+(?:[-.&][\p{L}\p{M}\d]+|['’](?!s\b)[\p{L}\p{M}\d]+)*|['’]s\b|\S/gu;
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
  const text = doc.text;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const tags: TokenTag[] = [];
  const blocks = /[^\n]+/g;
  for (let b = blocks.exec(text); b !== null; b = blocks.exec(text)) {
    const blockStart = b.index;
    const parts = b[0].split(/(?<=[.?!]["”’]?)\s+(?=["“]?\p{Lu})/u);
    let offset = blockStart;
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      if (part.trim() === "") continue;
      const first = tokens.length;
      const re = new RegExp(TOKEN.source, TOKEN.flags);
      for (let m = re.exec(part); m !== null; m = re.exec(part)) {
        let word = m[0];
        // a sentence-final period glued to an abbreviation-less word is its own token
        if (word.length > 1 && word.endsWith(".") && !/^([A-Za-z]\.)+$/.test(word)) word = word.slice(0, -1);
        tokens.push({ start: start + m.index, end: start + m.index + word.length, sentence: sentences.length });
        tags.push(tag(word, tokens.length - 1 === first));
        if (word !== m[0]) {
          tokens.push({
            start: start + m.index + word.length,
            end: start + m.index + m[0].length,
            sentence: sentences.length,
          });
          tags.push(tag(".", false));
        }
      }
      if (tokens.length > first) {
        sentences.push({ start, end: start + part.length, firstToken: first, endToken: tokens.length });
      }
    }
  }
  return withLayers(doc, { sentences, tokens, tags });
}

/** A Doc for tests: article text, optional publication date, segmented by `simpleSegment`. */
export function simpleDoc(text: string, published: string | null = null): Doc {
  return simpleSegment(createDoc(makeArticle({ text, published })));
}
