import assert from "node:assert/strict";
import { test } from "node:test";
import { feat2, hashString } from "./hash.js";
import { packModel, unpackModel } from "./model-io.js";
import { PerceptronTrainer } from "./perceptron.js";
import { QuantizedModel } from "./quantized.js";

test("hashing is deterministic and spreads nearby inputs", () => {
  assert.equal(hashString("China"), hashString("China"));
  assert.notEqual(hashString("China"), hashString("china"));
  assert.notEqual(feat2(1, 2, 3), feat2(1, 3, 2));
});

test("the averaged perceptron learns a separable problem and survives quantization and packing", () => {
  const tr = new PerceptronTrainer(2, 10);
  const data: Array<[number[], number]> = [
    [[feat2(1, 1, 0), feat2(2, 0, 0)], 0],
    [[feat2(1, 0, 0), feat2(2, 1, 0)], 1],
  ];
  const scores = new Float32Array(2);
  for (let e = 0; e < 5; e++) {
    for (const [f, y] of data) {
      tr.model.score(f, f.length, scores);
      const p = scores[1] > scores[0] ? 1 : 0;
      tr.tick();
      if (p !== y) tr.update(f, f.length, y, p);
    }
  }
  const q = QuantizedModel.from(tr.averaged());
  const { arrays } = unpackModel(packModel({ ok: true }, { w: q.weights, s: q.scales }));
  const back = new QuantizedModel(2, arrays.get("w") as Int16Array, arrays.get("s") as Float32Array);
  for (const [f, y] of data) {
    back.score(Uint32Array.from(f), f.length, scores);
    assert.equal(scores[1] > scores[0] ? 1 : 0, y);
  }
});

test("a model file with the wrong magic is refused", async () => {
  const { gzipSync } = await import("node:zlib");
  assert.throws(() => unpackModel(gzipSync(Buffer.from("not a model"))), /not an Attaché model/);
});
