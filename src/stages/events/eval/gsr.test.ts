import assert from "node:assert/strict";
import { test } from "node:test";
import { goldPairs } from "./gsr.js";

const record = (markup: string) => ({ id: "x", event: "AGREE", text: "", textInfo: { markup } });

test("reciprocal gold records pair every party with every other; others pair sources with targets, even their own state", () => {
  const both = record("(SRC/TAR: Freedonia) and (SRC/TAR: Sylvania) have (EVT: agreed) ...");
  assert.deepEqual(goldPairs(both, ["FRD", "SYL"], []), [
    { s: "FRD", t: "SYL" },
    { s: "SYL", t: "FRD" },
  ]);
  const oneWay = record("(SRC: Freedonia) (EVT: warned) (TAR: Sylvania) ...");
  assert.deepEqual(goldPairs(oneWay, ["FRD"], ["SYL"]), [{ s: "FRD", t: "SYL" }]);
  // a domestic record (police against protesters of one state) pairs the state with itself
  assert.deepEqual(goldPairs(oneWay, ["FRD"], ["FRD"]), [{ s: "FRD", t: "FRD" }]);
  assert.deepEqual(goldPairs(oneWay, ["FRD", "SYL"], []), [
    { s: "FRD", t: null },
    { s: "SYL", t: null },
  ]);
});
