import assert from "node:assert/strict";
import { test } from "node:test";
import { lexicalCodes } from "./lexical.js";
import { TAGGER_MAX_FEATS, Tagger, taggerFeatures, type WordClasses } from "./tagger.js";
import { TAGGER_TEMPLATES } from "./tagger-templates.js";

const FORMS =
  "Protesters in Kyiv 's central square , 2,000 of them , demanded on Friday that Ms. Tymoshenko be freed".split(" ");

/** Made-up ambiguity classes and clusters, varied and sometimes unknown (0). */
function classes(n: number): WordClasses {
  return {
    amb: Int32Array.from({ length: n }, (_, i) => (i % 4 === 3 ? 0 : (i * 2654435761) | 0)),
    c1: Int32Array.from({ length: n }, (_, i) => (i * 13) % 29),
    c2: Int32Array.from({ length: n }, (_, i) => i % 5),
  };
}

/**
 * Checksum of every tagger feature hash over each position of one sentence, with varied previous
 * tags and word classes. Trained models are indexed by these hashes: the value was computed by the
 * extractor the shipped model was trained with, and must never change unless the model is retrained.
 */
test("tagger feature hashes are those the model was trained with", () => {
  const lex = lexicalCodes(FORMS);
  const wc = classes(lex.n);
  const tags = Int32Array.from(FORMS, (_, i) => (i * 7) % 101);
  const out = new Uint32Array(TAGGER_MAX_FEATS);
  let h = 0x811c9dc5;
  let total = 0;
  for (let i = 0; i < lex.n; i++) {
    const k = taggerFeatures(lex, wc, tags, i, out);
    total += k;
    h = Math.imul(h ^ k, 16777619);
    for (let f = 0; f < k; f++) h = Math.imul(h ^ out[f], 16777619);
  }
  assert.deepEqual({ total, h: h >>> 0 }, { total: 969, h: 3002298636 });
  assert.ok(TAGGER_TEMPLATES.length <= TAGGER_MAX_FEATS);
});

test("a one-word sentence and the last word of a sentence stay within the feature buffer", () => {
  const out = new Uint32Array(TAGGER_MAX_FEATS);
  for (const forms of [["Talks"], ["Talks", "resumed", "."]]) {
    const lex = lexicalCodes(forms);
    const k = taggerFeatures(lex, classes(lex.n), new Int32Array(lex.n), lex.n - 1, out);
    assert.ok(k > 0 && k <= TAGGER_MAX_FEATS);
  }
});

test("words in the tag dictionary skip the classifier; the others take its best class", () => {
  const lex = lexicalCodes(["Talks", "resumed", "."]);
  let calls = 0;
  const scorer = {
    nClasses: 3,
    score(_f: Uint32Array, _n: number, out: Float32Array): void {
      calls++;
      out.set([0.5, -1, 2]);
    },
  };
  const tagger = new Tagger(scorer, new Map([[lex.raw[2], 1]]), new Map(), new Map());
  assert.deepEqual(Array.from(tagger.tag(lex)), [2, 2, 1]);
  assert.equal(calls, 2);
});
