import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

/* Material acts through the whole pipeline: missiles fired at a country or into the sea, goods and people handed over. */

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

test("returning looted artefacts, handing over a war criminal and suspending arms exports are coded", () => {
  assert.deepEqual(coded("The Netherlands will return hundreds of looted artefacts to Indonesia."), ["NLD>IDN 0842"]);
  assert.deepEqual(coded("Sweden handed over a suspected war criminal to Rwanda."), ["SWE>RWA 063"]);
  assert.deepEqual(coded("Germany suspended arms exports to Saudi Arabia on Friday."), ["DEU>SAU 163"]);
});
