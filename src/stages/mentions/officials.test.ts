import assert from "node:assert/strict";
import test from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function countryOf(text: string, surface: string): string | null | undefined {
  return detectMentions(simpleDoc(text)).find((m) => m.kind === "name" && text.slice(m.start, m.end) === surface)
    ?.country;
}

test("a fronted capital gives an official's country", () => {
  const text = "Kenya and Ghana traded barbs. In Nairobi, Foreign Minister Wanjiru Otieno said the claims were false.";
  assert.equal(countryOf(text, "Wanjiru Otieno"), "KEN");
});

test("a nationality earlier in the sentence gives the country", () => {
  const text = "After the Chilean court ruled, Justice Minister Rosario Quintana resigned.";
  assert.equal(countryOf(text, "Rosario Quintana"), "CHL");
});

test("otherwise the country the article names most often", () => {
  const text =
    "Peru closed its border with Bolivia. Peru said the move was temporary. Peru will review it. " +
    "Interior Minister Lucho Ayala said trucks were waiting.";
  assert.equal(countryOf(text, "Lucho Ayala"), "PER");
});

test("a nationality said once is no country of the article; a country named once is", () => {
  const once =
    "The festival shows a Japanese cartoon about ninjas. It drew crowds. Police Chief Lucho Ayala said trucks were waiting.";
  assert.equal(countryOf(once, "Lucho Ayala"), null);
  const named = "The festival was held near Lima. It drew crowds. Police Chief Lucho Ayala said trucks were waiting.";
  assert.equal(countryOf(named, "Lucho Ayala"), "PER");
});

test("no country in context and no title leaves the person without one", () => {
  assert.equal(countryOf("Tomas Ekwueme said the harvest was poor.", "Tomas Ekwueme"), null);
  const tie = "Peru and Bolivia met. Interior Minister Lucho Ayala said trucks were waiting.";
  assert.equal(countryOf(tie, "Lucho Ayala"), null);
});

test("a body named by its nationality before the name gives the country; a country gone to is no topic", () => {
  const text = "The Chilean Senate rejected President Rosario Quintana's request to travel to Peru.";
  assert.equal(countryOf(text, "Rosario Quintana"), "CHL");
  assert.equal(
    countryOf("President Rosario Quintana's request to travel to Peru was rejected.", "Rosario Quintana"),
    null,
  );
});
