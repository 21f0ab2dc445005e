import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { EventParty } from "../../doc/layers/events.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { domesticParty, namedGroups, petitioner } from "./domestic.js";
import { defaultLexicon } from "./lexicon/load.js";
import { eventsIn, pairsIn } from "./testing.js";

const party = (country: string | null, sector: string | null, actor: string | null = null): EventParty => ({
  actor,
  code: `${country ?? ""}${sector ?? ""}` || null,
  country,
  sector,
});

const pairs = (text: string, trigger: string) => {
  const doc = analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" }));
  return (doc.events ?? [])
    .filter((e) => text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"}`)
    .sort();
};

test("a state body acting on a countryless group: both sides are of one country, different sectors", () => {
  assert.deepEqual(pairs("Ghanaian police arrested dozens of students on Tuesday.", "arrested"), ["GHACOP>GHACVL"]);
  assert.deepEqual(pairs("The Chadian army said it was fighting rebels near the border.", "fighting"), [
    "TCDMIL>TCDREB",
    "TCDREB>TCDMIL",
  ]);
  assert.deepEqual(pairs("Soldiers detained the Guinean president on Sunday.", "detained"), ["GINMIL>GINGOV"]);
});

test("the civilian victims of an army's shelling or air strikes are not taken for its nationals", () => {
  assert.deepEqual(pairs("Russian forces shelled the city on Monday, killing 12 civilians.", "shelled"), [
    "RUSMIL>CVL",
  ]);
  assert.deepEqual(pairs("Turkish warplanes bombed villages, killing nine civilians.", "bombed"), ["TURMIL>CVL"]);
  // arrests are no warfare: soldiers detain their own people; and protesters are a party of their own
  assert.deepEqual(pairs("Guinean soldiers detained dozens of civilians on Sunday.", "detained"), ["GINMIL>GINCVL"]);
  assert.deepEqual(pairs("Guinean soldiers killed three protesters on Sunday.", "killed"), ["GINMIL>GINCVL"]);
});

test("the place where the act happens comes before the other side's country", () => {
  assert.deepEqual(pairs("Jordanian troops killed four militants in Syria on Monday.", "killed"), ["JORMIL>SYRREB"]);
  // a state body named with no country acts at home too; an army only where the act itself is placed
  const lex = defaultLexicon();
  assert.deepEqual(domesticParty(lex, party(null, "GOV"), null, "HTI"), party("HTI", "GOV"));
  assert.deepEqual(domesticParty(lex, party(null, "MIL"), null, "MLI", { actHere: null }), party(null, "MIL"));
  assert.deepEqual(domesticParty(lex, party(null, "MIL"), null, "SLE", { actHere: "SLE" }), party("SLE", "MIL"));
});

test("no state body, a bare country over rebels, or a named actor: the country is left as found", () => {
  const lex = defaultLexicon();
  // two groups of people tell nothing of each other's country
  assert.deepEqual(domesticParty(lex, party(null, "CVL"), party("PER", "REB"), null), party(null, "CVL"));
  // a bare country acts as its state, but not over rebels, whom states back or fight abroad
  assert.deepEqual(domesticParty(lex, party(null, "REB"), party("PER", null), null), party(null, "REB"));
  assert.deepEqual(domesticParty(lex, party(null, "OPP"), party("PER", null), null), party("PER", "OPP"));
  // (met abroad, the side of no country is of where they met)
  assert.deepEqual(
    domesticParty(lex, party(null, "OPP"), party("PER", "GOV"), null, { venue: "BOL" }),
    party("BOL", "OPP"),
  );
  // a named actor keeps what the actors stage found
  assert.deepEqual(domesticParty(lex, party(null, "REB", "a3"), party("PER", "MIL"), null), party(null, "REB", "a3"));
  // businesses and international bodies are no domestic sectors
  assert.deepEqual(domesticParty(lex, party(null, "BUS"), party("PER", "GOV"), null), party(null, "BUS"));
  assert.deepEqual(domesticParty(lex, party(null, "CVL"), party("PER", "COP"), null), party("PER", "CVL"));
  assert.deepEqual(domesticParty(lex, party(null, "REB"), party("PER", "MIL"), "COL"), party("COL", "REB"));
});

test("a proper name with no country stays without one; a common-noun group takes the state's", () => {
  assert.deepEqual(
    pairs("Iraqi troops fought Islamic State near Mosul on Friday.", "fought").filter((p) => p.includes("REB")),
    ["IRQMIL>REB", "REB>IRQMIL"],
  );
});

test("preventing or stopping a demonstration restricts freedoms (1721); breaking one up is repression (175)", () => {
  const coded = (text: string) =>
    eventsIn(text)
      .filter((e) => e.cameo === "1721" || e.cameo === "175")
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo} ${e.plover.type}`);
  assert.deepEqual(coded("Serbian police stopped a march by nurses in Belgrade on Thursday."), [
    "SRBCOP>SRBCVL 1721 COERCE",
  ]);
  assert.deepEqual(coded("Georgian police prevented a rally held by students in Tbilisi on Saturday."), [
    "GEOCOP>GEOCVL 1721 COERCE",
  ]);
  assert.deepEqual(coded("Kenyan riot police broke up the protest on Sunday."), ["KENCOP>- 175 ASSAULT"]);
  // with no state named anywhere, there is nothing to place
  assert.deepEqual(coded("Riot police broke up the protest on Sunday."), []);
  // stopping an offensive or preventing a war is no restriction on assembly
  assert.deepEqual(coded("Serbian police prevented a collision on the highway."), []);
});

test("pushing back a crowd is crowd control (175), and the batons used for it are aimed at the crowd", () => {
  assert.deepEqual(pairs("Nepalese police used batons to push back demonstrators near parliament on Friday.", "used"), [
    "NPLCOP>NPLCVL",
  ]);
  assert.deepEqual(pairs("Nepalese police used batons to push back demonstrators near parliament on Friday.", "push"), [
    "NPLCOP>NPLCVL",
  ]);
  assert.deepEqual(pairs("The electoral board pushed back the deadline for the vote on Friday.", "pushed"), []);
});

test("two named armed groups of one country are two sides; one group resolved twice is not", () => {
  assert.deepEqual(pairs("Hamas clashed with Islamic Jihad in Gaza on Monday.", "clashed"), ["PSEREB>PSEREB"]);
  const lex = defaultLexicon();
  const common = new Set(["a2"]);
  // both proper names of a people sector: distinct
  assert.equal(namedGroups(lex, party("PSE", "REB", "a1"), party("PSE", "REB", "a3"), common), true);
  // a common-noun group ("militants") may be the same group named again
  assert.equal(namedGroups(lex, party("PSE", "REB", "a1"), party("PSE", "REB", "a2"), common), false);
  // two state bodies with one code are one side resolved twice
  assert.equal(namedGroups(lex, party("PSE", "GOV", "a1"), party("PSE", "GOV", "a3"), common), false);
});

test("two people named by name are two sides though they share one code", () => {
  assert.deepEqual(
    pairs("Chilean President Gabriel Rojas criticized Defence Minister Ana Ruiz on Sunday.", "criticized"),
    ["CHLGOV>CHLGOV"],
  );
});

test("a former official who resigns, coerces or sanctions held the office then; other acts are a private person's", () => {
  assert.deepEqual(pairs("In 2017, former Chilean Senator Ana Diaz resigned.", "resigned"), ["CHLLEG>-"]);
  assert.deepEqual(pairs("Former Philippine President Ramon Ortiz imposed martial law in 1972.", "imposed"), [
    "PHLGOV>-",
  ]);
  assert.deepEqual(pairs("Former Chilean President Ana Diaz criticized Peru on Monday.", "criticized"), ["CHLCVL>PER"]);
});

test("a sentence-opening group noun is a common noun; a sentence-opening name is not", () => {
  assert.deepEqual(pairs("Militants attacked soldiers of the Malian army on Monday.", "attacked"), ["MLIREB>MLIMIL"]);
});

test("a protest by a country's own people naming no target is aimed at their own state, at home only", () => {
  assert.deepEqual(pairs("Thousands of Zambian students rallied in Lusaka on Monday.", "rallied"), ["ZMBCVL>ZMB"]);
  assert.deepEqual(pairs("Zambian students demonstrated outside the embassy in London.", "demonstrated"), ["ZMBCVL>-"]);
  assert.deepEqual(pairs("Zambian students demonstrated against Malawi.", "demonstrated"), ["ZMBCVL>MWI"]);
});

test("a subjectless participle clause happens where its clause does: its countryless party is of that place", () => {
  assert.deepEqual(
    pairs(
      "Several hundred protesters rallied outside the French embassy in Lima on Friday, demanding that Paris release the prisoners.",
      "demanding",
    ),
    ["PERCVL>FRA"],
  );
});

test("a countryless group committing to an act is of the place of that act", () => {
  assert.deepEqual(pairs("Protesters agreed on Monday to end their march in Nairobi.", "agreed"), ["KENCVL>-"]);
});

test("a demand or protest by a party with no country, aimed at a state, is made by that state's own people", () => {
  const lex = defaultLexicon();
  const group = party(null, "REB", "a1");
  assert.equal(petitioner(lex, group, party("TUR", "GOV"), "REQUEST").country, "TUR");
  assert.equal(petitioner(lex, party(null, null, "a2"), party("SWE", null), "PROTEST").country, "SWE");
  // not an attack, not on a party that is no state, not a state body of no country
  assert.equal(petitioner(lex, group, party("TUR", "GOV"), "ASSAULT").country, null);
  assert.equal(petitioner(lex, group, party("TUR", "CVL"), "REQUEST").country, null);
  assert.equal(petitioner(lex, party(null, "GOV", "a3"), party("TUR", "GOV"), "REQUEST").country, null);
});

test("ethnic Albanians are a community of the state they live in, not Albania", () => {
  assert.deepEqual(pairs("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "demonstrated"), [
    "SRBCVL>SRB",
  ]);
  assert.deepEqual(pairs("Serb forces killed three ethnic Albanians in southern Serbia on Friday.", "killed"), [
    "SRBMIL>SRBCVL",
  ]);
});

test("a country's people protesting at home, named with no sector, protest against their own state", () => {
  assert.deepEqual(pairs("Thousands of Malawians rallied in Lilongwe on Saturday.", "rallied"), ["MWI>MWI"]);
  assert.deepEqual(pairs("Hundreds of Peruvians marched through the capital.", "marched"), ["PER>PER"]);
  // abroad, the protest is not aimed at their own state
  assert.deepEqual(pairs("Hundreds of Peruvians rallied in Madrid on Saturday.", "rallied"), ["PER>-"]);
});

test("a countryless group answering a state body's act told before is of that state", () => {
  const text = "Peruvian officials declined the offer. Opposition senators criticised that decision on Thursday.";
  assert.deepEqual(pairs(text, "criticised"), ["PEROPP>PERGOV"]);
});

test("a named person the text gives no country is not taken for a national of the state addressed", () => {
  // an unknown archbishop's appeal about Peru is not Peru's own people petitioning it
  const text = "Archbishop Tomas Ekwueme on Sunday called for sanctions against Peru.";
  assert.deepEqual(pairs(text, "called"), ["null>PER"]);
});

test("a state and its own rebels are two sides of talks; the venue of talks makes no one its resident", () => {
  assert.deepEqual(pairs("Colombia and the ELN rebels resumed peace talks in Caracas on Friday.", "talks"), [
    "COL>COLREB",
    "COLREB>COL",
  ]);
  // held abroad: the rebels are not Cuba's
  const abroad = pairs("Colombia and the rebels held peace talks in Havana on Monday.", "talks");
  assert.ok(abroad.length > 0 && abroad.every((p) => !p.includes("CUB")), abroad.join(" "));
  // protesters are still of the place where they march
  assert.deepEqual(pairs("Protesters marched in Nairobi on Tuesday.", "marched"), ["KENCVL>KEN"]);
});

test("supporters of a person are civilians of that person's country, not the person", () => {
  assert.deepEqual(pairs("Supporters of Imran Khan clashed with police in Lahore on Sunday.", "clashed"), [
    "PAKCOP>PAKCVL",
    "PAKCVL>PAKCOP",
  ]);
});

test("police blocking roads restrict movement (191); protesters blocking roads obstruct (144)", () => {
  const coded = (text: string) => eventsIn(text).map((e) => `${e.source.code} ${e.cameo}`);
  assert.deepEqual(coded("Kenyan police blocked roads into Nairobi on Tuesday."), ["KENCOP 191"]);
  assert.deepEqual(coded("Kenyan farmers blocked roads into Nairobi on Tuesday."), ["KENCVL 144"]);
});

test("'the government' before an of-phrase in lower case is the home government, the of-phrase the charge", () => {
  const events = eventsIn("Peru's opposition leader accused the government of corruption.");
  assert.deepEqual(
    events.map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`),
    ["PER>PER 1121"],
  );
  // (not "the government of a foreign power", another's)
  const foreign = eventsIn("Peru's president accused the government of a foreign power of plotting a coup.");
  assert.deepEqual(
    foreign.map((e) => `${e.source.country}>${e.target?.country ?? "-"}`),
    ["PER>-"],
  );
});

test("people abroad give no country to the state body acting on them ('police arrested Peruvian nationals')", () => {
  assert.deepEqual(pairsIn("Police arrested three Peruvian nationals on Monday."), ["null>PER 173"]);
  assert.deepEqual(pairsIn("Police detained two Chilean tourists."), ["null>CHL 173"]);
  // (a place still says whose police they are; people of no such noun still lend theirs)
  assert.deepEqual(pairsIn("Police arrested three Peruvian nationals in Santiago."), ["CHL>PER 173"]);
  assert.deepEqual(pairsIn("Police dispersed Peruvian protesters."), ["PER>PER 175"]);
  // (nor do people abroad take the country of the place or of the state body: "Chilean police detained
  // foreigners", "arrested 50 migrants in Arica")
  assert.deepEqual(pairsIn("Chilean police detained 200 migrants on Sunday."), ["CHL>- 173"]);
  assert.deepEqual(pairsIn("Police arrested 50 migrants in Arica."), ["CHL>- 173"]);
});

test("a jury is a judicial body ('a Chilean jury convicted')", () => {
  assert.deepEqual(
    eventsIn("A Chilean jury convicted two Peruvian smugglers.").map((e) => `${e.source.code} ${e.cameo}`),
    ["CHLJUD 116"],
  );
});

test("militants who fire rockets at a country are not of it; those who attack in it are", () => {
  assert.deepEqual(pairsIn("Militants fired rockets at southern Peru on Friday."), ["null>PER 190"]);
  assert.deepEqual(pairsIn("Militants attacked a police station in southern Peru."), ["PER>PER 190"]);
});

test("locals a state body addresses are its country's civilians", () => {
  const codes = eventsIn("Peru's president urged locals to reject the plan.").map(
    (e) => `${e.source.code}>${e.target?.code}`,
  );
  assert.deepEqual(codes, ["PERGOV>PERCVL"]);
});

test("a court in a town is of the town's country", () => {
  const codes = eventsIn("A court in Lima convicted 14 activists on Thursday.").map(
    (e) => `${e.source.code}>${e.target?.code}`,
  );
  assert.deepEqual(codes, ["PERJUD>PERCVL"]);
  // (not "the court in The Hague", which refers back to an international court named before)
  assert.deepEqual(
    eventsIn("The court in The Hague convicted two Chilean men on Thursday.").map((e) => e.source.country),
    [],
  );
});

test("gangs of a country are an armed group of it", () => {
  const codes = eventsIn("Peruvian gangs kidnapped two Chilean nurses on Monday.").map(
    (e) => `${e.source.code}>${e.target?.code} ${e.cameo}`,
  );
  assert.deepEqual(codes, ["PERREB>CHLCVL 181"]);
});

test("the public an opposition figure addresses is of the figure's country", () => {
  const codes = eventsIn("The Peruvian candidate asked voters to support her.").map(
    (e) => `${e.source.code}>${e.target?.code}`,
  );
  assert.deepEqual(codes, ["PEROPP>PERCVL"]);
});
