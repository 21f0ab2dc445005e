import assert from "node:assert/strict";
import { test } from "node:test";
import { RAW, TemplateSet } from "./feature-templates.js";
import { feat1, feat2, feat3 } from "./hash.js";

test("compiled templates hash exactly like feat1/feat2/feat3, in template order", () => {
  const set = new TemplateSet(
    ["w", "t", "d", "wt"],
    [
      [3, "t", "d", "w"],
      [RAW, "wt"],
      [0, "w"],
      [12, "w", "t"],
      [7, "d"],
      [40, "wt", "t", "d"],
    ],
  );
  assert.equal(set.size, 6);
  assert.equal(set.atoms, 4);
  // negative values, values above 2^31 and hashes used as atoms all behave as in feat*
  for (const [w, t, d] of [
    [0x9e3779b1, 17, -1],
    [5, -20000, 7],
    [0, 0, 0],
  ]) {
    const wt = feat2(90, w, t);
    const out = new Uint32Array(8);
    assert.equal(set.hash(Int32Array.from([w, t, d, wt]), out), 6);
    assert.deepEqual(Array.from(out.subarray(0, 6)), [
      feat3(3, t, d, w),
      wt,
      feat1(0, w),
      feat2(12, w, t),
      feat1(7, d),
      feat3(40, wt, t, d),
    ]);
  }
});

test("templates naming an unknown atom, or a RAW copy of two atoms, are rejected", () => {
  assert.throws(() => new TemplateSet(["a"], [[1, "a", "b" as "a"]]), RangeError);
  assert.throws(() => new TemplateSet(["a", "b"], [[RAW, "a", "b"]]), RangeError);
  assert.throws(() => new TemplateSet(["a", "a"], [[1, "a"]]), RangeError);
});
