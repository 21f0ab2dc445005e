import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function placeFlags(text: string): Record<string, boolean> {
  const doc = simpleDoc(text);
  return Object.fromEntries(
    detectMentions(doc)
      .filter((m) => m.kind === "name")
      .map((m) => [text.slice(m.start, m.end), m.place]),
  );
}

test("a wire dateline names a place, not an actor", () => {
  const flags = placeFlags("QUITO — Ecuador and Peru agreed on Tuesday to reopen the border.");
  assert.equal(flags["QUITO"], true);
  assert.equal(flags["Ecuador"], false);
});

test("datelines with a date or an agency before the dash are places too", () => {
  assert.equal(placeFlags("NAIROBI, May 4 — Kenya recalled its envoy.")["NAIROBI"], true);
  assert.equal(placeFlags("Oslo (Reuters) - Norway said it would send aid.")["Oslo"], true);
});

test("a capital acting at the start of a sentence is not a dateline", () => {
  assert.equal(placeFlags("Moscow warned Kyiv on Monday against joining the alliance.")["Moscow"], false);
});
