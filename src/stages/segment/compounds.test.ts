import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import { segmentStage } from "./index.js";

test("the first word of a listed compound noun is tagged a noun ('tear gas', 'riot police')", () => {
  const text = "Riot police fired tear gas after the march.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const tagOf = (w: string) => {
    const i = (doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === w);
    return doc.tags?.[i];
  };
  assert.equal(tagOf("tear")?.upos, "NOUN");
  assert.equal(tagOf("tear")?.lemma, "tear");
  assert.equal(tagOf("Riot")?.upos, "NOUN");
});

test("the second word of a listed compound noun is tagged a noun too ('border crossing', 'border crossings')", () => {
  for (const [text, word, xpos, lemma] of [
    ["Poland closed its border crossing with Belarus.", "crossing", "NN", "crossing"],
    ["Poland closed two border crossings with Belarus.", "crossings", "NNS", "crossing"],
  ]) {
    const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
    const i = (doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === word);
    assert.deepEqual(doc.tags?.[i], { upos: "NOUN", xpos, lemma }, text);
  }
});

test("a word of a known person's name is a proper noun ('Xi Jinping', 'Biden'); other words keep the tagger's tags", () => {
  const text = "After meeting Chinese President Xi Jinping in Beijing, Biden said the talks went well.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const tagOf = (w: string) => doc.tags?.[(doc.tokens ?? []).findIndex((t) => text.slice(t.start, t.end) === w)];
  assert.deepEqual(tagOf("Xi"), { upos: "PROPN", xpos: "NNP", lemma: "Xi" });
  assert.equal(tagOf("Jinping")?.upos, "PROPN");
  assert.equal(tagOf("Biden")?.upos, "PROPN");
  assert.equal(tagOf("well")?.upos, "ADV");
});
