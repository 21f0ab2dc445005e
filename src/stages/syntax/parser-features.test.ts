import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalCodes } from "../../nlp/lexical.js";
import { PARSER_MAX_FEATS, type ParserInput, parserFeatures } from "./parser-features.js";
import { ParseState, SHIFT } from "./state.js";

function input(forms: string[]): ParserInput {
  const lex = lexicalCodes(forms);
  const zeros = new Int32Array(forms.length);
  return { n: forms.length, word: lex.word, tag: zeros, fine: zeros, amb: zeros, c1: zeros, c2: zeros };
}

/** Features with s0 = first word and b0 = last word. */
function featuresAfterShift(forms: string[]): Set<number> {
  const x = input(forms);
  const st = new ParseState();
  st.reset(x.n);
  st.apply(SHIFT);
  for (let i = 1; i < x.n - 1; i++) st.b++;
  const out = new Uint32Array(PARSER_MAX_FEATS);
  const k = parserFeatures(x, st, out);
  assert.ok(k > 0 && k <= PARSER_MAX_FEATS);
  return new Set(out.subarray(0, k));
}

test("a comma between s0 and b0 changes the features; other words between do not", () => {
  const plain = featuresAfterShift(["Rebels", "near", "the", "border"]);
  const other = featuresAfterShift(["Rebels", "by", "the", "border"]);
  const comma = featuresAfterShift(["Rebels", ",", "the", "border"]);
  const onlyIn = (a: Set<number>, b: Set<number>): number => [...a].filter((f) => !b.has(f)).length;
  assert.equal(onlyIn(plain, other), 0);
  assert.ok(onlyIn(plain, comma) >= 1);
});

test("feature extraction stays within its buffer on an empty stack and at ROOT", () => {
  const x = input(["Talks", "resumed", "."]);
  const st = new ParseState();
  st.reset(x.n);
  const out = new Uint32Array(PARSER_MAX_FEATS);
  assert.ok(parserFeatures(x, st, out) <= PARSER_MAX_FEATS);
  for (let i = 0; i < x.n; i++) st.apply(SHIFT);
  assert.equal(st.b, x.n);
  assert.ok(parserFeatures(x, st, out) <= PARSER_MAX_FEATS);
});
