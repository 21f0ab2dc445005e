import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function person(text: string, name: string) {
  return detectMentions(simpleDoc(text)).find((m) => text.slice(m.start, m.end) === name);
}

test("a country's possessive before a title gives the titled person that country", () => {
  const m = person("Kenya's Foreign Minister Amina Otieno flew to Kampala on Monday.", "Amina Otieno");
  assert.equal(m?.country, "KEN");
  assert.equal(m?.sector, "GOV");
});

test("a person's possessive before a title gives no country", () => {
  const m = person("Otieno's adviser Peter Kamau declined to comment.", "Peter Kamau");
  assert.equal(m?.country ?? null, null);
});
