import assert from "node:assert/strict";
import { test } from "node:test";
import { N_TRANSITIONS, ParseState, SHIFT } from "../../src/stages/syntax/state.js";
import { staticTransition } from "./arc-labeler-train.js";
import { transitionCost } from "./parser-train.js";
import { projectivize } from "./projective.js";

/** Follow zero-cost transitions only; the result must be the gold tree. */
function followOracle(gold: number[]): Int32Array {
  const n = gold.length;
  const g = Int32Array.from(gold, (h) => (h < 0 ? n : h));
  const st = new ParseState();
  st.reset(n);
  while (!st.terminal()) {
    let t = -1;
    for (let k = 0; k < N_TRANSITIONS && t < 0; k++) if (st.valid(k) && transitionCost(st, g, k) === 0) t = k;
    assert.ok(t >= 0, "some transition must be zero-cost on a projective tree");
    st.apply(t);
  }
  return st.heads.slice(0, n);
}

test("zero-cost transitions rebuild a projective gold tree", () => {
  // "The envoy said talks on trade would resume ." (hand-made tree; root = said)
  const gold = [1, 2, -1, 6, 5, 3, 2, 6, 2];
  const n = gold.length;
  assert.deepEqual(
    Array.from(followOracle(gold)),
    gold.map((h) => (h < 0 ? n : h)),
  );
});

test("lifting makes a non-projective tree projective; projective trees are untouched", () => {
  const crossing = Int32Array.from([2, 4, 4, 1, 5]); // 0->2 crosses 3->1
  assert.ok(projectivize(crossing) > 0);
  const n = crossing.length;
  assert.deepEqual(Array.from(followOracle(Array.from(crossing, (h) => (h === n ? -1 : h)))), Array.from(crossing));
  const flat = Int32Array.from([1, 3, 3, 3]);
  assert.equal(projectivize(flat), 0);
});

test("the static oracle rebuilds a projective gold tree and never reduces a word with pending children", () => {
  const gold = Int32Array.from([1, 2, 9, 6, 5, 3, 2, 6, 2]);
  const n = gold.length;
  gold[2] = n;
  const pending = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) pending[gold[i]]++;
  const st = new ParseState();
  st.reset(n);
  while (!st.terminal()) {
    const t = staticTransition(st, gold, pending);
    assert.ok(st.valid(t));
    if (t !== SHIFT) {
      assert.equal(pending[st.s(0)], 0);
      pending[gold[st.s(0)]]--;
    }
    st.apply(t);
  }
  assert.deepEqual(Array.from(st.heads.slice(0, n)), Array.from(gold));
});
