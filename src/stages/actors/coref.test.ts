import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc } from "../../doc/doc.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { segmentStage } from "../segment/index.js";
import { syntaxStage } from "../syntax/index.js";
import { actorsStage } from "./index.js";

/* Pronouns and definite nominals resolved in context. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-05-10T08:00:00Z"), ctx), ctx);
}

/** With the tagger and parser, as the pipeline runs it. */
function analyseParsed(text: string): Doc {
  const article = makeArticle({ text, published: "2022-05-10T08:00:00Z" });
  const parsed = syntaxStage.run(segmentStage.run(createDoc(article), ctx), ctx);
  return actorsStage.run(mentionsStage.run(parsed, ctx), ctx);
}

function mentionsOf(doc: Doc, name: string): string[] {
  const a = doc.actors?.find((x) => x.name === name);
  return (a?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));
}

test("'him' after a titled object of the same clause is that object, not the subject", () => {
  const doc = analyse(
    "Defence Minister Ana Ruiz summoned Ambassador Tom Hale on Friday, telling him that the border would stay closed.",
  );
  assert.deepEqual(mentionsOf(doc, "Tom Hale"), ["Tom Hale", "him"]);
  assert.deepEqual(mentionsOf(doc, "Ana Ruiz"), ["Ana Ruiz"]);
});

test("'him' after the subject of the clause is still someone else", () => {
  const doc = analyse("Tom Hale spoke first. Defence Minister Ana Ruiz later thanked him for the visit.");
  assert.deepEqual(mentionsOf(doc, "Tom Hale"), ["Tom Hale", "him"]);
});

test("'the ministry' named before the organization it stands for is that organization", () => {
  const doc = analyse(
    "Talks on the new border crossing will resume in May, the ministry said. " +
      "Maria Silva, a spokesperson of the Brazilian Foreign Ministry, gave no date.",
  );
  assert.deepEqual(mentionsOf(doc, "Brazilian Foreign Ministry"), ["ministry", "Brazilian Foreign Ministry"]);
});

test("'the ministry' is not linked to one named several sentences later", () => {
  const doc = analyse(
    "Talks will resume in May, the ministry said. Rain fell all day. The roads were closed. Trains were late. " +
      "The Brazilian Foreign Ministry gave no date.",
  );
  assert.deepEqual(mentionsOf(doc, "Brazilian Foreign Ministry"), ["Brazilian Foreign Ministry"]);
});

test("'them' after a group nominal is every member of the group", () => {
  const doc = analyse(
    "Peru, Chile and Bolivia signed a water pact on Monday. Argentina said the three countries had ignored its concerns and warned them against building the dam.",
  );
  for (const name of ["Peru", "Chile", "Bolivia"]) {
    const texts = (doc.actors?.find((a) => a.name === name)?.mentions ?? []).map((s) => doc.text.slice(s.start, s.end));
    assert.ok(texts.includes("them"), `${name}: ${texts.join("|")}`);
  }
  assert.ok(!mentionsOf(doc, "Argentina").includes("them"));
});

test("'It' opening a sentence is the organization that led the one before, named twice there", () => {
  const doc = analyse(
    "Russia's Federal Security Service (FSB) detained a Finnish citizen on Monday near the border with a Russian army officer. " +
      "It said the man had taken photographs of a base.",
  );
  assert.deepEqual(mentionsOf(doc, "Federal Security Service"), ["Federal Security Service", "FSB", "It"]);
});

test("'It' can be a body described in the singular, never a plural group", () => {
  const doc = analyse(
    "Chile's border service said Bolivian smugglers crossed the line at night. It said two officers were hurt.",
  );
  const service = doc.actors?.find((a) => a.sector === "COP" && a.country === "CHL");
  assert.deepEqual(
    (service?.mentions ?? []).map((s) => doc.text.slice(s.start, s.end)),
    ["Chile's border service", "It"],
  );
  const plural = analyse("Bolivian smugglers crossed the line at night. It was dark.");
  for (const a of plural.actors ?? [])
    assert.ok(!a.mentions.some((s) => plural.text.slice(s.start, s.end) === "It"), a.name);
});

test("'They' after a sentence led by a plural group is that group, not a group nominal inside it", () => {
  const doc = analyse(
    "Peru and Bolivia signed a water deal. Chilean farmers criticised the two countries on Monday. They say the river will run dry.",
  );
  assert.deepEqual(mentionsOf(doc, "Chilean farmers"), ["Chilean farmers", "They"]);
  assert.deepEqual(mentionsOf(doc, "Peru"), ["Peru", "two countries"]);
});

test("'it' right after a reporting verb is the verb's subject, not an organization fronted before it", () => {
  // the real tagger: the rule reads verb lemmas
  const text = "In a letter handed to the United Nations on Monday, Peru said it would allow inspectors back.";
  const tagged = segmentStage.run(createDoc(makeArticle({ text, published: "2022-05-10" })), ctx);
  const doc = actorsStage.run(mentionsStage.run(tagged, ctx), ctx);
  assert.deepEqual(mentionsOf(doc, "Peru"), ["Peru", "it"]);
  assert.deepEqual(mentionsOf(doc, "United Nations"), ["United Nations"]);
  const inserted = "Chile, which borders both countries, said it had moved troops north.";
  const doc2 = actorsStage.run(
    mentionsStage.run(segmentStage.run(createDoc(makeArticle({ text: inserted, published: "2022-05-10" })), ctx), ctx),
    ctx,
  );
  assert.deepEqual(mentionsOf(doc2, "Chile"), ["Chile", "it"]);
});

test("'she' in a clause a speaker reports is the speaker, though another person is named nearer", () => {
  const doc = analyseParsed(
    "Prime Minister Lena Varga met President Omar Haddad in Vienna on Monday. Varga told journalists that she had " +
      "handed Haddad a letter on the dispute, and that she had warned him that the talks would end if the blockade continued.",
  );
  assert.deepEqual(mentionsOf(doc, "Lena Varga"), ["Lena Varga", "Varga", "she", "she"]);
  assert.deepEqual(mentionsOf(doc, "Omar Haddad"), ["Omar Haddad", "Haddad", "him"]);
});

test("'it' in a clause reported by a verb conjoined to the speaker's first verb is the speaker", () => {
  const doc = analyseParsed(
    "Chile demanded on Monday that Peru free the fishermen, who were detained at the request of Bolivia, and " +
      "said it had lodged protests with both Lima and La Paz.",
  );
  assert.deepEqual(mentionsOf(doc, "Chile"), ["Chile", "it"]);
});

test("a pronoun conjoined after a clause with a named subject is not taken for the speaker", () => {
  const doc = analyseParsed("Ruiz met Haddad in Lima. Ruiz said Haddad had lied and he could not be trusted.");
  assert.deepEqual(mentionsOf(doc, "Ruiz"), ["Ruiz", "Ruiz"]);
});

test("'it' in a relative clause is the subject of the clause its noun belongs to, not an earlier body", () => {
  const doc = analyseParsed(
    "The Chilean Foreign Ministry said the talks were over. Relations between Santiago and Lima have been strained since Peru expelled a Chilean diplomat over what it called activities incompatible with his status.",
  );
  assert.deepEqual(mentionsOf(doc, "Peru"), ["Lima", "Peru", "it"]);
  assert.deepEqual(mentionsOf(doc, "Chilean Foreign Ministry"), ["Chilean Foreign Ministry"]);
});

test("'it' in a relative clause on the object of an infinitive is the subject of the governing verb", () => {
  const doc = analyseParsed(
    "The Chilean Foreign Ministry said the rebels had withdrawn. Despite pressure from Chile, Peru has refused to hold direct talks with the rebels, which it calls a terrorist group.",
  );
  assert.deepEqual(mentionsOf(doc, "Peru"), ["Peru", "it"]);
});

test("a lone surname shared by two people is the one already called by it", () => {
  const doc = analyse(
    "President Daniel Ortega spoke on Monday. Ortega said the economy was strong. " +
      "His wife Rosario Ortega spoke on Tuesday. Ortega said the talks would go on.",
  );
  const daniel = doc.actors?.find((a) => a.name === "Daniel Ortega");
  const texts = (daniel?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));
  assert.deepEqual(
    texts.filter((t) => t === "Ortega"),
    ["Ortega", "Ortega"],
  );
});

test("an 'it' reported by a body named only as a modifier of the subject, or by its spokesman, is that body", () => {
  const doc = analyseParsed(
    "Reuters reported that Yemen's Houthi movement said on Saturday it had attacked two Saudi oil facilities.",
  );
  assert.deepEqual(mentionsOf(doc, "Reuters"), ["Reuters"]);
  const spokesman = analyseParsed(
    "The Saba TV channel reported the raid. Houthi military spokesman Adel Qasim told Saba TV that it had fired ten drones.",
  );
  assert.deepEqual(mentionsOf(spokesman, "Saba TV"), ["Saba TV", "Saba TV"]);
  assert.ok(
    spokesman.actors?.some(
      (a) => a.country === "YEM" && a.sector === "REB" && mentionsOf(spokesman, a.name).includes("it"),
    ),
  );
});

test("'she' is never a man nor 'he' a woman when a given name, an honorific or the role tells their sex", () => {
  const doc = analyseParsed(
    "Emily Varga, a Canadian tourist, met two officers, Antoine Roux and Nicolas Brel, in a bar. She later said the officers had lied to her. Mr Brel said he was innocent.",
  );
  assert.deepEqual(mentionsOf(doc, "Emily Varga"), ["Emily Varga", "She", "her"]);
  assert.deepEqual(mentionsOf(doc, "Nicolas Brel"), ["Nicolas Brel", "Brel", "he"]);
  const role = analyseParsed(
    "Dana Okafor, a senior official, met Sam Ilori, a spokesman for the opposition. She said talks went well.",
  );
  assert.deepEqual(mentionsOf(role, "Dana Okafor"), ["Dana Okafor", "She"]);
});

test("a first-person pronoun in reported words is their speaker, before or after the quote", () => {
  const fronted = analyseParsed('"We will not negotiate with Chile," Peruvian President Ana Quispe said on Monday.');
  assert.deepEqual(mentionsOf(fronted, "Ana Quispe"), ["We", "Ana Quispe"]);
  const after = analyseParsed('Peruvian President Ana Quispe told reporters: "Chile attacked us."');
  assert.deepEqual(mentionsOf(after, "Ana Quispe"), ["Ana Quispe", "us"]);
  // (the outermost speaker of words that report another's, and no one of speakers named together)
  const nested = analyseParsed('"Peru says we shelled the town," Chilean minister Ana Quispe said.');
  assert.deepEqual(mentionsOf(nested, "Ana Quispe"), ["we", "Ana Quispe"]);
  const joint = analyseParsed('"We agreed to hold talks," Ana Quispe and Juan Rojas said.');
  assert.deepEqual(mentionsOf(joint, "Ana Quispe"), ["Ana Quispe"]);
  // (a Roman numeral after a name is no "I")
  const numeral = analyseParsed('"Chile violated Phase I of the deal," Ana Quispe said.');
  assert.deepEqual(mentionsOf(numeral, "Ana Quispe"), ["Ana Quispe"]);
  // (the writer's own "we" is no one's)
  const own = analyseParsed("We visited Lima last week, where Ana Quispe spoke.");
  assert.deepEqual(mentionsOf(own, "Ana Quispe"), ["Ana Quispe"]);
});

test("'He' opening a sentence is the person who led the one before, not the last person named there", () => {
  const doc = analyse(
    "Defence Minister Carlos Mora met Ambassador Tom Hale on Friday. He asked Peru to reopen the border.",
  );
  assert.deepEqual(mentionsOf(doc, "Carlos Mora"), ["Carlos Mora", "He"]);
  // (when the leading person cannot be it, the last one named who can)
  const her = analyse(
    "Defence Minister Carlos Mora met Ambassador Ana Ruiz on Friday. She asked Peru to reopen the border.",
  );
  assert.deepEqual(mentionsOf(her, "Ana Ruiz"), ["Ana Ruiz", "She"]);
  // (a speaker reporting what another will do leaves the next sentence to that other)
  const told = analyseParsed(
    "Defence Minister Carlos Mora said Ambassador Tom Hale would visit Lima. He will meet Peruvian officials.",
  );
  assert.deepEqual(mentionsOf(told, "Tom Hale"), ["Tom Hale", "He"]);
  // (but not one telling what another did)
  const did = analyseParsed(
    "Defence Minister Carlos Mora said Ambassador Tom Hale had not called him. He also criticized the new tariffs.",
  );
  assert.deepEqual(mentionsOf(did, "Carlos Mora").slice(-1), ["He"]);
});

test("a surname the lexicon knows as an outlet or a company is the person named before by it", () => {
  const doc = analyse(
    "Peruvian opposition leader Laura Bloomberg met the Chilean president on Monday. " +
      "On Tuesday, Bloomberg criticized the Chilean government.",
  );
  const laura = doc.actors?.find((a) => a.name === "Laura Bloomberg");
  assert.equal(laura?.mentions.length, 2);
  assert.ok(!doc.actors?.some((a) => a.kind === "organization" && a.name === "Bloomberg"));
});

test("'formerly' tells a post held before, as 'former' does", () => {
  const doc = analyse("Laura Ortiz, formerly the mayor of Lima, criticized the Peruvian government on Monday.");
  assert.equal(doc.actors?.find((a) => a.name === "Laura Ortiz")?.sector, "CVL");
});

test("'they' after the police leading the sentence before is the police (a plural with no -s)", () => {
  const doc = analyseParsed(
    "Police in Lima used water cannon against students on Sunday. They also detained 20 people.",
  );
  const police = doc.actors?.find((a) => a.sector === "COP");
  assert.deepEqual(
    (police?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end)),
    ["Police", "They"],
  );
});

test("'the president of X' is a person of X, and a later 'he' is that person", () => {
  const doc = analyseParsed("The president of Peru visited Santiago last week. There, he criticised Chile's navy.");
  const president = doc.actors?.find((a) => a.kind === "person");
  assert.deepEqual([president?.country, president?.sector, president?.role], ["PER", "GOV", "president"]);
  assert.deepEqual(
    (president?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end)),
    ["president of Peru", "he"],
  );
  // (of a capital too: "the mayor of Lima")
  const mayor = analyseParsed("The mayor of Lima criticised Chile's navy.").actors?.find((a) => a.kind === "person");
  assert.deepEqual([mayor?.country, mayor?.role], ["PER", "mayor"]);
  // (not the head of a thing the country owns: "the president of Peru's senate")
  assert.ok(
    !analyseParsed("The president of Peru's senate resigned.").actors?.some(
      (a) => a.kind === "person" && a.country === "PER",
    ),
  );
});

test("'they' is not the police who only reported what others did", () => {
  const doc = analyseParsed("Police said Peruvian students blocked the road. They later threw stones at the embassy.");
  const police = doc.actors?.find((a) => a.sector === "COP");
  assert.deepEqual(
    (police?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end)),
    ["Police"],
  );
  // (nor is a title of a country used as a modifier: "the president of the Chile chapter of ...")
  const chapter = analyseParsed("The president of the Chile chapter of Transparency International accused Peru.");
  assert.ok(!chapter.actors?.some((a) => a.kind === "person" && a.country === "CHL"));
});
