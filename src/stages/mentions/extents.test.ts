import assert from "node:assert/strict";
import test from "node:test";
import type { Mention } from "../../doc/layers/mentions.js";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function names(text: string): { text: string; extent: string; type: Mention["type"]; kind: Mention["kind"] }[] {
  return detectMentions(simpleDoc(text))
    .filter((m) => m.kind === "name" || m.kind === "title")
    .map((m) => ({
      text: text.slice(m.start, m.end),
      extent: text.slice(m.extent.start, m.extent.end),
      type: m.type,
      kind: m.kind,
    }));
}

test("a title of an organization or a country: the title and the name it is of", () => {
  const got = names(
    "He met the Prime Minister of Singapore on Friday. He also met the Vice Chairman of Kestrel Motors.",
  );
  assert.deepEqual(
    got.filter((m) => m.kind === "name").map((m) => [m.text, m.type]),
    [
      ["Singapore", "LOC"],
      ["Kestrel Motors", "ORG"],
    ],
  );
  assert.equal(got.filter((m) => m.kind === "title").length, 2);
});

test("the article before a possessor's name belongs to the possessed noun", () => {
  const got = names("Prices rose in the UK's largest city.");
  assert.equal(got.find((m) => m.text === "UK")?.extent, "UK");
});

test("a name ending in a country is a company's, not a person's", () => {
  const got = names("Passengers of Air China and Ford Australia complained.");
  assert.equal(got.find((m) => m.text === "Air China")?.type, "ORG");
  assert.equal(got.find((m) => m.text === "Ford Australia")?.type, "ORG");
});

test("quoted product names after a model number, and names after camel-case brands, are not actors", () => {
  const got = names('The 787 "Dreamliner" flew. Buyers used the iTunes Music Store daily.');
  assert.equal(
    got.some((m) => m.text === "Dreamliner"),
    false,
  );
  assert.equal(
    got.some((m) => m.text === "Music Store"),
    false,
  );
});

test("a company before a product noun is a modifier there and still acts elsewhere", () => {
  const text = "Drivers like Velmora software updates. Velmora will cut jobs.";
  const got = detectMentions(simpleDoc(text)).filter((m) => m.kind === "name");
  assert.deepEqual(
    got.map((m) => [text.slice(m.start, m.end), m.type, m.modifier === true]),
    [
      ["Velmora", "ORG", true],
      ["Velmora", "ORG", false],
    ],
  );
});

test("a state opening an unknown name does not make it a person", () => {
  const got = names("Plants in Dearborn, Michigan Velcor closed.");
  assert.notEqual(got.find((m) => m.text.endsWith("Velcor"))?.type, "PER");
});

test("two capitalized pieces joined by a hyphen, no given name first, are a company", () => {
  const got = names("Shares of Hollis-Brandt rose after Hollis-Brandt said profits grew.");
  assert.ok(got.every((m) => m.type === "ORG"));
  const person = names("Anna Hollis-Brandt said so. Hollis-Brandt added that profits grew.");
  assert.ok(person.every((m) => m.type === "PER"));
});

test("an O' prefix set apart from the name stays in the person's name", () => {
  const got = names("Airline chief Sean O' Malley said fares would rise.");
  assert.ok(got.some((m) => m.text === "Sean O' Malley" && m.type === "PER"));
});

test("a name after 'to' or 'from' is the company the article names elsewhere, not a place", () => {
  const got = names("Shares of Norvell Airways fell. The jets were sold to Norvell in March.");
  assert.ok(got.some((m) => m.text === "Norvell" && m.type === "ORG"));
  const twice = names("Harlan Dynamics won the bid. The files came from Harlan Dynamics last year.");
  assert.ok(twice.filter((m) => m.text === "Harlan Dynamics").every((m) => m.type === "ORG"));
});

test("'and' before a nationality and a title opens a second titled person, not a longer name", () => {
  const got = names("UK Secretary of State Ann Carter and Canadian Foreign Minister Paul Roy met in Ottawa.");
  const people = got.filter((m) => m.kind === "name" && m.type === "PER").map((m) => m.text);
  assert.deepEqual(people, ["Ann Carter", "Paul Roy"]);
  // a name with "of" still runs over "and" when no title follows
  const org = names("The Ministry of Trade and Industry issued rules.").filter((m) => m.kind === "name");
  assert.deepEqual(
    org.map((m) => m.text),
    ["Ministry of Trade and Industry"],
  );
});
