import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);

describe("events: codebook coverage", () => {
  it("codes no meeting for meeting a standard, acceding for meeting demands, and no support for defending waters", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
met meet VERB 0 root VBD
the the DET 4 det
standards~ standard NOUN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
met meet VERB 0 root VBD
Chile~ Chile PROPN 4 nmod:poss
demands~ demand NOUN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
defended defend VERB 0 root VBD
its its PRON 4 nmod:poss
waters~ water NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL 083 CONCEDE reported"]);
  });

  it("codes attacking a decision as criticism of its author, attacking a town as an assault", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
attacked attack VERB 0 root VBD
Chile~ Chile PROPN 4 nmod:poss
decision~ decision NOUN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
attacked attack VERB 0 root VBD
Chile~ Chile PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL 111 ACCUSE reported", "PER>CHL 190 ASSAULT reported"]);
  });

  it("codes no repression when a crowd disperses by itself, only when someone disperses it", () => {
    const actors = [
      C("Peru", "PER"),
      { name: "police", country: "PER", sector: "COP", kind: "group" as const, words: ["police"] },
    ];
    const dispersed = docFromParse(
      `police police NOUN 2 nsubj
dispersed disperse VERB 0 root VBD
protesters~ protester NOUN 2 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, dispersed)), ["PER>PER 175 ASSAULT reported"]);
    const itself = docFromParse(
      `Peru Peru PROPN 2 nsubj
dispersed~ disperse VERB 0 root VBD
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, itself)), []);
  });

  it("codes no hosting for hosting a show and no commitment for proposing a bill", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
hosted host VERB 0 root VBD
a a DET 4 det
show~ show NOUN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
proposed propose VERB 0 root VBD
a a DET 4 det
bill~ bill NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("codes no assault for fighting a disease, corruption or a court case, one for fighting a party", () => {
    const fought = (what: string, rel = "obj", prep = "") =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
fought fight VERB 0 root VBD
${prep}${what}~ ${what} NOUN 2 ${rel}
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(brief(codeEvents(lex, fought("pandemic"))), []);
    assert.deepEqual(brief(codeEvents(lex, fought("corruption", "obl", "against against ADP 4 case\n"))), []);
    assert.deepEqual(brief(codeEvents(lex, fought("Chile"))), [
      "CHL>PER 190 ASSAULT reported",
      "PER>CHL 190 ASSAULT reported",
    ]);
  });

  it("reads the of-phrase of a gerund with an article as its object ('the signing of the bill': no treaty)", () => {
    // "Peru expressed support via the signing of the Andean Bill"
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
expressed express VERB 0 root VBD
support support NOUN 2 obj
via via ADP 6 case
the the DET 6 det
signing sign VERB 2 advcl VBG
of of ADP 10 case
the the DET 10 det
Andean Andean PROPN 10 compound
Bill~ Bill PROPN 6 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Bolivia", "BOL", "Andean")] },
    );
    assert.ok(!brief(codeEvents(lex, doc)).some((e) => e.includes("057")));
  });

  it("reads the disposition asked for as the goal ('urged Peru to exercise restraint': 0256, no military appeal)", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
urged urge VERB 0 root VBD
Peru Peru PROPN 2 obj
to to PART 5 mark
exercise exercise VERB 2 xcomp VB
restraint~ restraint NOUN 5 obj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 0256 REQUEST reported"]);
  });

  it("codes no release of prisoners for releasing a party's report", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
released release VERB 0 root VBD
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
report~ report NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("takes a party as the object only when the object is one ('captured Chile's commander', not 'Chile's arrival')", () => {
    const doc = (noun: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
captured capture VERB 0 root VBD
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
${noun} NOUN 2 obj
. . PUNCT 2 punct`,
        {
          actors: [
            C("Peru", "PER"),
            C("Chile", "CHL"),
            { name: "commander", country: "CHL", sector: "MIL", kind: "person", words: ["commander"] },
          ],
        },
      );
    assert.deepEqual(brief(codeEvents(lex, doc("arrival~ arrival"))), []);
    assert.deepEqual(brief(codeEvents(lex, doc("commander~ commander"))), ["PER>CHL 173 COERCE reported"]);
    // a verdict on what a party did is aimed at that party ('blasted Chile's behaviour')
    const blasted = docFromParse(
      `Peru Peru PROPN 2 nsubj
blasted blast VERB 0 root VBD
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
behaviour~ behaviour NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, blasted)), ["PER>CHL 111 ACCUSE reported"]);
  });

  it("codes a verbal attack in a debate and railing against a party as criticism, a campaign rally as no protest", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
attacked attack VERB 0 root VBD
Chile Chile PROPN 2 obj
during during ADP 6 case
the the DET 6 det
debate~ debate NOUN 2 obl
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
railed rail VERB 0 root VBD
against against ADP 4 case
Chile~ Chile PROPN 2 obl
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
held hold VERB 0 root VBD
a a DET 5 det
campaign campaign NOUN 5 compound
rally~ rally NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL 111 ACCUSE reported"]);
  });

  it("reads an object that is a party's act as what is asked for ('demanded Chile's withdrawal': 1056)", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
demanded demand VERB 0 root VBD
Chile~ Chile PROPN 5 nmod:poss
's 's PART 3 case
withdrawal~ withdrawal NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL 1056 REQUEST reported"]);
  });

  it("codes no promise of aid for offering a reward", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
offered offer VERB 0 root VBD
a a DET 5 det
million million NUM 5 nummod
dollars dollar NOUN 6 compound
reward reward NOUN 2 obj
for for ADP 8 case
Chile~ Chile PROPN 6 nmod
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("codes refusing to say or answer as declining to comment (011, no event), refusing to release as a rejection", () => {
    const doc = (verb: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
refused refuse VERB 0 root VBD
to to PART 4 mark
${verb} VERB 2 xcomp VB
the the DET 6 det
sailors~ sailor NOUN 4 obj
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER")] },
      );
    assert.deepEqual(brief(codeEvents(lex, doc("answer answer"))), []);
    assert.ok(brief(codeEvents(lex, doc("release release"))).some((e) => e.includes("REJECT")));
  });

  it("codes insisting that something was so as no demand, insisting that a party must act as one", () => {
    const doc = (aux: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
insisted insist VERB 0 root VBD
that that SCONJ 6 mark
Chile Chile PROPN 6 nsubj
${aux} AUX 6 aux
withdraw~ withdraw VERB 2 ccomp VB
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.ok(brief(codeEvents(lex, doc("must must"))).some((e) => e.startsWith("PER>CHL 105")));
    assert.ok(!brief(codeEvents(lex, doc("had have"))).some((e) => e.includes("REQUEST")));
  });

  it("codes a withdrawal from a deal as reducing relations (160), from a race as nothing", () => {
    const doc = (thing: string) =>
      docFromParse(
        `Peru Peru PROPN 3 nmod:poss
's 's PART 1 case
withdrawal withdrawal NOUN 7 nsubj
from from ADP 6 case
the the DET 6 det
${thing} ${thing} NOUN 3 nmod
surprised surprise VERB 0 root VBD
Chile~ Chile PROPN 7 obj
. . PUNCT 7 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    const codes = (thing: string) => codeEvents(lex, doc(thing)).map((e) => e.cameo);
    assert.deepEqual(codes("deal"), ["160"]);
    assert.deepEqual(codes("race"), []);
  });

  it("codes proposing talks or a truce as an offer, proposing changes to a court as nothing", () => {
    const doc = (noun: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
proposed propose VERB 0 root VBD
${noun} NOUN 2 obj
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
      );
    assert.deepEqual(brief(codeEvents(lex, doc("talks~ talk"))), ["PER>- 036 AGREE reported"]);
    assert.deepEqual(brief(codeEvents(lex, doc("changes~ change"))), []);
  });

  it("codes no release of a prisoner for a release from hospital", () => {
    const doc = docFromParse(
      `Ana Ana PROPN 3 nmod:poss
's 's PART 1 case
release release NOUN 7 obl
from from ADP 6 case
the the DET 6 det
hospital hospital NOUN 3 nmod
came come VERB 0 root VBD
. . PUNCT 7 punct`,
      { actors: [{ name: "Ana", country: "PER", sector: "GOV", kind: "person", words: ["Ana"] }, C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("codes no appeal for pleading guilty or innocent", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
pleaded plead VERB 0 root VBD
guilty guilty ADJ 2 xcomp
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
pleaded plead VERB 0 root VBD
innocent innocent NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("codes a pledge of money to a country as a promise of economic aid (0331)", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
pledged pledge VERB 0 root VBD
20 20 NUM 4 nummod
million million NUM 5 nummod
dollars dollar NOUN 2 obj
to to ADP 7 case
Haiti~ Haiti PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR"), C("Haiti", "HTI")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["NOR>HTI 0331 AGREE reported"]);
  });

  it("codes a resignation as RETREAT, as the PLOVER manual does for officials who resign", () => {
    const doc = docFromParse(
      `Premier premier NOUN 2 compound
Dlamini Dlamini PROPN 3 nsubj
resigned resign VERB 0 root VBD
. . PUNCT 3 punct`,
      { actors: [{ name: "Dlamini", country: "SWZ", sector: "GOV", kind: "person", words: ["Premier Dlamini"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["SWZ>- 0831 RETREAT reported"]);
  });

  it("codes a called-off strike as conceding (082) and a suspension noun with its partner", () => {
    const doc = docFromParse(
      `Kenyan Kenyan ADJ 2 amod
doctors doctor NOUN 3 nsubj
called call VERB 0 root
off off ADP 3 compound:prt
their their PRON 6 nmod:poss
strike strike NOUN 3 obj
. . PUNCT 3 punct

Rome Rome PROPN 2 nsubj
announced announce VERB 0 root
the the DET 4 det
suspension suspension NOUN 2 obj
of of ADP 7 case
air air NOUN 7 compound
links link NOUN 4 nmod
with with ADP 9 case
Belgrade Belgrade PROPN 4 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Kenyan doctors", country: "KEN", sector: "CVL", kind: "group", words: ["Kenyan doctors"] },
          C("Italy", "ITA", "Rome"),
          C("Serbia", "SRB", "Belgrade"),
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["ITA>SRB 161 SANCTION reported", "KEN>- 082 CONCEDE reported"]);
  });

  it("codes reopening a border as easing restrictions (081) towards the neighbour", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
reopened reopen VERB 0 root
its its PRON 4 nmod:poss
border border NOUN 2 obj
with with ADP 6 case
Peru Peru PROPN 4 nmod
on on ADP 8 case
Monday Monday PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 081 CONCEDE reported"]);
  });

  it("codes a refusal to lift a ban as REJECT with the lifting negated", () => {
    const doc = docFromParse(
      `Pristina Pristina PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
lift lift VERB 2 xcomp
the the DET 6 det
ban ban NOUN 4 obj
. . PUNCT 2 punct`,
      { actors: [C("Kosovo", "XKX", "Pristina")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["XKX>- 081 CONCEDE negated", "XKX>- 1244 REJECT reported"]);
  });

  it("takes the agent of a passive as the source of a coded arrest", () => {
    const doc = docFromParse(
      `Two two NUM 2 nummod
activists activist NOUN 4 nsubj:pass
were be AUX 4 aux:pass
rounded round VERB 0 root
up up ADP 4 compound:prt
by by ADP 8 case
Egyptian Egyptian ADJ 8 amod
police police NOUN 4 obl:agent
. . PUNCT 4 punct`,
      {
        actors: [
          { name: "Egyptian police", country: "EGY", sector: "COP", kind: "group", words: ["Egyptian police"] },
          { name: "activists", country: null, sector: "CVL", kind: "group", words: ["activists"] },
        ],
      },
    );
    // police acting on a group named with no country: a domestic event, both sides Egyptian (domestic.tsv)
    assert.deepEqual(brief(codeEvents(lex, doc)), ["EGY>EGY 173 COERCE reported"]);
  });

  it("carries an event noun that modifies a light verb's object ('undertook a mediation mission between')", () => {
    const doc = docFromParse(
      `Doha Doha PROPN 2 nsubj
undertook undertake VERB 0 root
a a DET 5 det
mediation mediation NOUN 5 compound
mission mission NOUN 2 obj
between between ADP 7 case
Sudan Sudan PROPN 5 nmod
and and CCONJ 9 cc
Chad Chad PROPN 7 conj
. . PUNCT 2 punct`,
      { actors: [C("Qatar", "QAT", "Doha"), C("Sudan", "SDN"), C("Chad", "TCD")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["QAT>SDN 045 CONSULT reported", "QAT>TCD 045 CONSULT reported"]);
  });

  it("reads what a counted measure measures ('sent 30 tonnes of food to')", () => {
    const doc = docFromParse(
      `Oslo Oslo PROPN 2 nsubj
shipped ship VERB 0 root
30 30 NUM 4 nummod
tonnes tonne NOUN 2 obj
of of ADP 6 case
food food NOUN 4 nmod
to to ADP 8 case
Yemen Yemen PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR", "Oslo"), C("Yemen", "YEM")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["NOR>YEM 073 AID reported"]);
  });

  it("reads an object's compound ('halted its mediation efforts') and rejects a mediation by its author", () => {
    const doc = docFromParse(
      `Oslo Oslo PROPN 2 nsubj
halted halt VERB 0 root
its its PRON 5 nmod:poss
mediation mediation NOUN 5 compound
efforts effort NOUN 2 obj
. . PUNCT 2 punct

Israel Israel PROPN 3 nsubj
is be AUX 3 cop
opposed opposed ADJ 0 root
to to ADP 7 case
any any DET 7 det
Egyptian Egyptian ADJ 7 amod
mediation mediation NOUN 3 obl
. . PUNCT 3 punct`,
      { actors: [C("Norway", "NOR", "Oslo"), C("Israel", "ISR")] },
    );
    const ev = brief(codeEvents(lex, doc));
    assert.ok(ev.includes("NOR>- 165 SANCTION reported"), ev.join("; "));
    assert.ok(ev.includes("ISR>EGY 120 REJECT reported"), ev.join("; "));
  });
  it("reads a partitive object ('suspended part of its aid program') as what it is part of", () => {
    const doc = docFromParse(
      `Washington Washington PROPN 2 nsubj
suspended suspend VERB 0 root
part part NOUN 2 obj
of of ADP 7 case
its its PRON 7 nmod:poss
aid aid NOUN 7 compound
program program NOUN 3 nmod
for for ADP 9 case
Bosnia Bosnia PROPN 7 nmod
. . PUNCT 2 punct`,
      { actors: [C("United States", "USA", "Washington"), C("Bosnia", "BIH")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["USA>BIH 162 SANCTION reported"]);
  });
  it("discards a sports result even when a nationality side is a party", () => {
    const doc = docFromParse(
      `the the DET 3 det
Brazilian Brazilian ADJ 3 amod
side side NOUN 4 nsubj
beat beat VERB 0 root
Argentina Argentina PROPN 4 obj
in in ADP 9 case
the the DET 9 det
cup cup NOUN 9 compound
final final NOUN 4 obl
. . PUNCT 4 punct`,
      { actors: [C("Argentina", "ARG")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });
});

describe("events: money released, launchers moved, batons used", () => {
  const one = (verb: string, lemma: string, noun: string, nounLemma: string, tail = "") =>
    docFromParse(
      `Chile Chile PROPN 2 nsubj
${verb} ${lemma} VERB 0 root VBD
${noun} ${nounLemma} NOUN 2 obj
${tail}. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );

  it("codes funds released to a country as aid (070)", () => {
    const doc = one("released", "release", "funds", "fund", "to to ADP 5 case\nPeru Peru PROPN 2 obl\n");
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 070 AID reported"]);
  });

  it("codes rocket launchers moved toward a country as a build-up (154), batons used as repression (175)", () => {
    const moved = one("moved", "move", "launchers", "launcher", "to to ADP 5 case\nPeru Peru PROPN 2 obl\n");
    assert.deepEqual(brief(codeEvents(lex, moved)), ["CHL>PER 154 MOBILIZE reported"]);
    const batons = one("used", "use", "batons", "baton", "against against ADP 5 case\nPeru Peru PROPN 2 obl\n");
    assert.deepEqual(brief(codeEvents(lex, batons)), ["CHL>PER 175 ASSAULT reported"]);
  });
});

describe("events: a visitor expected in a capital", () => {
  it("codes 'the Chilean minister is expected in Lima' as a visit (042) to Peru, and leaves the weather alone", () => {
    const doc = docFromParse(
      `The the DET 3 det
Chilean Chilean ADJ 3 amod
minister minister NOUN 5 nsubj:pass
is be AUX 5 aux:pass
expected expected ADJ 0 root VBN
in in ADP 7 case
Lima~ Lima PROPN 5 obl
. . PUNCT 5 punct

Rain rain NOUN 3 nsubj:pass
is be AUX 3 aux:pass
expected expected ADJ 0 root VBN
in in ADP 5 case
Lima~ Lima PROPN 3 obl
. . PUNCT 3 punct`,
      { actors: [C("Chile", "CHL", "Chilean minister")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["CHL>PER 042 CONSULT"]);
  });
});

describe("events: the partner of a signed agreement named inside the agreement's own phrase", () => {
  it("reads 'signed agreements establishing relations with X' as signing with X", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
signed sign VERB 0 root VBD
agreements agreement NOUN 2 obj
establishing establish VERB 3 acl VBG
relations relation NOUN 4 obj
with with ADP 7 case
Peru~ Peru PROPN 5 nmod
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 057 SUPPORT reported", "PER>CHL 057 SUPPORT reported"]);
  });

  it("codes a commitment to give aid to a country as AGREE toward it, not back from it", () => {
    const doc = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
agreed agree VERB 0 root VBD
to to PART 4 mark
provide provide VERB 2 advcl VB
grants grant NOUN 4 obj
for for ADP 7 case
Moldova~ Moldova PROPN 5 nmod
. . PUNCT 2 punct`,
      { actors: [C("Ruritania", "RUR"), C("Moldova", "MDA")] },
    );
    // (the aid itself, agreed to with no time of its own, is the agreement's content: promised.ts)
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover", "status"]), ["RUR>MDA AGREE reported"]);
  });

  it("codes troops kept on alert as a raised alert (152) but an alert issued as nothing of the kind", () => {
    const actors = [{ name: "Ruritanian troops", country: "RUR", sector: "MIL", words: ["troops"] }];
    const kept = docFromParse(
      `Ruritanian Ruritanian ADJ 2 amod
troops troop NOUN 3 nsubj
remained remain VERB 0 root VBD
on on ADP 5 case
alert~ alert NOUN 3 obl
. . PUNCT 3 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, kept), ["cameo", "plover"]), ["RUR>- 152 MOBILIZE"]);
    const issued = docFromParse(
      `Ruritanian Ruritanian ADJ 2 amod
troops troop NOUN 3 nsubj
issued issue VERB 0 root VBD
an a DET 5 det
alert~ alert NOUN 3 obj
. . PUNCT 3 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, issued), ["cameo"]), []);
  });

  it("codes prohibiting aid to a party as stopping aid (162) and forcing an aid agency out as expelling it (1663)", () => {
    const actors = [
      C("Ruritania", "RUR"),
      C("Moldova", "MDA"),
      { name: "UN", country: "UN", sector: "IGO", words: ["UN"] },
    ];
    const aid = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
prohibited prohibit VERB 0 root VBD
aid aid NOUN 2 obj
to to ADP 5 case
Moldova~ Moldova PROPN 3 nmod
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, aid), ["cameo", "plover"]), ["RUR>MDA 162 SANCTION"]);
    const out = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
forced force VERB 0 root VBD
the the DET 5 det
UN UN PROPN 5 compound
agency agency NOUN 2 obj
out out ADP 9 case
of of ADP 9 case
the the DET 9 det
country~ country NOUN 2 obl
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, out), ["cameo", "plover"]), ["RUR>UN 1663 SANCTION"]);
  });

  it("codes a protest by a state as a formal protest (114) and by its people as a demonstration at home (141)", () => {
    const parse = (subject: string) =>
      docFromParse(
        `${subject} ${subject} PROPN 2 nsubj
protested protest VERB 0 root VBD
the the DET 4 det
seizure~ seizure NOUN 2 obj
. . PUNCT 2 punct`,
        {
          actors: [
            C("Vietnam", "VNM", "Hanoi"),
            { name: "Vietnamese", country: "VNM", sector: null, kind: "group", words: ["Vietnamese"] },
          ],
        },
      );
    assert.deepEqual(eventLines(codeEvents(lex, parse("Hanoi")), ["cameo", "plover"]), ["VNM>- 114 ACCUSE"]);
    assert.deepEqual(eventLines(codeEvents(lex, parse("Vietnamese")), ["cameo", "plover"]), ["VNM>VNM 141 PROTEST"]);
  });
});

describe("events: an official complaint is aimed at whom it is about, not where it is lodged", () => {
  it("codes 'complained to X about Y's raids' and 'protested to X over Y's incursions' toward Y", () => {
    const parse = (verb: string, lemma: string, prep: string) =>
      docFromParse(
        `Peru Peru PROPN 2 nsubj
${verb} ${lemma} VERB 0 root VBD
to to ADP 4 case
Chile Chile PROPN 2 obl
${prep} ${prep} ADP 7 case
Bolivian Bolivian ADJ 7 amod
raids~ raid NOUN 2 obl
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER"), C("Chile", "CHL"), C("Bolivia", "BOL", "Bolivian")] },
      );
    assert.deepEqual(eventLines(codeEvents(lex, parse("complained", "complain", "about")), [], "114"), ["PER>BOL"]);
    assert.deepEqual(eventLines(codeEvents(lex, parse("protested", "protest", "over")), [], "114"), ["PER>BOL"]);
    // with nobody named in what it is about, the complaint goes to whom it was made to
    const lodged = docFromParse(
      `Peru Peru PROPN 2 nsubj
complained complain VERB 0 root VBD
to to ADP 4 case
Chile Chile PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, lodged), [], "114"), ["PER>CHL"]);
  });

  it("aims a complaint about one's own nationals, with no holder named, at whom it was made to", () => {
    const complaints = (text: string) => pairsIn(text).filter((p) => p.endsWith(" 114"));
    assert.deepEqual(complaints("Peru protested to Chile over the detention of a Peruvian businessman."), [
      "PER>CHL 114",
    ]);
  });
});

describe("events: an investigation into crimes committed by a party", () => {
  it("aims the investigation at the party the crimes' participle names as their agent", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
opened open VERB 0 root VBD
an a DET 4 det
investigation investigation NOUN 2 obj
into into ADP 7 case
alleged alleged ADJ 7 amod
crimes crime NOUN 4 nmod
committed commit VERB 7 acl VBN
by by ADP 11 case
Chilean Chilean ADJ 11 amod
forces~ force NOUN 8 obl:agent
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL", "Chilean")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), [], "090"), ["PER>CHL"]);
  });
});

describe("events: an appeal for a cessation of fighting", () => {
  it("codes it as an appeal for de-escalation (0256) to both sides of the dispute told before", () => {
    const text =
      "Armenia and Azerbaijan accused each other of shelling villages. Russia called for a cessation of fighting.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.startsWith("RUS")),
      ["RUS>ARM 0256", "RUS>AZE 0256"],
    );
  });
});

describe("events: what a state says it expects from another", () => {
  it("codes expecting access or an apology from another as a demand (10x), not expecting growth or a release", () => {
    assert.deepEqual(pairsIn("Chile expects an apology from Peru."), ["CHL>PER 100"]);
    assert.deepEqual(pairsIn("Latvia expects consular access to its citizen."), ["LVA>- 1055"]);
    assert.deepEqual(pairsIn("Chilean economists expect growth to slow."), []);
    // (a forecast of what another will do is no demand)
    const forecast = pairsIn("Chilean officials expect the release of more prisoners by Peru this week.");
    assert.deepEqual(
      forecast.filter((p) => p.startsWith("CHL")),
      [],
    );
  });
});

describe("events: an appeal for peacekeepers, not for the protection of rights", () => {
  it("codes asking for peacekeepers as an appeal for military protection (0234) and asking to protect rights as a plain appeal", () => {
    assert.deepEqual(pairsIn("Haiti asked the United Nations for peacekeepers."), ["HTI>UN 0234"]);
    assert.deepEqual(pairsIn("Armenia asked Russia for military protection."), ["ARM>RUS 0234"]);
    assert.deepEqual(pairsIn("Mexico urged the United States to provide better protections for migrants."), [
      "MEX>USA 020",
    ]);
  });
});

describe("events: weapons sent, delivered or supplied", () => {
  it("codes sending missile systems or interceptors, delivering weapons and supplying a party with jets as military aid (072)", () => {
    assert.deepEqual(pairsIn("Germany will send additional Patriot missile systems to Ukraine."), ["DEU>UKR 072"]);
    assert.deepEqual(pairsIn("Britain will send more artillery shells to Ukraine."), ["GBR>UKR 072"]);
    assert.deepEqual(pairsIn("Germany delivered missile interceptors to Ukraine."), ["DEU>UKR 072"]);
    assert.deepEqual(pairsIn("The United States will supply Ukraine with fighter jets."), ["USA>UKR 072"]);
    assert.deepEqual(pairsIn("The US provided Ukraine with military training and equipment."), ["USA>UKR 072"]);
  });
  it("codes no military aid for a defence delivered in words, aircraft sent to evacuate, or ventilators supplied", () => {
    assert.deepEqual(pairsIn("Macron delivered a robust defence of NATO in Berlin."), []);
    assert.deepEqual(pairsIn("India sent two aircraft to Kabul to evacuate its citizens."), []);
    assert.deepEqual(pairsIn("The company supplied the hospital with ventilators."), []);
  });
});

describe("events: accusations and threats exchanged", () => {
  it("codes two parties exchanging accusations or threats as accusing or threatening each other", () => {
    assert.deepEqual(pairsIn("Israel and Hamas exchanged accusations over the collapse of the truce."), [
      "ISR>PSE 112",
      "PSE>ISR 112",
    ]);
    assert.deepEqual(pairsIn("India exchanged threats with Pakistan on Monday."), ["IND>PAK 130", "PAK>IND 130"]);
    assert.deepEqual(pairsIn("India and Pakistan traded accusations at the United Nations on Wednesday."), [
      "IND>PAK 112",
      "PAK>IND 112",
    ]);
  });
});

describe("events: sanctions adopted or agreed, relations broken", () => {
  it("codes adopting sanctions as imposing them, and breaking relations without 'off' as breaking them", () => {
    assert.deepEqual(pairsIn("The EU adopted a new package of sanctions against Russia on Friday."), ["EU>RUS 163"]);
    assert.deepEqual(pairsIn("Nicaragua broke diplomatic relations with the Netherlands."), ["NIC>NLD 161"]);
    // (agreeing to impose them is still an intent, with the sanctions planned)
    assert.deepEqual(pairsIn("The EU agreed to impose sanctions on Belarus."), ["EU>BLR 1312", "EU>BLR 163"]);
  });
});

describe("events: weapons sold", () => {
  it("codes selling weapons to a party as military cooperation (062), as the PETRARCH dictionaries do", () => {
    assert.deepEqual(pairsIn("The United States sold F-16 jets to Turkey."), ["USA>TUR 062"]);
    assert.deepEqual(pairsIn("Russia will sell S-400 missiles to India."), ["RUS>IND 062"]);
    assert.deepEqual(pairsIn("The government sold its stake in the oil company."), []);
  });

  it("codes buying weapons from a party as military cooperation with it (062), buying other goods as nothing", () => {
    assert.deepEqual(pairsIn("India purchased 36 Rafale jets from France."), ["IND>FRA 062"]);
    assert.deepEqual(pairsIn("Chile will buy drones from Peru."), ["CHL>PER 062"]);
    assert.deepEqual(pairsIn("India's purchase of missiles from France was approved."), ["IND>FRA 062"]);
    assert.deepEqual(pairsIn("India bought oil from Russia."), []);
  });
});

describe("events: places taken", () => {
  it("codes taking a named place, or control of one, as occupying territory (192) in its country", () => {
    assert.deepEqual(pairsIn("Chilean forces captured Lima."), ["CHL>PER 192"]);
    assert.deepEqual(pairsIn("Lima was captured by Chilean forces in May."), ["CHL>PER 192"]);
    assert.deepEqual(pairsIn("Chilean troops took control of Lima."), ["CHL>PER 192"]);
    assert.deepEqual(pairsIn("The Chilean opposition took control of parliament."), []);
    assert.deepEqual(pairsIn("Chilean troops took control of Arequipa."), ["CHL>PER 192"]);
    // (not a person or a thing of a place's, nor control of a legislature)
    assert.deepEqual(pairsIn("Chilean forces captured the mayor of Arequipa."), []);
    assert.deepEqual(pairsIn("Chile seized the assets of Peru."), ["CHL>PER 171"]);
    assert.deepEqual(pairsIn("Chilean conservatives wrested control of the Senate from the left."), []);
  });

  it("takes 'the town of X' for the place X, and places rebels named with no country where they take it", () => {
    assert.deepEqual(pairsIn("Rebels seized the town of Arequipa on Sunday."), ["PER>PER 192"]);
    assert.deepEqual(pairsIn("Chilean forces captured the city of Arequipa."), ["CHL>PER 192"]);
  });
});

describe("events: armed groups backed", () => {
  it("codes backing an armed group as military aid (072), backing a state or a plan as support (051)", () => {
    assert.deepEqual(pairsIn("The rebels are backed by Peru."), ["PER>- 072"]);
    assert.deepEqual(pairsIn("Peru supports the rebels."), ["PER>- 072"]);
    assert.deepEqual(pairsIn("Peru supports Chile."), ["PER>CHL 051"]);
    // (a deal of the group's, voters, or support in words only are no arming)
    assert.deepEqual(pairsIn("Peru backed the Shining Path ceasefire deal."), ["PER>PER 051"]);
    assert.deepEqual(pairsIn("Peruvian voters backed the Shining Path."), ["PER>PER 051"]);
    assert.deepEqual(pairsIn("Chile supports the Shining Path politically."), ["CHL>PER 051"]);
  });
});

describe("events: legal appeals", () => {
  it("codes no request for an appeal against a court's decision, and keeps appeals to a party", () => {
    assert.deepEqual(pairsIn("Chile appealed against the verdict."), []);
    assert.deepEqual(pairsIn("Chile's appeal against the ruling was rejected."), []);
    assert.deepEqual(pairsIn("The court ruled on the appeal of that decision by the Chilean government."), []);
    assert.deepEqual(pairsIn("Chile appealed to Peru for help."), ["CHL>PER 023"]);
  });
});

describe("events: military aid", () => {
  it("codes aid, assistance or support called military, defence or lethal as military aid (072)", () => {
    assert.deepEqual(pairsIn("Chile gave military aid to Peru."), ["CHL>PER 072"]);
    assert.deepEqual(pairsIn("Chile will provide lethal assistance to Peru."), ["CHL>PER 072"]);
    assert.deepEqual(pairsIn("Chile sent defence aid to Peru."), ["CHL>PER 072"]);
    assert.deepEqual(pairsIn("Chile sent humanitarian aid to Peru."), ["CHL>PER 073"]);
    assert.deepEqual(pairsIn("Chile gave aid to Peru."), ["CHL>PER 071"]);
    assert.deepEqual(pairsIn("Chile will provide food security assistance to Peru."), ["CHL>PER 073"]);
    assert.deepEqual(pairsIn("Chile will provide emergency financial assistance to Peru."), ["CHL>PER 071"]);
  });

  it("reads a party before a dollar sum as a party unless its currency is a dollar", () => {
    assert.deepEqual(pairsIn("Chile gave Peru $3 billion in military aid."), ["CHL>PER 072"]);
  });
});

describe("events: acts blocked or vetoed", () => {
  it("lists an act another party blocks as negated, beside the blocking (120)", () => {
    assert.deepEqual(eventLines(eventsIn("Chile blocked Peru's aid package for Bolivia."), ["cameo", "status"]), [
      "CHL>PER 120 reported",
      "PER>BOL 071 negated",
    ]);
    assert.deepEqual(eventLines(eventsIn("Chile vetoed Peru's aid package for Bolivia."), ["cameo", "status"]), [
      "CHL>PER 129 reported",
      "PER>BOL 071 negated",
    ]);
  });
});

describe("events: a light verb's phrases are its noun's", () => {
  it("codes drills held with a party as joint drills (062), whichever word the with-phrase hangs on", () => {
    assert.deepEqual(pairsIn("Chile will hold naval drills with Peru."), ["CHL>PER 062", "PER>CHL 062"]);
    assert.deepEqual(pairsIn("Chile will hold naval drills."), ["CHL>- 150"]);
    // (a with-phrase of equipment makes no joint drills, on either word)
    assert.deepEqual(pairsIn("Chile will hold drills with tactical nuclear weapons near Peru."), ["CHL>PER 150"]);
    assert.deepEqual(pairsIn("Chile will hold naval drills with new warships."), ["CHL>- 150"]);
  });
});

describe("events: what a party commits to with 'to'", () => {
  it("reads the noun after 'agreed to' as the agreement's goal ('agreed to a truce' 0356, 'to talks' 036)", () => {
    assert.deepEqual(pairsIn("Chile and Peru agreed to a truce."), ["CHL>PER 0356", "PER>CHL 0356"]);
    assert.deepEqual(pairsIn("Chile agreed to talks with Peru."), ["CHL>PER 036"]);
    // (a measure agreed to is adopted: no threat)
    assert.deepEqual(pairsIn("Chile agreed to sanctions on Peru."), ["CHL>PER 030"]);
  });
});

describe("events: agreements ended, strikes launched against a party", () => {
  it("codes revoking, scrapping or cancelling an agreement with a party as reducing relations (160)", () => {
    assert.deepEqual(pairsIn("Peru revoked its military agreement with Chile."), ["PER>CHL 160"]);
    assert.deepEqual(pairsIn("Peru scrapped the trade pact with Chile."), ["PER>CHL 160"]);
    assert.deepEqual(pairsIn("Peru cancelled the party convention."), []);
  });

  it("codes strikes launched against a party as an attack (190), not a labour strike", () => {
    assert.deepEqual(pairsIn("Chile launched strikes against Peruvian positions."), ["CHL>PER 190"]);
  });
});

describe("events: headlines", () => {
  it("reads a headline's 'to' and bare verb after its subject as a plan", () => {
    assert.deepEqual(eventLines(eventsIn("Chile and Peru to hold summit in Lima."), ["cameo", "status"]), [
      "CHL>PER 040 planned",
      "PER>CHL 040 planned",
    ]);
    assert.deepEqual(eventLines(eventsIn("Chile to impose sanctions on Peru."), ["cameo", "status"]), [
      "CHL>PER 163 planned",
    ]);
    // (not a noun's infinitive, nor a sentence with a finite verb of its own)
    const fragment = eventsIn("Chile's failure to condemn Peru's invasion.");
    assert.deepEqual(
      fragment.filter((e) => e.status === "planned"),
      [],
    );
    assert.deepEqual(eventLines(eventsIn("Chile imposed sanctions on Peru."), ["cameo", "status"]), [
      "CHL>PER 163 reported",
    ]);
  });

  it("codes a headline's present-tense verb after its subject's name ('Chile backs the Peruvian plan')", () => {
    assert.deepEqual(pairsIn("Chile backs the Peruvian plan"), ["CHL>PER 051"]);
    assert.deepEqual(pairsIn("Chile sanctions the Peruvian navy"), ["CHL>PER 163"]);
  });
});

describe("events: acts answered keep their own status", () => {
  it("keeps an act a planned retaliation answers as done ('will retaliate for the Chilean airstrike')", () => {
    const strike = eventsIn("Peru will retaliate for the Chilean airstrike on Lima.").filter((e) => e.cameo === "195");
    assert.deepEqual(
      strike.map((e) => e.status),
      ["reported"],
    );
    // (an act named indefinitely is as hypothetical as the answer: "would sanction Peru for an invasion")
    const invasion = eventsIn("Chile warned that Peru would sanction Bolivia for an invasion of Ecuador.").filter(
      (e) => e.cameo === "190",
    );
    assert.deepEqual(
      invasion.map((e) => e.status),
      ["hypothetical"],
    );
    // (a purpose shares its verb's time)
    assert.deepEqual(eventLines(eventsIn("Chile will travel to Lima for talks."), ["cameo", "status"]), [
      "CHL>PER 042 planned",
    ]);
  });
});

describe("events: acts judged keep their own status", () => {
  it("keeps an act a verb of investigating or condemning takes as its object reported, not planned", () => {
    for (const text of [
      "Peru will investigate the Chilean airstrike on Lima.",
      "Peru to investigate Chilean airstrike on Lima.",
    ]) {
      const strike = eventsIn(text).filter((e) => e.cameo === "195");
      assert.deepEqual(
        strike.map((e) => e.status),
        ["reported"],
        text,
      );
    }
  });
});

describe("events: claims, rumours and accusations with a content clause", () => {
  it("codes an accusation against the subject of its content clause ('accusations that Chile shelled the town')", () => {
    assert.deepEqual(pairsIn("Peru made accusations that Chile shelled the town."), ["PER>CHL 112"]);
  });

  it("codes nothing of what a claim or a rumour says", () => {
    assert.deepEqual(pairsIn("Peru made the claim that Chile shelled the town."), []);
    assert.deepEqual(pairsIn("The rumours that Chile had closed the border proved false."), []);
  });

  it("lists no act a denied report tells as done ('denied reports that it had sent weapons')", () => {
    assert.deepEqual(pairsIn("Peru denied reports that it had sent weapons to Chile."), []);
  });

  it("lists no alleged act as done when the allegation's clause is read as its adverbial", () => {
    const text = "Peru dismissed Chilean allegations that it had armed the rebels.";
    assert.deepEqual(
      eventsIn(text).filter((e) => e.cameo === "072" && e.status === "reported"),
      [],
    );
  });
});

describe("events: handing over power", () => {
  it("reads a promise to hand power to a government as a leadership change (0341), not a release", () => {
    assert.deepEqual(
      eventLines(eventsIn("Chile's junta promised to hand power to an elected government."), ["cameo"]),
      ["CHL>- 0341"],
    );
  });
});

describe("events: what a promised act gives its party", () => {
  it("reads the with-phrase of a goal verb whose object is a party as what is given ('provide Peru with fighter jets')", () => {
    assert.deepEqual(pairsIn("Chile agreed to provide Peru with fighter jets."), ["CHL>PER 0332"]);
    // (of a verb of giving only: what a hostile act uses is no aid)
    assert.deepEqual(pairsIn("Peru vowed to target Chile with drones."), ["PER>CHL 030"]);
  });
});

describe("events: signing a domestic act", () => {
  it("codes no agreement for a law or an act signed at home, and one for an act two countries sign together", () => {
    assert.deepEqual(pairsIn("Chile's president signed the Border Security Act into law."), []);
    // (nor with a partner, nor a deal signed under a law)
    assert.deepEqual(pairsIn("Chile signed a deal with Peru under international law."), ["CHL>PER 057", "PER>CHL 057"]);
    assert.deepEqual(pairsIn("Chile signed a defence act with Peru."), ["CHL>PER 057", "PER>CHL 057"]);
    assert.deepEqual(pairsIn("Chile and Peru signed the Lima Act on border cooperation."), [
      "CHL>PER 057",
      "PER>CHL 057",
    ]);
  });
});

describe("events: acts ordered", () => {
  it("codes an act a party orders as that party's act, an order to a party as a demand", () => {
    assert.deepEqual(pairsIn("A Chilean court ordered the release of two Peruvian fishermen."), ["CHL>PER 0841"]);
    assert.deepEqual(pairsIn("Chile ordered Peru to withdraw its troops."), ["CHL>PER 1056"]);
  });
});

describe("events: consuls, the internet and computer networks", () => {
  it("codes expelling a consul as a diplomatic sanction, shutting down the internet as censorship, breaching networks as coercion", () => {
    assert.deepEqual(pairsIn("Chile expelled a Peruvian consul on Monday."), ["CHL>PER 161"]);
    assert.deepEqual(pairsIn("The Peruvian government shut down the internet ahead of the vote."), ["PER>- 1721"]);
    assert.deepEqual(pairsIn("Russian military intelligence breached the networks of the Chilean foreign ministry."), [
      "RUS>CHL 170",
    ]);
    // (not air defence systems breached by drones)
    assert.deepEqual(pairsIn("Russian drones breached Chile's air defence systems."), []);
  });
});
