import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents, phrasalVerbs } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor, docFromParse, eventLines, eventsIn, type TestActor } from "./testing.js";
import { buildTree } from "./tree.js";

const lex = defaultLexicon();
const group = (name: string, country: string, sector: string, ...words: string[]): TestActor => ({
  name,
  country,
  sector,
  kind: "organization",
  words,
});

describe("events: parser misreads undone before coding", () => {
  it("reads a counted noun after the verb, labelled an adverbial clause, as its object", () => {
    const doc = docFromParse(
      `Chadian Chadian ADJ 2 amod
troops troop NOUN 3 nsubj
killed kill VERB 0 root VBD
five five NUM 7 nummod
Sudanese Sudanese ADJ 7 amod
border border NOUN 7 compound
guards~ guard NOUN 3 advcl
. . PUNCT 3 punct`,
      {
        actors: [
          group("Chadian troops", "TCD", "MIL", "Chadian troops"),
          group("Sudanese border guards", "SDN", "COP", "Sudanese border guards"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["TCD>SDN 190"]);
  });

  it("reads a noun compounded to a subjectless root participle as its subject ('police fired on')", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
police~ police NOUN 3 compound
fired fire VERB 0 root VBN
on on ADP 5 case
migrants migrant NOUN 3 obl
. . PUNCT 3 punct`,
      {
        actors: [group("Chilean police", "CHL", "COP", "Chilean police"), group("migrants", "PER", "CVL", "migrants")],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 190"]);
  });

  it("reads a complete copular 'that' clause hung on an oblique noun as the verb's complement", () => {
    const doc = docFromParse(
      `Ruiz Ruiz PROPN 2 nsubj
agreed agree VERB 0 root VBD
in in ADP 5 case
a a DET 5 det
interview interview NOUN 2 obl
that that PRON 10 mark WDT
Castillo Castillo PROPN 10 nsubj
was be AUX 10 cop
a a DET 10 det
criminal~ criminal NOUN 5 acl:relcl
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Ana Ruiz", country: "CHL", sector: "GOV", kind: "person", words: ["Ruiz"] },
          { name: "Pedro Castillo", country: "PER", sector: "GOV", kind: "person", words: ["Castillo"] },
        ],
      },
    );
    // agreeing that someone is a criminal is a verdict on him, no agreement with him
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 111"]);
  });

  it("reads a past form hung on the first of two subjects of 'said' as the reported verb, with talks beside it the parties'", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 11 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 3 acl VBN
to to ADP 7 case
a a DET 7 det
truce~ truce NOUN 4 obl
, , PUNCT 10 punct
Ecuadorian Ecuadorian ADJ 10 amod
officials official NOUN 11 nsubj
said say VERB 0 root VBD
after after ADP 13 case
talks~ talk NOUN 11 obl
. . PUNCT 11 punct`,
      {
        actors: [
          countryActor("Chile", "CHL"),
          countryActor("Peru", "PER"),
          group("Ecuadorian officials", "ECU", "GOV", "Ecuadorian officials"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), [
      "CHL>PER AGREE",
      "CHL>PER CONSULT",
      "PER>CHL AGREE",
      "PER>CHL CONSULT",
    ]);
  });

  it("reads a subjectless complement opened by 'and' as a second verb, not as part of what was demanded", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
demanded demand VERB 0 root VBD
that that SCONJ 5 mark
Peru Peru PROPN 5 nsubj
free free VERB 2 ccomp VB
the the DET 7 det
fishermen~ fisherman NOUN 5 obj
, , PUNCT 10 punct
and and CCONJ 10 cc
said say VERB 2 ccomp VBD
it it PRON 13 nsubj
had have AUX 13 aux
lodged lodge VERB 10 ccomp VBN
a a DET 15 det
protest protest NOUN 13 obj
with with ADP 17 case
Lima~ Lima PROPN 13 obl
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL", "Chile", "it"), countryActor("Peru", "PER", "Peru", "Lima")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"], "114"), ["CHL>PER 114 reported"]);
  });

  it("reads a that-clause after a noun of asking as the noun's, with a subjunctive the tagger read as a noun", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
reiterated reiterate VERB 0 root VBD
its its PRON 4 nmod:poss
demand demand NOUN 2 obj
today today NOUN 2 obl:unmarked
that that PRON 9 mark WDT
Peru Peru PROPN 8 compound
ease ease NOUN 9 compound NN
restrictions~ restriction NOUN 5 acl:relcl
. . PUNCT 2 punct`,
      { actors: [countryActor("Chile", "CHL"), countryActor("Peru", "PER")] },
    );
    // what is demanded is no act of its own
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["CHL>PER 1054 reported"]);
  });

  it("reads a second subject after the verb as its object, so it is not a second attacker", () => {
    const doc = docFromParse(
      `Ethiopian Ethiopian ADJ 2 amod
jets jet NOUN 3 nsubj
killed kill VERB 0 root VBD
12 12 NUM 5 nummod
Eritreans~ Eritrean PROPN 3 nsubj
. . PUNCT 3 punct`,
      { actors: [group("Ethiopian jets", "ETH", "MIL", "Ethiopian jets"), countryActor("Eritreans", "ERI")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["ETH>ERI 190"]);
  });

  it("keeps a noun with a preposition of its own, or after words that are not its own, as the parser read it", () => {
    const doc = docFromParse(
      `Chadian Chadian ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root VBD
on on ADP 5 case
Sunday~ Sunday PROPN 3 obl
. . PUNCT 3 punct`,
      { actors: [group("Chadian troops", "TCD", "MIL", "Chadian troops")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["TCD>- 190"]);
  });
});

describe("events: a time phrase between the subject and its verb", () => {
  it("finds the subject before 'today' when the parser hung the verb on it as a conjunct", () => {
    // "A senior Kenyan official today praised Uganda's reforms": the tagger read "official" as an adjective
    // and "praised" as a participle, and the parser made the official the root.
    const doc = docFromParse(
      `A a DET 4 det
senior senior ADJ 4 amod
Kenyan Kenyan ADJ 4 amod
official official ADJ 0 root JJ
today today NOUN 6 obl:unmarked
praised praise VERB 4 conj VBN
Uganda~ Uganda PROPN 9 nmod:poss
's 's PART 7 case
reforms~ reform NOUN 6 obj
. . PUNCT 4 punct`,
      {
        actors: [
          { name: "Kenyan official", country: "KEN", sector: "GOV", kind: "person", words: ["Kenyan official"] },
          countryActor("Uganda", "UGA"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["KEN>UGA 051"]);
  });

  it("steps over 'on Tuesday' to the subject of a verb the parser left without one", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 dep
on on ADP 3 case
Tuesday Tuesday PROPN 4 obl
rejected reject VERB 0 root VBD
Chile~ Chile PROPN 7 nmod:poss
's 's PART 5 case
proposal~ proposal NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>CHL 120"]);
  });

  it("does not step over a time phrase to an actor that a preposition governs", () => {
    const doc = docFromParse(
      `Talks talk NOUN 5 dep
with with ADP 3 case
Chile Chile PROPN 1 nmod
on on ADP 5 case
Monday Monday PROPN 6 obl
collapsed collapse VERB 0 root VBD
. . PUNCT 6 punct`,
      { actors: [countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("takes a country name the tagger read as an adverb as the subject before 'on Friday'", () => {
    const doc = docFromParse(
      `Bolivia bolivia ADV 4 advmod RB
on on ADP 3 case
Friday Friday PROPN 4 obl
condemned condemn VERB 0 root VBD
Paraguay~ Paraguay PROPN 4 obj
. . PUNCT 4 punct`,
      { actors: [countryActor("Bolivia", "BOL"), countryActor("Paraguay", "PRY")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["BOL>PRY 111"]);
  });
});

describe("events: an apposition between the subject and its verb", () => {
  it("steps over ', a close ally of Russia,' to the country the parser left as no subject", () => {
    // The parser made the apposition an oblique of the verb and hung the name under it.
    const doc = docFromParse(
      `Belarus Belarus PROPN 5 nsubj
, , PUNCT 5 punct
a a DET 4 det
close close ADJ 4 amod
ally ally NOUN 10 obl
of of ADP 7 case
Russia~ Russia PROPN 5 nmod
, , PUNCT 5 punct
has have AUX 10 aux
refused refuse VERB 0 root VBN
to to PART 12 mark
attend~ attend VERB 10 xcomp
. . PUNCT 10 punct`,
      { actors: [countryActor("Belarus", "BLR"), countryActor("Russia", "RUS")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("BLR>- REJECT"), lines.join(" | "));
  });
});

describe("events: other misreads", () => {
  it("reads 'is opposed to' parsed as an agentless passive as the adjective, held by its subject", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 3 nsubj:pass
is be AUX 3 aux:pass
opposed oppose VERB 0 root VBN
to to ADP 6 case
Danish Danish ADJ 6 amod
membership~ membership NOUN 3 obl
. . PUNCT 3 punct`,
      { actors: [countryActor("Norway", "NOR"), countryActor("Denmark", "DNK", "Danish")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["NOR>DNK 120 REJECT"]);
  });

  it("reads an object with a preposition of its own as an oblique ('called Monday on Chile to ...')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
called call VERB 0 root VBD
Monday Monday PROPN 2 obl:unmarked
on on ADP 5 case
Chile Chile PROPN 2 obj
to to PART 7 mark
withdraw~ withdraw VERB 2 xcomp
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("PER>CHL REQUEST"), lines.join(" | "));
    assert.ok(!lines.some((l) => l.includes("CONSULT")), lines.join(" | "));
  });

  it("gives a reported clause the parser hung on 'Wednesday' back to the speech verb", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
said say VERB 0 root VBD
Wednesday Wednesday PROPN 2 obl:unmarked
that that SCONJ 8 mark
Chile Chile PROPN 8 nsubj
must must AUX 8 aux
be be AUX 8 cop
ready ready ADJ 3 ccomp
to to PART 10 mark
negotiate~ negotiate VERB 8 xcomp
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["PER>CHL 106 REQUEST"]);
  });

  it("joins an organisation name read as a passive subject to the active subject it stands before", () => {
    const doc = docFromParse(
      `African African ADJ 2 amod
Union~ Union PROPN 5 nsubj:pass
foreign foreign ADJ 4 amod
ministers minister NOUN 5 nsubj
demanded demand VERB 0 root VBD
talks~ talk NOUN 5 obj
with with ADP 8 case
Sudan~ Sudan PROPN 6 nmod
. . PUNCT 5 punct`,
      {
        actors: [
          { name: "African Union", country: "AU", sector: "IGO", kind: "organization", words: ["African Union"] },
          countryActor("Sudan", "SDN"),
        ],
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("AU>SDN REQUEST"), lines.join(" | "));
  });

  it("reads a passive subject of an active past form with an object as its subject ('Hamas fired rockets')", () => {
    const doc = docFromParse(
      `Hezbollah Hezbollah PROPN 2 nsubj:pass
fired fire VERB 0 root VBN
rockets rocket NOUN 2 obj
at at ADP 5 case
Israel~ Israel PROPN 3 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Hezbollah", country: "LBN", sector: "REB", kind: "organization", words: ["Hezbollah"] },
          countryActor("Israel", "ISR"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["LBN>ISR 190 ASSAULT"]);
  });

  it("reads an unmarked clause right after a verb of saying as what it says ('insisted she was never pressured')", () => {
    const doc = docFromParse(
      `The the DET 2 det
minister minister NOUN 3 nsubj
insisted insist VERB 0 root VBD
she she PRON 6 nsubj:pass
was be AUX 6 aux:pass VBD
pressured pressure VERB 3 advcl VBN
by by ADP 8 case
Peru~ Peru PROPN 6 obl:agent
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "minister", country: "CHL", sector: "GOV", kind: "person", words: ["minister"] },
          countryActor("Peru", "PER"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>CHL 020"]);
    assert.equal(buildTree(doc, phrasalVerbs(lex)).rel(5), "ccomp");
  });

  it("reads such a clause the parser headed by an adverb as what the verb says ('insisted she was \"never directly ...\"')", () => {
    const doc = docFromParse(
      `The the DET 2 det
minister minister NOUN 3 nsubj
insisted insist VERB 0 root VBD
she she PRON 7 nsubj
was be AUX 7 cop VBD
never never ADV 7 advmod
directly directly ADV 3 advmod
pressured pressure VERB 7 conj VBN
by by ADP 10 case
Peru~ Peru PROPN 8 obl:agent
. . PUNCT 3 punct`,
      {
        actors: [
          { name: "minister", country: "CHL", sector: "GOV", kind: "person", words: ["minister"] },
          countryActor("Peru", "PER"),
        ],
      },
    );
    // (no demand by the minister: what she insists is a statement)
    assert.ok(!eventLines(codeEvents(lex, doc), ["cameo"]).includes("CHL>- 100"));
    assert.equal(buildTree(doc, phrasalVerbs(lex)).rel(6), "ccomp");
  });
});

describe("events: the subject of a clause after a fronted adverbial clause", () => {
  it("reads 'When Peru attacked Chile, Bolivia sent aid' with Bolivia, read as a conjunct of Chile, as the sender", () => {
    const doc = docFromParse(
      `When when ADV 3 advmod
Peru Peru PROPN 3 nsubj
attacked attack VERB 7 advcl VBD
Chile Chile PROPN 3 obj
, , PUNCT 6 punct
Bolivia Bolivia PROPN 4 conj
sent send VERB 0 root VBD
aid~ aid NOUN 7 obj
. . PUNCT 7 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL"), countryActor("Bolivia", "BOL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]).sort(), ["BOL>- 073", "PER>CHL 190"]);
  });
});

describe("events: a reduced passive after a subordinator", () => {
  it("codes no request of 'When asked about the border, Boric criticized Peru' (Boric was asked)", () => {
    const doc = docFromParse(
      `When when ADV 2 advmod
asked ask VERB 8 advcl VBD
about about ADP 5 case
the the DET 5 det
border border NOUN 2 obl
, , PUNCT 2 punct
Boric Boric PROPN 8 nsubj
criticized criticize VERB 0 root VBD
Peru~ Peru PROPN 8 obj
. . PUNCT 8 punct`,
      { actors: [countryActor("Chile", "CHL", "Boric"), countryActor("Peru", "PER")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 111"]);
  });
});

describe("events: a conjunct hung on a participle that modifies a noun", () => {
  it("reads 'reviewed the deals signed with Chile and agreed to expand trade' with 'agreed' conjoined to 'reviewed'", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
reviewed review VERB 0 root VBD
the the DET 4 det
deals deal NOUN 2 obj
signed sign VERB 4 acl VBN
with with ADP 7 case
Chile Chile PROPN 5 obl
and and CCONJ 9 cc
agreed agree VERB 5 conj VBD
to to PART 11 mark
expand expand VERB 9 xcomp VB
trade~ trade NOUN 11 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    assert.deepEqual(
      eventLines(codeEvents(lex, doc), ["cameo"]).filter((e) => e.includes(" 03")),
      ["PER>- 0311"],
    );
  });
});

describe("events: a noun's content clause read as a relative clause", () => {
  it("reads a 'that' filling no gap of its clause as the marker of a content noun's clause ('the claim that Chile shelled')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
made make VERB 0 root VBD
the the DET 4 det
claim claim NOUN 2 obj
that that PRON 7 obl:unmarked
Chile Chile PROPN 7 nsubj
shelled shell VERB 4 acl:relcl VBD
the the DET 9 det
town~ town NOUN 7 obj
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER", "Peru"), countryActor("Chile", "CHL", "Chile")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.rel(6), "ccomp");
    assert.equal(tree.rel(4), "mark");
    // (what a claim says is no act)
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("keeps a relative clause after a noun of time, whose 'that' stands for the time ('the day that ...')", () => {
    assert.deepEqual(
      eventLines(eventsIn("The day that Chile shelled the town, Peru recalled its envoy."), ["cameo", "status"]),
      ["CHL>- 194 reported", "PER>- 161 reported"],
    );
  });
});

describe("events: the day and the occasion of an act read as its object's participle's", () => {
  it("gives 'on Tuesday' and 'at a ceremony' after a participle on the object to the verb", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
signed sign VERB 0 root VBD
agreements agreement NOUN 2 obj NNS
establishing establish VERB 3 acl VBG
relations relation NOUN 4 obj NNS
with with ADP 7 case
Chile~ Chile PROPN 5 nmod
on on ADP 9 case
Tuesday Tuesday PROPN 4 obl
at at ADP 12 case
a a DET 12 det
ceremony ceremony NOUN 4 obl
. . PUNCT 2 punct`,
      { actors: [countryActor("Peru", "PER"), countryActor("Chile", "CHL")] },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(8), tree.head(11)], [1, 1]);
  });
});

describe("events: a gerund read as the root", () => {
  it("reads 'Protesters demanding X blocked roads' with the blocking as the sentence and the demand on the protesters", () => {
    const doc = docFromParse(
      `Protesters protester NOUN 2 nsubj NNS
demanding demand VERB 0 root VBG
the the DET 4 det
release release NOUN 7 nsubj
of of ADP 6 case
prisoners prisoner NOUN 4 nmod NNS
blocked block VERB 2 ccomp VBD
roads road NOUN 7 obj NNS
in in ADP 10 case
Lima Lima PROPN 8 nmod
. . PUNCT 2 punct`,
      {
        actors: [group("Protesters", "PER", "CVL", "Protesters"), countryActor("Peru", "PER", "Lima")],
      },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.equal(tree.head(6), -1);
    assert.equal(tree.head(0), 6);
    assert.equal(tree.rel(1), "acl");
    assert.equal(tree.rel(3), "obj");
  });
});
