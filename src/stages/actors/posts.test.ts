import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* People whose country the text gives only through their post or the person they serve. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-03-01T08:00:00Z"), ctx), ctx);
}

function person(doc: Doc, name: string) {
  const a = doc.actors?.find((x) => x.name === name);
  assert.ok(a, `no actor ${name}`);
  return a;
}

test("a posted title before the name: the sending state, not the host city", () => {
  const doc = analyse("Peru's ambassador in Canberra, Rosa Quispe, said the claims were false.");
  const rosa = person(doc, "Rosa Quispe");
  assert.equal(rosa.country, "PER");
  assert.equal(rosa.sector, "GOV");
  // the possessive only qualifies the ambassador: Peru does not speak by itself here
  assert.equal(
    doc.actors?.find((a) => a.country === "PER" && a.kind === "country"),
    undefined,
  );
  assert.equal(
    doc.actors?.find((a) => a.country === "AUS"),
    undefined,
  );
});

test("a nationality before 'ambassador to X': the envoy's state, X is the host", () => {
  const doc = analyse("The Chilean ambassador to Norway, Tomas Vidal, handed over a letter.");
  assert.equal(person(doc, "Tomas Vidal").country, "CHL");
});

test("an envoy to a host with no sending state in the text gets no country from the host", () => {
  const doc = analyse("Norway has asked for answers. Tomas Vidal, the ambassador to Norway, declined to comment.");
  assert.notEqual(person(doc, "Tomas Vidal").country, "NOR");
});

test("the spokesperson of a national embassy, set off before the name, is of that nation", () => {
  const doc = analyse("The spokeswoman of the Kenyan embassy, Amina Otieno, rejected the report.");
  const amina = person(doc, "Amina Otieno");
  assert.equal(amina.country, "KEN");
  assert.equal(amina.sector, "GOV");
});

test("an adviser to a leader is of that leader's country", () => {
  const after = analyse(
    "President Zelensky spoke on Tuesday. Petro Hnatiuk, an adviser to President Zelensky, said more talks were planned.",
  );
  assert.equal(person(after, "Petro Hnatiuk").country, "UKR");
  const before = analyse("An aide to President Zelensky, Petro Hnatiuk, said the offer was rejected.");
  assert.equal(person(before, "Petro Hnatiuk").country, "UKR");
});

test("a leader's envoy or adviser named with the leader's possessive is of the leader's country", () => {
  const envoy = analyse("President Zelensky's envoy Petro Hnatiuk met the Peruvian foreign minister in Lima.");
  assert.equal(person(envoy, "Petro Hnatiuk").country, "UKR");
  const adviser = analyse("Zelensky's national security adviser Petro Hnatiuk called his Peruvian counterpart.");
  assert.equal(person(adviser, "Petro Hnatiuk").country, "UKR");
});

test("a two-word title before a name and 'of' a country: the person of that country", () => {
  const doc = analyse("Prime Minister Ana Roe of Peru criticized Chile on Monday.");
  assert.equal(person(doc, "Ana Roe").country, "PER");
  const the = analyse("Foreign Minister Ana Roe of the Republic of Peru criticized Chile on Monday.");
  assert.equal(person(the, "Ana Roe").country, "PER");
});

test("'the prime minister' is the prime minister named before, not a deputy prime minister", () => {
  const doc = analyse(
    "Prime Minister Ana Roe of Peru spoke on Monday. After Deputy Prime Minister John Doe resigned, the Prime Minister apologised.",
  );
  const roe = person(doc, "Ana Roe");
  assert.equal(roe.mentions.length, 2);
});

test("an aide to a national leader named by nationality", () => {
  const doc = analyse("Kenji Mori, a senior aide to the Japanese prime minister, said the visit would go ahead.");
  const kenji = person(doc, "Kenji Mori");
  assert.equal(kenji.country, "JPN");
  assert.equal(kenji.sector, "GOV");
});

test("the person served beats the country named nearby", () => {
  const doc = analyse(
    "Russia shelled the port again on Sunday. Petro Hnatiuk, an adviser to President Volodymyr Zelensky, said Russia was escalating.",
  );
  assert.equal(person(doc, "Petro Hnatiuk").country, "UKR");
});

test("a nationality that names a field of study is not the scholar's country", () => {
  const doc = analyse(
    "Kim Soo-min, a professor of North Korean studies at Seoul National University, said the test was a signal.",
  );
  assert.equal(person(doc, "Kim Soo-min").country, "KOR");
  const other = analyse("Jane Roe, an expert on Chinese affairs at a Russian think tank, said the talks would fail.");
  assert.equal(person(other, "Jane Roe").country, "RUS");
});

test("a title after 'appointed X as' is the post of X", () => {
  const doc = analyse("The president appointed Olena Kravets as Ukraine's ambassador to Chile on Monday.");
  const olena = person(doc, "Olena Kravets");
  assert.equal(olena.country, "UKR");
  assert.equal(olena.sector, "GOV");
  assert.deepEqual(
    olena.mentions.map((m) => doc.text.slice(m.start, m.end)),
    ["Olena Kravets", "Ukraine's ambassador"],
  );
});

test("a person the text titled keeps that title when 'as' introduces another post", () => {
  const doc = analyse("Defence Minister Olena Kravets as Ukraine's ambassador would be a surprise.");
  assert.equal(person(doc, "Olena Kravets").role, "Defence Minister");
});

test("'head of' an organization is a post of the organization's country and sector, 'head chef' none", () => {
  const doc = analyse(
    "A drone killed Hassan Karimi, head of the Iranian army, and Luca Bianchi, the head chef of a Rome hotel.",
  );
  const karimi = person(doc, "Hassan Karimi");
  assert.equal(karimi.country, "IRN");
  assert.equal(karimi.sector, "MIL");
  assert.equal(person(doc, "Luca Bianchi").sector, null);
});

test("a candidate or nominee for office is a political actor of the opposition sector", () => {
  const doc = analyse("Green Party presidential nominee Howard Stone criticized the government.");
  assert.equal(person(doc, "Howard Stone").sector, "OPP");
});

test("an opposition politician named with a nationality is of its opposition", () => {
  const a = person(analyse("Bolivian opposition politician Ana Rojas was detained in La Paz."), "Ana Rojas");
  assert.equal(`${a.country} ${a.sector}`, "BOL OPP");
});
