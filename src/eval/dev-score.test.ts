import assert from "node:assert/strict";
import { test } from "node:test";
import { samePlace } from "./dev-score.js";

test("a place is the same when the names agree up to accents, case and extra words", () => {
  assert.ok(samePlace("Brasília", "Brasilia"));
  assert.ok(samePlace("Batken region", "Batken"));
  assert.ok(samePlace("Sentosa, Singapore", "Singapore"));
  assert.ok(!samePlace("Batken region", "Bat"));
  assert.ok(!samePlace("Tokyo", "Kyoto"));
  assert.ok(!samePlace("New York", "York"));
});
