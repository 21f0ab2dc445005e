import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { Doc } from "../../doc/doc.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* Definite nominals that stand for an organization named earlier ("the alliance", "the bloc"). */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-05-10T08:00:00Z"), ctx), ctx);
}

function mentionsOf(doc: Doc, code: string, kind = "organization"): string[] {
  const a = doc.actors?.find((x) => x.country === code && x.kind === kind);
  return (a?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));
}

test("'the alliance' after NATO is NATO", () => {
  const doc = analyse("NATO promised new air defences on Friday. The alliance also criticised the strikes.");
  assert.deepEqual(mentionsOf(doc, "NATO"), ["NATO", "alliance"]);
});

test("'the alliance' after NATO's leaders acting is NATO itself", () => {
  const doc = analyse("NATO defence ministers gathered in Vilnius. The alliance agreed to expand its eastern force.");
  assert.deepEqual(mentionsOf(doc, "NATO"), ["alliance"]);
});

test("'the bloc' after regional ministers is their organization", () => {
  const doc = analyse("ASEAN foreign ministers met in Manila. The bloc called for an end to the violence.");
  assert.deepEqual(mentionsOf(doc, "ASEAN"), ["bloc"]);
});

test("a named party whose name has the head wins over NATO", () => {
  const doc = analyse("The Green Alliance attacked NATO over the plan. The alliance said it would vote no.");
  assert.deepEqual(mentionsOf(doc, "NATO"), ["NATO"]);
  const party = doc.actors?.find((a) => a.name === "Green Alliance");
  assert.deepEqual(
    party?.mentions.map((m) => doc.text.slice(m.start, m.end)),
    ["Green Alliance", "alliance", "it"],
  );
});

test("no organization of that head named before: 'the alliance' stays unresolved", () => {
  const doc = analyse("The two parties formed an alliance. The alliance won twelve seats.");
  assert.equal(
    doc.actors?.some((a) => a.country === "NATO"),
    false,
  );
});

test("'the embassy' is the embassy described before, not the latest government body", () => {
  const doc = analyse(
    "The Peruvian embassy sent a protest note. The Foreign Ministry said it would reply. The embassy later withdrew the note.",
  );
  const embassy = doc.actors?.find((a) => a.country === "PER" && a.kind === "organization");
  assert.deepEqual(embassy?.mentions.map((m) => doc.text.slice(m.start, m.end)).slice(0, 2), [
    "Peruvian embassy",
    "embassy",
  ]);
});

test("'the government' after a state's minister in the sentence is that state", () => {
  const doc = analyse(
    "Uruguay's Foreign Minister Ana Lopez rejected the report and said the government would not accept foreign lectures.",
  );
  assert.ok(mentionsOf(doc, "URY", "country").includes("government"));
});

test("'the government' after a described government is that government", () => {
  const doc = analyse(
    "The Uruguayan government and Brazil met on Monday. Uruguay said the government would reply soon.",
  );
  const described = doc.actors?.find((a) => a.name === "Uruguayan government");
  assert.deepEqual(
    (described?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end)),
    ["Uruguayan government", "government"],
  );
});

test("'the council' after an organ of an organization named by its full name is that organization", () => {
  const doc = analyse(
    "The AU Peace and Security Council suspended the country on Monday. The council also threatened sanctions.",
  );
  assert.ok(mentionsOf(doc, "AU").includes("council"));
});

test("'the government' after a state's official is the government named before, if any", () => {
  const doc = analyse(
    "The UK Government announced new rules on Monday. Foreign Secretary Dominic Raab said the government would not change course.",
  );
  const named = doc.actors?.find((a) => a.name === "UK Government");
  assert.ok((named?.mentions ?? []).some((m) => doc.text.slice(m.start, m.end) === "government"));
});

test("'the government' with no government named in a datelined story is the dateline's country", () => {
  const doc = analyse("DHAKA — Rights groups urged the government on Monday to keep the border open.");
  assert.ok(mentionsOf(doc, "BGD", "country").includes("government"));
  const undated = analyse("Rights groups urged the government on Monday to keep the border open.");
  assert.ok(!(undated.actors ?? []).some((a) => a.country === "BGD"));
});

test("'the government' with no government named is the country the story's opening names, if only one", () => {
  const one = analyse("Floods hit northern Bangladesh on Sunday. Rights groups urged the government to act.");
  assert.ok(mentionsOf(one, "BGD", "country").includes("government"));
  const two = analyse("Floods hit Bangladesh and India on Sunday. Rights groups urged the government to act.");
  assert.ok(!mentionsOf(two, "BGD", "country").includes("government"));
  assert.ok(!mentionsOf(two, "IND", "country").includes("government"));
});

test("a one-word name ending an organization's name named before is that organization", () => {
  const doc = analyse(
    "The European Commission proposed new rules on Monday. A Commission spokesman said the plan was final.",
  );
  assert.deepEqual(mentionsOf(doc, "EU"), ["European Commission", "Commission"]);
  const alone = analyse("A Commission spokesman said the plan was final.");
  assert.deepEqual(mentionsOf(alone, "EU"), []);
});

test("'the North' and 'the South' are the halves of a divided country named before", () => {
  const doc = analyse(
    "North Korea tested a rocket on Monday. Japan said it would not talk to the North. " +
      "Seoul urged the North to return to talks, and the South will hold drills.",
  );
  const of = (code: string) => mentionsOf(doc, code, "country");
  assert.deepEqual(of("PRK"), ["North Korea", "North", "North"]);
  assert.deepEqual(of("KOR"), ["Seoul", "South"]);
});

test("a divided country's leader is enough to name its half", () => {
  const doc = analyse("South Korean President Lee Min-ho met Japanese officials and offered aid to the North.");
  assert.deepEqual(mentionsOf(doc, "PRK", "country"), ["North"]);
});

test("'the government in Havana' is Cuba's, not the dateline country's", () => {
  const doc = analyse("WASHINGTON — A small group of exiles protested against the government in Havana on Monday.");
  const cuba = doc.actors?.find((a) => a.country === "CUB");
  assert.ok(
    cuba?.mentions.some((m) => doc.text.slice(m.start, m.end) === "government"),
    JSON.stringify(doc.actors),
  );
  assert.ok(!doc.actors?.some((a) => a.country === "USA"));
});

test("a modified head ('the port authority') is a body named with that head, not the latest of its sector", () => {
  const doc = analyse(
    "The Iranian Foreign Ministry denied the charge. The port authority said operations were normal.",
  );
  assert.deepEqual(mentionsOf(doc, "IRN"), ["Iranian Foreign Ministry"]);
  const named = analyse(
    "The Kenya Ports Authority closed the harbour. The port authority said operations were normal.",
  );
  const ports = named.actors?.find((a) => a.name === "Kenya Ports Authority");
  assert.deepEqual(
    (ports?.mentions ?? []).map((m) => named.text.slice(m.start, m.end)),
    ["Kenya Ports Authority", "authority"],
  );
});

test("'the bloc's envoy': an organization head may own a title and still refer back", () => {
  const doc = analyse("ASEAN ministers met in Vientiane on Monday. The bloc's special envoy will travel to Naypyitaw.");
  assert.deepEqual(mentionsOf(doc, "ASEAN"), ["bloc"]);
});

test("a bracketed short name given with an organization's name refers to it later too", () => {
  const doc = analyse(
    "The Kurdish-led Syrian Democratic Forces (SDF) signed a deal with Damascus. The SDF said the deal would hold.",
  );
  assert.deepEqual(
    mentionsOf(doc, "SYR").filter((m) => m === "SDF"),
    ["SDF", "SDF"],
  );
  assert.equal(doc.actors?.filter((a) => a.name === "SDF").length, 0);
});

test("a party's caucus in a chamber is of that chamber", () => {
  const doc = analyse("House Democrats criticized the Saudi government.");
  assert.equal(doc.actors?.find((a) => a.name === "House Democrats")?.code, "USALEG");
});

test("'their government' is the government of the state whose actor is the subject of its clause, or of its conjunct's", () => {
  // (the whole pipeline: the owner is read from the parse)
  const full = (text: string) => analyzeDoc(makeArticle({ text, published: "2022-05-10T08:00:00Z" }));
  const doc = full(
    "According to the US embassy in Lima, the man died on Monday. Peruvian students have criticized their government's response.",
  );
  const government = doc.actors?.find((a) => a.mentions.some((s) => doc.text.slice(s.start, s.end) === "government"));
  assert.equal(government?.country, "PER");
  assert.equal(government?.sector, "GOV");
  const joined = full("The United States praised Kenya and its government for hosting the talks.");
  const kenyan = joined.actors?.find((a) => a.mentions.some((s) => joined.text.slice(s.start, s.end) === "government"));
  assert.equal(kenyan?.country, "KEN");
});

/** The code of the actor mentioned by `words` in the whole pipeline's reading of `text`, or null. */
function codeOf(text: string, words: string): string | null {
  const doc = analyzeDoc(makeArticle({ text, published: "2022-05-10T08:00:00Z" }));
  const at = doc.text.indexOf(words);
  const a = doc.actors?.find((x) => x.mentions.some((m) => m.start <= at && at < m.end));
  return a?.code ?? null;
}

test("'the government' an opposition leader accuses is the opposition's own state's government", () => {
  assert.equal(codeOf("Bolivian opposition leader Ana Rojas accused the government of fraud.", "government"), "BOLGOV");
});

test("a bare 'the army' is the army of the one country its sentence names", () => {
  assert.equal(codeOf("Peruvian Prime Minister Ana Soto accused the army of plotting a coup.", "army"), "PERMIL");
  assert.equal(codeOf("The army attacked protesters in Bolivia on Monday.", "army"), "BOLMIL");
  // (of two countries, none: the army may be either's)
  assert.equal(codeOf("The US envoy criticized the army after the coup in Myanmar.", "army"), null);
  // (nor is 'the military' a body when it modifies a noun)
  assert.equal(codeOf("Finland ended the military non-alignment it had kept since 1945.", "military"), null);
});
