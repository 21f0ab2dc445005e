import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[], cameo?: string) =>
  eventLines(events, ["cameo", "plover", "status"], cameo);

describe("events: parties the parser or the sentence leaves implicit", () => {
  it("takes the noun a finite verb was misattached to as its subject, not a participle's patient", () => {
    const misread = docFromParse(
      `Kenya Kenya PROPN 0 root
and and CCONJ 3 cc
Uganda Uganda PROPN 1 conj
signed sign VERB 1 acl VBD
a a DET 6 det
pact pact NOUN 4 obj
. . PUNCT 1 punct`,
      { actors: [C("Kenya", "KEN"), C("Uganda", "UGA")] },
    );
    assert.deepEqual(brief(codeEvents(lex, misread)), ["KEN>UGA 057 SUPPORT reported", "UGA>KEN 057 SUPPORT reported"]);
    const participle = docFromParse(
      `Kenya Kenya PROPN 2 nsubj
revived revive VERB 0 root
a a DET 4 det
pact pact NOUN 2 obj
signed sign VERB 4 acl VBN
in in ADP 7 case
2001 2001 NUM 5 obl
. . PUNCT 2 punct`,
      { actors: [C("Kenya", "KEN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, participle), "057"), []);
  });

  it("takes the whole coordination right before a subjectless conjunct verb", () => {
    const doc = docFromParse(
      `Talks talk NOUN 2 nsubj
collapsed collapse VERB 0 root
after after ADP 4 case
Spain Spain PROPN 2 obl
and and CCONJ 6 cc
Italy Italy PROPN 4 conj
rejected reject VERB 2 conj VBD
the the DET 9 det
plan plan NOUN 7 obj
. . PUNCT 2 punct`,
      { actors: [C("Spain", "ESP"), C("Italy", "ITA")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["ESP>- 120 REJECT reported", "ITA>- 120 REJECT reported"]);
  });

  it("reads a subjectless relative clause on a name as that name's own predicate", () => {
    const doc = docFromParse(
      `Ruto Ruto PROPN 0 root
rejected reject VERB 1 acl:relcl VBD
the the DET 4 det
outcome outcome NOUN 2 obj
. . PUNCT 1 punct`,
      { actors: [{ name: "William Ruto", country: "KEN", sector: "GOV", kind: "person", words: ["Ruto"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["KEN>- 120 REJECT reported"]);
  });

  it("codes 'blamed each other' both ways, though each other names no party itself", () => {
    assert.deepEqual(pairsIn("Chile and Peru blamed each other for the impasse."), ["CHL>PER 112", "PER>CHL 112"]);
  });

  it("codes 'accused each other' and a partnerless 'cut ties' by two parties in both directions", () => {
    const doc = docFromParse(
      `Armenia Armenia PROPN 4 nsubj
and and CCONJ 3 cc
Azerbaijan Azerbaijan PROPN 1 conj
accused accuse VERB 0 root
each each DET 4 obj
other other ADJ 5 fixed
. . PUNCT 4 punct

Qatar Qatar PROPN 4 nsubj
and and CCONJ 3 cc
Bahrain Bahrain PROPN 1 conj
cut cut VERB 0 root
ties tie NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Armenia", "ARM"), C("Azerbaijan", "AZE"), C("Qatar", "QAT"), C("Bahrain", "BHR")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "ARM>AZE 112 ACCUSE reported",
      "AZE>ARM 112 ACCUSE reported",
      "BHR>QAT 161 SANCTION reported",
      "QAT>BHR 161 SANCTION reported",
    ]);
  });

  it("takes the country of goods named by a nationality adjective as the target, but never a place", () => {
    const goods = docFromParse(
      `Beijing Beijing PROPN 2 nsubj
imposed impose VERB 0 root
tariffs tariff NOUN 2 obj
on on ADP 6 case
Australian Australian ADJ 6 amod
wine wine NOUN 3 nmod
. . PUNCT 2 punct`,
      { actors: [C("China", "CHN", "Beijing")] },
    );
    assert.ok(brief(codeEvents(lex, goods)).every((e) => e.startsWith("CHN>AUS ")));
    assert.ok(codeEvents(lex, goods).length > 0);
    const place = docFromParse(
      `Rwanda Rwanda PROPN 4 nsubj
and and CCONJ 3 cc
Burundi Burundi PROPN 1 conj
held hold VERB 0 root
talks talk NOUN 4 obj
in in ADP 9 case
the the DET 9 det
Kenyan Kenyan ADJ 9 amod
capital capital NOUN 4 obl
. . PUNCT 4 punct`,
      { actors: [C("Rwanda", "RWA"), C("Burundi", "BDI")] },
    );
    assert.deepEqual(brief(codeEvents(lex, place)), ["BDI>RWA 040 CONSULT reported", "RWA>BDI 040 CONSULT reported"]);
  });

  it("gives police and protesters with no country the country of the city where they act", () => {
    const doc = docFromParse(
      `Police police NOUN 2 nsubj
detained detain VERB 0 root
30 30 NUM 4 nummod
protesters protester NOUN 2 obj
in in ADP 6 case
Lima Lima PROPN 2 obl
. . PUNCT 2 punct`,
    );
    const events = codeEvents(lex, doc);
    assert.deepEqual(brief(events), ["PER>PER 173 COERCE reported"]);
    assert.equal(events[0]?.source.sector, "COP");
  });
});

describe("events: who takes part in talks named around another verb", () => {
  it("counts the guests of 'will host X for talks' and gives the talks the plan's status", () => {
    const doc = docFromParse(
      `Malaysia Malaysia PROPN 3 nsubj
will will AUX 3 aux MD
host host VERB 0 root
Thai Thai ADJ 5 amod
officials official NOUN 3 obj
for for ADP 7 case
talks talk NOUN 3 obl
. . PUNCT 3 punct`,
      { actors: [C("Malaysia", "MYS")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), [
      "MYS>THA 040 CONSULT planned",
      "THA>MYS 040 CONSULT planned",
    ]);
  });

  it("takes the speaker of 'said talks with X would resume' as the other side", () => {
    const doc = docFromParse(
      `Iran Iran PROPN 2 nsubj
said say VERB 0 root VBD
talks talk NOUN 7 nsubj
with with ADP 5 case
Oman Oman PROPN 3 nmod
would would AUX 7 aux MD
resume resume VERB 2 ccomp VB
. . PUNCT 2 punct`,
      { actors: [C("Iran", "IRN"), C("Oman", "OMN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["IRN>OMN 040 CONSULT planned", "OMN>IRN 040 CONSULT planned"]);
  });

  it("reads talks under a measure noun ('held three days of talks') through the light verb", () => {
    const doc = docFromParse(
      `Fiji Fiji PROPN 4 nsubj
and and CCONJ 3 cc
Tonga Tonga PROPN 1 conj
held hold VERB 0 root
three three NUM 6 nummod
days day NOUN 4 obj
of of ADP 8 case
talks talk NOUN 6 nmod
. . PUNCT 4 punct`,
      { actors: [C("Fiji", "FJI"), C("Tonga", "TON")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["FJI>TON 040 CONSULT reported", "TON>FJI 040 CONSULT reported"]);
  });

  it("takes the author of a warning or an offer from its from-phrase", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
ignored ignore VERB 0 root
a a DET 4 det
warning warning NOUN 2 obj
from from ADP 6 case
Peru Peru PROPN 4 nmod
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>- 130 THREATEN reported"]);
  });

  it("codes the sanctions a party threatens as its own hypothetical act beside the threat", () => {
    const doc = docFromParse(
      `The the DET 2 det
EU EU PROPN 3 nsubj
threatened threaten VERB 0 root
sanctions sanction NOUN 3 obj
against against ADP 6 case
Belarus Belarus PROPN 4 nmod
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "European Union", country: "EU", sector: "IGO", kind: "organization", words: ["EU"] },
          C("Belarus", "BLR"),
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "EU>BLR 1312 THREATEN reported",
      "EU>BLR 163 SANCTION hypothetical",
    ]);
  });

  it("reads 'had spoken by telephone with' as an active phone call, not a passive with an agent", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
said say VERB 0 root VBD
it it PRON 5 nsubj
had have AUX 5 aux VBD
spoken speak VERB 2 ccomp VBN
by by ADP 7 case
telephone telephone NOUN 5 obl:agent
with with ADP 9 case
Peru Peru PROPN 5 obl
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 041 CONSULT reported", "PER>CHL 041 CONSULT reported"]);
  });

  it("takes no recipient from the channel an act goes through", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
offered offer VERB 0 root VBD
funding funding NOUN 2 obj
through through ADP 6 case
the the DET 6 det
UN~ UN PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR"), C("UN", "UN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["NOR>- 0331 AGREE reported"]);
  });
});

describe("events: a participle of affiliation on the object names whose it is", () => {
  const seized = (participle: string, lemma: string, prep: string) =>
    docFromParse(
      `Peru Peru PROPN 2 nsubj
seized seize VERB 0 root VBD
a a DET 5 det
fishing fishing NOUN 5 compound
boat boat NOUN 2 obj
${participle} ${lemma} VERB 5 acl VBG
${prep} ${prep} ADP 8 case
Chile~ Chile PROPN 6 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );

  it("codes 'seized a boat belonging to Chile' and 'working for Chile' toward Chile", () => {
    assert.deepEqual(brief(codeEvents(lex, seized("belonging", "belong", "to"))), ["PER>CHL 171 COERCE reported"]);
    assert.deepEqual(brief(codeEvents(lex, seized("working", "work", "for"))), ["PER>CHL 171 COERCE reported"]);
  });

  it("does not take where the thing was heading as its owner", () => {
    assert.deepEqual(brief(codeEvents(lex, seized("sailing", "sail", "to"))), ["PER>- 171 COERCE reported"]);
  });
});

describe("events: acting with a party joined", () => {
  const actors = [
    C("Chile", "CHL"),
    C("Peru", "PER"),
    C("Bolivia", "BOL"),
    { name: "EU", country: "EU", sector: "IGO", kind: "organization" as const, words: ["EU"] },
  ];
  it("gives 'joined Peru in condemning Bolivia' to both, and 'joined the EU in sanctioning' is no accession", () => {
    const doc = (object: string) =>
      docFromParse(
        `Chile Chile PROPN 2 nsubj
joined join VERB 0 root VBD
${object} PROPN 2 obj
in in SCONJ 5 mark
condemning condemn VERB 2 advcl VBG
Bolivia~ Bolivia PROPN 5 obj
. . PUNCT 2 punct`,
        { actors },
      );
    assert.deepEqual(eventLines(codeEvents(lex, doc("Peru Peru")), ["cameo"]).sort(), ["CHL>BOL 111", "PER>BOL 111"]);
    assert.deepEqual(eventLines(codeEvents(lex, doc("EU EU")), ["cameo"]).sort(), ["CHL>BOL 111", "EU>BOL 111"]);
  });
});

describe("events: parties one acts with or against another for", () => {
  it("takes one's own forces one acts with as one's means, not a target ('airstrikes with the Peruvian Air Force')", () => {
    assert.deepEqual(pairsIn("Peru carried out airstrikes with the Peruvian Air Force on Sunday."), ["PER>- 195"]);
  });

  it("reads where a withdrawal goes as no party it is aimed at ('troops retreated to Belarus')", () => {
    assert.deepEqual(pairsIn("Peruvian troops retreated to Bolivia on Sunday."), ["PER>- 0874"]);
    assert.deepEqual(pairsIn("Peruvian troops withdrew from Bolivia on Sunday."), ["PER>BOL 0872"]);
    assert.deepEqual(pairsIn("Peruvian troops retreated to Peru from Bolivia."), ["PER>BOL 0874"]);
  });

  it("reads the against-phrase of support as a common adversary, not the party supported", () => {
    assert.deepEqual(pairsIn("Brazil supported the government of Juan Ortega against Venezuela."), []);
    assert.deepEqual(pairsIn("Archbishop Ana Silva called for sanctions against Venezuela."), ["null>VEN 020"]);
  });
});

describe("events: parties named by their tie to the source", () => {
  it("takes 'its Peruvian partners' in what is demanded as a party apart from the source", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root VBD
that that SCONJ 7 mark
its its PRON 6 nmod:poss
Peruvian Peruvian ADJ 6 amod
partners partner NOUN 7 nsubj
refuse~ refuse VERB 2 ccomp VBP
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER", "Peruvian")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 100"]);
  });
});

describe("events: the patient of a passive demand", () => {
  it("aims 'demanded that control of Chile be transferred' at Chile, the patient of the passive demanded", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
demanded demand VERB 0 root VBD
that that SCONJ 8 mark
control control NOUN 8 nsubj:pass
of of ADP 6 case
Chile Chile PROPN 4 nmod
be be AUX 8 aux:pass
transferred~ transfer VERB 2 ccomp VBN
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL 100 REQUEST reported"]);
  });
});

describe("events: a national of the source's own state whom an act was done to", () => {
  it("does not aim 'Chile protested the detention of a Chilean businessman' at the businessman", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
protested protest VERB 0 root VBD
the the DET 4 det
detention detention NOUN 2 obj
of of ADP 8 case
a a DET 8 det
Chilean Chilean ADJ 8 amod
businessman~ businessman NOUN 4 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          C("Chile", "CHL", "Chile"),
          {
            name: "Chilean businessman",
            kind: "group",
            country: "CHL",
            sector: "BUS",
            words: ["Chilean", "businessman"],
          },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>- 114 ACCUSE reported"]);
  });
});

describe("events: the target of an attack, and when it was one", () => {
  const lines = (text: string) =>
    eventsIn(text).map(
      (e) => `${e.source.country ?? e.source.sector}>${e.target?.country ?? "-"} ${e.cameo} ${e.date.start}`,
    );
  it("takes the subject of a copular 'target' of an attack as its target, and the clause's time as its date", () => {
    assert.deepEqual(lines("In 2006, the Saudi oil facility was the target of an al-Qaeda suicide attack."), [
      "REB>SAU 1831 2006",
    ]);
    assert.deepEqual(lines("The Israeli embassy was the target of a rocket attack by Hezbollah."), [
      "LBN>ISR 190 2024-06-12",
    ]);
  });
  it("takes the subject of a verb an attack is 'under' as its target", () => {
    assert.deepEqual(lines("Israeli troops came under attack from Hezbollah fighters on Monday."), [
      "LBN>ISR 190 2024-06-10",
    ]);
  });
  it("takes those killed or wounded in an attack as its target, not the country of its place", () => {
    assert.deepEqual(lines("A Peruvian general was killed in a Chilean drone strike in La Paz."), [
      "CHL>PER 195 2024-06-12",
    ]);
    assert.deepEqual(lines("Two Peruvian soldiers were wounded in a Chilean attack on Sunday."), [
      "CHL>PER 190 2024-06-09",
    ]);
    // (soldiers of no country named tell no target, not even the attacker's own by the place)
    assert.deepEqual(lines("Two soldiers were killed in a Chilean attack in Santiago."), ["CHL>- 190 2024-06-12"]);
  });
});

describe("events: a capital before an agreement places it", () => {
  it("reads no party in the city an agreement is named after, but a country's name stays one", () => {
    assert.deepEqual(pairsIn("The United States withdrew from the Paris climate agreement."), ["USA>- 160"]);
    assert.deepEqual(pairsIn("Serbia said Russia had violated the Minsk agreements."), ["RUS>- 128"]);
    assert.deepEqual(pairsIn("China praised the Iran nuclear deal."), ["CHN>IRN 051"]);
  });
});

describe("events: the party paid or armed to act", () => {
  it("takes the party one pays, arms or trains as the one who does what it was paid for", () => {
    assert.deepEqual(pairsIn("Iran paid Hamas to attack Israel."), ["PSE>ISR 190"]);
    assert.deepEqual(pairsIn("Russia paid bounties to the Taliban to kill American soldiers."), ["AFG>USA 190"]);
    assert.deepEqual(pairsIn("He said Russia was paying bounties to the Taliban to kill US soldiers."), [
      "AFG>USA 190",
    ]);
    assert.ok(pairsIn("Iran armed the Houthis to attack Saudi Arabia.").includes("YEM>SAU 190"));
    // (not the party one acts on for a purpose of one's own)
    assert.ok(pairsIn("Russia attacked Ukraine to weaken NATO.").includes("RUS>UKR 190"));
    // (nor one paid a visit or tribute, nor a party of no country)
    assert.ok(pairsIn("Blinken paid a visit to Israel to press Netanyahu on aid.").includes("USA>ISR 023"));
    assert.deepEqual(pairsIn("The Taliban recruited suicide bombers to attack Kabul."), ["AFG>AFG 190"]);
  });
});

describe("events: one's own aid workers are no target", () => {
  it("does not aim a complaint about the killing of one's own aid worker at that worker", () => {
    const pairs = pairsIn("France condemned the killing of a French aid worker in Gaza.");
    assert.ok(!pairs.includes("FRA>FRA 111"), pairs.join(", "));
    assert.equal(pairs.length, 1);
  });
});

describe("events: what a decree or decision enacts", () => {
  it("takes whoever signs a decree or announces a decision as the one who does what it enacts", () => {
    assert.deepEqual(pairsIn("Putin signed a decree annexing Crimea."), ["RUS>UKR 192"]);
    assert.deepEqual(pairsIn("Egypt announced a decision banning imports from Turkey."), ["EGY>TUR 163"]);
    // (not a decision another made, which one answers)
    assert.deepEqual(pairsIn("The US condemned the Taliban decision banning women from universities."), [
      "USA>AFG 111",
    ]);
    assert.deepEqual(pairsIn("Moscow condemned Germany's decision expelling four Russian diplomats."), ["RUS>DEU 111"]);
  });
});

describe("events: parties of several states to a mutual act", () => {
  it("makes them one another's partners when no one is named as theirs, not the country their talks are about", () => {
    assert.deepEqual(pairsIn("Macron and Scholz talked on Tuesday about Ukraine."), ["DEU>FRA 040", "FRA>DEU 040"]);
    const signed = pairsIn("Russia and Ukraine signed separate agreements with Turkey and the UN.");
    assert.ok(signed.includes("RUS>TUR 057") && !signed.includes("RUS>UKR 057"), signed.join(", "));
    // (nor with an object or a complement of their own, which may name the partner the parser lost)
    assert.ok(pairsIn("Armenia and Azerbaijan met Russian President Vladimir Putin in Sochi.").includes("ARM>RUS 040"));
    assert.ok(
      !pairsIn("The US and Britain agreed to send more air defence systems to Ukraine.").includes("USA>GBR 030"),
    );
  });
});

describe("events: an act one claims responsibility for", () => {
  it("takes whoever claims or takes responsibility for an attack as its author", () => {
    assert.deepEqual(pairsIn("The Islamic State claimed responsibility for the bombing in Kabul."), ["null>AFG 183"]);
    assert.deepEqual(pairsIn("Al-Shabaab claimed responsibility for the attack."), ["SOM>- 190"]);
    // (not one denied, nor one no one claimed)
    assert.deepEqual(pairsIn("Hamas denied responsibility for the attack."), []);
    assert.deepEqual(pairsIn("Ukraine did not claim responsibility for the drone strike on the Kremlin."), []);
  });
});

describe("events: members named after 'including'", () => {
  it("takes the members an 'including' conjunct names as part of the party before it, no parties besides it", () => {
    // "... on nine Peruvian officials, including two ministers and the Bolivian consul", the members
    // read as conjuncts of the officials
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 7 case
nine nine NUM 7 nummod
Peruvian Peruvian ADJ 7 amod
officials~ official NOUN 2 obl
, , PUNCT 11 punct
including include VERB 11 case
two two NUM 11 nummod
ministers minister NOUN 7 conj
and and CCONJ 15 cc
the the DET 15 det
Bolivian Bolivian ADJ 15 amod
consul~ consul NOUN 7 conj
. . PUNCT 2 punct`,
      {
        actors: [
          C("Chile", "CHL"),
          { name: "Peruvian officials", country: "PER", sector: "GOV", kind: "group", words: ["Peruvian officials"] },
          { name: "Bolivian consul", country: "BOL", sector: "GOV", kind: "person", words: ["Bolivian consul"] },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 163 SANCTION reported"]);
    // (members of an item that names no party are parties: "Peru and its allies, including Bolivia")
    assert.deepEqual(pairsIn("Chile condemned Peru and its allies, including Bolivia, over the drills."), [
      "CHL>BOL 111",
      "CHL>PER 111",
    ]);
  });
});

describe("events: a titled person the parser split from the title", () => {
  it("takes the person named in apposition to a title of their nationality, not the nationality alone", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
President President PROPN 3 nmod:desc NNP
Gabriel Gabriel PROPN 10 nsubj NNP
Boric Boric PROPN 3 flat NNP
and and CCONJ 7 cc
Peruvian Peruvian ADJ 7 amod
President President PROPN 3 conj NNP
Pedro Pedro PROPN 7 appos NNP
Castillo Castillo PROPN 8 flat NNP
agreed agree VERB 0 root VBD
to to PART 12 mark
reopen reopen VERB 10 xcomp VB
the the DET 14 det
border border NOUN 12 obj
. . PUNCT 10 punct`,
      {
        actors: [
          { name: "Gabriel Boric", country: "CHL", sector: "GOV", kind: "person", words: ["Gabriel Boric"] },
          { name: "Pedro Castillo", country: "PER", sector: "GOV", kind: "person", words: ["Pedro Castillo"] },
        ],
      },
    );
    assert.deepEqual(actorPairs(codeEvents(lex, doc)), ["a1>a2 030", "a2>a1 030"]);
  });

  it("reads a second titled name read as the first one's apposition, its nationality the conjunct, as the conjunct", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 3 amod
Foreign Foreign ADJ 3 amod
Minister Minister PROPN 4 nmod:desc NNP
Ana Ana PROPN 12 nsubj NNP
Rojas Rojas PROPN 4 flat NNP
and and CCONJ 7 cc
Peruvian Peruvian PROPN 4 conj NNP
Foreign Foreign ADJ 9 amod
Minister Minister PROPN 10 nmod:desc NNP
Luis Luis PROPN 4 appos NNP
Vega Vega PROPN 10 flat NNP
signed sign VERB 0 root VBD
a a DET 14 det
treaty~ treaty NOUN 12 obj
. . PUNCT 12 punct`,
      {
        actors: [
          { name: "Ana Rojas", country: "CHL", sector: "GOV", kind: "person", words: ["Ana Rojas"] },
          { name: "Luis Vega", country: "PER", sector: "GOV", kind: "person", words: ["Luis Vega"] },
        ],
      },
    );
    assert.deepEqual(actorPairs(codeEvents(lex, doc)), ["a1>a2 057", "a2>a1 057"]);
  });

  it("reads a titled name hung as an apposition after 'and' or a list's comma as a conjunct", () => {
    const people = [
      { name: "Ana Rojas", country: "CHL", sector: "GOV", kind: "person", words: ["Ana Rojas"] },
      { name: "Luis Vega", country: "PER", sector: "GOV", kind: "person", words: ["Luis Vega"] },
      { name: "Eva Soto", country: "BOL", sector: "GOV", kind: "person", words: ["Eva Soto"] },
    ] as const;
    const after = docFromParse(
      `Ana Ana PROPN 8 nsubj NNP
Rojas Rojas PROPN 1 flat NNP
and and CCONJ 5 cc
Peruvian Peruvian ADJ 5 amod
President President PROPN 6 nmod:desc NNP
Luis Luis PROPN 1 appos NNP
Vega Vega PROPN 6 flat NNP
met meet VERB 0 root VBD
. . PUNCT 8 punct`,
      { actors: people },
    );
    assert.deepEqual(actorPairs(codeEvents(lex, after)), ["a1>a2 040", "a2>a1 040"]);
    // (the last item hung as a list item, its "and" on its title)
    const list = docFromParse(
      `Ana Ana PROPN 13 nsubj NNP
Rojas~ Rojas PROPN 1 flat NNP
, , PUNCT 6 punct
Peruvian Peruvian ADJ 5 amod
President President PROPN 6 nmod:desc NNP
Luis Luis PROPN 1 appos NNP
Vega Vega PROPN 6 flat NNP
and and CCONJ 10 cc
Bolivian Bolivian ADJ 10 amod
President President PROPN 11 nmod:desc NNP
Eva Eva PROPN 1 list NNP
Soto Soto PROPN 11 flat NNP
met meet VERB 0 root VBD
. . PUNCT 13 punct`,
      { actors: people },
    );
    assert.deepEqual(actorPairs(codeEvents(lex, list)).sort(), [
      "a1>a2 040",
      "a1>a3 040",
      "a2>a1 040",
      "a2>a3 040",
      "a3>a1 040",
      "a3>a2 040",
    ]);
  });
});

/** Source and target actor ids with the code. */
const actorPairs = (events: readonly CodedEvent[]) =>
  events.map((e) => `${e.source.actor}>${e.target?.actor} ${e.cameo}`);

describe("events: people named after one plural title", () => {
  it("reads every name of 'Presidents X of A and Y of B' as a party", () => {
    assert.deepEqual(pairsIn("Presidents Ana Diaz of Chile and Luis Rojas of Peru signed the agreement on Sunday."), [
      "CHL>PER 057",
      "PER>CHL 057",
    ]);
  });
});

describe("events: a pronoun for a body the text names by a common noun only", () => {
  it("reads 'The committee said it would criticize Chile' as the committee's, no country named before", () => {
    assert.deepEqual(pairsIn("Peru backed the project. The committee said it would criticize Chile."), []);
    assert.deepEqual(
      pairsIn(
        "The United States backed the project. The consortium said it had suspended drilling while it consulted the Peruvian government.",
      ),
      [],
    );
    // (a body of a state named before is still that state: "the ministry said it would expel")
    assert.ok(
      pairsIn(
        "Peru's foreign ministry summoned the envoy. The ministry said it would expel two Chilean diplomats.",
      ).includes("PER>CHL 161"),
    );
  });
});

describe("events: the speaker's label", () => {
  it("reads the 'it' of 'what it called' as the sentence's speaker, not the party named nearest", () => {
    const text =
      "Russia expelled two Chilean diplomats. It warned that further steps could follow if Chile took what it called unfriendly actions.";
    assert.ok(pairsIn(text).includes("RUS>CHL 111"));
    assert.ok(!pairsIn(text).includes("CHL>RUS 111"));
  });
});
