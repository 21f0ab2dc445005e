import assert from "node:assert/strict";
import { test } from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function names(text: string) {
  const doc = simpleDoc(text);
  return detectMentions(doc).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

test("a title before a name is a role, not part of the name", () => {
  const ms = names("Chinese State Councilor and Foreign Minister Wang Yi met reporters.");
  const wang = ms.find((m) => m.text === "Wang Yi");
  assert.equal(wang?.type, "PER");
  assert.equal(wang?.role?.country, "CHN");
  assert.equal(wang?.role?.sector, "GOV");
  assert.equal(
    ms.some((m) => m.text.includes("Councilor")),
    false,
  );
});

test("capitals as places are flagged, capitals as actors are not", () => {
  const ms = names("Tokyo protested after talks in Jakarta collapsed.");
  assert.equal(ms.find((m) => m.text === "Tokyo")?.place, false);
  assert.equal(ms.find((m) => m.text === "Jakarta")?.place, true);
});

test("a capital before a time phrase acts ('talks with Ankara next week'); before a noun it is a place ('a Nairobi court')", () => {
  const ms = names("Athens will hold talks with Ankara next week. A Nairobi court later freed him.");
  assert.equal(ms.find((m) => m.text === "Ankara")?.place, false);
  assert.equal(ms.find((m) => m.text === "Nairobi")?.place, true);
});

test("nationality adjectives and possessive pronouns are not mentions", () => {
  const ms = names("Russian diplomats said her plan was late.");
  assert.equal(
    ms.some((m) => m.text === "Russian"),
    false,
  );
  assert.equal(
    ms.some((m) => m.text === "her"),
    false,
  );
});

test("organizations get sector from their head and country from names inside", () => {
  const ms = names("A team from Seoul National University and the Kenyan Ministry of Health arrived.");
  const snu = ms.find((m) => m.text === "Seoul National University");
  assert.equal(snu?.type, "ORG");
  assert.equal(snu?.sector, "EDU");
  assert.equal(snu?.country, "KOR");
  const ministry = ms.find((m) => m.text.startsWith("Kenyan Ministry"));
  assert.equal(ministry?.country, "KEN");
  assert.equal(ministry?.sector, "GOV");
});

test("group nominals carry their size", () => {
  const ms = names("Both countries agreed, and the two leaders shook hands.");
  const g = ms.filter((m) => m.group !== null).map((m) => [m.text, m.group?.count, m.group?.of]);
  assert.deepEqual(g, [
    ["Both countries", 2, "country"],
    ["two leaders", 2, "person"],
  ]);
});

test("'it' before a modal or 'had' is a mention; before a form of 'be' it stands for nobody", () => {
  const text = "The ministry said it would retaliate. It is clear that talks failed. It would be wrong to wait.";
  const its = names(text).filter((m) => m.kind === "pronoun");
  assert.deepEqual(
    its.map((m) => m.start),
    [text.indexOf("it would")],
  );
});

test("a capital addressed or sending ('a signal to Beijing', 'hit back at London') acts; a destination is a place", () => {
  const ms = names("Moscow hit back at London. The drills were a signal to Beijing. He later flew to Paris.");
  assert.equal(ms.find((m) => m.text === "London")?.place, false);
  assert.equal(ms.find((m) => m.text === "Beijing")?.place, false);
  assert.equal(ms.find((m) => m.text === "Paris")?.place, true);
  // (a complaint's addressee, and the state an envoy is posted to, whom recalling the envoy is aimed at)
  const told = names("Lima sent a protest to Santiago. Peru recalled its ambassador to Quito.");
  assert.equal(told.find((m) => m.text === "Santiago")?.place, false);
  assert.equal(told.find((m) => m.text === "Quito")?.place, false);
});

test("a country named as the possessor gives an organization or a person after it its country", () => {
  const ms = names("Kenya's Supreme Court annulled the vote, and Ghana's John Mensah objected.");
  const court = ms.find((m) => m.text === "Supreme Court");
  assert.equal(court?.country, "KEN");
  assert.equal(ms.find((m) => m.text === "John Mensah")?.country, "GHA");
});

test("a country naming a currency is no mention ('US $50 million')", () => {
  const ms = names("The minister was accused of taking US $50 million from the treasury.");
  assert.equal(
    ms.some((m) => m.text === "US"),
    false,
  );
});
