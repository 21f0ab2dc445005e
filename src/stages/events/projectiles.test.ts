import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

/* Missiles fired at a country and missiles fired into the sea, through the whole pipeline. */

const coded = (text: string) =>
  (analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" })).events ?? []).map(
    (e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`,
  );

test("missiles fired at a country attack it: a country after 'at' is aimed at, not a place", () => {
  assert.deepEqual(coded("Iran launched missiles at Israel."), ["IRN>ISR 190"]);
});

test("missiles fired into the sea are a show of force (150), not an attack", () => {
  assert.deepEqual(coded("North Korea fired two ballistic missiles into the sea on Thursday."), ["PRK>- 150"]);
});
