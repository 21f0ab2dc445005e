import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

function contents(text: string): string[] {
  const doc = analyzeDoc(makeArticle({ text }));
  return (doc.quotes ?? []).map((q) => doc.text.slice(q.content.start, q.content.end));
}

test("a source cited after the cue announces the reported clause, whatever its verb was tagged", () => {
  assert.deepEqual(
    contents("The institute said according to its survey, the capital's metro passes every rival network."),
    ["the capital's metro passes every rival network"],
  );
});

test("without a cited source, 'said' before a bare noun phrase reports nothing", () => {
  assert.deepEqual(contents("The minister said nothing about the border."), []);
});
