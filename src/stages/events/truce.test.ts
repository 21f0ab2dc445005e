import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);
const pair = [C("Armenia", "ARM"), C("Azerbaijan", "AZE")];

describe("events: truce, ceasefire and armistice nouns", () => {
  it("codes an armistice declared by two states as a declared truce both ways", () => {
    const doc = docFromParse(
      `Armenia Armenia PROPN 4 nsubj
and and CCONJ 3 cc
Azerbaijan Azerbaijan PROPN 1 conj
declared declare VERB 0 root
an a DET 6 det
armistice~ armistice NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: pair },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["ARM>AZE 0871 CONCEDE reported", "AZE>ARM 0871 CONCEDE reported"]);
  });

  it("codes a truce extended by the parties as a truce again, and one they respect as a ceasefire kept", () => {
    const extended = docFromParse(
      `Armenia Armenia PROPN 4 nsubj
and and CCONJ 3 cc
Azerbaijan Azerbaijan PROPN 1 conj
extended extend VERB 0 root
the the DET 6 det
truce~ truce NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: pair },
    );
    assert.deepEqual(brief(codeEvents(lex, extended)), [
      "ARM>AZE 0871 CONCEDE reported",
      "AZE>ARM 0871 CONCEDE reported",
    ]);
    const kept = docFromParse(
      `Armenia Armenia PROPN 4 nsubj
and and CCONJ 3 cc
Azerbaijan Azerbaijan PROPN 1 conj
respected respect VERB 0 root
the the DET 6 det
truce~ truce NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: pair },
    );
    assert.deepEqual(brief(codeEvents(lex, kept)), ["ARM>AZE 0871 RETREAT reported", "AZE>ARM 0871 RETREAT reported"]);
  });

  it("codes breaking a truce as violating it (196), but not breaking off ties", () => {
    const doc = docFromParse(
      `Azerbaijan Azerbaijan PROPN 2 nsubj
broke break VERB 0 root
the the DET 4 det
armistice armistice NOUN 2 obj
with with ADP 6 case
Armenia~ Armenia PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: pair },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(brief(ev), ["AZE>ARM 196 ASSAULT reported"]);
    assert.equal(ev[0]?.rule, "verbs-codebook/break#3");
    const ties = docFromParse(
      `Azerbaijan Azerbaijan PROPN 2 nsubj
broke break VERB 0 root
off off ADP 2 compound:prt
ties tie NOUN 2 obj
with with ADP 6 case
Armenia~ Armenia PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: pair },
    );
    assert.deepEqual(
      codeEvents(lex, ties).map((e) => e.cameo),
      ["161"],
    );
  });

  it("codes no truce for an armistice that is only remembered", () => {
    const doc = docFromParse(
      `Armenia Armenia PROPN 2 nsubj
remembered remember VERB 0 root
the the DET 4 det
armistice~ armistice NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: pair },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });
});
