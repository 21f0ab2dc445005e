import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

const ctx = { timezone: null };

function analyse(text: string, published: string | null = "2024-03-01T10:00:00Z"): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, published), ctx), ctx);
}

/** Each actor as "mention texts -> code", for compact assertions. */
function codes(doc: Doc): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of doc.actors ?? []) for (const m of a.mentions) out.set(doc.text.slice(m.start, m.end), a.code);
  return out;
}

test("armed groups, parties, unions and NGOs carry their country and sector", () => {
  const doc = analyse(
    "Hamas fired rockets after Hezbollah warned Israel. Al-Shabaab attacked a base while al-Qaeda praised it. " +
      "The PKK and the Houthis issued statements. Amnesty International and the ANC criticised Boko Haram.",
  );
  const c = codes(doc);
  assert.equal(c.get("Hamas"), "PSEREB");
  assert.equal(c.get("Hezbollah"), "LBNREB");
  assert.equal(c.get("Al-Shabaab"), "SOMREB");
  assert.equal(c.get("al-Qaeda"), "REB");
  assert.equal(c.get("PKK"), "TURREB");
  assert.equal(c.get("Houthis"), "YEMREB");
  assert.equal(c.get("Amnesty International"), "NGO");
  assert.equal(c.get("ANC"), "ZAFOPP");
  assert.equal(c.get("Boko Haram"), "NGAREB");
});

test("a known organization after 'from' sends something; it is not a place", () => {
  const c = codes(analyse("A plane with tents from the Turkish Red Crescent landed in Kerman."));
  assert.equal(c.get("Turkish Red Crescent"), "TURNGO");
});

test("territories are places of their country; acting, they are that country", () => {
  const doc = analyse(
    "Israeli troops raided the West Bank City of Tulkarm. Gaza fired rockets at Israel. " +
      "Russian forces shelled Donetsk. Talks on Kashmir stalled.",
  );
  const c = codes(doc);
  assert.equal(c.get("Gaza"), "PSE");
  assert.equal(c.get("Donetsk"), "UKR");
  assert.ok(![...c.values()].includes("WST"), "no West Bank -> the West (WST) confusion");
  assert.equal(c.has("West Bank City of Tulkarm"), false);
  assert.equal(c.has("Kashmir"), false);
});

test("'the West' is a region only with its article", () => {
  const c = codes(analyse("The West imposed sanctions. Cadets at West Point met the mayor."));
  assert.equal(c.get("West"), "WST");
  assert.notEqual(c.get("West Point"), "WST");
});

test("nationalities and ethnic groups before a group noun give a party with a country", () => {
  const doc = analyse(
    "Palestinian prisoners began a hunger strike. Nigerian authorities arrested Ibo traditional elders. " +
      "Bosnian Serbs shelled the town. Ethnic Albanian guerrillas attacked a post. Syrian officers met US border patrol agents.",
  );
  const c = codes(doc);
  assert.equal(c.get("Palestinian prisoners"), "PSECVL");
  assert.equal(c.get("Nigerian authorities"), "NGAGOV");
  assert.equal(c.get("Ibo traditional elders"), "NGACVL");
  assert.equal(c.get("Bosnian Serbs"), "BIH");
  assert.equal(c.get("Albanian guerrillas"), "ALBREB");
  assert.equal(c.get("Syrian officers"), "SYRMIL");
  assert.equal(c.get("US border patrol agents"), "USAGOV");
  assert.equal(c.has("US"), false, "the country name is only the modifier of the group");
});

test("a group spread over several states has no country; plural demonyms have theirs", () => {
  const doc = analyse("Kurds protested in the city. Tamils marched nearby. Singaporeans cheered the team.");
  const actors = doc.actors ?? [];
  const kurds = actors.find((a) => a.name === "Kurds");
  assert.equal(kurds?.kind, "group");
  assert.equal(kurds?.country, null);
  assert.equal(codes(doc).get("Tamils"), "LKA");
  assert.equal(codes(doc).get("Singaporeans"), "SGP");
});

test("governments by possessive, capital and president's administration", () => {
  const doc = analyse(
    "Sudan's government rejected the plan. Ankara's district administration banned the march. " +
      "The Bush administration objected.",
    "2005-06-01T00:00:00Z",
  );
  const c = codes(doc);
  assert.equal(c.get("Sudan's government"), "SDNGOV");
  assert.equal(c.get("Ankara's district administration"), "TURGOV");
  assert.equal(c.get("Bush administration"), "USAGOV");
  assert.equal(c.has("Bush"), false, "the president's name only modifies the administration");
});

test("a title of a country before an unknown name gives that person the country", () => {
  const doc = analyse("Foreign Minister of Uzbekistan Dilnoza Yuldasheva arrived in Tashkent.");
  const person = doc.actors?.find((a) => a.kind === "person");
  assert.equal(person?.name, "Dilnoza Yuldasheva");
  assert.equal(person?.code, "UZBGOV");
});

test("hyphenated names in the lexicon are found across the tokenizer's split", () => {
  const c = codes(analyse("Guinea-Bissau and ZANU-PF signed the accord with Hayat Tahrir al-Sham."));
  assert.equal(c.get("Guinea-Bissau"), "GNB");
  assert.equal(c.get("ZANU-PF"), "ZWEOPP");
  assert.equal(c.get("Hayat Tahrir al-Sham"), "SYRREB");
});

test("they/them: the coordinated pair of countries, else the nearest plural group leading its sentence", () => {
  const pair = analyse("China and Russia vetoed the draft, saying they opposed sanctions.");
  const they = (doc: Doc) =>
    (doc.actors ?? []).filter((a) =>
      a.mentions.some((m) => doc.text.slice(m.start, m.end) === "they" || doc.text.slice(m.start, m.end) === "They"),
    );
  assert.deepEqual(
    they(pair).map((a) => a.code),
    ["CHN", "RUS"],
  );
  const group = analyse("Palestinian prisoners began a hunger strike. They demanded visits.");
  assert.deepEqual(
    they(group).map((a) => a.code),
    ["PSECVL"],
  );
  // a lone country is "it", not "they"; nothing plural in reach leaves the pronoun alone
  const none = analyse("Kenya said it would help. Talks ended on Monday. Later they met again.");
  assert.deepEqual(they(none), []);
});

test("a group named by a people of several states stays apart from earlier groups with the same noun", () => {
  const doc = analyse("Syrian rebels seized a town. Kurdish rebels later attacked a checkpoint.");
  const rebels = (doc.actors ?? []).filter((a) => a.sector === "REB");
  assert.deepEqual(
    rebels.map((a) => [a.name, a.country]),
    [
      ["Syrian rebels", "SYR"],
      ["Kurdish rebels", null],
    ],
  );
});

test("a nationality before a party name found in the lexicon gives the party's country", () => {
  const c = codes(analyse("The Norwegian Labour Party won. The Labour Party in Britain lost."));
  assert.equal(c.get("Norwegian Labour Party")?.slice(0, 3), "NOR");
  assert.equal(c.get("Labour Party"), "GBROPP");
});

test("a group of people named before its members: the coordinated countries' people named just after", () => {
  const doc = analyse(
    "The foreign ministers of Peru, Chile and Bolivia met in Lima on Monday, the first meeting of the three ministers this year. " +
      "Peruvian Foreign Minister Ana Soto, Chilean Foreign Minister Juan Vera and Bolivian Foreign Minister Luis Mamani signed a water pact.",
  );
  for (const name of ["Ana Soto", "Juan Vera", "Luis Mamani"]) {
    const a = doc.actors?.find((x) => x.name === name);
    const texts = (a?.mentions ?? []).map((s) => doc.text.slice(s.start, s.end));
    assert.ok(texts.includes("three ministers"), `${name}: ${texts.join("|")}`);
  }
});

test("people named two sentences later are not the group's members", () => {
  const doc = analyse(
    "The foreign ministers of Peru, Chile and Bolivia met in Lima, the first meeting of the three ministers this year. " +
      "Rain fell. Peruvian Foreign Minister Ana Soto, Chilean Foreign Minister Juan Vera and Bolivian Foreign Minister Luis Mamani left.",
  );
  const soto = doc.actors?.find((x) => x.name === "Ana Soto");
  assert.ok(!(soto?.mentions ?? []).some((s) => doc.text.slice(s.start, s.end) === "three ministers"));
});

/** The codes of the actors that have a mention with exactly this text, sorted. */
function pairOf(doc: Doc, mention: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const a of doc.actors ?? [])
    if (a.mentions.some((m) => doc.text.slice(m.start, m.end) === mention)) out.push(a.code);
  return out.sort();
}

test("with no coordination, the nearest sentence naming exactly two states gives the pair", () => {
  const doc = analyse(
    "Chile's navy seized a fishing boat working for Argentina on Sunday. The United Nations urged calm. " +
      "Both governments face elections next year.",
  );
  assert.deepEqual(pairOf(doc, "Both governments"), ["ARG", "CHL"]);
});

test("an armed group named as a government, its authorities or administration is its country's government", () => {
  assert.equal(codes(analyse("The Taliban government condemned the raid.")).get("Taliban"), "AFGGOV");
  assert.equal(codes(analyse("Houthi authorities condemned the raid.")).get("Houthi"), "YEMGOV");
  const c = codes(analyse("Taliban fighters attacked a post. The Houthi side refused."));
  assert.deepEqual([c.get("Taliban"), c.get("Houthi")], ["AFGREB", "YEMREB"]);
});
