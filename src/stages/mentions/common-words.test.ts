import assert from "node:assert/strict";
import test from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { segmentStage } from "../segment/index.js";
import { detectMentions } from "./index.js";

// The real tagger: these rules read its tags and lemmas.
function mentions(text: string): Mention[] {
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: "2024-05-02" })), { timezone: null });
  return detectMentions(doc).filter((m) => m.kind === "name");
}

function named(text: string): [string, Mention["type"]][] {
  return mentions(text)
    .filter((m) => m.modifier !== true)
    .map((m) => [text.slice(m.start, m.end), m.type]);
}

function extentOf(text: string, surface: string): string | undefined {
  const m = mentions(text).find((x) => text.slice(x.start, x.end) === surface);
  return m === undefined ? undefined : text.slice(m.extent.start, m.extent.end);
}

test("a lone capitalized common word or letter is no name; a surname or a town of a state is", () => {
  assert.deepEqual(named("The Harbor 300 Index of small firms fell by two percent."), []);
  assert.deepEqual(named("Officials refused to name the road after the letter Q on Tuesday."), []);
  const surname = "Tomas Fields founded the bakery in 1998. In March, Fields sold it to a cooperative.";
  assert.deepEqual(named(surname), [
    ["Tomas Fields", "PER"],
    ["Fields", "PER"],
  ]);
  assert.ok(named("The plant in Mobile, Alabama will close.").some(([t]) => t.startsWith("Mobile")));
});

test("a proper adjective stays a name ('Republican leaders')", () => {
  assert.ok(named("In Congress, Republican leaders opposed the deal.").some(([t]) => t === "Republican"));
});

test("an honorific without a period opens the name it precedes", () => {
  assert.equal(extentOf("According to Mr Dunmore, the loan will save the plant.", "Dunmore"), "Mr Dunmore");
});

test("a weekday after a place is a date, not part of the name; 'No. 2' is a number", () => {
  assert.deepEqual(named("Shares fell sharply in Europe and Asia Monday after the report."), [
    ["Europe", "LOC"],
    ["Asia", "LOC"],
  ]);
  const ranked = named("Its store passed rival retailer Corvel Mart for the No. 2 spot.");
  assert.ok(
    ranked.every(([t]) => !t.includes("No.")),
    JSON.stringify(ranked),
  );
});

test("a numbered flight or resolution names its owner", () => {
  assert.deepEqual(named("The crash of Coral Air Flight 231 killed 40 people."), [["Coral Air", "ORG"]]);
});

test("a title word closing a name that opens with a given name is part of the person's name", () => {
  assert.deepEqual(named("Schools closed in honour of Martin Luther King on Monday."), [["Martin Luther King", "PER"]]);
});

test("places that modify a noun: '-based', headquarters, a post of the organization", () => {
  const text = "The Lisbon-based group met at its Porto headquarters, said Anna Reis, the Corvel chief executive.";
  const flagged = mentions(text)
    .filter((m) => m.modifier === true)
    .map((m) => text.slice(m.start, m.end));
  assert.deepEqual(flagged, ["Lisbon", "Porto", "Corvel"]);
});

test("a lower-case place noun completes a place's name; a holiday is no name", () => {
  assert.equal(extentOf("The jet landed at Gatwick airport on time.", "Gatwick"), "Gatwick airport");
  assert.deepEqual(named("Sales rose during the Christmas and New Year holidays."), []);
});

test("names listed after a place are places, unless a verb follows the list as its subject's", () => {
  const place = (text: string, name: string) => mentions(text).find((m) => text.slice(m.start, m.end) === name)?.place;
  assert.equal(place("The minister will travel to Lima and Quito next week.", "Quito"), true);
  assert.equal(place("After talks in Lima, Chile and Peru signed a water agreement.", "Peru"), false);
  // (one name after "in the" is no list: "Clashes in the Philippines killed 12")
  assert.equal(place("Clashes in the Philippines killed 12 people.", "Philippines"), true);
});

test("a gazetteer city is a place unless listed with companies", () => {
  const place = named("The jet took off from Toulouse at noon. Toulouse had waited for hours.");
  assert.deepEqual(place, [
    ["Toulouse", "LOC"],
    ["Toulouse", "LOC"],
  ]);
  const rivals = named("Kestrel Motors outsold rivals Toyota and Corvel Motors in May.");
  assert.ok(
    rivals.some(([t, type]) => t === "Toyota" && type === "ORG"),
    JSON.stringify(rivals),
  );
});

test("the Far East is a region", () => {
  assert.deepEqual(named("Exports to the Far East doubled."), [["Far East", "LOC"]]);
});

test("a maker before a product noun is a modifier there and still a name elsewhere", () => {
  const text = "Some airlines are evaluating Corvel jets. Analysts said rivals such as Corvel charge more.";
  const got = mentions(text).map((m) => [text.slice(m.start, m.end), m.modifier === true]);
  assert.deepEqual(got, [
    ["Corvel", true],
    ["Corvel", false],
  ]);
  const fleet = "The carrier runs an all-Corvel fleet.";
  assert.ok(mentions(fleet).every((m) => m.modifier === true));
});

test("a parent company's name before 'parent' is a name of its own", () => {
  assert.deepEqual(named("Halden Group and Corvel parent Orvane Holdings won the contract."), [
    ["Halden Group", "ORG"],
    ["Corvel", "ORG"],
    ["Orvane Holdings", "ORG"],
  ]);
});

test("a month word is a surname where the article names the person and it opens a clause", () => {
  const text = "Later in the day, Theresa May spoke. May said the plan stands. In May, prices rose.";
  const may = mentions(text).filter((m) => text.slice(m.start, m.end) === "May");
  assert.equal(may.length, 1);
  assert.equal(may[0]?.type, "PER");
});

test("treaties, conventions and diseases are no actors; the Asia-Pacific is a region", () => {
  const text =
    "Both signed the Treaty of Friendship and Cooperation in 2001. Travel fell during the COVID-19 outbreak. Trade in the Asia-Pacific grew.";
  assert.deepEqual(named(text), [["Asia-Pacific", "LOC"]]);
});

test("an unknown town placed by 'near' or 'the liberation of' is a place wherever it does not act", () => {
  const text =
    "Fighters massed near Qaryatayn on Monday. Forces moved to isolate Qaryatayn, and the liberation of Qaryatayn may take weeks.";
  assert.deepEqual(
    named(text).map(([, type]) => type),
    ["LOC", "LOC", "LOC"],
  );
  const company = "Investors bought shares in Velmora. Velmora said profits rose.";
  assert.ok(named(company).every(([, type]) => type === "ORG"));
});

test("military ranks, abbreviated or not, are titles; named operations are no actors", () => {
  const text = "Lt. Gen. Sarah Okoye and Col Tom Brandt briefed reporters on Operation Northern Shield.";
  const got = mentions(text).map((m) => [text.slice(m.start, m.end), m.type, m.sector]);
  assert.deepEqual(got, [
    ["Sarah Okoye", "PER", "MIL"],
    ["Tom Brandt", "PER", "MIL"],
  ]);
});

test("party labels, whips and ministers of unknown bodies before a person's name", () => {
  const text =
    "Republican Kevin Marsh lost. Senate Minority Whip Dora Quill objected. The Minister of Coastal Affairs Alexander Petrov came.";
  const people = mentions(text)
    .filter((m) => m.type === "PER")
    .map((m) => [text.slice(m.start, m.end), m.sector]);
  assert.deepEqual(people, [
    ["Kevin Marsh", null],
    ["Dora Quill", "LEG"],
    ["Alexander Petrov", "GOV"],
  ]);
});

test("a compass word opening a place's name is not the West", () => {
  const m = mentions("Troops of the Western Bukavu Command fought.").find((x) => x.type === "ORG");
  assert.equal(m?.country, null);
});

test("a region before a title is its portfolio; a people's adjective alone names nobody; the ICJ is the UN's", () => {
  const text = "Poland's Europe minister met a professor of Korean studies. The ICJ ruled.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: "2024-05-02" })), { timezone: null });
  const all = detectMentions(doc);
  const got = all.map((m) => [text.slice(m.start, m.end), m.country]);
  assert.deepEqual(
    all.filter((m) => m.kind === "nominal").map((m) => [text.slice(m.start, m.end), m.country]),
    [["Poland's Europe minister", "POL"]],
  );
  assert.ok(!got.some(([t]) => t === "Korean"));
  assert.ok(got.some(([t, c]) => t === "ICJ" && c === "UN"));
});

test("transcript labels, God, holidays and named agreements are no actors", () => {
  const text = "QUESTION: Did the envoys discuss it? They thanked God for the Cessation of Hostilities before Eid.";
  assert.deepEqual(named(text), []);
});

test("a plural title before coordinated names, and a country after 'of', describe each person", () => {
  const text = "Presidents Amara Diallo of Guinea and John Mensah of Ghana signed the pact.";
  assert.deepEqual(
    mentions(text)
      .filter((m) => m.type === "PER")
      .map((m) => [text.slice(m.start, m.end), m.country]),
    [
      ["Amara Diallo", "GIN"],
      ["John Mensah", "GHA"],
    ],
  );
});

test("a country's adjective before its own place describes it; a coordinator is an official", () => {
  const text = "Villagers of the Syrian Golan Heights met Anna Berg, the United Nations Relief Coordinator.";
  const got = mentions(text).map((m) => [text.slice(m.start, m.end), m.country]);
  assert.ok(
    got.some(([t, c]) => t === "Golan Heights" && c === "SYR"),
    JSON.stringify(got),
  );
  assert.ok(
    got.some(([t, c]) => t === "Anna Berg" && c === "UN"),
    JSON.stringify(got),
  );
});

test("possessed government nouns, Western countries and sector-modified groups are mentions", () => {
  const text =
    "Prime Minister Jan Novak said his government would act. Western countries objected. Opposition senators and government troops met.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: "2024-05-02" })), { timezone: null });
  const nominals = detectMentions(doc)
    .filter((m) => m.kind === "nominal")
    .map((m) => [text.slice(m.start, m.end), m.country, m.sector]);
  assert.deepEqual(nominals, [
    ["government", null, "GOV"],
    ["Western countries", "WST", null],
    ["Opposition senators", null, "OPP"],
    ["government troops", null, "MIL"],
  ]);
});

test("'the port authority': an organization head after a lower-case modifier is a definite mention", () => {
  const text = "Later the port authority said operations were normal.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: "2024-05-02" })), { timezone: null });
  const m = detectMentions(doc).find((x) => x.kind === "nominal");
  assert.equal(m === undefined ? null : text.slice(m.extent.start, m.extent.end), "the port authority");
});

test("a listed person's one-word alias after 'the' is the common word ('the Moon')", () => {
  assert.deepEqual(named("He compared the record to landing on the Moon."), []);
});

test("a word capitalized only to open a sentence as, or before, a group noun is no name", () => {
  assert.deepEqual(named("Masked gunmen attacked a bus near Arica on Sunday."), [["Arica", "LOC"]]);
  assert.deepEqual(named("Gunmen attacked a bus near Arica on Sunday."), [["Arica", "LOC"]]);
  // (a known name keeps its place: "Hamas fighters")
  assert.ok(named("Hamas fighters attacked a patrol.").some(([t]) => t === "Hamas"));
});
