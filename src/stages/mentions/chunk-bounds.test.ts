import assert from "node:assert/strict";
import test from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import { segmentStage } from "../segment/index.js";
import { detectMentions } from "./index.js";

function names(text: string): string[] {
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: "2024-05-02" })), { timezone: null });
  return detectMentions(doc)
    .filter((m) => m.kind === "name")
    .map((m) => text.slice(m.start, m.end));
}

test("a person's name before 'of' stops there: the affiliation or state is a name of its own", () => {
  assert.deepEqual(names("Maria Lopez of the University of Porto led the study."), [
    "Maria Lopez",
    "University of Porto",
  ]);
  assert.deepEqual(names("Professor Anna Lindqvist of Uppsala University agreed."), [
    "Anna Lindqvist",
    "Uppsala University",
  ]);
  assert.deepEqual(names("Tarek Oumi of the Lagos Marine Research Institute agreed."), [
    "Tarek Oumi",
    "Lagos Marine Research Institute",
  ]);
  assert.deepEqual(names("Brant Odell of the Institute for Coastal Studies disagreed."), [
    "Brant Odell",
    "Institute for Coastal Studies",
  ]);
});

test("titles, organizations and countries named with 'of' stay whole", () => {
  assert.deepEqual(names("The Foreign Minister of Uzbekistan met the Bank of England."), [
    "Uzbekistan",
    "Bank of England",
  ]);
  assert.deepEqual(names("Troops of the Democratic Republic of the Congo crossed."), [
    "Democratic Republic of the Congo",
  ]);
});

test("'and' joins a name only when no new name opens after it", () => {
  assert.deepEqual(names("The Center for Marine Law and Center for Fair Trade sued."), [
    "Center for Marine Law",
    "Center for Fair Trade",
  ]);
  assert.deepEqual(names("The Department of Health and Human Services replied."), [
    "Department of Health and Human Services",
  ]);
  assert.deepEqual(names("The National Search and Rescue Agency searched the coast."), [
    "National Search and Rescue Agency",
  ]);
  assert.deepEqual(names("Kestrel outsold rivals Orvane and Halden Motors."), ["Kestrel", "Orvane", "Halden Motors"]);
});

test("a word dating a title opens no name", () => {
  assert.deepEqual(names("Former Central Intelligence Agency officer Tom Reyes died."), [
    "Central Intelligence Agency",
    "Tom Reyes",
  ]);
});

test("'on' joins only an organization or document head ('Committee on ...'), not 'X on Twitter'", () => {
  assert.deepEqual(names("The Committee on Foreign Relations met."), ["Committee on Foreign Relations"]);
  assert.deepEqual(names("Officials praised Reyes on Twitter."), ["Reyes", "Twitter"]);
});

test("names that are also adjectives, names with commas, and bodies of a chamber or a police force", () => {
  assert.deepEqual(names("New Zealand police said the Secret Service and US Park Police responded."), [
    "New Zealand",
    "Secret Service",
    "US Park Police",
  ]);
  assert.deepEqual(names("The United Nations Educational, Scientific and Cultural Organization met."), [
    "United Nations Educational, Scientific and Cultural Organization",
  ]);
  const doc = segmentStage.run(
    createDoc(
      makeArticle({
        text: "The House Oversight Committee and the Dale County Police Department met.",
        published: null,
      }),
    ),
    { timezone: null },
  );
  assert.deepEqual(
    detectMentions(doc).map((m) => m.sector),
    ["LEG", "COP"],
  );
});

test("a country after a person's name is the person's; a state's formal name goes on over 'of'", () => {
  assert.deepEqual(names("Karsten Warholm of Norway won."), ["Karsten Warholm", "Norway"]);
  assert.deepEqual(names("The Islamic Republic of Iran objected."), ["Islamic Republic of Iran"]);
});
