import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor, docFromParse, eventLines, eventsIn, governmentPerson as P, pairsIn } from "./testing.js";
import { buildTree } from "./tree.js";

const lex = defaultLexicon();

describe("events: clause misreads undone before coding", () => {
  it("reads a passive subject of a verb with a means clause as its subject ('responded by expelling')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj:pass
answered answer VERB 0 root VBN
by by SCONJ 4 mark
expelling expel VERB 2 advcl VBG
a a DET 7 det
Chilean Chilean PROPN 7 compound
envoy~ envoy NOUN 4 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL", "Chilean")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["PER>CHL 161 SANCTION"]);
  });

  it("reads a listed subject split at a perfect's 'and' as one subject ('Chile, Peru, and Bolivia have condemned')", () => {
    const actors = [countryActor("Chile", "CHL"), countryActor("Peru", "PER"), countryActor("Bolivia", "BOL")];
    const list = (rel: string) =>
      docFromParse(
        `Chile Chile PROPN 0 root
, , PUNCT 3 punct
Peru Peru PROPN 1 conj
, , PUNCT 8 punct
and and CCONJ 8 cc
Bolivia Bolivia PROPN 8 nsubj
have have AUX 8 aux VBP
condemned condemn VERB 1 ${rel} VBN
the the DET 10 det
attack~ attack NOUN 8 obj
. . PUNCT 1 punct`,
        { actors },
      );
    const expected = ["BOL>- 111", "CHL>- 111", "PER>- 111"];
    assert.deepEqual(eventLines(codeEvents(lex, list("conj")), ["cameo"]).sort(), expected);
    assert.deepEqual(eventLines(codeEvents(lex, list("acl:relcl")), ["cameo"]).sort(), expected);
  });

  it("keeps a relative clause with a subject of its own ('the troops Peru has deployed')", () => {
    const doc = docFromParse(
      `the the DET 2 det
troops troop NOUN 0 root
Peru Peru PROPN 5 nsubj
has have AUX 5 aux VBZ
deployed deploy VERB 2 acl:relcl VBN
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>- 154"]);
  });

  it("reads the first of two subjects each with its own article as whom a speaker told ('told the Lima Times the attack ...')", () => {
    const doc = docFromParse(
      `a a DET 2 det
spokesman spokesman NOUN 3 nsubj
told tell VERB 0 root VBD
the the DET 6 det
Lima Lima PROPN 6 compound
Times Times PROPN 9 nsubj
the the DET 8 det
attack attack NOUN 9 nsubj
began~ begin VERB 3 ccomp VBD
. . PUNCT 3 punct`,
      { actors: [{ name: "Lima Times", country: "PER", sector: "MED", kind: "organization", words: ["Lima Times"] }] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("keeps a true passive with its auxiliary ('was punished by losing')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 3 nsubj:pass
was be AUX 3 aux:pass
answered answer VERB 0 root VBN
by by SCONJ 5 mark
expelling expel VERB 3 advcl VBG
a a DET 8 det
Chilean Chilean PROPN 8 compound
envoy~ envoy NOUN 5 obj
. . PUNCT 3 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL", "Chilean")] },
    );
    assert.ok(!eventLines(codeEvents(lex, doc), ["cameo"]).includes("PER>CHL 161"));
  });

  it("reads a name after 'said' as the subject of the reported verb ('said Chile and Peru would begin talks')", () => {
    const actors = [countryActor("Chile", "CHL"), countryActor("Peru", "PER"), countryActor("Bolivia", "BOL")];
    const expected = ["CHL>PER 040 CONSULT planned", "PER>CHL 040 CONSULT planned"];
    // The name alone read as the object, the rest of the subject on a conjoined verb.
    const split = docFromParse(
      `Bolivia Bolivia PROPN 2 nsubj
said say VERB 0 root VBD
Chile Chile PROPN 2 obj
and and CCONJ 7 cc
Peru Peru PROPN 7 nsubj
would would AUX 7 aux
begin begin VERB 2 conj VB
talks~ talk NOUN 7 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, split), ["cameo", "plover", "status"]), expected);
    // The whole coordination read as the object, the verb left without a subject.
    const whole = docFromParse(
      `Bolivia Bolivia PROPN 2 nsubj
said say VERB 0 root VBD
Chile Chile PROPN 2 obj
and and CCONJ 5 cc
Peru Peru PROPN 3 conj
would would AUX 7 aux
begin begin VERB 2 ccomp VB
talks~ talk NOUN 7 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, whole), ["cameo", "plover", "status"]), expected);
  });

  it("reads a name put after 'said', conjoined to an earlier verb, as the subject of the verb after it", () => {
    const doc = docFromParse(
      `Rivas Rivas PROPN 2 nsubj
rejected reject VERB 0 root VBD
the the DET 4 det
claims claim NOUN 2 obj
and and CCONJ 6 cc
said say VERB 2 conj VBD
Peru~ Peru PROPN 6 nsubj
, , PUNCT 10 punct
a a DET 10 det
neighbour neighbour NOUN 7 appos
, , PUNCT 6 punct
had have AUX 13 aux VBD
attacked attack VERB 2 conj VBN
Chile~ Chile PROPN 13 obj
. . PUNCT 2 punct`,
      { actors: [P("Ana Rivas", "CHL", "Rivas"), countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"], "190"), ["PER>CHL ASSAULT"]);
  });

  it("reads 'said X would ... and that Y would ...' as two things said, the second one planned too", () => {
    const doc = docFromParse(
      `Bolivia Bolivia PROPN 2 nsubj
said say VERB 0 root VBD
Chile Chile PROPN 5 nsubj
would would AUX 5 aux
open open VERB 2 ccomp VB
offices office NOUN 5 obj
in in ADP 8 case
towns town NOUN 5 obl
and and CCONJ 8 cc
that that SCONJ 15 mark
Chile Chile PROPN 15 nsubj
and and CCONJ 13 cc
Peru Peru PROPN 11 conj
would would AUX 15 aux
share share VERB 9 ccomp VB
intelligence~ intelligence NOUN 15 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER"), countryActor("Bolivia", "BOL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), [
      "CHL>PER 064 planned",
      "PER>CHL 064 planned",
    ]);
  });

  it("reads a past form hung on the next noun as its adjective, with a subject of its own, as the verb", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 nsubj:pass
on on ADP 3 case
Monday Monday PROPN 1 nmod
accused accuse VERB 5 amod VBN
hackers hacker NOUN 0 root
of of ADP 7 case
spying spying NOUN 5 nmod
and and CCONJ 9 cc
summoned summon VERB 5 conj VBD
the the DET 12 det
Chilean Chilean ADJ 12 amod
ambassador~ ambassador NOUN 9 obj
. . PUNCT 5 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL", "Chilean")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.ok(lines.includes("PER>CHL 114"), lines.join(" | "));
    assert.ok(
      lines.some((l) => l.startsWith("PER>") && l.includes(" 112")),
      lines.join(" | "),
    );
  });

  it("reads 'after X vetoed ...' parsed as a phrase and a complement as a clause with X its subject", () => {
    const doc = docFromParse(
      `The the DET 2 det
session session NOUN 4 nsubj:pass
was be AUX 4 aux:pass
called call VERB 0 root VBN
after after ADP 6 case
Chile Chile PROPN 4 obl
vetoed veto VERB 4 xcomp VBD
the the DET 9 det
draft~ draft NOUN 7 obj
. . PUNCT 4 punct`,
      { actors: [countryActor("Chile", "CHL")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.ok(
      lines.some((l) => l.startsWith("CHL>") && l.includes(" 129")),
      lines.join(" | "),
    );
  });

  it("reads 'after X rallied ...' parsed with X the verb's oblique and the verb a conjunct as a clause of X", () => {
    const doc = docFromParse(
      `Peruvian Peruvian ADJ 2 amod
police police NOUN 3 nsubj
detained detain VERB 0 root VBD
students student NOUN 3 obj
after after ADP 6 case
Chileans Chilean PROPN 7 obl NNPS
rallied rally VERB 3 conj VBD
in in ADP 9 case
Lima~ Lima PROPN 7 obl
. . PUNCT 3 punct`,
      { actors: [countryActor("Peru", "PER", "Peruvian"), countryActor("Chile", "CHL", "Chileans")] },
    );
    const tree = buildTree(doc);
    const rallied = 6;
    assert.equal(tree.rel(rallied), "advcl");
    assert.deepEqual(
      (tree.children[rallied] ?? []).map((k) => tree.rel(k)),
      ["mark", "nsubj", "obl"],
    );
  });

  it("reads a time the parser made a second subject as the verb's time, not the first subject's head", () => {
    const doc = docFromParse(
      `The the DET 2 det
deportation deportation NOUN 7 nsubj
by by ADP 4 case
Chile~ Chile PROPN 2 nmod
last last ADJ 6 amod
month month NOUN 7 nsubj
drew draw VERB 0 root VBD
criticism~ criticism NOUN 7 obj
. . PUNCT 7 punct`,
      { actors: [countryActor("Chile", "CHL")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.rel(1), tree.head(1), tree.rel(5), tree.head(5)], ["nsubj", 6, "obl:tmod", 6]);
  });

  it("gives the verb a day read as a compound of a later noun, and 'by phone' read on its oblique", () => {
    const doc = docFromParse(
      `Peruvian Peruvian ADJ 2 amod
doctors doctor NOUN 3 nsubj
struck strike VERB 0 root VBD
on on ADP 5 case
Monday Monday PROPN 8 compound
over over ADV 7 advmod
unpaid unpaid ADJ 8 amod
wages~ wage NOUN 3 obl
. . PUNCT 3 punct

Rivas Rivas PROPN 2 nsubj
spoke speak VERB 0 root VBD
with with ADP 4 case
Quispe Quispe PROPN 2 obl
by by ADP 6 case
phone~ phone NOUN 4 nmod
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER", "Peruvian")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.head(4), tree.rel(4)], [2, "obl"]);
    assert.deepEqual([tree.head(14), tree.rel(14)], [10, "obl"]);
  });

  it("reads a that-clause with an object after 'in an interview' as what the verb says, dated with it", () => {
    const events = eventsIn(
      "Last month Chile's ambassador suggested in an interview that Chilean consumers could boycott Peruvian wine.",
    );
    assert.deepEqual(
      events.map((e) => `${e.cameo} ${e.date.start}`),
      ["143 2024-05"],
    );
  });

  it("reads the verb after an object relative clause on a verbless root as the sentence's verb", () => {
    const doc = docFromParse(
      `Peruvian Peruvian ADJ 3 amod
President President PROPN 3 nmod:desc
Pedro Pedro PROPN 0 root
Ruiz~ Ruiz PROPN 3 flat
, , PUNCT 9 punct
whom whom PRON 9 obj WP
Chile Chile PROPN 9 nsubj
has have AUX 9 aux
sanctioned~ sanction VERB 3 acl:relcl VBN
, , PUNCT 11 punct
criticised criticise VERB 9 conj VBN
Chile~ Chile PROPN 11 obj
. . PUNCT 3 punct`,
      { actors: [P("Pedro Ruiz", "PER", "Pedro Ruiz"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 163", "PER>CHL 111"]);
  });

  it("reads a 'whom' the parser made an oblique with no preposition as the relative clause's object", () => {
    const doc = docFromParse(
      `Soto Soto PROPN 0 root
, , PUNCT 1 punct
whom whom PRON 5 obl WP
Chile Chile PROPN 5 nsubj
arrested~ arrest VERB 1 acl:relcl VBN
, , PUNCT 7 punct
urged urge VERB 5 conj VBD
Peru Peru PROPN 7 iobj
to to PART 10 mark
impose impose VERB 7 xcomp VB
sanctions~ sanction NOUN 10 obj
. . PUNCT 1 punct`,
      { actors: [P("Ana Soto", "BOL", "Soto"), countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo"]);
    assert.ok(
      lines.some((l) => l.startsWith("BOL>PER 02")) && !lines.some((l) => l.startsWith("CHL>PER 02")),
      lines.join(" | "),
    );
  });

  it("reads an object relative clause the parser made the root as the subject's relative clause", () => {
    const doc = docFromParse(
      `Pedro Pedro PROPN 6 nsubj
Ruiz~ Ruiz PROPN 1 flat
, , PUNCT 1 punct
whom whom PRON 6 obj WP
Chile Chile PROPN 6 nsubj
sanctioned sanction VERB 0 root VBD
in in ADP 8 case
2019~ 2019 NUM 6 obl
, , PUNCT 10 punct
met meet VERB 6 conj VBD
Ana Ana PROPN 10 obj
Soto~ Soto PROPN 11 flat
. . PUNCT 6 punct`,
      {
        actors: [P("Pedro Ruiz", "PER", "Pedro Ruiz"), countryActor("Chile", "CHL"), P("Ana Soto", "BOL", "Ana Soto")],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["BOL>PER 040", "CHL>PER 163", "PER>BOL 040"]);
  });

  it("joins a past form read as a participle, conjoined to a past clause's object, to that clause", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
police police NOUN 3 nsubj
blocked block VERB 0 root VBD
a a DET 5 det
march march NOUN 3 obj
and and CCONJ 7 cc
detained detain VERB 5 conj VBN
50 50 NUM 9 nummod
students~ student NOUN 7 obj
. . PUNCT 3 punct`,
      { actors: [{ name: "Chilean police", country: "CHL", sector: "COP", kind: "group", words: ["Chilean police"] }] },
    );
    assert.ok(eventLines(codeEvents(lex, doc), ["cameo"]).some((l) => l.startsWith("CHL>") && l.endsWith(" 173")));
  });

  it("joins a verb conjoined to a noun to that noun's clause ('said there had been no hostility and called X ...')", () => {
    const doc = docFromParse(
      `Lula Lula PROPN 2 nsubj
said say VERB 0 root VBD
there there PRON 5 expl
had have AUX 5 aux
been be VERB 2 ccomp VBN
no no DET 7 det
hostility hostility NOUN 5 nsubj
and and CCONJ 9 cc
called call VERB 7 conj VBD
Macron Macron PROPN 9 obj
a a DET 12 det
statesman~ statesman NOUN 9 xcomp
. . PUNCT 2 punct`,
      { actors: [P("Lula", "BRA", "Lula"), P("Macron", "FRA", "Macron")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["BRA>FRA 051 SUPPORT"]);
  });

  it("reads 'months after X invaded Y' as a clause with X its subject", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
protested protest VERB 0 root VBD
, , PUNCT 7 punct
months month NOUN 7 nsubj
after after ADP 6 case
Chile Chile PROPN 7 obl
invaded invade VERB 2 advcl VBD
Bolivia~ Bolivia PROPN 7 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL"), countryActor("Bolivia", "BOL")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("CHL>BOL ASSAULT"), lines.join(" | "));
  });

  it("takes a dateline read as the subject out of the clause ('LIMA — Chile's navy on Friday seized ...')", () => {
    const doc = docFromParse(
      `LIMA Lima PROPN 8 nsubj
— - PUNCT 1 punct
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
navy navy NOUN 1 appos
on on ADP 7 case
Friday Friday PROPN 1 nmod
seized seize VERB 0 root VBD
a a DET 11 det
Peruvian Peruvian ADJ 11 amod
trawler~ trawler NOUN 8 obj
. . PUNCT 8 punct`,
      {
        actors: [
          countryActor("Peru", "PER", "LIMA", "Peruvian"),
          { name: "Chilean navy", country: "CHL", sector: "MIL", kind: "organization", words: ["Chile's navy"] },
        ],
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("CHL>PER COERCE"), lines.join(" | "));
    assert.ok(!lines.some((l) => l.startsWith("PER>")), lines.join(" | "));
  });

  it("gives 'said X were stoking tension and warned them' to the speaker, and a ministry spokeswoman her country", () => {
    const doc = docFromParse(
      `Foreign Foreign PROPN 2 amod
Ministry Ministry PROPN 5 nsubj
spokeswoman spokeswoman PROPN 2 flat
Ana Ana PROPN 2 flat
said say VERB 0 root VBD
Chile Chile PROPN 10 nsubj
and and CCONJ 8 cc
Peru Peru PROPN 6 conj
were be AUX 10 aux
stoking stoke VERB 5 ccomp VBG
tension tension NOUN 10 obj
and and CCONJ 13 cc
warned warn VERB 10 conj VBD
them they PRON 13 obj
against against SCONJ 16 mark
meddling meddle VERB 13 advcl VBG
. . PUNCT 5 punct`,
      {
        actors: [
          countryActor("Chile", "CHL"),
          countryActor("Peru", "PER"),
          { name: "Foreign Ministry", country: null, sector: "GOV", kind: "organization", words: ["Foreign Ministry"] },
          P("Ana", "BOL", "Ana"),
        ],
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("BOL>CHL THREATEN"), lines.join(" | "));
    assert.ok(lines.includes("BOL>PER THREATEN"), lines.join(" | "));
    assert.ok(!lines.some((l) => l.startsWith("CHL>") || l.startsWith("PER>")), lines.join(" | "));
  });
  it("reads an indefinite noun conjoined to a name after a list of descriptions as one more, no second party", () => {
    // "Ana Torres, a lawyer, activist and currently a candidate for the Green Party's nomination, met Peru's
    // minister", and with no list ("Ana Torres, a lawyer, and a candidate ...") a second party
    const doc = (head: number, sixth: string) =>
      docFromParse(
        `Ana Ana PROPN 18 nsubj
Torres~ Torres PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
lawyer~ lawyer NOUN 1 appos
${sixth}
and and CCONJ 10 cc
currently currently ADV 10 advmod
a a DET 10 det
candidate candidate NOUN ${head} conj
for for ADP 16 case
the the DET 14 det
Green Green PROPN 14 compound
Party~ Party PROPN 16 nmod:poss
's 's PART 14 case
nomination~ nomination NOUN 10 nmod
, , PUNCT 1 punct
met meet VERB 0 root VBD
Peru~ Peru PROPN 21 nmod:poss
's 's PART 19 case
minister~ minister NOUN 18 obj
. . PUNCT 18 punct`,
        {
          actors: [
            { name: "Ana Torres", country: "CHL", sector: "CVL", kind: "person", words: ["Ana"] },
            { name: "candidate", country: "BOL", sector: "OPP", kind: "person", words: ["candidate"] },
            P("the minister", "PER", "minister"),
          ],
        },
      );
    const pairs = (head: number, sixth: string) => eventLines(codeEvents(lex, doc(head, sixth)), ["cameo"]).sort();
    const list = "activist activist NOUN 5 conj";
    assert.deepEqual(pairs(1, list), ["CHL>PER 040", "PER>CHL 040"]);
    assert.deepEqual(pairs(5, list), ["CHL>PER 040", "PER>CHL 040"]);
    assert.deepEqual(pairs(1, ", , PUNCT 10 punct"), ["BOL>PER 040", "CHL>PER 040", "PER>BOL 040", "PER>CHL 040"]);
  });

  it("reads a name in apposition to a fronted place, running up to a verb with no subject, as its subject", () => {
    // "In Lima, Foreign Minister Ana Silva criticized Chile."
    const doc = docFromParse(
      `In in ADP 2 case
Lima~ Lima PROPN 8 obl
, , PUNCT 6 punct
Foreign foreign ADJ 5 amod
Minister Minister PROPN 6 compound
Ana Ana PROPN 2 appos
Silva Silva PROPN 2 flat
criticized criticize VERB 0 root VBD
Chile~ Chile PROPN 8 obj
. . PUNCT 8 punct`,
      { actors: [P("Ana Silva", "PER", "Ana"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>CHL 111"]);
  });

  it("conjoins a past tense hung on a participle read as an adverbial clause to the nearest past tense above", () => {
    // "Peru said the navy was defending its waters against an occupation backed by companies and rejected
    // Chile's demands."
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
said say VERB 0 root VBD
the the DET 4 det
navy navy NOUN 6 nsubj
was be AUX 6 aux VBD
defending defend VERB 2 ccomp VBG
its its PRON 8 nmod:poss
waters water NOUN 6 obj
against against SCONJ 12 mark
an a DET 11 det
occupation occupation NOUN 12 nsubj
backed back VERB 6 advcl VBN
by by ADP 14 case
companies company NOUN 12 obl:agent
and and CCONJ 16 cc
rejected reject VERB 12 conj VBD
Chile~ Chile PROPN 19 nmod:poss
's 's PART 17 case
demands~ demand NOUN 16 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]).sort(), ["CHL>PER 100", "PER>CHL 120"]);
  });
  it("opens a clause with a name the parser conjoined to an adverb before a subjectless adverbial verb", () => {
    // (the parse read "and Bolivia" as a conjunct of "as well" and "agreed" as an adverbial clause)
    const text =
      "The formerly hostile nations of Chile and Peru opened trade ties as well and Bolivia agreed to move its embassy in Peru from Lima to Cusco.";
    assert.deepEqual(pairsIn(text), ["BOL>- 030"]);
  });
});

describe("events: a trailing speaker read as the apposition of a name after a preposition", () => {
  it("reads 'for talks with Vladimir Putin, the Kremlin said' as talks with Putin that the Kremlin reports", () => {
    const text =
      "Chinese President Xi Jinping will travel to Moscow next week for talks with Vladimir Putin, the Kremlin said.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.endsWith("040")),
      ["CHN>RUS 040", "RUS>CHN 040"],
    );
  });
});

describe("events: a first subject read as dislocated", () => {
  it("reads 'The Colombian government and ELN rebels agreed' as both agreeing with each other", () => {
    const events = eventsIn("The Colombian government and ELN rebels agreed to extend a ceasefire by six months.");
    assert.deepEqual(events.map((e) => `${e.source.code}>${e.target?.code} ${e.cameo}`).sort(), [
      "COLGOV>COLREB 0356",
      "COLREB>COLGOV 0356",
    ]);
  });
});

describe("events: coordinated adjectives read as the sentence's root", () => {
  it("reads 'Pakistani and Afghan troops exchanged fire' as an exchange of fire between both", () => {
    assert.deepEqual(pairsIn("Pakistani and Afghan troops exchanged fire."), ["AFG>PAK 190", "PAK>AFG 190"]);
    assert.deepEqual(pairsIn("Pakistani and Afghan border forces exchanged fire."), ["AFG>PAK 190", "PAK>AFG 190"]);
    // (adjectives with a copula and a subject of their own stay the predicate)
    assert.ok(pairsIn("Turkey is ready and eager Sweden joins NATO.").includes("TUR>SWE 032"));
  });
});

describe("events: a clause after 'as' read as the root with the main verb its subject", () => {
  it("reads the earlier verb as the root and the clause its adverbial, whose subject acts", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
police police NOUN 3 compound
fired fire VERB 13 nsubj VBN
tear tear NOUN 5 compound
gas gas NOUN 3 obj
at at ADP 7 case
students~ student NOUN 3 obl
, , PUNCT 13 punct
as as SCONJ 10 case
thousands thousand NOUN 13 nsubj NNS
of of ADP 12 case
farmers farmer NOUN 10 nmod NNS
protested protest VERB 0 root VBD
against against ADP 16 case
Peruvian Peruvian ADJ 16 amod
imports~ import NOUN 13 obl NNS
. . PUNCT 13 punct`,
      { actors: [{ name: "Chilean police", country: "CHL", sector: "COP", kind: "group", words: ["Chilean police"] }] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>- 175"]);
  });
});

describe("events: an object read as a second subject of a trailing report", () => {
  it("reads the object so when the parser made it a bare noun phrase of the report", () => {
    assert.deepEqual(pairsIn("Peru's Congress rejected the Chilean proposal, lawmakers said."), ["PER>CHL 120"]);
  });

  it("reads the object so when the report is the root and the clause its complement", () => {
    const doc = docFromParse(
      `Chile~ Chile PROPN 3 nmod:poss
's 's PART 1 case
president president NOUN 4 nsubj
received receive VERB 13 ccomp VBD
the the DET 6 det
envoy envoy NOUN 13 nsubj
of of ADP 8 case
Peru~ Peru PROPN 6 nmod
, , PUNCT 12 punct
the the DET 11 det
foreign foreign ADJ 12 amod
ministry ministry NOUN 13 nsubj
said say VERB 0 root VBD
. . PUNCT 13 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual(
      [tree.head(3), tree.head(5), tree.rel(5), tree.head(12), tree.rel(12)],
      [-1, 3, "obj", 3, "parataxis"],
    );
  });

  it("reads the noun after the verb, before the comma of ', the ministry said', as the verb's object", () => {
    assert.deepEqual(
      pairsIn("The Chilean foreign minister met his Peruvian counterpart in Lima on Tuesday, the ministry said."),
      ["CHL>PER 040", "PER>CHL 040"],
    );
  });
});

describe("events: the sentence's verb read into a relative clause on a verbless root", () => {
  it("reads a subjectless finite verb after the comma closing the relative clause as the root's verb", () => {
    const doc = docFromParse(
      `Ana Ana PROPN 0 root NNP
Rojas~ Rojas PROPN 1 flat NNP
, , PUNCT 5 punct
who who PRON 5 nsubj
appointed appoint VERB 1 acl:relcl VBD
him he PRON 5 obj
in in ADP 8 case
2017~ 2017 NUM 5 obl
, , PUNCT 10 punct
criticized criticize VERB 5 xcomp VBD
Peru~ Peru PROPN 10 obj
. . PUNCT 1 punct`,
      { actors: [P("Ana Rojas", "CHL", "Ana Rojas"), countryActor("Peru", "PER")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual([tree.head(9), tree.head(0), tree.rel(0)], [-1, 9, "nsubj"]);
  });
});

describe("events: the last items of an object list read as the root", () => {
  it("reads the past form hung on its subject as the verb, and the fronted meeting as its", () => {
    const doc = docFromParse(
      `After after ADP 3 case
a a DET 3 det
meeting~ meeting NOUN 14 obl
, , PUNCT 3 punct
Chile Chile PROPN 14 nsubj
signed sign VERB 5 acl VBD
deals deal NOUN 6 obj
with with ADP 9 case
Peru Peru PROPN 7 nmod
on on ADP 11 case
fishing~ fishing NOUN 7 nmod
, , PUNCT 14 punct
border border NOUN 14 compound
trade trade NOUN 0 root
and and CCONJ 16 cc
migration~ migration NOUN 14 conj
, , PUNCT 19 punct
and and CCONJ 19 cc
ordered order VERB 14 conj VBD
new new ADJ 21 amod
talks~ talk NOUN 19 obj
. . PUNCT 14 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual(
      [tree.head(5), tree.rel(5), tree.head(13), tree.rel(13), tree.head(2)],
      [-1, "root", 6, "conj", 5],
    );
  });
});

describe("events: the subjects of a verb read into a fronted phrase", () => {
  it("reads names after the comma closing a fronted phrase as the subjectless verb's subjects", () => {
    assert.deepEqual(
      pairsIn("After talks in Lima, Chile, Peru and Bolivia signed a water agreement.").filter((p) =>
        p.endsWith("057"),
      ),
      ["BOL>CHL 057", "BOL>PER 057", "CHL>BOL 057", "CHL>PER 057", "PER>BOL 057", "PER>CHL 057"],
    );
  });
});

describe("events: a clause after 'after' read as a reduced relative", () => {
  it("reads 'collapsed after both sides accused each other' with the sides accusing each other", () => {
    const text =
      "The talks between Sudan's army and the RSF collapsed on Saturday after both sides accused each other of violating the truce.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.endsWith("112")),
      ["SDN>SDN 112", "SDN>SDN 112"],
    );
  });
});

describe("events: a clause after 'after' read into the verb's object", () => {
  const lines = (text: string) => eventsIn(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`);
  it("keeps the object of 'imposed a curfew after protesters stormed ...' the verb's, read as the subject of 'stormed'", () => {
    assert.deepEqual(
      lines("Sri Lanka's government imposed a nationwide curfew after protesters stormed the president's residence."),
      ["LKAGOV>- 1723"],
    );
  });
  it("gives the clause after 'after', read as a conjunct without 'and', its own subject", () => {
    assert.deepEqual(
      lines(
        "Sri Lanka's government imposed a nationwide curfew after Sri Lankan protesters stormed the president's residence.",
      ),
      ["LKAGOV>- 1723", "LKACVL>LKA 145"],
    );
  });
  it("leaves a clause reported with no 'that' alone ('said Russian strikes after the summit killed 12')", () => {
    assert.ok(
      // (the strikes whose toll the killing is: one event)
      lines("Ukraine said Russian missile strikes after the summit killed 12 civilians.").includes("RUS>CVL 195"),
    );
  });
});

describe("events: a reduced relative with an agent read as the clause's verb", () => {
  it("reads 'Rebels backed by Rwanda seized the town' as Rwanda backing the rebels, who seized it", () => {
    assert.deepEqual(pairsIn("On Monday, M23 rebels backed by Rwanda seized the town of Sake."), [
      "COD>- 192",
      "RWA>COD 072",
    ]);
    assert.deepEqual(pairsIn("Hamas fighters supported by Iran attacked Israel."), ["IRN>PSE 072", "PSE>ISR 190"]);
    // (a verb with a complement clause of its own too)
    const detained = eventsIn("Protesters detained by Iranian police said they were beaten.");
    assert.deepEqual(
      detained.map((e) => `${e.source.code}>${e.target?.code} ${e.cameo}`),
      ["IRNCOP>IRNCVL 173"],
    );
  });
});

describe("events: an object taken as the subject of an adverbial clause after 'after'", () => {
  it("reads 'broke off relations after Ecuadorian police raided the embassy' with both acts their own", () => {
    const pairs = pairsIn(
      "Mexico and Ecuador broke off diplomatic relations after Ecuadorian police raided the Mexican embassy in Quito.",
    );
    assert.deepEqual(pairs, ["ECU>MEX 161", "ECU>MEX 190", "MEX>ECU 161"]);
    // (a clause with a subordinator of its own was read right)
    const because = pairsIn("Armenia protested because Azerbaijani troops since the ceasefire shelled its villages.");
    assert.ok(because.includes("AZE>ARM 194"), because.join(" "));
  });
});

describe("events: a gerund read as a clause modifying a verb", () => {
  it("reads it as an adverbial clause, whose subject is the verb's", () => {
    assert.deepEqual(pairsIn("Chile filed a case at the International Court of Justice accusing Peru of genocide."), [
      "CHL>PER 1122",
    ]);
  });
});

describe("events: a fronted like-phrase read with the subjects conjoined to it", () => {
  it("ends the phrase at its comma: the names after it are the subjects", () => {
    assert.deepEqual(pairsIn("Like Chile, Peru and Bolivia recognized Palestine."), ["BOL>PSE 054", "PER>PSE 054"]);
  });
});

describe("repair: a clause after 'a day after' with a modified subject", () => {
  it("is an adverbial clause with its own subject, wherever the noun's 'after' stands", () => {
    assert.deepEqual(pairsIn("The statement came a day after the Peruvian government urged Chile to open talks."), [
      "PER>CHL 026",
    ]);
  });
});

describe("repair: a past form conjoined to a to-infinitive", () => {
  it("is the past verb's conjunct, with its subject and its status", () => {
    const lines = eventsIn(
      "Bolivian authorities forced a Chilean plane to land in La Paz and arrested a Peruvian journalist.",
    ).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`);
    assert.ok(lines.includes("BOL>PER 173"), lines.join(" | "));
    const released = eventsIn("Chile agreed to lift sanctions and released ten Peruvian prisoners on Monday.")
      .filter((e) => e.cameo === "0841")
      .map((e) => e.status);
    assert.deepEqual(released, ["reported"]);
  });
});
