import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc, withLayers } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { parseConllu } from "../../nlp/conllu.js";

/**
 * A Doc with sentences, tokens, tags and deps built from a hand-written CoNLL-U parse, for unit
 * tests of later stages. The text is the forms joined by single spaces (none where MISC has
 * `SpaceAfter=No`), sentences separated by one space. Missing LEMMA ("_") falls back to the form.
 */
export function docFromConllu(conllu: string): Doc {
  const sents = parseConllu(conllu);
  let text = "";
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const tags: TokenTag[] = [];
  const deps: Dependency[] = [];
  sents.forEach((s, si) => {
    if (si > 0) text += " ";
    const first = tokens.length;
    const sentStart = text.length;
    s.forms.forEach((form, i) => {
      const start = text.length;
      text += form;
      tokens.push({ start, end: text.length, sentence: si });
      tags.push({ upos: s.upos[i], xpos: s.xpos[i], lemma: s.lemmas[i] === "_" ? form : s.lemmas[i] });
      deps.push({ head: s.heads[i] < 0 ? -1 : first + s.heads[i], rel: s.rels[i] });
      if (i + 1 < s.forms.length && !s.misc[i].split("|").includes("SpaceAfter=No")) text += " ";
    });
    sentences.push({ start: sentStart, end: text.length, firstToken: first, endToken: tokens.length });
  });
  return withLayers(createDoc(makeArticle({ text })), { sentences, tokens, tags, deps });
}
