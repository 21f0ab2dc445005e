import assert from "node:assert/strict";
import { test } from "node:test";
import { hashString } from "../../nlp/hash.js";
import { lexicalCodes } from "../../nlp/lexical.js";
import { arcLabelFeatures } from "./arc-labeler.js";
import { PARSER_MAX_FEATS, type ParserInput, parserFeatures } from "./parser-features.js";
import { PARSER_TEMPLATES } from "./parser-templates.js";
import { N_TRANSITIONS, ParseState, SHIFT } from "./state.js";

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

/**
 * Checksums of every parser and arc-label feature hash over a fixed walk through one sentence,
 * with varied tags, clusters and labels. Trained models are indexed by these hashes: the values
 * were computed by the extractors the shipped models were trained with, and must never change
 * unless the models are retrained.
 */
test("parser and arc-label feature hashes are those the models were trained with", () => {
  const forms = "Officials in the capital said , after talks on Monday , that the rebels had agreed to a truce .";
  const words = forms.split(" ");
  const n = words.length;
  const x: ParserInput = {
    n,
    word: Int32Array.from(words, (f) => hashString(f.toLowerCase())),
    tag: Int32Array.from(words, (_, i) => (i * 7) % 17),
    fine: Int32Array.from(words, (_, i) => (i * 5) % 23),
    amb: Int32Array.from(words, (_, i) => (i * 3) % 11),
    c1: Int32Array.from(words, (_, i) => (i * 13) % 29),
    c2: Int32Array.from(words, (_, i) => i % 5),
  };
  const st = new ParseState();
  st.reset(n);
  const out = new Uint32Array(PARSER_MAX_FEATS);
  const fold = (h: number, k: number): number => {
    let r = Math.imul(h ^ k, 16777619);
    for (let i = 0; i < k; i++) r = Math.imul(r ^ out[i], 16777619);
    return r;
  };
  let parser = 0x811c9dc5;
  let arc = 0x811c9dc5;
  let states = 0;
  let arcs = 0;
  for (let step = 0; !st.terminal(); step++) {
    parser = fold(parser, parserFeatures(x, st, out));
    states++;
    // SHIFT two steps in three while possible, else the first valid transition from step % 3
    let t = -1;
    for (let j = 0; j < N_TRANSITIONS && t < 0; j++)
      if (st.valid((step + j) % N_TRANSITIONS)) t = (step + j) % N_TRANSITIONS;
    if (step % 3 !== 2 && st.valid(SHIFT)) t = SHIFT;
    const dep = st.s(0);
    st.apply(t);
    if (t === SHIFT) continue;
    arc = fold(arc, arcLabelFeatures(x, st, dep, out));
    arcs++;
    st.setLabel(dep, (dep * 7) % 37);
  }
  assert.deepEqual(
    { states, arcs, parser: parser >>> 0, arc: arc >>> 0 },
    { states: 40, arcs: 20, parser: 3697515694, arc: 3105973620 },
  );
  assert.ok(PARSER_TEMPLATES.length <= PARSER_MAX_FEATS);
});
