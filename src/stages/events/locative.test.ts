import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);

describe("events: locative targets (the place of a material act)", () => {
  it("codes an eased curfew as CONCEDE on the country it was lifted in (locative target)", () => {
    const doc = docFromParse(
      `Belgrade Belgrade PROPN 2 nsubj
ended end VERB 0 root
the the DET 5 det
overnight overnight ADJ 5 amod
curfew curfew NOUN 2 obj
in in ADP 7 case
Montenegro Montenegro PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Serbia", "SRB", "Belgrade")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["SRB>MNE 0813 CONCEDE reported"]);
  });

  it("reads a capitalised city after its preposition as a place although tagged a plural noun ('in Algiers')", () => {
    const doc = docFromParse(
      `Belgrade Belgrade PROPN 2 nsubj
ended end VERB 0 root
the the DET 4 det
curfew curfew NOUN 2 obj
in in ADP 6 case
Podgorica podgorica NOUN 2 obl NNS
. . PUNCT 2 punct`,
      { actors: [C("Serbia", "SRB", "Belgrade")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["SRB>MNE 0813 CONCEDE reported"]);
  });

  it("takes people killed by strikes on a city as that city's people", () => {
    const doc = docFromParse(
      `Israeli Israeli ADJ 2 amod
strikes strike NOUN 5 nsubj
on on ADP 4 case
Rafah Rafah PROPN 2 nmod
killed kill VERB 0 root VBD
20 20 NUM 7 nummod
people people NOUN 5 obj
. . PUNCT 5 punct`,
      {
        actors: [
          C("Israel", "ISR", "Israeli"),
          { name: "people", country: null, sector: "CVL", kind: "group", words: ["people"] },
        ],
      },
    );
    // (the strikes on Rafah are the attack whose toll the killing is: one event, aimed at those killed)
    assert.deepEqual(brief(codeEvents(lex, doc)), ["ISR>PSE 190 ASSAULT reported"]);
  });

  it("takes farmers blocking roads across a country as its people, and ramming a boat as an attack on its flag", () => {
    const farmers = docFromParse(
      `Farmers farmer NOUN 2 nsubj
blocked block VERB 0 root VBD
highways highway NOUN 2 obj
across across ADP 5 case
France~ France PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [{ name: "Farmers", country: null, sector: "CVL", kind: "group", words: ["Farmers"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, farmers)), ["FRA>FRA 144 PROTEST reported"]);
    const rammed = docFromParse(
      `Chinese Chinese ADJ 2 amod
vessels vessel NOUN 3 nsubj
rammed ram VERB 0 root VBD
a a DET 6 det
Philippine Philippine ADJ 6 amod
boat~ boat NOUN 3 obj
. . PUNCT 3 punct`,
      { actors: [C("China", "CHN", "Chinese")] },
    );
    assert.deepEqual(brief(codeEvents(lex, rammed)), ["CHN>PHL 190 ASSAULT reported"]);
  });

  it("codes drills held near a country as a show of force toward it", () => {
    const doc = docFromParse(
      `Chinese Chinese ADJ 2 amod
warships warship NOUN 3 nsubj
conducted conduct VERB 0 root VBD
drills drill NOUN 3 obj
near near ADP 6 case
Taiwan~ Taiwan PROPN 3 obl
. . PUNCT 3 punct`,
      { actors: [C("China", "CHN", "Chinese")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHN>TWN 150 MOBILIZE reported"]);
  });

  it("codes aid suspended in a city as withheld from that city's country", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
suspended suspend VERB 0 root
aid aid NOUN 4 compound
deliveries delivery NOUN 2 obj
in in ADP 6 case
Kabul~ Kabul PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["NOR>AFG 162 SANCTION reported"]);
  });

  it("leaves no target when a bare country eases restrictions at home", () => {
    const doc = docFromParse(
      `Kenya Kenya PROPN 2 nsubj
scrapped scrap VERB 0 root
visa visa NOUN 4 compound
restrictions restriction NOUN 2 obj
in in ADP 6 case
Kenya Kenya PROPN 4 nmod
. . PUNCT 2 punct`,
      { actors: [C("Kenya", "KEN", "Kenya")] },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["KEN>- 081 CONCEDE reported"]);
  });

  it("sends troops to a country as a show of force toward it, and lets a place count only for listed codes", () => {
    const doc = docFromParse(
      `Ankara Ankara PROPN 2 nsubj
dispatched dispatch VERB 0 root
soldiers soldier NOUN 2 obj
to to ADP 5 case
Cyprus Cyprus PROPN 2 obl
. . PUNCT 2 punct

Students student NOUN 2 nsubj
marched march VERB 0 root
in in ADP 4 case
Cyprus Cyprus PROPN 2 obl
. . PUNCT 2 punct`,
      {
        actors: [
          C("Turkey", "TUR", "Ankara"),
          { name: "Turkish students", country: "TUR", sector: "EDU", kind: "group", words: ["Students"] },
        ],
      },
    );
    const lines = brief(codeEvents(lex, doc));
    assert.ok(lines.includes("TUR>CYP 154 MOBILIZE reported"), lines.join("; "));
    // a march is no act on the place it is held in
    assert.ok(lines.includes("TUR>- 141 PROTEST reported"), lines.join("; "));
  });

  it("codes arriving peacekeepers as protection (074) of the country they arrive in, not a visit", () => {
    const doc = docFromParse(
      `Kenyan Kenyan ADJ 3 amod
peacekeeping peacekeeping NOUN 3 compound
troops troops NOUN 4 nsubj
arrived arrive VERB 0 root
in in ADP 6 case
Haiti Haiti PROPN 4 obl
. . PUNCT 4 punct`,
      {
        actors: [
          {
            name: "Kenyan troops",
            country: "KEN",
            sector: "MIL",
            kind: "group",
            words: ["Kenyan peacekeeping troops"],
          },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["KEN>HTI 074 AID reported"]);
  });

  it("finds the place under a place noun, a capitalised adjective or the object's of-phrase", () => {
    const actors = [C("Serbia", "SRB"), C("Sudan", "SDN", "Khartoum"), C("Britain", "GBR")];
    const province = docFromParse(
      `Serbia Serbia PROPN 2 nsubj
eased ease VERB 0 root VBD
curbs curb NOUN 2 obj
in in ADP 6 case
Montenegro Montenegro PROPN 6 compound
province~ province NOUN 3 nmod
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, province)), ["SRB>MNE 081 CONCEDE reported"]);
    const ofPhrase = docFromParse(
      `Khartoum Khartoum PROPN 2 nsubj
lifted lift VERB 0 root VBD
a a DET 4 det
state state NOUN 2 obj
of of ADP 6 case
emergency emergency NOUN 4 nmod
in in ADP 9 case
West West PROPN 9 compound
Darfur~ Darfur PROPN 6 nmod
. . PUNCT 2 punct`,
      { actors: [{ name: "Sudanese government", country: "SDN", sector: "GOV", words: ["Khartoum"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, ofPhrase)), ["SDN>SDN 0814 CONCEDE reported"]);
    const northern = docFromParse(
      `Britain Britain PROPN 2 nsubj
banned ban VERB 0 root VBD
rallies rally NOUN 2 obj
in in ADP 6 case
Northern northern ADJ 6 amod
Ireland~ Ireland PROPN 2 obl
. . PUNCT 2 punct`,
      { actors },
    );
    assert.notDeepEqual(
      brief(codeEvents(lex, northern)).map((l) => l.split(" ")[0]),
      ["GBR>IRL"],
    );
  });

  it("gives a countryless recipient the place's country, and a refusal the recipient of the act refused", () => {
    const sent = docFromParse(
      `Ruritania Ruritania PROPN 2 nsubj
sent send VERB 0 root VBD
inspectors inspector NOUN 2 obj
to to ADP 6 case
the the DET 6 det
Agency~ Agency PROPN 2 obl
in in ADP 8 case
Iran~ Iran PROPN 6 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          C("Ruritania", "RUR"),
          C("Iran", "IRN"),
          { name: "Agency", country: null, sector: "GOV", kind: "organization", words: ["Agency"] },
        ],
      },
    );
    assert.deepEqual(
      eventLines(codeEvents(lex, sent), ["plover"]).map((l) => l.split(" ")[0]),
      ["RUR>IRN"],
    );
    const refused = docFromParse(
      `Pakistan Pakistan PROPN 2 nsubj
refused refuse VERB 0 root VBD
to to PART 4 mark
deploy deploy VERB 2 xcomp VB
peacekeepers peacekeeper NOUN 4 obj
in in ADP 7 case
Iraq~ Iraq PROPN 4 obl
. . PUNCT 2 punct`,
      { actors: [C("Pakistan", "PAK"), C("Iraq", "IRQ")] },
    );
    const lines = eventLines(codeEvents(lex, refused), ["plover", "status"]);
    assert.ok(lines.includes("PAK>IRQ REJECT reported"), lines.join("; "));
  });
});

describe("events: an attack on no named party falls on the country it hits", () => {
  const pairs = (text: string) => {
    const doc = analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" }));
    return (doc.events ?? []).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.plover.type}`);
  };

  it("codes fire at targets in a foreign town as an attack on that town's country", () => {
    assert.deepEqual(pairs("Syrian tanks fired four shells at targets in Tyre on Monday."), ["SYRMIL>LBN ASSAULT"]);
  });

  it("keeps a named target and two named sides as they are", () => {
    assert.deepEqual(pairs("Syrian tanks fired at Turkish troops in southern Lebanon on Monday."), [
      "SYRMIL>TURMIL ASSAULT",
    ]);
    assert.deepEqual(pairs("Syria and Turkey fought in Idlib on Monday.").sort(), [
      "SYR>TUR ASSAULT",
      "TUR>SYR ASSAULT",
    ]);
  });
});

describe("events: a threat of acts in a place with no named target falls on that place", () => {
  const pairs = (text: string) => {
    const doc = analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" }));
    return (doc.events ?? []).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`);
  };

  it("codes threats to resume operations or to attack targets in a country as threats to that country", () => {
    assert.deepEqual(pairs("Peru threatened to resume operations in Chile."), ["PER>CHL 130"]);
    assert.deepEqual(
      pairs("Peruvian rebels threatened to attack targets in Chile.").filter((e) => e.endsWith(" 138")),
      ["PERREB>CHL 138"],
    );
  });
});

describe("events: weapons fired at a place", () => {
  it("aims an attack with no named target at the country of the place fired at, and reads weapon models whole", () => {
    const pairs = (text: string) => eventLines(analyzeDoc(makeArticle({ text })).events ?? [], ["cameo"]);
    assert.deepEqual(pairs("Chile fired missiles at Lima."), ["CHL>PER 190"]);
    // (a past form the parser hung on the noun after its modifiers as an adjective is the verb)
    assert.deepEqual(pairs("Peru fired cruise missiles at Chile."), ["PER>CHL 190"]);
    assert.deepEqual(pairs("Chile approved the sale of F-16 fighter jets to Peru."), ["CHL>PER 062"]);
    // (the host of a summit or a base "at" which one acts is no target)
    assert.deepEqual(pairs("Chile agreed to deploy more troops at a base in Lima."), ["CHL>- 030", "CHL>- 154"]);
    assert.deepEqual(pairs("Chile pledged to send aid at a donor conference in Lima."), ["CHL>- 033"]);
    assert.deepEqual(pairs("Chilean militias attacked Bolivian troops at a base in Peru."), ["CHL>BOL 190"]);
  });
});

describe("events: towns of the same name", () => {
  it("reads a town's name as the one in the country its own phrase names, else the most populous", () => {
    const targets = (text: string) =>
      (analyzeDoc(makeArticle({ text, published: "2024-06-12" })).events ?? []).map(
        (e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`,
      );
    assert.deepEqual(targets("Police arrested two protesters in Valencia on Monday."), ["VEN>VEN 173"]);
    assert.deepEqual(targets("Police arrested two protesters in Valencia, Spain, on Monday."), ["ESP>ESP 173"]);
    assert.deepEqual(targets("Police arrested two protesters in the Spanish city of Valencia."), ["ESP>ESP 173"]);
    assert.deepEqual(targets("Protesters marched in Birmingham, Alabama on Saturday against Governor Kay Ivey."), [
      "USA>USA 141",
    ]);
    // (not the nationality of those the story is about: "Spanish tourists" are arrested abroad too)
    assert.deepEqual(targets("Police arrested two Spanish tourists in Valencia on Monday."), ["VEN>ESP 173"]);
  });
});
