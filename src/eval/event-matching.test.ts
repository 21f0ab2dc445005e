import assert from "node:assert/strict";
import { test } from "node:test";
import { greedyMatching, maximumMatching } from "./event-matching.js";

// Left 0 fits right 0 and 1, left 1 fits right 0 only: first-come takes 0 for left 0 and leaves left 1 alone.
const edges = new Set(["0-0", "0-1", "1-0"]);
const ok = (l: number, r: number): boolean => edges.has(`${l}-${r}`);

test("greedy matching takes the first free partner in order", () => {
  assert.deepEqual(greedyMatching(2, 2, ok), [0, -1]);
});

test("maximum matching reroutes an earlier pair through an augmenting path", () => {
  assert.deepEqual(maximumMatching(2, 2, ok), [1, 0]);
});

test("maximum matching prefers first-phase partners and still reaches the maximum size", () => {
  // Right 0 is optional, right 1 required; left 0 fits both, left 1 fits only the optional one.
  const e = new Set(["0-0", "0-1", "1-0"]);
  const fits = (l: number, r: number): boolean => e.has(`${l}-${r}`);
  const required = (_l: number, r: number): boolean => r === 1;
  assert.deepEqual(maximumMatching(2, 2, fits, [required]), [1, 0]);
  // With only left 0, the required partner is chosen over the optional one listed first.
  assert.deepEqual(maximumMatching(1, 2, fits, [required]), [1]);
  assert.deepEqual(maximumMatching(1, 2, fits), [0]);
});

test("no edges leave everything unmatched", () => {
  assert.deepEqual(
    maximumMatching(2, 3, () => false),
    [-1, -1],
  );
  assert.deepEqual(
    greedyMatching(2, 3, () => false),
    [-1, -1],
  );
});
