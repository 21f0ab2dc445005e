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

/** The codes of the actors that have a mention with exactly this text, sorted. */
function codesOf(doc: Doc, mention: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const a of doc.actors ?? [])
    if (a.mentions.some((m) => doc.text.slice(m.start, m.end) === mention)) out.push(a.code);
  return out.sort();
}

/** Names of the actors that have a mention with exactly this text, sorted. */
function namesOf(doc: Doc, mention: string): string[] {
  return (doc.actors ?? [])
    .filter((a) => a.mentions.some((m) => doc.text.slice(m.start, m.end) === mention))
    .map((a) => a.name)
    .sort();
}

test("group nominals: the coordinated parties named before, even paragraphs earlier", () => {
  const doc = analyse(
    "Egypt and Ethiopia resumed talks on the dam on Monday.\n\nThe meeting in Cairo lasted six hours. " +
      "Sudan sent an observer.\n\nThe two rivals agreed to meet again in April.",
  );
  assert.deepEqual(codesOf(doc, "two rivals"), ["EGY", "ETH"]);
});

test("a pair named by its leaders gives the leaders' countries to 'both sides' and 'the two governments'", () => {
  const doc = analyse(
    "French President Emmanuel Macron and Chinese Premier Wen Tao met in Paris. Both sides praised the talks, " +
      "and the two governments signed a trade accord.",
  );
  assert.deepEqual(codesOf(doc, "Both sides"), ["CHN", "FRA"]);
  assert.deepEqual(codesOf(doc, "two governments"), ["CHN", "FRA"]);
});

test("'the two leaders' are the people of the pair; 'the three countries' skip a nearer pair", () => {
  const doc = analyse(
    "India, Japan and Australia held a maritime dialogue. Japanese Prime Minister Ken Hoshino and Indian Foreign " +
      "Minister Rao Kumar spoke first. The two leaders then joined the others, and the three countries issued a statement.",
  );
  assert.deepEqual(namesOf(doc, "two leaders"), ["Ken Hoshino", "Rao Kumar"]);
  assert.deepEqual(codesOf(doc, "three countries"), ["AUS", "IND", "JPN"]);
});

test("'the sides', 'the warring parties' and 'the heads of government' need no number", () => {
  const doc = analyse(
    "Armenia and Azerbaijan met in Brussels. The sides agreed on a border commission. " +
      "The warring parties also swapped prisoners, and the heads of government will meet in May.",
  );
  assert.deepEqual(codesOf(doc, "sides"), ["ARM", "AZE"]);
  assert.deepEqual(codesOf(doc, "warring parties"), ["ARM", "AZE"]);
});

test("an organization and a country are both sides; delegations are the countries", () => {
  const doc = analyse(
    "The European Union and India closed a round of trade talks. The two delegations will meet in Delhi, " +
      "and both sides want a deal by June.",
  );
  assert.deepEqual(codesOf(doc, "two delegations"), ["EU", "IND"]);
  assert.deepEqual(codesOf(doc, "both sides"), ["EU", "IND"]);
});

test("capitals that act, in coordination and as possessors, are their governments", () => {
  const doc = analyse(
    "Ankara and Athens agreed to reopen the hotline. Tehran welcomed Riyadh's offer, and Beijing's response was cautious.",
  );
  assert.deepEqual(codesOf(doc, "Ankara"), ["TUR"]);
  assert.deepEqual(codesOf(doc, "Athens"), ["GRC"]);
  assert.deepEqual(codesOf(doc, "Riyadh"), ["SAU"]);
  assert.deepEqual(codesOf(doc, "Beijing"), ["CHN"]);
});

test("a possessive country before a named organization or person only qualifies the name", () => {
  const doc = analyse(
    "Turkey's Foreign Ministry summoned the envoy. Greece's deputy foreign minister Nikos Papas said it was regrettable. " +
      "Cyprus's government spokesman, Andreas Loizou, agreed.",
  );
  assert.deepEqual(codesOf(doc, "Cyprus"), []);
  assert.deepEqual(codesOf(doc, "Turkey"), []);
  assert.deepEqual(codesOf(doc, "Greece"), []);
  assert.deepEqual(codesOf(doc, "Foreign Ministry"), ["TURGOV"]);
  assert.deepEqual(codesOf(doc, "Nikos Papas"), ["GRCGOV"]);
});

test("names with possessives, 'and' or numbers inside, and organs of an IGO", () => {
  const doc = analyse(
    "The Korean People's Army fired shells. The AU Peace and Security Council suspended Gabon. " +
      "The Group of 77 and China walked out, and Bosnia protested.",
  );
  assert.deepEqual(codesOf(doc, "Korean People's Army"), ["PRKMIL"]);
  assert.deepEqual(codesOf(doc, "AU Peace and Security Council"), ["AU"]);
  assert.deepEqual(codesOf(doc, "Group of 77 and China"), ["G77"]);
  assert.deepEqual(codesOf(doc, "Bosnia"), ["BIH"]);
});

test("an organization inside a country's armed forces is that country's military", () => {
  const doc = analyse(
    "A spokesman for the General Staff of the Korean People's Army said the drills were a provocation.",
  );
  assert.deepEqual(codesOf(doc, "General Staff of the Korean People's Army"), ["PRKMIL"]);
});

test("an unnamed spokesman is a person of the body he speaks for", () => {
  const doc = analyse(
    "A spokesman for the General Staff of the Korean People's Army said the drills were a provocation. " +
      "The Russian Foreign Ministry spokesperson said the case was closed.",
  );
  assert.deepEqual(codesOf(doc, "spokesman"), ["PRKMIL"]);
  assert.deepEqual(codesOf(doc, "Russian Foreign Ministry spokesperson"), ["RUSGOV"]);
  // ("the minister for foreign affairs" names no body after "for")
  assert.deepEqual(codesOf(analyse("The minister for foreign affairs said the case was closed."), "minister"), []);
});

test("'President X' with no country: the dictionary's country for the name, else the dateline's", () => {
  const undated = analyse("President Ramaphosa met the delegation.", null);
  assert.deepEqual(codesOf(undated, "Ramaphosa"), ["ZAFGOV"]);
  const datelined = analyse("LIMA — President Quispe Rojas dissolved the cabinet on Monday.");
  assert.deepEqual(codesOf(datelined, "Quispe Rojas"), ["PERGOV"]);
  const elsewhere = analyse("GENEVA — President Quispe Rojas spoke on Monday.");
  assert.deepEqual(codesOf(elsewhere, "Quispe Rojas"), ["GOV"]);
});

test("blocs with no code in the lexicon get no country", () => {
  const doc = analyse("Developing countries demanded more climate finance from rich nations.");
  for (const a of doc.actors ?? []) assert.equal(a.country, null);
});

test("a region's leaders acting together are its organization; its farmers are not", () => {
  const doc = analyse(
    "Southeast Asian foreign ministers urged Myanmar to end the violence, and ASEAN will send an envoy. " +
      "Southeast Asian farmers protested against rice imports.",
  );
  assert.deepEqual(codesOf(doc, "Southeast Asian foreign ministers"), ["ASEAN"]);
  assert.deepEqual(namesOf(doc, "ASEAN"), namesOf(doc, "Southeast Asian foreign ministers"));
  assert.notDeepEqual(codesOf(doc, "Southeast Asian farmers"), ["ASEAN"]);
});

test("Brussels acting is the same actor as the EU named in the text", () => {
  const doc = analyse("The EU imposed tariffs on steel. Brussels said the measures were temporary.");
  assert.deepEqual(codesOf(doc, "Brussels"), ["EU"]);
  assert.equal((doc.actors ?? []).filter((a) => a.code === "EU").length, 1);
});

test("with no coordination, 'the two sides' are the latest parties, a visiting minister standing for his country", () => {
  const doc = analyse(
    "Kenyan Foreign Minister Otieno Wafula will visit Japan next week. Prime Minister Ken Hoshino will receive him, " +
      "and the two sides are expected to sign a loan agreement.",
  );
  assert.deepEqual(codesOf(doc, "two sides"), ["JPN", "KEN"]);
});

test("an international organization after 'to' or 'through' acts; 'at the UN' is a place", () => {
  const doc = analyse(
    "Two million people fled, according to the United Nations. Norway sent money through the UN. " +
      "Ministers met at the UN in New York.",
  );
  assert.deepEqual(codesOf(doc, "United Nations"), ["UN"]);
  const un = (doc.actors ?? []).find((a) => a.code === "UN");
  assert.equal(un?.mentions.length, 2);
});

test("'the council', 'the assembly': the latest organization named with that head, whatever its sector", () => {
  const doc = analyse(
    "The UN Human Rights Council extended the inquiry. Eritrea said the council was biased. " +
      "The National Assembly of Kenya met on Monday, and the assembly passed the budget.",
  );
  assert.deepEqual(codesOf(doc, "council"), ["UN"]);
  assert.deepEqual(namesOf(doc, "assembly"), ["National Assembly of Kenya"]);
});

test("a country's possessive gives the person named after it that country; DPRK is North Korea", () => {
  const doc = analyse("North Korea's Pak Chol Su warned Seoul, and the DPRK said the drills must stop.", null);
  assert.deepEqual(codesOf(doc, "Pak Chol Su"), ["PRK"]);
  assert.deepEqual(codesOf(doc, "DPRK"), ["PRK"]);
  assert.deepEqual(codesOf(doc, "North Korea"), []);
});

test("people named with no title: opposition leaders and company founders from the people file", () => {
  const doc = analyse(
    "Supporters of Alexei Navalny gathered in the rain. Ren Zhengfei told staff that sales had recovered.",
    "2021-06-01T10:00:00Z",
  );
  assert.deepEqual(codesOf(doc, "Alexei Navalny"), ["RUSOPP"]);
  assert.deepEqual(codesOf(doc, "Ren Zhengfei"), ["CHNBUS"]);
  // a role ended before the article: the nationality only
  const later = analyse("Alexei Navalny was remembered at a vigil.", "2025-02-16T10:00:00Z");
  assert.deepEqual(codesOf(later, "Alexei Navalny"), ["RUS"]);
});

test("a shadow government is an opposition actor and a cultural body abroad an NGO", () => {
  const doc = analyse(
    "The National Unity Government urged the bloc to act. Minsk closed the offices of the British Council.",
  );
  assert.deepEqual(codesOf(doc, "National Unity Government"), ["MMROPP"]);
  assert.deepEqual(codesOf(doc, "British Council"), ["GBRNGO"]);
});

test("a party's adjective before a plural group noun names members of that party", () => {
  const doc = analyse("Republican lawmakers blocked the bill, and Republican leaders said the vote would wait.");
  assert.deepEqual(namesOf(doc, "Republican"), ["Republican lawmakers", "Republican leaders"]);
  const byName = new Map((doc.actors ?? []).map((a) => [a.name, a.code]));
  assert.equal(byName.get("Republican lawmakers"), "USALEG");
  assert.equal(byName.get("Republican leaders"), "USAOPP");
  const voters = analyse("Many Republican voters stayed home.");
  assert.equal(voters.actors?.find((a) => a.name === "Republican voters")?.code, "USACVL");
});

test("the West Indies are the Caribbean, not the West", () => {
  const doc = analyse(
    "Carla Benn, a professor of law at the University of the West Indies, said the ruling was clear.",
  );
  assert.deepEqual(codesOf(doc, "University of the West Indies"), ["CRBEDU"]);
});

test("a state committee is a government body", () => {
  const doc = analyse("Tajikistan's State Committee for National Security gave a different account.");
  assert.deepEqual(codesOf(doc, "State Committee for National Security"), ["TJKGOV"]);
});

test("a state's generic institution the lexicon gives another country is the state its possessive names", () => {
  const doc = analyse(
    "Peru's Congress voted to censure Interior Minister Juan Perez. Congress later dropped the motion.",
  );
  assert.deepEqual(codesOf(doc, "Congress"), ["PERLEG"]);
  assert.deepEqual(namesOf(doc, "Congress"), ["Peruvian Congress"]);
  assert.deepEqual(codesOf(doc, "Juan Perez"), ["PERGOV"]);
  // (an armed group is no state's body: "Iran's Hezbollah allies" stay Lebanese; a bare Congress is American)
  assert.deepEqual(codesOf(analyse("Iran's Hezbollah allies fired rockets."), "Hezbollah"), ["LBNREB"]);
  assert.deepEqual(codesOf(analyse("Congress passed the budget on Friday."), "Congress"), ["USALEG"]);
  // (a bare "Congress" an American addresses is the US one, after Peru's)
  const urged = analyse("Peru's Congress rejected the deal. President Joe Biden urged Congress to approve aid.");
  assert.deepEqual(codesOf(urged, "Congress"), ["PERLEG", "USALEG"]);
});
