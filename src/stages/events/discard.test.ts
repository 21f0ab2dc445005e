import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo"]);
const actors = [C("Chile", "CHL"), C("Peru", "PER")];

describe("events: sport scenes are not political events", () => {
  it("discards a result with a scoreline the tokenizer split ('3 - 0')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
beat beat VERB 0 root
Peru Peru PROPN 2 obj
3~ 3 NUM 3 nummod
-~ - PUNCT 6 punct
0 0 NUM 4 nmod
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("discards a result told by its margin, though the unit is tagged a verb ('by eight runs')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
beat beat VERB 0 root
Peru Peru PROPN 2 obj
by by ADP 5 case
eight eight NUM 2 obl CD
runs run VERB 2 obj VBZ
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("keeps a vote tally ('by a 9-4 vote') that looks like a scoreline", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
condemned condemn VERB 0 root
Peru Peru PROPN 2 obj
by by ADP 9 case
a a DET 9 det
9~ 9 NUM 9 nummod
-~ - PUNCT 8 punct
4 4 NUM 6 nmod
vote vote NOUN 2 obl
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 111"]);
  });

  it("discards what a coach reports after a match ('said after the match that ...')", () => {
    const doc = docFromParse(
      `The the DET 2 det
coach coach NOUN 3 nsubj
said say VERB 0 root
after after ADP 6 case
the the DET 6 det
match match NOUN 3 obl
that that SCONJ 10 mark
Chile Chile PROPN 10 nsubj
would would AUX 10 aux
attack attack VERB 3 ccomp
Peru Peru PROPN 10 obj
early early ADV 10 advmod
. . PUNCT 3 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });

  it("still codes the same report from a minister after a meeting", () => {
    const doc = docFromParse(
      `The the DET 2 det
minister minister NOUN 3 nsubj
said say VERB 0 root
after after ADP 6 case
the the DET 6 det
meeting meeting NOUN 3 obl
that that SCONJ 10 mark
Chile Chile PROPN 10 nsubj
would would AUX 10 aux
attack attack VERB 3 ccomp
Peru Peru PROPN 10 obj
early early ADV 10 advmod
. . PUNCT 3 punct`,
      { actors },
    );
    assert.ok(
      brief(codeEvents(lex, doc)).some((e) => e.startsWith("CHL>PER 19")),
      brief(codeEvents(lex, doc)).join("; "),
    );
  });
});

describe("events: sport words that only describe a person, and parties no one can place", () => {
  it("codes a kidnapping of 'the father of a football star'", () => {
    const doc = docFromParse(
      `Rebels rebel NOUN 2 nsubj
kidnapped kidnap VERB 0 root VBD
the the DET 4 det
father father NOUN 2 obj
of of ADP 8 case
a a DET 8 det
football football NOUN 8 compound
star star NOUN 4 nmod
. . PUNCT 2 punct`,
      { actors: [{ name: "Rebels", country: "COL", sector: "REB", kind: "group", words: ["Rebels"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["COL>- 181"]);
  });

  it("codes nothing between names with neither a country nor a sector ('Arsenal's attack')", () => {
    const doc = docFromParse(
      `Arsenal Arsenal PROPN 3 nmod:poss
's 's PART 1 case
attack attack NOUN 5 nsubj:pass
was be AUX 5 aux:pass
blunted blunt VERB 0 root VBN
. . PUNCT 5 punct`,
      { actors: [{ name: "Arsenal", country: null, sector: null, kind: "organization", words: ["Arsenal"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), []);
  });
});

describe("events: a named sports event", () => {
  it("discards hosting the World Cup, a proper-noun sports event", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
met meet VERB 0 root VBD
Peru~ Peru PROPN 2 obj
. . PUNCT 2 punct

Chile Chile PROPN 2 nsubj
hosted host VERB 0 root VBD
the the DET 5 det
World World PROPN 5 compound
Cup~ Cup PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.ok(!codeEvents(lex, doc).some((e) => e.cameo === "043"));
  });
});
