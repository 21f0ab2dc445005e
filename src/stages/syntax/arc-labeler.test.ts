import assert from "node:assert/strict";
import { test } from "node:test";
import type { Scorer } from "../../nlp/scorer.js";
import { ARC_LABEL_MAX_FEATS, ArcLabeler, arcLabelFeatures } from "./arc-labeler.js";
import { Parser } from "./parser.js";
import type { ParserInput } from "./parser-features.js";
import { LEFT, ParseState, RIGHT, SHIFT } from "./state.js";

const labels = ["det", "nsubj", "obj", "root"];

/** Prefers nsubj, then root. */
const prefersSubject: Scorer = {
  nClasses: labels.length,
  score(_f: Uint32Array, _n: number, out: Float32Array): void {
    out.set([0, 3, 1, 2]);
  },
};

function input(n: number): ParserInput {
  const z = new Int32Array(n);
  return { n, word: Int32Array.from(z, (_, i) => i + 1), tag: z, fine: z, amb: z, c1: z, c2: z };
}

test("arcs into ROOT take root; other arcs never do", () => {
  const x = input(2);
  const st = new ParseState();
  st.reset(2);
  const lab = new ArcLabeler(prefersSubject, labels.indexOf("root"));
  st.apply(SHIFT);
  st.apply(LEFT); // 0 <- 1
  assert.equal(labels[lab.label(x, st, 0)], "nsubj");
  st.apply(SHIFT);
  st.apply(LEFT); // 1 <- ROOT
  assert.equal(labels[lab.label(x, st, 1)], "root");
});

test("child relations recorded on the state change the arc features", () => {
  const x = input(3);
  const build = (label: number): Set<number> => {
    const st = new ParseState();
    st.reset(3);
    st.apply(SHIFT);
    st.apply(SHIFT);
    st.apply(RIGHT); // 0 -> 1
    st.setLabel(1, label);
    st.apply(SHIFT);
    st.apply(LEFT); // 0 <- 2
    const out = new Uint32Array(ARC_LABEL_MAX_FEATS);
    const k = arcLabelFeatures(x, st, 0, out);
    assert.ok(k > 0 && k <= ARC_LABEL_MAX_FEATS);
    return new Set(out.subarray(0, k));
  };
  const a = build(0);
  const b = build(2);
  assert.ok([...a].some((f) => !b.has(f)));
  assert.deepEqual(build(0), a);
});

test("setLabel fills the head's left and right label sets separately", () => {
  const st = new ParseState();
  st.reset(3);
  st.apply(SHIFT);
  st.apply(SHIFT);
  st.apply(RIGHT); // 0 -> 1
  st.setLabel(1, 2);
  assert.equal(st.rel[1], 2);
  assert.equal(st.rset[0], 1 << 2);
  assert.equal(st.lset[0], 0);
  assert.equal(st.rel[0], -1);
});

/** Reduces whenever it can: LEFT over SHIFT, so every word attaches to the next one. */
const chain: Scorer = {
  nClasses: 3,
  score(_f: Uint32Array, _n: number, out: Float32Array): void {
    out.set([0, 2, 1]);
  },
};

test("the parser hands out the relations of the arcs it made, or null without an arc labeller", () => {
  const x = input(3);
  const labelled = new Parser(chain, new ArcLabeler(prefersSubject, labels.indexOf("root")));
  const heads = labelled.parse(x);
  assert.deepEqual(Array.from(heads), [1, 2, -1]);
  assert.deepEqual(
    Array.from(labelled.relations(heads) ?? [], (l) => labels[l]),
    ["nsubj", "nsubj", "root"],
  );
  const plain = new Parser(chain);
  assert.equal(plain.relations(plain.parse(x)), null);
});
