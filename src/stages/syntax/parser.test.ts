import assert from "node:assert/strict";
import { test } from "node:test";
import type { Scorer } from "../../nlp/scorer.js";
import { Parser } from "./parser.js";
import type { ParserInput } from "./parser-features.js";

function input(n: number): ParserInput {
  const z = new Int32Array(n);
  return { n, word: Int32Array.from(z, (_, i) => i + 1), tag: z, fine: z, amb: z, c1: z, c2: z };
}

/** Scores SHIFT, LEFT, RIGHT with fixed preferences and counts its calls. */
function fixed(shift: number, left: number, right: number): Scorer & { calls: number } {
  return {
    nClasses: 3,
    calls: 0,
    score(_f: Uint32Array, _n: number, out: Float32Array): void {
      this.calls++;
      out.set([shift, left, right]);
    },
  };
}

test("the classifier is not consulted where only one transition is valid", () => {
  const one = fixed(0, 1, 2);
  assert.deepEqual(Array.from(new Parser(one).parse(input(1))), [-1]);
  assert.equal(one.calls, 0);
  // two words: SHIFT (forced); SHIFT or LEFT (asked); LEFT or RIGHT at ROOT (asked, a tie goes
  // to LEFT: 1 <- ROOT); LEFT (forced: 0 <- ROOT, re-attached under the first root)
  const two = fixed(1, 0, 0);
  assert.deepEqual(Array.from(new Parser(two).parse(input(2))), [-1, 0]);
  assert.equal(two.calls, 2);
});

test("a right-branching preference chains the words and keeps one root", () => {
  // SHIFT while the buffer lasts, then RIGHT arcs, the last word left to ROOT
  const heads = new Parser(fixed(2, 0, 1)).parse(input(4));
  assert.deepEqual(Array.from(heads), [-1, 0, 1, 2]);
});
