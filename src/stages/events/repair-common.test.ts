import assert from "node:assert/strict";
import { test } from "node:test";
import type { Dependency } from "../../doc/layers/syntax.js";
import { childrenOf } from "./repair-common.js";

test("childrenOf indexes dependents in text order and follows a repair made in place", () => {
  const out: Dependency[] = [
    { head: 1, rel: "nsubj" },
    { head: -1, rel: "root" },
    { head: 1, rel: "obj" },
    { head: 2, rel: "nmod" },
  ];
  const before = childrenOf(out);
  assert.deepEqual([before[0] ?? [], before[1] ?? [], before[2] ?? []], [[], [0, 2], [3]]);
  assert.equal(childrenOf(out), before, "an unchanged tree is indexed once");
  out[3] = { head: 1, rel: "obl" };
  const after = childrenOf(out);
  assert.deepEqual([after[1] ?? [], after[2] ?? []], [[0, 2, 3], []]);
  assert.deepEqual(before[2], [3], "an index already handed out is not changed");
});
