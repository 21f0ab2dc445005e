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

test("integer scoring equals the float32 reference summation bit for bit", () => {
  const k = 40;
  const dense = LinearModel.empty(k, 10);
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < dense.weights.length; i++) if (rand() < 0.3) dense.weights[i] = (rand() - 0.5) * 7;
  const sparse = SparseModel.from(dense, 0.01);
  const feats = Uint32Array.from({ length: 300 }, () => Math.floor(rand() * 2 ** 32));
  const a = new Float32Array(k);
  const b = new Float32Array(k);
  for (const n of [0, 1, 37, 300]) {
    sparse.score(feats, n, a);
    sparse.scoreFloat(feats, n, b);
    assert.deepEqual(Array.from(a), Array.from(b));
  }
});

test("a row table with a repeated row or out-of-range classes is rejected", () => {
  const m = SparseModel.from(LinearModel.empty(3, 4));
  const arrays = {
    keys: Int32Array.from([0, 3, 3, 0]),
    rowStart: Int32Array.from([0, 0, 1, 0]),
    rowLen: Uint8Array.from([0, 1, 1, 0]),
    cls: Uint8Array.from([0, 1]),
    val: Int16Array.from([5, 6]),
    scales: Float32Array.from([1, 1, 1]),
  };
  assert.throws(() => new SparseModel(3, m.mask, arrays), RangeError);
  assert.throws(
    () => new SparseModel(3, m.mask, { ...arrays, keys: Int32Array.from([0, 3, 0, 0]), cls: Uint8Array.from([7, 1]) }),
    RangeError,
  );
  const ok = new SparseModel(3, m.mask, { ...arrays, keys: Int32Array.from([0, 3, 5, 0]) });
  const out = new Float32Array(3);
  ok.score(Uint32Array.from([2, 4, 9]), 3, out);
  assert.deepEqual(Array.from(out), [5, 6, 0]);
});
