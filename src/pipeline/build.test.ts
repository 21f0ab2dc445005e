import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../doc/article.js";
import { createDoc, layer, withLayers } from "../doc/doc.js";
import { buildPipeline } from "./build.js";
import type { Stage } from "./stage.js";

const sentences: Stage = {
  name: "one-sentence",
  requires: [],
  assigns: ["sentences"],
  run: (doc) => withLayers(doc, { sentences: [{ start: 0, end: doc.text.length, firstToken: 0, endToken: 0 }] }),
};
const needsTokens: Stage = { name: "needs-tokens", requires: ["tokens"], assigns: ["times"], run: (d) => d };

test("a pipeline runs its stages in order and never mutates the input doc", () => {
  const doc = createDoc(makeArticle({ text: "Envoys met in Oslo." }));
  const out = buildPipeline([sentences]).run(doc, { timezone: null });
  assert.equal(doc.sentences, undefined);
  assert.deepEqual(layer(out, "sentences"), [{ start: 0, end: 19, firstToken: 0, endToken: 0 }]);
  assert.ok(Object.isFrozen(out));
});

test("a stage whose requirement no earlier stage assigns fails at build time, naming both", () => {
  assert.throws(() => buildPipeline([sentences, needsTokens]), /"needs-tokens" requires layer "tokens"/);
});

test("two stages assigning one layer are refused", () => {
  assert.throws(() => buildPipeline([sentences, sentences]), /both assign layer "sentences"/);
});

test("layer() names a missing layer", () => {
  const doc = createDoc(makeArticle({ text: "x" }));
  assert.throws(() => layer(doc, "events"), /layer "events" is missing/);
});
