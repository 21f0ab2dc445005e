import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "status"]);

describe("events: hosting talks between others is mediation", () => {
  it("codes a host of several rounds of talks between two other states as mediating with each", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 3 nsubj
has have AUX 3 aux
hosted host VERB 0 root
several several ADJ 5 amod
rounds round NOUN 3 obj
of of ADP 7 case
talks talk NOUN 5 nmod
between between ADP 9 case
Colombia Colombia PROPN 7 nmod
and and CCONJ 11 cc
Venezuela~ Venezuela PROPN 9 conj
. . PUNCT 3 punct`,
      { actors: [C("Norway", "NOR"), C("Colombia", "COL"), C("Venezuela", "VEN")] },
    );
    const ev = brief(codeEvents(lex, doc));
    assert.ok(ev.includes("NOR>COL 045 reported"));
    assert.ok(ev.includes("NOR>VEN 045 reported"));
    assert.ok(!ev.some((e) => e.startsWith("NOR>") && e.includes(" 043 ")), ev.join("; "));
  });

  it("keeps a host of talks with its own guest as host (043), not a mediator", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
hosted host VERB 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Colombia~ Colombia PROPN 3 nmod
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR"), C("Colombia", "COL")] },
    );
    const ev = brief(codeEvents(lex, doc));
    assert.ok(ev.includes("NOR>COL 043 reported"), ev.join("; "));
    assert.ok(!ev.some((e) => e.includes(" 045 ")), ev.join("; "));
  });

  it("gives talks after which a brokered deal came the parties of the clause the deal sits in, not the broker", () => {
    const doc = docFromParse(
      `Colombia Colombia PROPN 4 nsubj
and and CCONJ 3 cc
Venezuela Venezuela PROPN 1 conj
signed sign VERB 0 root
a a DET 6 det
pact pact NOUN 4 obj
mediated mediate VERB 6 acl VBN
by by ADP 9 case
Norway Norway PROPN 7 obl:agent
after after ADP 12 case
two two NUM 12 nummod
weeks week NOUN 7 obl
of of ADP 14 case
talks~ talk NOUN 12 nmod
. . PUNCT 4 punct`,
      { actors: [C("Norway", "NOR"), C("Colombia", "COL"), C("Venezuela", "VEN")] },
    );
    const talks = codeEvents(lex, doc)
      .filter((e) => e.rule.startsWith("nouns/talk"))
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"}`)
      .sort();
    assert.deepEqual(talks, ["COL>VEN", "VEN>COL"]);
  });

  it("gives a broker of 'the talks' the parties of the act told before, not a name later in its clause", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
signed sign VERB 0 root VBD
an a DET 6 det
accord accord NOUN 4 obj
with with ADP 8 case
Ecuador~ Ecuador PROPN 4 obl
, , PUNCT 11 punct
which which PRON 11 nsubj
brokered broker VERB 8 acl:relcl VBD
the the DET 13 det
talks talk NOUN 11 obj
to to PART 15 mark
allow allow VERB 11 advcl VB
exports export NOUN 15 obj
from from ADP 19 case
Bolivian Bolivian ADJ 19 amod
ports~ port NOUN 16 nmod
. . PUNCT 4 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER"), C("Ecuador", "ECU"), C("Bolivia", "BOL", "Bolivian")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"], "045"), ["ECU>CHL 045", "ECU>PER 045"]);
  });
});

describe("events: a mediator of an act told before deals with both of its sides", () => {
  it("codes 'a deal brokered by Norway' after 'Colombia freed prisoners to Venezuela' as mediation with each", () => {
    const doc = docFromParse(
      `Colombia Colombia PROPN 2 nsubj
freed free VERB 0 root
prisoners prisoner NOUN 2 obj
to to ADP 5 case
Venezuela~ Venezuela PROPN 2 obl
. . PUNCT 2 punct

The the DET 2 det
deal deal NOUN 4 nsubj:pass
was be AUX 4 aux:pass
brokered broker VERB 0 root
by by ADP 6 case
Norway~ Norway PROPN 4 obl:agent
. . PUNCT 4 punct`,
      { actors: [C("Norway", "NOR"), C("Colombia", "COL"), C("Venezuela", "VEN")] },
    );
    const ev = brief(codeEvents(lex, doc)).filter((e) => e.includes(" 045 "));
    assert.deepEqual(ev.sort(), ["NOR>COL 045 reported", "NOR>VEN 045 reported"]);
  });
});

describe("events: talks a mediator hosted", () => {
  const talks = (text: string) =>
    (analyzeDoc(makeArticle({ text, published: "2023-03-10T08:00:00Z" })).events ?? [])
      .filter((e) => e.cameo === "040")
      .map((e) => `${e.source.country}>${e.target?.country} ${e.date.start}`)
      .sort();

  it("codes 'hosted several rounds of talks between X and Y in 2021' as talks between X and Y in 2021", () => {
    assert.deepEqual(talks("Oman hosted several rounds of talks between Iran and Saudi Arabia in 2021."), [
      "IRN>SAU 2021",
      "SAU>IRN 2021",
    ]);
    // (the between-phrase hung on the measure noun)
    const story =
      "Saudi Arabia and Iran agreed to restore ties. Oman had hosted several earlier rounds of talks between the two rivals in 2021.";
    assert.deepEqual(talks(story), ["IRN>SAU 2021", "SAU>IRN 2021"]);
  });
});

describe("events: a bare infinitive the tagger read as a noun", () => {
  it("codes 'helped broker the deal' as brokering the deal told before", () => {
    const text = "Chile and Peru signed a fisheries deal on Monday. Brazil helped broker the deal.";
    const doc = analyzeDoc(makeArticle({ text, published: "2023-03-10T08:00:00Z" }));
    const brokered = (doc.events ?? []).filter((e) => e.cameo === "045");
    assert.deepEqual(brokered.map((e) => `${e.source.country}>${e.target?.country}`).sort(), ["BRA>CHL", "BRA>PER"]);
  });
});

describe("events: a brokered truce that then takes effect", () => {
  it("codes 'The truce began' after 'Brazil brokered a truce between Chile and Peru' as the truce taking effect", () => {
    const text = "Brazil brokered a truce between Chile and Peru. The truce began at 7 a.m.";
    const doc = analyzeDoc(makeArticle({ text, published: "2023-03-10T08:00:00Z" }));
    const truces = (doc.events ?? []).filter((e) => e.cameo === "0871");
    assert.deepEqual(truces.map((e) => `${e.source.country}>${e.target?.country} ${e.plover.type}`).sort(), [
      "CHL>PER CONCEDE",
      "CHL>PER RETREAT",
      "PER>CHL CONCEDE",
      "PER>CHL RETREAT",
    ]);
  });
});

describe("events: a mediation names its mediator", () => {
  it("codes no mediation between the sides of a deal brokered by no one named ('the deal brokered between Chile and Peru')", () => {
    const doc = docFromParse(
      `the the DET 2 det
deal deal NOUN 0 root
brokered broker VERB 2 acl VBN
between between ADP 5 case
Chile Chile PROPN 3 obl
and and CCONJ 7 cc
Peru~ Peru PROPN 5 conj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(
      brief(codeEvents(lex, doc)).filter((e) => e.includes("045")),
      [],
    );
  });

  it("codes an offer to mediate as the offer (039) to each side, and no mediation of its own", () => {
    assert.deepEqual(pairsIn("Norway offered to mediate between Colombia and Venezuela."), [
      "NOR>COL 039",
      "NOR>VEN 039",
    ]);
  });
});

describe("events: talks facilitated by a third party", () => {
  it("codes 'EU-facilitated talks' and 'talks facilitated by the EU' as the EU's mediation (045) with each side", () => {
    const mediation = (text: string) => pairsIn(text).filter((p) => p.endsWith(" 045"));
    assert.deepEqual(mediation("Serbia and Kosovo held EU-facilitated talks in Brussels."), [
      "EU>SRB 045",
      "EU>XKX 045",
    ]);
    assert.deepEqual(mediation("Serbia and Kosovo held talks facilitated by the EU in Brussels."), [
      "EU>SRB 045",
      "EU>XKX 045",
    ]);
    // (no mediation of trade; a refused mediation stays listed as negated)
    assert.deepEqual(pairsIn("The new Kenyan port facilitated trade with Uganda."), []);
    assert.ok(eventsIn("Qatar refused to mediate.").some((e) => e.cameo === "045" && e.status === "negated"));
  });
});

describe("events: the place one leaves after talks", () => {
  it("takes no party of talks from the place the parties left after them, but the guests brought for them", () => {
    assert.deepEqual(pairsIn("Negotiators from Serbia and Kosovo left Brussels after nine hours of talks."), [
      "SRB>XKX 040",
      "XKX>SRB 040",
    ]);
    assert.ok(pairsIn("Qatar flew Afghan and US negotiators to Doha for talks.").includes("QAT>USA 040"));
  });
});

describe("events: arranging talks or a meeting", () => {
  const lines = (text: string) =>
    eventsIn(text)
      .map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`)
      .sort();
  it("codes arranging talks between others as mediation (045), the talks held as arranged", () => {
    assert.deepEqual(lines("Norway arranged secret talks between Israel and Hamas in 1993."), [
      "ISR>PSE 040 reported",
      "NOR>ISR 045 reported",
      "NOR>PSE 045 reported",
      "PSE>ISR 040 reported",
    ]);
  });
  it("keeps no mediation of a party's own side when one side arranges it", () => {
    assert.deepEqual(lines("The US envoy arranged a meeting between Ukrainian President Zelensky and Trump."), [
      "UKR>USA 040 reported",
      "USA>UKR 040 reported",
      "USA>UKR 045 reported",
    ]);
  });
  it("keeps talks being or to be arranged planned", () => {
    assert.ok(lines("Egypt is arranging a meeting between Hamas and Fatah in Cairo.").includes("PSE>PSE 040 planned"));
    assert.ok(lines("Qatar will arrange talks between Israel and Hamas.").includes("ISR>PSE 040 planned"));
  });
});

describe("events: what one works to bring about", () => {
  it("keeps a meeting one worked to arrange hypothetical, as one tried to", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.cameo} ${e.status}`);
    assert.ok(
      status("Norway worked to arrange a meeting between Colombia and Venezuela.").every((s) =>
        s.endsWith(" hypothetical"),
      ),
    );
    assert.ok(status("Norway worked to arrange a meeting between Colombia and Venezuela.").length > 0);
  });
});

describe("events: mediating talks between two sides", () => {
  it("codes the mediator with each side of the talks it mediates", () => {
    const pairs = pairsIn("Qatar is mediating talks between the Peruvian government and the Shining Path in Doha.");
    assert.ok(pairs.includes("QAT>PER 045"), pairs.join());
    assert.equal(pairs.filter((p) => p.startsWith("QAT>") && p.endsWith("045")).length, 2, pairs.join());
  });
});
