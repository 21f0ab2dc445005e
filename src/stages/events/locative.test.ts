import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
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

Ankara Ankara PROPN 2 nsubj
protested protest VERB 0 root
in in ADP 4 case
Cyprus Cyprus PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Turkey", "TUR", "Ankara")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["TUR>- 141 PROTEST reported", "TUR>CYP 154 MOBILIZE reported"]);
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
});
