import assert from "node:assert/strict";
import { test } from "node:test";
import { hashString } from "./hash.js";
import { IntTable } from "./int-table.js";

test("an int table answers like the map it was built from, for zero, negative and colliding keys", () => {
  const m = new Map<number, number>([
    [0, 7],
    [-1, -5],
    [2147483647, 1],
    [-2147483648, 2],
  ]);
  for (let i = 0; i < 3000; i++) m.set(hashString(`word${i}`) | 0, i * 3 - 1000);
  const t = new IntTable(m);
  assert.equal(t.size, m.size);
  for (const [k, v] of m) assert.equal(t.get(k, 99), v);
  for (let i = 3000; i < 6000; i++) {
    const k = hashString(`word${i}`) | 0;
    assert.equal(t.get(k, 99), m.get(k) ?? 99);
  }
  assert.equal(new IntTable(new Map()).get(0, -1), -1);
});

test("keys or values that are not int32 are rejected", () => {
  assert.throws(() => new IntTable(new Map([[2 ** 31, 1]])), RangeError);
  assert.throws(() => new IntTable(new Map([[1, 0.5]])), RangeError);
});
