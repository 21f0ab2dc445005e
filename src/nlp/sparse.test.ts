import assert from "node:assert/strict";
import { test } from "node:test";
import { LinearModel } from "./perceptron.js";
import { SparseModel } from "./sparse.js";

test("sparse model scores like the dense model it was built from", () => {
  const dense = LinearModel.empty(5, 8);
  const w = dense.weights;
  w[3 * 5 + 1] = 2.5;
  w[3 * 5 + 4] = -1;
  w[200 * 5 + 0] = 0.75;
  w[17 * 5 + 2] = 1e-6; // pruned
  const sparse = SparseModel.from(dense, 1e-3);
  const feats = Uint32Array.from([3, 200 + 256 * 7, 17, 99]);
  const a = new Float32Array(5);
  const b = new Float32Array(5);
  dense.score(feats, feats.length, a);
  sparse.score(feats, feats.length, b);
  for (let c = 0; c < 5; c++) assert.ok(Math.abs(a[c] - b[c]) < 1e-3, `class ${c}: ${a[c]} vs ${b[c]}`);
  assert.equal(sparse.a.val.length, 3);
});

test("a feature row never seen scores zero", () => {
  const sparse = SparseModel.from(LinearModel.empty(3, 4));
  const out = new Float32Array(3).fill(9);
  sparse.score(Uint32Array.from([1, 2, 3]), 3, out);
  assert.deepEqual(Array.from(out), [0, 0, 0]);
});
