import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const actors = [C("Chile", "CHL"), C("Peru", "PER")];

describe("events: a sports event as the occasion of an act between states", () => {
  it("keeps an agreement made for the tournament ('during the tournament')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
share share VERB 2 xcomp
data data NOUN 4 obj
with with ADP 7 case
Peru Peru PROPN 4 obl
during during ADP 10 case
the the DET 10 det
tournament tournament NOUN 4 obl
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), ["CHL>PER AGREE", "PER>CHL AGREE"]);
  });

  it("still discards play in a match, and acts a coach reports after a final", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
attacked attack VERB 0 root
Peru Peru PROPN 2 obj
throughout throughout ADP 6 case
the the DET 6 det
match match NOUN 2 obl
. . PUNCT 2 punct

The the DET 2 det
coach coach NOUN 3 nsubj
said say VERB 0 root
after after ADP 6 case
the the DET 6 det
final final NOUN 3 obl
that that SCONJ 9 mark
Chile Chile PROPN 9 nsubj
attacked attack VERB 3 ccomp
Peru~ Peru PROPN 9 obj
. . PUNCT 3 punct`,
      { actors: [...actors, { name: "coach", country: null, sector: "CVL", kind: "person", words: ["coach"] }] },
    );
    // a match is a game, not an occasion: an attack "throughout the match" is play; the coach's
    // "after the final" sets a sports scene.
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["plover"]), []);
  });
});
