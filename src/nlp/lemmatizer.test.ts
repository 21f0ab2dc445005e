import assert from "node:assert/strict";
import { test } from "node:test";
import { applyRules, type LemmaTables, lemmatize, ruleFor } from "./lemmatizer.js";

const tables: LemmaTables = {
  rules: new Map([
    ["NNS\ts", { cut: 1, add: "" }],
    ["NNS\ties", { cut: 3, add: "y" }],
    ["VBD\ted", { cut: 2, add: "" }],
  ]),
  exceptions: new Map([
    ["VBD\twent", "go"],
    ["NNS\tpeople", "person"],
  ]),
};

test("rules learned as cut/add pairs", () => {
  assert.deepEqual(ruleFor("Treaties", "treaty"), { cut: 3, add: "y" });
  assert.deepEqual(ruleFor("went", "go"), { cut: 4, add: "go" });
});

test("longest matching suffix rule wins; exceptions first; proper nouns keep their form", () => {
  assert.equal(lemmatize(tables, "Embassies", "NOUN", "NNS"), "embassy");
  assert.equal(lemmatize(tables, "talks", "NOUN", "NNS"), "talk");
  assert.equal(lemmatize(tables, "went", "VERB", "VBD"), "go");
  assert.equal(lemmatize(tables, "People", "NOUN", "NNS"), "person");
  assert.equal(lemmatize(tables, "Lavrov", "PROPN", "NNP"), "Lavrov");
});

test("negative cases: no rule for the tag leaves the lowercased form", () => {
  assert.equal(applyRules(tables, "Signed", "VBN"), "signed");
  assert.equal(lemmatize(tables, "The", "DET", "DT"), "the");
});
