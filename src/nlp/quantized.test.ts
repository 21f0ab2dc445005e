import assert from "node:assert/strict";
import { test } from "node:test";
import { LinearModel } from "./perceptron.js";
import { QuantizedModel } from "./quantized.js";

function close(a: Float32Array, b: Float32Array, tol: number): void {
  for (let c = 0; c < a.length; c++) assert.ok(Math.abs(a[c] - b[c]) < tol, `class ${c}: ${a[c]} vs ${b[c]}`);
}

for (const k of [3, 4]) {
  test(`quantized model with ${k} classes scores like its float model`, () => {
    const dense = LinearModel.empty(k, 6);
    dense.weights[5 * k] = 1.5;
    dense.weights[5 * k + k - 1] = -0.5;
    dense.weights[9 * k + 1] = 2;
    const q = QuantizedModel.from(dense);
    const feats = Uint32Array.from([5, 9, 9 + 64, 33]);
    const a = new Float32Array(k);
    const b = new Float32Array(k).fill(7);
    dense.score(feats, feats.length, a);
    q.score(feats, feats.length, b);
    close(a, b, 1e-3);
    assert.ok(Math.abs(b[1] - 4) < 1e-3);
  });
}

test("quantized model prunes small weights and rejects a bad shape", () => {
  const dense = LinearModel.empty(3, 2);
  dense.weights[0] = 1e-5;
  dense.weights[1] = 1;
  const q = QuantizedModel.from(dense, 1e-3);
  assert.equal(q.weights[0], 0);
  assert.throws(() => new QuantizedModel(3, new Int16Array(9), new Float32Array(3)), RangeError);
});

test("three-class scores are the exact integer sums times the class scales", () => {
  const rows = 64;
  const weights = Int16Array.from({ length: rows * 3 }, (_, i) => ((i * 7919) % 65535) - 32767);
  const scales = Float32Array.from([0.001, 0.0003, 0.02]);
  const q = new QuantizedModel(3, weights, scales);
  const feats = Uint32Array.from({ length: 160 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
  const out = new Float32Array(3);
  q.score(feats, feats.length, out);
  for (let c = 0; c < 3; c++) {
    let sum = 0;
    for (const f of feats) sum += weights[(f & (rows - 1)) * 3 + c];
    assert.equal(out[c], Math.fround(sum * scales[c]));
  }
});
