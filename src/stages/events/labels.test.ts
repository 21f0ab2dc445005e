import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);

describe("events: labelling someone with an evaluative word (labels.tsv)", () => {
  it("codes 'called X a ... illegal' as criticism of X", () => {
    const doc = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
called call VERB 0 root
Beijing Beijing PROPN 2 obj
a a DET 5 det
bully bully NOUN 2 xcomp
and and CCONJ 8 cc
its its PRON 8 nmod:poss
claims claim NOUN 5 conj
illegal illegal ADJ 8 amod
. . PUNCT 2 punct`,
      { actors: [C("Vietnam", "VNM", "Hanoi"), C("China", "CHN", "Beijing")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["VNM>CHN 111 ACCUSE reported"]);
  });

  it("codes 'called X an unprovoked attack' and 'acts incompatible with' as criticism", () => {
    const actors = [C("Vietnam", "VNM", "Hanoi"), C("China", "CHN", "Beijing")];
    const aggressor = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
called call VERB 0 root
Beijing Beijing PROPN 2 obj
an a DET 6 det
unprovoked unprovoked ADJ 6 amod
aggressor aggressor NOUN 2 xcomp
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, aggressor)), ["VNM>CHN 111 ACCUSE reported"]);
    const incompatible = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
called call VERB 0 root
Beijing Beijing PROPN 2 obj
incompatible incompatible ADJ 2 xcomp
with with ADP 6 case
peace peace NOUN 4 obl
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, incompatible)), ["VNM>CHN 111 ACCUSE reported"]);
  });

  it("codes 'described the tariffs as an aggression by X' as criticism of their author", () => {
    const doc = docFromParse(
      `Mexico Mexico PROPN 2 nsubj
described describe VERB 0 root
the the DET 4 det
tariffs tariff NOUN 2 obj
as as ADP 7 case
an a DET 7 det
aggression aggression NOUN 2 obl
by by ADP 9 case
Washington Washington PROPN 7 nmod
. . PUNCT 2 punct`,
      { actors: [C("Mexico", "MEX"), C("United States", "USA", "Washington")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["MEX>USA 111 ACCUSE reported"]);
  });

  it("codes a positive label as praise, and never reads 'called on X to end its aggression' as a label", () => {
    const doc = docFromParse(
      `Lula Lula PROPN 2 nsubj
called call VERB 0 root
Macron Macron PROPN 2 obj
a a DET 5 det
friend friend NOUN 2 xcomp
. . PUNCT 2 punct

Lula Lula PROPN 2 nsubj
called call VERB 0 root
on on ADP 4 case
Paris Paris PROPN 2 obl
to to PART 6 mark
end end VERB 2 xcomp
its its PRON 8 nmod:poss
aggression aggression NOUN 6 obj
. . PUNCT 2 punct`,
      { actors: [P("Lula", "BRA", "Lula"), P("Macron", "FRA", "Macron"), C("France", "FRA", "Paris")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>FRA 0242 REQUEST reported", "BRA>FRA 051 SUPPORT reported"]);
  });

  it("reads the object of 'what X called' and of a passive 'was branded' as the label", () => {
    const actors = [C("Venezuela", "VEN", "Venezuela"), C("United States", "USA", "Washington")];
    const what = docFromParse(
      `Venezuela Venezuela PROPN 2 nsubj
rejected reject VERB 0 root VBD
what what PRON 2 obj
it it PRON 5 nsubj
called call VERB 3 acl:relcl VBD
interference interference NOUN 5 obj
by by ADP 8 case
Washington~ Washington PROPN 5 obl
. . PUNCT 2 punct`,
      { actors },
    );
    // the label blames Washington, and what is rejected is that act; the label is part of the rejection
    assert.deepEqual(brief(codeEvents(lex, what)), ["VEN>USA 120 REJECT reported"]);
    const passive = docFromParse(
      `Venezuela Venezuela PROPN 3 nsubj:pass
was be AUX 3 aux:pass
branded brand VERB 0 root VBN
a a DET 6 det
rogue rogue ADJ 6 amod
aggressor aggressor NOUN 3 obj
by by ADP 8 case
Washington~ Washington PROPN 3 obl:agent
. . PUNCT 3 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, passive)), ["USA>VEN 111 ACCUSE reported"]);
  });

  it("codes a reported verdict on a party or its act as criticism, and a verdict judging no one as nothing", () => {
    const actors = [C("Vietnam", "VNM", "Hanoi"), C("China", "CHN", "Beijing")];
    const party = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
said say VERB 0 root VBD
Beijing Beijing PROPN 6 nsubj
was be AUX 6 cop
an a DET 6 det
aggressor~ aggressor NOUN 2 ccomp
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, party)), ["VNM>CHN 111 ACCUSE reported"]);
    const act = docFromParse(
      `Beijing Beijing PROPN 2 nsubj
imposed impose VERB 0 root VBD
tariffs~ tariff NOUN 2 obj
. . PUNCT 2 punct

Hanoi Hanoi PROPN 2 nsubj
said say VERB 0 root VBD
the the DET 4 det
tariffs tariff NOUN 7 nsubj
were be AUX 7 cop
plainly plainly ADV 7 advmod
illegal~ illegal ADJ 2 ccomp
. . PUNCT 2 punct`,
      { actors },
    );
    assert.ok(brief(codeEvents(lex, act)).includes("VNM>CHN 111 ACCUSE reported"));
    const nobody = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
said say VERB 0 root VBD
the the DET 4 det
weather weather NOUN 6 nsubj
was be AUX 6 cop
dangerous~ dangerous ADJ 2 ccomp
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, nobody)), []);
  });

  it("reads a label on what befell someone as no act of the labeller ('in what police declared a terrorist attack')", () => {
    assert.deepEqual(
      pairsIn("Two guards were shot dead in Lima on Sunday in what Peruvian police declared a terrorist attack."),
      [],
    );
    assert.deepEqual(pairsIn("The Peruvian army declared a ceasefire with the rebels on Sunday."), [
      "PER>PER 0871",
      "PER>PER 0871",
    ]);
    // (only a verb of labelling gives labels: "gave Chile a warning" is a warning given)
    assert.deepEqual(pairsIn("Peru gave Chile a warning about the border."), ["PER>CHL 130"]);
  });
});

describe("events: a label after the object and a relative 'whose'", () => {
  const actors = [C("Guyana", "GUY", "Guyana"), C("Brazil", "BRA", "Brazil")];

  it("reads an adjective after the object of 'call' as the label, not the object's adjective", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
called call VERB 0 root
the the DET 5 det
Venezuelan Venezuelan ADJ 5 amod
decision decision NOUN 2 obj
illegal illegal ADJ 5 amod
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>VEN 111 ACCUSE reported"]);
  });

  it("finds the party of a labelled thing read as the subject of the label ('called [the X order illegal]')", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
called call VERB 0 root
the the DET 5 det
Venezuelan Venezuelan ADJ 5 amod
order order NOUN 6 nsubj
illegal illegal ADJ 2 xcomp
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>VEN 111 ACCUSE reported"]);
  });

  it("gives the subject 'whose president' the relative clause's noun, also when hung on the main verb", () => {
    for (const [head, rel] of [
      ["3", "acl:relcl"],
      ["2", "advcl"],
    ]) {
      const doc = docFromParse(
        `Guyana Guyana PROPN 2 nsubj
thanked thank VERB 0 root
Brazil~ Brazil PROPN 2 obj
, , PUNCT 2 punct
whose whose PRON 6 nmod:poss
president president NOUN 7 nsubj
condemned condemn VERB ${head} ${rel}
the the DET 10 det
Venezuelan Venezuelan ADJ 10 amod
order order NOUN 7 obj
. . PUNCT 2 punct`,
        { actors },
      );
      const condemned = codeEvents(lex, doc).filter((e) => e.cameo === "111");
      assert.deepEqual(brief(condemned), ["BRA>VEN 111 ACCUSE reported"], rel);
    }
  });
});

describe("events: 'call' as naming is no phone call", () => {
  const actors = [C("Vietnam", "VNM", "Hanoi"), C("Laos", "LAO", "Vientiane")];

  it("codes 'called Vientiane' as a call, 'what both sides call their relationship' as nothing", () => {
    const phoned = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
called call VERB 0 root
Vientiane Vientiane PROPN 2 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, phoned)), ["LAO>VNM 041 CONSULT reported", "VNM>LAO 041 CONSULT reported"]);
    // "Hanoi deepened what Vientiane calls its relationship with Hanoi", with two objects of "call"
    const named = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
deepened deepen VERB 0 root
what what PRON 5 obj
Vientiane Vientiane PROPN 5 nsubj
calls call VERB 2 ccomp
its its PRON 7 nmod:poss
relationship relationship NOUN 5 obj
with with ADP 9 case
Hanoi Hanoi PROPN 7 nmod
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, named)), []);
  });

  it("reads a participle after the object as a label, not a call ('called Premier Sonexay's proposed deal ...')", () => {
    // "Hanoi called Premier Sonexay's proposed deal lousy", misread with the participle as the object's predicate
    const doc = docFromParse(
      `Hanoi Hanoi PROPN 2 nsubj
called call VERB 0 root
Premier Premier PROPN 2 obj
Sonexay Sonexay PROPN 3 flat
's 's PART 4 case
proposed propose VERB 2 xcomp VBN
deal deal NOUN 6 obj
lousy~ lousy ADJ 7 amod
. . PUNCT 2 punct`,
      { actors: [...actors, P("Sonexay", "LAO", "Premier", "Sonexay")] },
    );
    assert.ok(!brief(codeEvents(lex, doc)).some((e) => e.includes("041")));
  });
});

describe("events: a verbal attack", () => {
  it("codes attacking a party as a label ('attacked Peru as a bully', the as-phrase on the object) as criticism", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
attacked attack VERB 0 root VBD
Peru Peru PROPN 2 obj
as as ADP 6 case
a a DET 6 det
bully~ bully NOUN 3 nmod
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 111 ACCUSE reported"]);
  });

  it("keeps an attack whose secondary predicate is no label ('attacked Peru armed with machetes')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
attacked attack VERB 0 root VBD
Peru Peru PROPN 2 obj
armed armed ADJ 2 xcomp
with with ADP 6 case
machetes~ machete NOUN 4 obl
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 190 ASSAULT reported"]);
  });
});

describe("events: attacking an agreement, a culture or a programme", () => {
  it("codes attacking an abstract thing (a party's or no one's) as criticism, not as an assault", () => {
    assert.deepEqual(pairsIn("The Greek opposition attacked the agreement between Turkey and Libya."), [
      "GRC>LBY 111",
      "GRC>TUR 111",
    ]);
    assert.deepEqual(pairsIn("The Greek opposition attacked the macho culture of the police."), ["GRC>- 111"]);
    assert.deepEqual(pairsIn("Houthi rebels attacked a Saudi military base."), ["YEM>SAU 190"]);
    assert.deepEqual(pairsIn("Israel has repeatedly attacked Iran's nuclear program."), ["ISR>IRN 190"]);
    // (unless labelled: the as-phrase the parser hung on the object)
    assert.deepEqual(pairsIn("Moscow attacked the EU's sanctions programme as illegal."), ["RUS>EU 111"]);
  });
});

describe("events: a reported verb of conduct is a verdict", () => {
  it("codes 'said Peru was meddling' as criticism of Peru, 'said Peru was waiting' as nothing", () => {
    const doc = (verb: string) =>
      docFromParse(
        `Chile Chile PROPN 2 nsubj
said say VERB 0 root VBD
Peru Peru PROPN 5 nsubj
was be AUX 5 aux VBD
${verb} VERB 2 ccomp VBG
. . PUNCT 2 punct`,
        { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
      );
    assert.deepEqual(brief(codeEvents(lex, doc("meddling~ meddle"))), ["CHL>PER 111 ACCUSE reported"]);
    assert.deepEqual(brief(codeEvents(lex, doc("waiting~ wait"))), []);
  });
});

describe("events: a quoted label the parser hung on the object", () => {
  it("reads 'called the inquiry \"a Peruvian farce\"' as a label, not a phone call", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
called call VERB 0 root VBD
the the DET 4 det
inquiry inquiry NOUN 2 obj
" " PUNCT 8 punct
a a DET 8 det
Peruvian Peruvian ADJ 8 amod
farce farce NOUN 4 appos
"~ " PUNCT 8 punct
. . PUNCT 2 punct`,
      { actors: [P("Gabriel Boric", "CHL", "Boric"), C("Peru", "PER", "Peruvian")] },
    );
    assert.deepEqual(
      brief(codeEvents(lex, doc)).filter((e) => e.includes("041")),
      [],
    );
  });

  it("codes attacking an inquiry as criticism, not as an armed attack", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
attacked attack VERB 0 root VBD
the the DET 4 det
inquiry~ inquiry NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [P("Gabriel Boric", "CHL", "Boric")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>- 111 ACCUSE reported"]);
  });
});

describe("events: attacking someone for something", () => {
  const attacked = (reason: string, head: string) =>
    brief(
      codeEvents(
        lex,
        docFromParse(
          `Boric Boric PROPN 2 nsubj
attacked attack VERB 0 root VBD
Peru Peru PROPN 2 obj
for for ADP 6 case
the the DET 6 det
${reason}~ ${head} NOUN 2 obl
. . PUNCT 2 punct`,
          { actors: [P("Gabriel Boric", "CHL", "Boric"), C("Peru", "PER")] },
        ),
      ),
    );

  it("codes 'attacked Peru for the remarks' as criticism", () => {
    assert.deepEqual(attacked("remarks", "remark"), ["CHL>PER 111 ACCUSE reported"]);
  });

  it("keeps 'attacked Peru for the third day' an armed attack: a time phrase gives no reason", () => {
    assert.deepEqual(attacked("day", "day"), ["CHL>PER 190 ASSAULT reported"]);
  });

  it("aims a reported verdict at the author a phrase of its predicate names ('a response to a provocation by X')", () => {
    assert.deepEqual(
      pairsIn(
        "India's foreign ministry said the strikes were a legitimate response to a serious provocation by Pakistan.",
      ),
      ["IND>PAK 111"],
    );
  });
});

describe("events: a label inside one's own act", () => {
  it("codes 'rejected what it called interference by X' as the rejection only, a label inside another's act as its own", () => {
    assert.deepEqual(pairsIn("Venezuela rejected what it called interference by Washington."), ["VEN>USA 120"]);
    // (another party's label inside the act stays its own: the same country is not the same party)
    const zelensky = "The Ukrainian parliament rejected what President Zelensky called a Russian provocation.";
    assert.ok(pairsIn(zelensky).includes("UKR>RUS 111"));
    assert.deepEqual(pairsIn("Latvia expelled a Russian diplomat on March 10 over what it called espionage."), [
      "LVA>RUS 111",
      "LVA>RUS 161",
    ]);
  });
});

describe("events: a verdict on a party's order, measures or action", () => {
  it("codes a verdict on a nationality's order or measures as criticism of that country", () => {
    assert.deepEqual(pairsIn("Guyana said the Venezuelan order was a violation of international law."), [
      "GUY>VEN 111",
    ]);
    assert.deepEqual(pairsIn("China said the Australian measures were discriminatory."), ["CHN>AUS 111"]);
    assert.deepEqual(pairsIn("Peru called the Chilean action illegal."), ["PER>CHL 111"]);
  });
});
