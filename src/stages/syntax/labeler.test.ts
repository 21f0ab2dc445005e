import assert from "node:assert/strict";
import { test } from "node:test";
import type { Scorer } from "../../nlp/scorer.js";
import { Labeler } from "./labeler.js";
import type { ParserInput } from "./parser-features.js";

const labels = ["nsubj", "obj", "root", "xcomp"];

/** A scorer that always prefers nsubj, then xcomp. */
const subjectLover: Scorer = {
  nClasses: labels.length,
  score(_f: Uint32Array, _n: number, out: Float32Array): void {
    out.set([3, 1, 0, 2]);
  },
};

function input(n: number): ParserInput {
  const z = new Int32Array(n);
  return { n, word: Int32Array.from(z, (_, i) => i + 1), tag: z, fine: z, amb: z, c1: z, c2: z };
}

test("a head with a subject before it takes no second subject after it", () => {
  const lab = new Labeler(subjectLover, labels);
  // 0 <- 1 (root) -> 2
  const out = lab.label(input(3), Int32Array.from([1, -1, 1]));
  assert.deepEqual(
    Array.from(out, (l) => labels[l]),
    ["nsubj", "root", "xcomp"],
  );
});

test("a subject after its head is kept when none precedes it", () => {
  const lab = new Labeler(subjectLover, labels);
  // 0 (root) -> 1, 2: no subject precedes the head, so the constraint does not fire
  const out = lab.label(input(3), Int32Array.from([-1, 0, 0]));
  assert.deepEqual(
    Array.from(out, (l) => labels[l]),
    ["root", "nsubj", "nsubj"],
  );
});
