import assert from "node:assert/strict";
import test from "node:test";
import type { Mention } from "../../doc/layers/mentions.js";
import { detectMentions } from "./index.js";
import { isModelCode } from "./shape.js";
import { simpleDoc } from "./simple-segment.js";

function names(text: string): Mention[] {
  return detectMentions(simpleDoc(text)).filter((m) => m.kind === "name");
}
function find(text: string, surface: string): Mention | undefined {
  return names(text).find((m) => text.slice(m.start, m.end) === surface);
}
function extentOf(text: string, m: Mention | undefined): string {
  return m === undefined ? "" : text.slice(m.extent.start, m.extent.end);
}

test("model codes are told from years and counts", () => {
  assert.equal(isModelCode("A350"), true);
  assert.equal(isModelCode("737"), true);
  assert.equal(isModelCode("F-16"), true);
  assert.equal(isModelCode("2019"), false);
  assert.equal(isModelCode("12"), false);
});

test("a maker's name before a model number only modifies it", () => {
  const text = "The airline ordered ten Embraer E195 jets on Monday.";
  assert.equal(find(text, "Embraer")?.modifier, true);
  const plain = "Embraer said on Monday that deliveries would resume.";
  assert.notEqual(find(plain, "Embraer")?.modifier, true);
});

test("a market index is not a name mention", () => {
  const text = "The Nikkei fell 2 percent while Toyota Motor Corp shares rose.";
  assert.equal(find(text, "Nikkei"), undefined);
  assert.equal(find(text, "Toyota Motor Corp")?.type, "ORG");
});

test("a description in front of a company widens its extent", () => {
  const text = "Talks stalled with Dutch chip equipment maker Lumentra over the export rules.";
  const m = find(text, "Lumentra");
  assert.equal(m?.type, "ORG");
  assert.equal(extentOf(text, m), "Dutch chip equipment maker Lumentra");
  const bare = "Officials met Lumentra executives on Tuesday.";
  assert.notEqual(extentOf(bare, find(bare, "Lumentra")), "met Lumentra");
});

test("a city and its state or country form one place", () => {
  const text = "The plant opened in Greenville, South Carolina, last year.";
  const city = find(text, "Greenville");
  assert.equal(city?.type, "LOC");
  assert.equal(extentOf(text, city), "Greenville, South Carolina");
});

test("events and numbered items are not actors", () => {
  const text = "Delegates at the Harbour Trade Summit discussed Chapter 11 filings.";
  assert.equal(find(text, "Harbour Trade Summit"), undefined);
  assert.equal(find(text, "Chapter"), undefined);
});

test("currency symbols glued to country codes are not names", () => {
  const text = "The deal is worth US$ 3 billion to Norvia Shipping.";
  assert.equal(find(text, "US$"), undefined);
  assert.equal(find(text, "Norvia Shipping")?.type, "ORG");
});
