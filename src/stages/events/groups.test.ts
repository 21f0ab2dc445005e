import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { docFromParse, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
/** "SRC/SECTOR>TGT/SECTOR CAMEO" of each event of a sentence run through the whole pipeline. */
const parties = (text: string) =>
  eventsIn(text).map(
    (e) => `${e.source.country}/${e.source.sector}>${e.target?.country}/${e.target?.sector} ${e.cameo}`,
  );
const brief = (doc: ReturnType<typeof docFromParse>) =>
  codeEvents(lex, doc).map((e) => ({
    src: `${e.source.country}/${e.source.sector}`,
    tgt: e.target ? `${e.target.country}/${e.target.sector}` : null,
    type: e.plover.type,
    actor: e.source.actor,
  }));

describe("events: group parties the actors layer left out", () => {
  it("makes a nationality adjective + group noun a party with country and sector", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
soldiers soldier NOUN 3 nsubj
arrested arrest VERB 0 root
two two NUM 5 nummod
Peruvian Peruvian ADJ 6 amod
officials~ official NOUN 3 obj
. . PUNCT 3 punct`,
    );
    assert.deepEqual(brief(doc), [{ src: "CHL/MIL", tgt: "PER/GOV", type: "COERCE", actor: null }]);
  });

  it("makes 'their government' the government of the clause's subject ('Chilean students criticized their government')", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
students student NOUN 3 nsubj
criticized criticize VERB 0 root
their their PRON 5 nmod:poss
government~ government NOUN 3 obj
. . PUNCT 3 punct`,
    );
    assert.deepEqual(brief(doc), [{ src: "CHL/EDU", tgt: "CHL/GOV", type: "ACCUSE", actor: null }]);
  });

  it("makes 'terrorists' a non-state armed group of the country its opponent belongs to", () => {
    const doc = docFromParse(
      `Malian Malian ADJ 2 amod
soldiers soldier NOUN 3 nsubj
arrested arrest VERB 0 root
three three NUM 5 nummod
terrorists~ terrorist NOUN 3 obj
. . PUNCT 3 punct`,
    );
    assert.deepEqual(brief(doc), [{ src: "MLI/MIL", tgt: "MLI/REB", type: "COERCE", actor: null }]);
  });

  it("makes inhabitants with a nationality a civilian party", () => {
    const doc = docFromParse(
      `Peruvian Peruvian ADJ 2 amod
inhabitants inhabitant NOUN 3 nsubj
attacked attack VERB 0 root
Chilean Chilean ADJ 5 amod
police~ police NOUN 3 obj
. . PUNCT 3 punct`,
    );
    assert.deepEqual(brief(doc), [{ src: "PER/CVL", tgt: "CHL/COP", type: "ASSAULT", actor: null }]);
  });

  it("gives one party per coordinated adjective", () => {
    const doc = docFromParse(
      `Dutch Dutch ADJ 4 amod
and and CCONJ 3 cc
Belgian Belgian ADJ 1 conj
ministers minister NOUN 5 nsubj
condemned condemn VERB 0 root
the the DET 7 det
raid~ raid NOUN 5 obj
. . PUNCT 5 punct`,
    );
    const srcs = codeEvents(lex, doc).map((e) => `${e.source.country}/${e.source.sector}`);
    assert.deepEqual(srcs.sort(), ["BEL/GOV", "NLD/GOV"]);
  });

  it("reads a country from an of-phrase actor", () => {
    const doc = docFromParse(
      `The the DET 2 det
government government NOUN 6 nsubj
of of ADP 4 case
Ghana Ghana PROPN 2 nmod
has have AUX 6 aux
expelled expel VERB 0 root
the the DET 8 det
diplomats~ diplomat NOUN 6 obj
. . PUNCT 6 punct`,
      { actors: [{ name: "Ghana", country: "GHA", words: ["Ghana"] }] },
    );
    assert.equal(codeEvents(lex, doc)[0]?.source.country, "GHA");
    assert.equal(codeEvents(lex, doc)[0]?.source.sector, "GOV");
  });

  it("lets collective nouns like rebels stand alone with a sector only", () => {
    const doc = docFromParse(
      `Rebels rebel NOUN 2 nsubj
attacked attack VERB 0 root
Mali~ Mali PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [{ name: "Mali", country: "MLI", words: ["Mali"] }] },
    );
    assert.deepEqual(brief(doc), [{ src: "null/REB", tgt: "MLI/null", type: "ASSAULT", actor: null }]);
  });

  it("makes no party of a group noun that needs a country and has none", () => {
    const doc = docFromParse(
      `Officials official NOUN 2 nsubj
condemned condemn VERB 0 root
Mali~ Mali PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [{ name: "Mali", country: "MLI", words: ["Mali"] }] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("does not treat a group noun used as a modifier as a party", () => {
    const doc = docFromParse(
      `Kenyan Kenyan ADJ 3 amod
army army NOUN 3 compound
trucks truck NOUN 4 nsubj
attacked attack VERB 0 root
Somalia~ Somalia PROPN 4 obj
. . PUNCT 4 punct`,
      { actors: [{ name: "Somalia", country: "SOM", words: ["Somalia"] }] },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("keeps the actors layer's party when it already has a country", () => {
    const doc = docFromParse(
      `Norwegian Norwegian ADJ 2 amod
troops troop NOUN 3 nsubj
left leave VERB 0 root
. . PUNCT 3 punct

Oslo Oslo PROPN 2 nsubj
condemned condemn VERB 0 root
Norwegian Norwegian ADJ 4 amod
troops~ troop NOUN 2 obj
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Oslo", country: "NOR", sector: "GOV", kind: "country", words: ["Oslo"] },
          { name: "Norwegian troops", country: "NOR", sector: "MIL", kind: "group", words: ["Norwegian troops"] },
        ],
      },
    );
    const e = codeEvents(lex, doc)[0];
    assert.equal(e?.target?.actor, "a2");
  });
});

describe("events: aid, concessions and easing (verbs-gaps.tsv)", () => {
  it("codes giving a loan as economic aid to the recipient", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
gave give VERB 0 root
Ghana Ghana PROPN 2 iobj
a a DET 5 det
loan~ loan NOUN 2 obj
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Norway", country: "NOR", words: ["Norway"] },
          { name: "Ghana", country: "GHA", words: ["Ghana"] },
        ],
      },
    );
    const e = codeEvents(lex, doc)[0];
    assert.equal(e?.cameo, "071");
    assert.equal(e?.target?.country, "GHA");
  });

  it("does not code giving a speech as aid", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
gave give VERB 0 root
Ghana Ghana PROPN 2 iobj
a a DET 5 det
speech~ speech NOUN 2 obj
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Norway", country: "NOR", words: ["Norway"] },
          { name: "Ghana", country: "GHA", words: ["Ghana"] },
        ],
      },
    );
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("codes accepting demands as a concession and lifting a blockade as a retreat", () => {
    const doc = docFromParse(
      `Chad Chad PROPN 2 nsubj
accepted accept VERB 0 root
the the DET 4 det
demands~ demand NOUN 2 obj
. . PUNCT 2 punct

Chad Chad PROPN 2 nsubj
lifted lift VERB 0 root
the the DET 4 det
blockade~ blockade NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [{ name: "Chad", country: "TCD", words: ["Chad"] }] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).map((e) => e.plover.type),
      ["CONCEDE", "RETREAT"],
    );
  });
});

describe("events: the author of an act named by nationality and by a from-phrase", () => {
  it("gives a from-phrase after a conjunct to that conjunct ('Chilean raids and rocket fire from Peru')", () => {
    const doc = docFromParse(
      `They they PRON 2 nsubj
condemned condemn VERB 0 root VBD
Chilean Chilean ADJ 4 amod
raids raid NOUN 2 obj
and and CCONJ 7 cc
rocket rocket NOUN 7 compound
fire fire NOUN 4 conj
from from ADP 9 case
Peru~ Peru PROPN 4 nmod
. . PUNCT 2 punct`,
    );
    const raids = codeEvents(lex, doc).filter((e) => e.plover.type === "ASSAULT");
    assert.deepEqual(
      raids.map((e) => e.source.country),
      ["CHL"],
    );
  });
});

describe("events: the parties to a dispute are of the country they are in", () => {
  const parties = (text: string) =>
    (analyzeDoc(makeArticle({ text, published: "2022-05-10T08:00:00Z" })).events ?? []).map(
      (e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.plover.type}`,
    );

  it("aims 'urged all parties in Myanmar to exercise restraint' at Myanmar", () => {
    assert.deepEqual(parties("ASEAN urged all parties in Myanmar to exercise restraint."), ["ASEAN>MMR REQUEST"]);
  });

  it("aims a demand on 'the parties to the conflict in Yemen' at Yemen", () => {
    assert.deepEqual(
      parties("The United Nations demanded that the parties to the conflict in Yemen allow aid deliveries."),
      ["UN>YEM REQUEST"],
    );
  });

  it("names no party with a place left out ('with the exception of Cyprus')", () => {
    assert.deepEqual(parties("Turkey invited the countries to open dialogue, with the exception of Cyprus."), [
      "TUR>- AGREE",
    ]);
  });
});

describe("events: a language belongs to no state", () => {
  it("gives 'lifted restrictions on the use of the Russian language' no Russian target", () => {
    const doc = analyzeDoc(
      makeArticle({
        text: "The Estonian court lifted restrictions on the use of the Russian language in schools.",
        published: "2022-05-10T08:00:00Z",
      }),
    );
    assert.deepEqual(
      (doc.events ?? []).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`),
      ["EST>- 081"],
    );
  });

  it("reads ships by their flag ('two Chilean ships', 'Turkish frigates'), and a ship a named body operates as that body", () => {
    assert.deepEqual(parties("Peru's navy ordered two Chilean ships to leave its waters on Monday."), [
      "PER/MIL>CHL/CVL 100",
    ]);
    assert.deepEqual(parties("Two Turkish frigates shelled Greek positions on Monday."), ["TUR/MIL>GRC/null 194"]);
    // (supporters named after a group stay civilians of its country)
    assert.deepEqual(parties("Hezbollah supporters protested in Beirut on Monday.")[0]?.slice(0, 7), "LBN/CVL");
    assert.deepEqual(parties("A Japanese coast guard ship fired water cannon at a Taiwanese fishing boat."), [
      "JPN/COP>TWN/CVL 175",
    ]);
  });
});

describe("events: a body is of the country where it is based", () => {
  it("gives 'a newspaper based in Nairobi' Kenya, while a nationality outranks the base", () => {
    assert.deepEqual(parties("A newspaper based in Nairobi criticized the Ugandan government."), [
      "KEN/MED>UGA/GOV 111",
    ]);
    assert.deepEqual(parties("A Somali newspaper based in Nairobi criticized the Ugandan government."), [
      "SOM/MED>UGA/GOV 111",
    ]);
    // (people based somewhere need not be of it: foreign correspondents are not Kenyan journalists)
    const correspondents = parties("Journalists based in Nairobi criticized the Ugandan government.");
    assert.ok(!correspondents.some((p) => p.startsWith("KEN")), correspondents.join());
  });
});

describe("events: activists with no country", () => {
  it("makes activists a party, of the country of the police that charge them", () => {
    assert.deepEqual(parties("Peruvian police charged 47 pro-democracy activists with subversion."), [
      "PER/COP>PER/CVL 173",
    ]);
  });
});

describe("events: fire opened to disperse a crowd", () => {
  it("aims the fire at whom the purpose clause names", () => {
    assert.deepEqual(parties("Peruvian police opened fire to disperse protesters."), [
      "PER/COP>PER/CVL 190",
      "PER/COP>PER/CVL 175",
    ]);
  });
});

describe("events: state bodies named by where they sit", () => {
  it("gives officials and authorities placed in a capital or a country that country", () => {
    assert.deepEqual(parties("Officials in Lima accused Chilean fishermen of smuggling."), ["PER/GOV>CHL/CVL 1121"]);
    assert.deepEqual(parties("The authorities in Peru detained a Chilean diplomat."), ["PER/GOV>CHL/GOV 173"]);
    // (outsiders placed there are not of it)
    const western = parties("Western officials in Lima accused Chilean fishermen of smuggling.");
    assert.ok(!western.some((p) => p.startsWith("PER")), western.join());
  });
});

describe("events: police named by their town", () => {
  it("gives the police of a town the gazetteer knows that town's country", () => {
    assert.deepEqual(pairsIn("Karachi police arrested a Chilean journalist."), ["PAK>CHL 173"]);
    assert.deepEqual(pairsIn("Lahore's police arrested a Chilean journalist."), ["PAK>CHL 173"]);
    // (not other people or bodies: residents may be anyone, a foundation is no state body)
    assert.deepEqual(pairsIn("Gdansk residents donated blood."), []);
  });
});

describe("events: nationalities coordinated before a group noun", () => {
  it("gives each nationality the group's sector ('Chilean and Peruvian troops', 'US and Peruvian police')", () => {
    assert.deepEqual(parties("Chilean and Peruvian troops clashed near the border.").sort(), [
      "CHL/MIL>PER/MIL 190",
      "PER/MIL>CHL/MIL 190",
    ]);
    assert.deepEqual(parties("US and Peruvian negotiators met in Lima on Monday.").sort(), [
      "PER/GOV>USA/GOV 040",
      "USA/GOV>PER/GOV 040",
    ]);
  });
});

describe("events: words that name a body only in a proper name", () => {
  it("reads a common noun 'post' as a thing, not as a newspaper, and observers as officials", () => {
    assert.deepEqual(parties("Chilean troops attacked a Peruvian border post."), ["CHL/MIL>PER/null 190"]);
    assert.deepEqual(parties("Chinese observers praised the Peruvian election."), ["CHN/GOV>PER/null 051"]);
    // (after a word of broadcasting, a network or channel is a broadcaster)
    assert.deepEqual(parties("A Pakistani news network accused India of spying."), ["PAK/MED>IND/null 1125"]);
  });
});

describe("events: what an armed group owns, and alliances a state leads", () => {
  it("aims strikes on an armed group's positions at the group ('Hamas positions')", () => {
    assert.deepEqual(parties("Israeli jets bombed Hamas positions in Gaza on Monday."), ["ISR/MIL>PSE/REB 195"]);
  });
  it("makes a coalition a state leads its armed forces, not an opposition alliance", () => {
    assert.deepEqual(parties("The Saudi-led coalition bombed Houthi positions near Marib on Friday."), [
      "SAU/MIL>YEM/REB 195",
    ]);
    // (a bare conjunct shares the possessor of the noun it is joined to)
    assert.deepEqual(parties("The EU called on Peru's government and opposition to resume talks.").sort(), [
      "EU/IGO>PER/GOV 026",
      "EU/IGO>PER/OPP 026",
    ]);
    // (not one a party leads)
    assert.ok(!parties("Chile's Socialist-led coalition rejected Peru's proposal.").some((p) => p.includes("MIL")));
  });
});

describe("events: the opposition", () => {
  it("makes a bare 'the opposition' a party of the country it deals with, giving way to a name apposed to it", () => {
    assert.deepEqual(parties("The Peruvian government met the opposition on Monday.").sort(), [
      "PER/GOV>PER/OPP 040",
      "PER/OPP>PER/GOV 040",
    ]);
    assert.deepEqual(parties("Chile's government rejected calls from the opposition for early elections."), [
      "CHL/GOV>CHL/OPP 123",
    ]);
    assert.deepEqual(parties("In Lima, the opposition Unity Party accused the Peruvian government of fraud."), [
      "PER/OPP>PER/GOV 1121",
    ]);
    // (the parser may make "the opposition" the head and the name its apposition)
    const apposed = docFromParse(
      `the the DET 2 det
opposition opposition NOUN 5 nsubj
Unity Unity PROPN 4 compound
Party Party PROPN 2 appos
accused accuse VERB 0 root VBD
Peru Peru PROPN 5 obj
. . PUNCT 5 punct`,
      {
        actors: [
          { name: "Unity Party", country: "PER", sector: "OPP", kind: "organization", words: ["Unity", "Party"] },
          { name: "Peru", country: "PER", words: ["Peru"] },
        ],
      },
    );
    assert.deepEqual(
      codeEvents(lex, apposed).map((e) => `${e.source.country}/${e.source.sector}`),
      ["PER/OPP"],
    );
  });
});

describe("events: representatives of a party", () => {
  it("reads 'representatives from/of X' as X's delegates (GOV), not as legislators", () => {
    const codes = (text: string) => eventsIn(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"}`);
    assert.deepEqual(codes("Representatives from Chile and Peru held talks in Lima on Monday."), [
      "CHLGOV>PERGOV",
      "PERGOV>CHLGOV",
    ]);
  });
});
