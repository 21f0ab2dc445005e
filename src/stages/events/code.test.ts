import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, governmentPerson as P } from "./testing.js";

const lex = defaultLexicon();

function brief(events: readonly CodedEvent[]): string[] {
  return events
    .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.plover.type} ${e.status}`)
    .sort();
}

describe("events: verbs, roles and directions", () => {
  it("codes a plain transitive verb", () => {
    const doc = docFromParse(
      `Japan Japan PROPN 2 nsubj
criticized criticize VERB 0 root VBD
China~ China PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Japan", "JPN"), C("China", "CHN")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["JPN>CHN 111 ACCUSE reported"]);
    assert.equal(ev[0]?.rule, "verbs/criticize#1");
    assert.equal(ev[0]?.goldstein, -2);
    assert.equal(ev[0]?.quadClass, 3);
    assert.equal(ev[0]?.date.basis, "publication");
    assert.equal(ev[0]?.date.start, "2024-05-15");
  });

  it("takes the source of a passive from its by-agent and the target from its subject", () => {
    const doc = docFromParse(
      `Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB 0 root VBN
by by ADP 5 case
Russia~ Russia PROPN 3 obl:agent
. . PUNCT 3 punct`,
      { actors: [C("Ukraine", "UKR"), C("Russia", "RUS")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["RUS>UKR 190 ASSAULT reported"]);
  });

  it("expands a compound subject into one event per source", () => {
    const doc = docFromParse(
      `Finland Finland PROPN 4 nsubj
and and CCONJ 3 cc
Sweden Sweden PROPN 1 conj
condemned condemn VERB 0 root
Russia~ Russia PROPN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Finland", "FIN"), C("Sweden", "SWE"), C("Russia", "RUS")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["FIN>RUS 111 ACCUSE reported", "SWE>RUS 111 ACCUSE reported"]);
  });

  it("codes symmetric meetings both ways and places them", () => {
    const doc = docFromParse(
      `Wang Wang PROPN 2 nsubj
met meet VERB 0 root
Lavrov Lavrov PROPN 2 obj
in in ADP 5 case
Moscow~ Moscow PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [P("Wang Yi", "CHN", "Wang"), P("Sergey Lavrov", "RUS", "Lavrov")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["CHN>RUS 040 CONSULT reported", "RUS>CHN 040 CONSULT reported"]);
    assert.equal(ev[0]?.location?.name, "Moscow");
    assert.equal(ev[0]?.location?.country, "RUS");
    assert.ok(ev[0]?.location?.lat && ev[0].location.lat > 55);
  });

  it("adds the visit for an explicit host, and a visitor-host pair for a visit", () => {
    const doc = docFromParse(
      `Japan Japan PROPN 2 nsubj
hosted host VERB 0 root
Vietnam~ Vietnam PROPN 5 nmod:poss
's 's PART 3 case
president president NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Japan", "JPN"), C("Vietnam", "VNM")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["JPN>VNM 043 CONSULT reported", "VNM>JPN 042 CONSULT reported"]);
  });
});

describe("events: reported speech and status", () => {
  it("codes what was reported with its own source, and not the speaker", () => {
    const doc = docFromParse(
      `Zhao Zhao PROPN 2 nsubj
said say VERB 0 root
Wang Wang PROPN 5 nsubj
will will AUX 5 aux
hold hold VERB 2 ccomp
talks talk NOUN 5 obj
with with ADP 8 case
Lavrov~ Lavrov PROPN 5 obl
. . PUNCT 2 punct`,
      { actors: [P("Zhao Lijian", "CHN", "Zhao"), P("Wang Yi", "CHN", "Wang"), P("Sergey Lavrov", "RUS", "Lavrov")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["CHN>RUS 040 CONSULT planned", "RUS>CHN 040 CONSULT planned"]);
    assert.ok(ev.every((e) => e.source.actor !== "a1"));
    assert.equal(ev[0]?.rule, "nouns/talk#2");
  });

  it("marks a negated act", () => {
    const doc = docFromParse(
      `India India PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
sign sign VERB 0 root
the the DET 6 det
treaty~ treaty NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("India", "IND")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["IND>- 057 SUPPORT negated"]);
  });

  it("codes a refusal as REJECT and the refused act as negated", () => {
    const doc = docFromParse(
      `Iran Iran PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
hold hold VERB 2 xcomp
talks talk NOUN 4 obj
with with ADP 8 case
the the DET 8 det
US~ US PROPN 4 obl
. . PUNCT 2 punct`,
      { actors: [C("Iran", "IRN"), C("United States", "USA", "US")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), [
      "IRN>USA 040 CONSULT negated",
      "IRN>USA 125 REJECT reported",
      "USA>IRN 040 CONSULT negated",
    ]);
    const reject = ev.find((e) => e.cameo === "125");
    assert.equal(reject?.plover.mode, "meet");
    assert.equal(reject?.rule, "verbs/refuse#1+goals/meet#1");
  });

  it("dates a scheduled visit and marks it planned", () => {
    const doc = docFromParse(
      `Lavrov Lavrov PROPN 3 nsubj:pass
is be AUX 3 aux:pass
scheduled schedule VERB 0 root VBN
to to PART 5 mark
visit visit VERB 3 xcomp
China China PROPN 5 obj
on on ADP 8 case
Monday~ Monday PROPN 5 obl
. . PUNCT 3 punct`,
      {
        actors: [P("Sergey Lavrov", "RUS", "Lavrov"), C("China", "CHN")],
        times: [{ text: "Monday", value: "2024-05-20", anchor: 5 }],
      },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["RUS>CHN 042 CONSULT planned"]);
    assert.deepEqual(ev[0]?.date, { start: "2024-05-20", end: "2024-05-20", basis: "text" });
    assert.equal(ev[0]?.plover.mode, "visit");
  });

  it("codes a threat as reported and the threatened act as hypothetical", () => {
    const doc = docFromParse(
      `Iran Iran PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Israel~ Israel PROPN 4 obj
. . PUNCT 2 punct`,
      { actors: [C("Iran", "IRN"), C("Israel", "ISR")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "IRN>ISR 138 THREATEN reported",
      "IRN>ISR 190 ASSAULT hypothetical",
    ]);
  });

  it("makes a conditional act hypothetical and codes the threat it makes as reported", () => {
    const doc = docFromParse(
      `China China PROPN 3 nsubj
would would AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Australia Australia PROPN 3 obl
if if SCONJ 9 mark
talks talk NOUN 9 nsubj
fail~ fail VERB 3 advcl
. . PUNCT 3 punct`,
      { actors: [C("China", "CHN"), C("Australia", "AUS")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "CHN>AUS 1312 THREATEN reported",
      "CHN>AUS 163 SANCTION hypothetical",
    ]);
  });

  it("codes the accusation and never the alleged act", () => {
    const doc = docFromParse(
      `Latvia Latvia PROPN 2 nsubj
accused accuse VERB 0 root
Russia Russia PROPN 2 obj
of of SCONJ 5 mark
attacking~ attack VERB 2 advcl
. . PUNCT 2 punct`,
      { actors: [C("Latvia", "LVA"), C("Russia", "RUS")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["LVA>RUS 1123 ACCUSE reported"]);
    assert.equal(ev[0]?.plover.mode, "allege");
  });

  it("codes an appeal with the goal's code and not the requested act", () => {
    const doc = docFromParse(
      `Germany Germany PROPN 2 nsubj
called call VERB 0 root
on on ADP 4 case
Iran Iran PROPN 2 obl
to to PART 6 mark
release release VERB 2 xcomp
the the DET 8 det
prisoners~ prisoner NOUN 6 obj
. . PUNCT 2 punct`,
      { actors: [C("Germany", "DEU"), C("Iran", "IRN")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["DEU>IRN 0253 REQUEST reported"]);
    assert.equal(ev[0]?.plover.mode, "yield");
  });

  it("codes 'warn ... against' as THREATEN", () => {
    const doc = docFromParse(
      `Canada Canada PROPN 2 nsubj
warned warn VERB 0 root
Beijing Beijing PROPN 2 obj
against against SCONJ 5 mark
interfering~ interfere VERB 2 advcl
. . PUNCT 2 punct`,
      { actors: [C("Canada", "CAN"), C("China", "CHN", "Beijing")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CAN>CHN 130 THREATEN reported"]);
  });
});

describe("events: a phrasal goal is read with its particle", () => {
  const agreedTo = (particle: string) =>
    docFromParse(
      `Mexico Mexico PROPN 2 nsubj
agreed agree VERB 0 root VBD
to to PART 4 mark
step step VERB 2 xcomp VB
${particle} ${particle} ADP 4 compound:prt
patrols patrol NOUN 4 obj
. . PUNCT 2 punct`,
      { actors: [C("Mexico", "MEX", "Mexico")] },
    );

  it("codes 'agreed to step up patrols' as a military commitment, not a leadership change ('step down')", () => {
    const codes = codeEvents(lex, agreedTo("up")).map((e) => e.cameo);
    assert.ok(codes.includes("0312") && !codes.includes("0341"), codes.join(" "));
    assert.ok(
      codeEvents(lex, agreedTo("down"))
        .map((e) => e.cameo)
        .includes("0341"),
    );
  });
});

describe("events: insisting on demands made of someone", () => {
  it("codes 'insisted on its demands that Peru's government grant ...' as a demand on Peru", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
insisted insist VERB 0 root VBD
on on ADP 5 case
its its PRON 5 nmod:poss
demands demand NOUN 2 obl
that that SCONJ 10 mark
Peru Peru PROPN 9 nmod:poss
's 's PART 7 case
government government NOUN 10 nsubj
grant grant VERB 5 ccomp VB
rights right NOUN 10 obj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL", "Chile"), C("Peru", "PER", "Peru")] },
    );
    const insisted = codeEvents(lex, doc).filter((e) => e.rule.startsWith("verbs/insist"));
    assert.deepEqual(
      insisted.map((e) => `${e.source.country}>${e.target?.country ?? "-"}`),
      ["CHL>PER"],
    );
  });
});
