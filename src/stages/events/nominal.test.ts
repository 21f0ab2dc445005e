import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, governmentPerson as P, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "status"]);

describe("events: nominal forms", () => {
  it("codes a possessive visit noun with its destination, date and plan", () => {
    const doc = docFromParse(
      `Blinken~ Blinken PROPN 4 nmod:poss
's 's PART 1 case
planned planned ADJ 4 amod
trip trip NOUN 7 nsubj
to to ADP 6 case
India India PROPN 4 nmod
drew draw VERB 0 root
praise~ praise NOUN 7 obj
. . PUNCT 7 punct`,
      { actors: [P("Antony Blinken", "USA", "Blinken"), C("India", "IND")] },
    );
    const ev = codeEvents(lex, doc).filter((e) => e.cameo === "042");
    assert.deepEqual(brief(ev), ["USA>IND 042 planned"]);
    assert.equal(ev[0]?.rule, "nouns/trip#1");
  });

  it("codes a meeting named by a hyphenated pair in both directions", () => {
    const doc = docFromParse(
      `the the DET 4 det
first first ADJ 4 amod
India-Japan India-Japan PROPN 4 compound
meeting meeting NOUN 5 nsubj
ended~ end VERB 0 root
. . PUNCT 5 punct`,
      { actors: [C("India", "IND"), C("Japan", "JPN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["IND>JPN 040 reported", "JPN>IND 040 reported"]);
  });

  it("dates the signing of a treaty from an anniversary and codes both signatories", () => {
    const doc = docFromParse(
      `2019 2019 NUM 2 nsubj
marks mark VERB 0 root
30 30 NUM 4 nummod
years year NOUN 2 obj
since since ADP 7 case
the the DET 7 det
signing signing NOUN 4 nmod
of of ADP 10 case
the the DET 10 det
pact pact NOUN 7 nmod
between between ADP 12 case
Laos Laos PROPN 10 nmod
and and CCONJ 14 cc
Vietnam~ Vietnam PROPN 12 conj
. . PUNCT 2 punct`,
      { actors: [C("Laos", "LAO"), C("Vietnam", "VNM")], times: [{ text: "2019", value: "2019", grain: "year" }] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["LAO>VNM 057 reported", "VNM>LAO 057 reported"]);
    assert.deepEqual(ev[0]?.date, { start: "1989", end: "1989", basis: "text" });
    assert.equal(ev[0]?.plover.type, "SUPPORT");
  });

  it("codes an aggregate as one event with a count and the year", () => {
    const doc = docFromParse(
      `Modi Modi PROPN 4 nsubj
and and CCONJ 3 cc
Putin Putin PROPN 1 conj
had have VERB 0 root
five five NUM 7 nummod
phone phone NOUN 7 compound
calls call NOUN 4 obj
in in ADP 9 case
2019~ 2019 NUM 4 obl
. . PUNCT 4 punct`,
      {
        actors: [P("Narendra Modi", "IND", "Modi"), P("Vladimir Putin", "RUS", "Putin")],
        times: [{ text: "2019", value: "2019", grain: "year", anchor: 4 }],
      },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["IND>RUS 041 reported", "RUS>IND 041 reported"]);
    assert.equal(ev[0]?.count, 5);
    assert.equal(ev[0]?.plover.mode, "phone");
    assert.deepEqual(ev[0]?.date, { start: "2019", end: "2019", basis: "text" });
  });

  it("counts no year or ordinal before an event noun ('a 2015 meeting', 'their 12th meeting')", () => {
    const doc = (number: string) =>
      docFromParse(
        `Modi Modi PROPN 4 nsubj
and and CCONJ 3 cc
Putin Putin PROPN 1 conj
held hold VERB 0 root
their their PRON 7 nmod:poss
${number} NUM 7 nummod
meeting~ meeting NOUN 4 obj
. . PUNCT 4 punct`,
        { actors: [P("Narendra Modi", "IND", "Modi"), P("Vladimir Putin", "RUS", "Putin")] },
      );
    const counts = (number: string) => codeEvents(lex, doc(number)).map((e) => e.count);
    assert.deepEqual(counts("2015 2015"), [undefined, undefined]);
    assert.deepEqual(counts("12th 12th"), [undefined, undefined]);
    assert.deepEqual(counts("two two"), [2, 2]);
    // (a year-like number before a plural with no determiner counts: "carried out 2000 airstrikes")
    assert.equal(eventsIn("Peru carried out 2000 airstrikes in Bolivia.")[0]?.count, 2000);
  });

  it("takes the target of a light-verb noun from the verb's oblique", () => {
    const doc = docFromParse(
      `Canberra Canberra PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
Moscow~ Moscow PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Australia", "AUS", "Canberra"), C("Russia", "RUS", "Moscow")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["AUS>RUS 163 reported"]);
    assert.equal(ev[0]?.plover.type, "SANCTION");
    assert.match(ev[0]?.rule ?? "", /^(verbs\/impose#1|nouns\/sanction#2)$/);
  });

  it("drops a bare re-mention of an event already coded", () => {
    const doc = docFromParse(
      `Kim~ Kim PROPN 3 nmod:poss
's 's PART 1 case
visit visit NOUN 0 root
to to ADP 5 case
Russia~ Russia PROPN 3 nmod
. . PUNCT 3 punct

Kim~ Kim PROPN 3 nmod:poss
's 's PART 1 case
visit visit NOUN 4 nsubj
surprised~ surprise VERB 0 root
. . PUNCT 4 punct`,
      { actors: [P("Kim Jong Un", "PRK", "Kim"), C("Russia", "RUS")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PRK>RUS 042 reported"]);
  });

  it("gives a visit to a city the city's country as target and the place from 'during'", () => {
    const doc = docFromParse(
      `During during ADP 4 case
his his PRON 4 nmod:poss
Hanoi Hanoi PROPN 4 compound
visit~ visit NOUN 7 obl
, , PUNCT 7 punct
Scholz Scholz PROPN 7 nsubj
praised praise VERB 0 root
Vietnam~ Vietnam PROPN 7 obj
. . PUNCT 7 punct`,
      { actors: [P("Olaf Scholz", "DEU", "Scholz"), C("Vietnam", "VNM")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["DEU>VNM 042 reported", "DEU>VNM 051 reported"]);
    const praise = ev.find((e) => e.cameo === "051");
    assert.equal(praise?.location?.name, "Hanoi");
    assert.equal(praise?.location?.country, "VNM");
  });
});

describe("events: the parties of a meeting named in its relative clause", () => {
  it("takes 'talks in which the ministers of X and Y reviewed ...' as talks between X and Y", () => {
    const doc = docFromParse(
      `The the DET 2 det
ceremony ceremony NOUN 4 nsubj:pass
was be AUX 4 aux:pass
followed follow VERB 0 root
by by ADP 6 case
talks talk NOUN 4 obl:agent
in in ADP 8 case
which which PRON 12 obl
Thanh Thanh PROPN 12 nsubj
and and CCONJ 11 cc
Keomany Keomany PROPN 9 conj
reviewed review VERB 6 acl:relcl
trade trade NOUN 12 obj
. . PUNCT 4 punct`,
      { actors: [P("Thanh", "VNM", "Thanh"), P("Keomany", "LAO", "Keomany")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["LAO>VNM 040 reported", "VNM>LAO 040 reported"]);
  });
});

describe("events: an event noun shares the time and modality of the verb it is the object of", () => {
  const actors = [C("Brazil", "BRA", "Brazil"), C("Peru", "PER", "Peru"), C("Chile", "CHL", "Chile")];
  const talksIn = (parse: string) =>
    brief(codeEvents(lex, docFromParse(parse, { actors }))).filter((e) => e.includes(" 040 "));

  it("codes talks a state will host as planned", () => {
    const talks = talksIn(`Brazil Brazil PROPN 3 nsubj
will will AUX 3 aux
host host VERB 0 root VB
talks talk NOUN 3 obj
between between ADP 6 case
Peru Peru PROPN 4 nmod
and and CCONJ 8 cc
Chile~ Chile PROPN 6 conj
. . PUNCT 3 punct`);
    assert.deepEqual(talks, ["CHL>PER 040 planned", "PER>CHL 040 planned"]);
  });

  it("does not pass a negation down ('would not drop its call': the call stands)", () => {
    const talks = talksIn(`Brazil Brazil PROPN 4 nsubj
would would AUX 4 aux
not not PART 4 advmod
drop drop VERB 0 root VB
talks talk NOUN 4 obj
between between ADP 7 case
Peru Peru PROPN 5 nmod
and and CCONJ 9 cc
Chile~ Chile PROPN 7 conj
. . PUNCT 4 punct`);
    assert.ok(talks.length > 0 && talks.every((e) => !e.endsWith("negated")), talks.join("; "));
  });
});

describe("events: acts done to their of-phrase", () => {
  it("never takes the invaded, besieged or bombed party of an of-phrase as the act's author", () => {
    assert.deepEqual(pairsIn("Chile condemned the invasion of Peru."), ["CHL>PER 111"]);
    assert.deepEqual(pairsIn("Chile threatened an invasion of Peru."), ["CHL>PER 138"]);
    assert.deepEqual(pairsIn("Bolivia condemned the siege of the Peruvian capital by Chilean troops."), [
      "BOL>CHL 111",
      "CHL>PER 191",
    ]);
    // (nor when the act itself is what begins, goes on or ends)
    assert.deepEqual(pairsIn("The invasion of Peru began in 1880."), []);
    assert.deepEqual(pairsIn("Chile's invasion of Peru began in 1880."), ["CHL>PER 190"]);
  });

  it("codes a blockade as one (191)", () => {
    assert.deepEqual(pairsIn("Chile announced a naval blockade of Peru on Monday."), ["CHL>PER 191"]);
    // (aimed at what it blockades, not at a helper)
    assert.deepEqual(pairsIn("Chile imposed a naval blockade of Peru with Bolivia's help."), ["CHL>PER 191"]);
  });
});

describe("events: an event noun's agent in a by-phrase", () => {
  it("reads a by-phrase the parser hung on the noun's of-phrase as the act's agent", () => {
    assert.deepEqual(pairsIn("The expulsion of two Peruvian diplomats by Chile angered Lima."), ["CHL>PER 161"]);
    assert.deepEqual(pairsIn("The arrest of three Chilean nationals by Peruvian police sparked protests."), [
      "PER>CHL 173",
    ]);
  });
  it("codes a seizure or a killing by a party (171, 190), not the killing of animals", () => {
    assert.deepEqual(pairsIn("The seizure of a Peruvian tanker by Chilean forces angered Lima."), ["CHL>PER 171"]);
    assert.ok(pairsIn("The killing of two Peruvian soldiers by Chilean troops was condemned.").includes("CHL>PER 190"));
    // (those it befell named, it is aimed at no party guessed from the story: not at the UN condemning it)
    assert.ok(
      pairsIn("The UN condemned the killing of hundreds of civilians by Chilean troops.").includes("CHL>- 190"),
    );
    assert.deepEqual(pairsIn("The Chilean government ordered the killing of 3,000 pigs."), []);
    // (nor a seizure of drugs, of power, or one a person has)
    assert.deepEqual(pairsIn("Chilean police announced the seizure of two tonnes of cocaine."), []);
    assert.deepEqual(pairsIn("Peru's military completed its seizure of power."), []);
    assert.deepEqual(pairsIn("Chilean forces captured a Peruvian position near the border."), ["CHL>PER 192"]);
    assert.deepEqual(pairsIn("Doctors said the Chilean senator had a seizure during the debate."), []);
  });
  it("aims a complaint about an act at the agent its by-phrase names, not at those it befell", () => {
    const condemned = (text: string) => pairsIn(text).filter((p) => p.endsWith(" 111"));
    assert.deepEqual(condemned("The UN condemned the killing of two Peruvian soldiers by Chilean troops."), [
      "UN>CHL 111",
    ]);
    assert.deepEqual(condemned("The killing of two Peruvian soldiers by Chilean troops was condemned by the UN."), [
      "UN>CHL 111",
    ]);
  });
});

describe("events: a journey named with its traveller after 'of'", () => {
  it("makes the of-phrase of a visit its visitor, and a to-phrase hung on the visitor its destination", () => {
    assert.deepEqual(pairsIn("The visit of the Chilean foreign minister to Lima will take place next week."), [
      "CHL>PER 042",
    ]);
    assert.deepEqual(pairsIn("A visit by the Chilean foreign minister to Lima is planned for next week."), [
      "CHL>PER 042",
    ]);
  });
});

describe("events: a between-phrase whose preposition the parser hung on a modifier", () => {
  it("reads 'the meeting between the Chilean and Peruvian leaders' as a meeting of both", () => {
    const doc = docFromParse(
      `The the DET 2 det
meeting meeting NOUN 9 nsubj
between between ADP 5 case
the the DET 5 det
Chilean Chilean PROPN 8 compound
and and CCONJ 7 cc
Peruvian Peruvian PROPN 5 conj
leaders leader NOUN 2 obj NNS
ended end VERB 0 root VBD
. . PUNCT 9 punct`,
      { actors: [C("Chile", "CHL", "Chilean"), C("Peru", "PER", "Peruvian")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 040 reported", "PER>CHL 040 reported"]);
  });
});

describe("events: recalls and withdrawals named as nouns", () => {
  const dated = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.date.start}`);

  it("codes a recall of an ambassador to a country as a withdrawal of the envoy (161), dated by its own time", () => {
    assert.deepEqual(dated("Chile's recall of its ambassador to Peru on Monday shocked the region."), [
      "CHL>PER 161 2024-06-10",
    ]);
    assert.deepEqual(pairsIn("The product recall cost Peru millions."), []);
  });

  it("codes a withdrawal of troops from a country as done to that country, not by troops of it", () => {
    const text = "Chile's withdrawal of its troops from Peru was completed on Friday.";
    assert.deepEqual(dated(text), ["CHL>PER 0872 2024-06-07"]);
    assert.deepEqual(
      eventsIn(text).map((e) => e.target?.sector ?? null),
      [null],
    );
  });
});

describe("events: the condemnation an act draws", () => {
  it("aims it at the act's author, not at whom the act was done to, and takes a capital after 'from' as its author", () => {
    assert.deepEqual(pairsIn("Peru's expulsion of two Chilean diplomats on Tuesday drew condemnation from Santiago."), [
      "CHL>PER 111",
      "PER>CHL 161",
    ]);
  });

  it("codes a deportation by a by-phrase, with a time the parser made a second subject", () => {
    assert.deepEqual(pairsIn("The deportation of 300 Peruvians by Chile last month drew criticism from Lima."), [
      "CHL>PER 174",
      "PER>CHL 111",
    ]);
  });
});

describe("events: a state named as the place of a hostile act", () => {
  it("is neither the act's author nor whom a complaint about the act is aimed at", () => {
    assert.deepEqual(pairsIn("Students in Santiago denounced the Bolivia invasion."), ["CHL>- 111"]);
    assert.deepEqual(pairsIn("Chile condemned the Peru sanctions."), ["CHL>- 111"]);
  });

  it("is what an act on the named measure is aimed at", () => {
    assert.deepEqual(pairsIn("Chile lifted the Peru embargo on Monday."), ["CHL>PER 085"]);
  });

  it("stays the author for an abbreviation or a 'United' state, or with the act's patient named apart", () => {
    assert.deepEqual(pairsIn("Peru criticized the US sanctions."), ["PER>USA 111"]);
    assert.deepEqual(pairsIn("Peru condemned the Chile invasion of Bolivia."), ["CHL>BOL 190", "PER>CHL 111"]);
    assert.deepEqual(pairsIn("Bolivia condemned the Chile incursion into Tacna.").includes("BOL>CHL 111"), true);
    assert.deepEqual(pairsIn("Bolivia condemned a United States military operation in Peru."), [
      "BOL>USA 111",
      "USA>PER 190",
    ]);
  });
});
