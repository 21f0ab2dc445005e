import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo"]);
const actors = [C("Chile", "CHL"), C("Peru", "PER"), C("Brazil", "BRA")];

const appeal = `Brazil Brazil PROPN 2 nsubj
urged urge VERB 0 root
restraint~ restraint NOUN 2 obj
. . PUNCT 2 punct`;

describe("events: appeals addressed to the sides of a dispute", () => {
  it("sends an appeal for restraint with no addressee to both sides of the dispute just told", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
accused accuse VERB 0 root
each each DET 6 det
other~ other ADJ 4 obj
. . PUNCT 4 punct

${appeal}`,
      { actors },
    );
    const ev = codeEvents(lex, doc).filter((e) => e.source.country === "BRA");
    assert.deepEqual(brief(ev), ["BRA>CHL 0256", "BRA>PER 0256"]);
  });

  it("leaves the appeal without addressee when no dispute between two others was told", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
criticised criticise VERB 0 root
Peru~ Peru PROPN 2 obj
. . PUNCT 2 punct

${appeal}`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>- 0256", "BRA>PER 111"]);
  });
});

describe("events: joint commitments", () => {
  const pledge = (subject: string) =>
    docFromParse(
      `${subject}
pledged pledge VERB 0 root
to to PART 6 mark
expand expand VERB 4 xcomp
trade~ trade NOUN 6 obj
. . PUNCT 4 punct`,
      { actors },
    );

  it("makes a commitment by several parties with no other addressee a commitment to one another", () => {
    const doc = pledge(`Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj`);
    assert.deepEqual(
      brief(codeEvents(lex, doc)).map((e) => e.slice(0, 7)),
      ["CHL>PER", "PER>CHL"],
    );
  });

  it("leaves a joint promise of material aid without addressee ('Chile and Peru pledged funds')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
pledged pledge VERB 0 root
funds~ fund NOUN 4 obj
. . PUNCT 4 punct`,
      { actors },
    );
    assert.deepEqual(
      brief(codeEvents(lex, doc)).map((e) => e.slice(0, 5)),
      ["CHL>-", "PER>-"],
    );
  });

  it("leaves a commitment by one party without addressee", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
pledged pledge VERB 0 root
to to PART 4 mark
expand expand VERB 2 xcomp
trade~ trade NOUN 4 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(
      brief(codeEvents(lex, doc)).map((e) => e.slice(0, 5)),
      ["CHL>-"],
    );
  });
});

describe("events: a mutual act between parties named apart from the subject", () => {
  it("gives 'Brazil helped normalize relations between Chile and Peru' to Chile and Peru", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
helped help VERB 0 root VBD
normalize normalize VERB 2 xcomp VB
relations relation NOUN 3 obj
between between ADP 6 case
Chile Chile PROPN 4 nmod
and and CCONJ 8 cc
Peru~ Peru PROPN 6 conj
. . PUNCT 2 punct`,
      { actors },
    );
    const normalized = codeEvents(lex, doc).filter((e) => e.cameo === "050");
    assert.deepEqual(brief(normalized), ["CHL>PER 050", "PER>CHL 050"]);
  });

  it("pairs the first party with each of the others when each of them has its own 'and'", () => {
    // "between A and B and C" is A with B and A with C; "between A, B and C" is among all three
    assert.deepEqual(pairsIn("The accords normalized relations between Chile and Peru and Bolivia."), [
      "BOL>CHL 050",
      "CHL>BOL 050",
      "CHL>PER 050",
      "PER>CHL 050",
    ]);
    assert.equal(pairsIn("Talks between Chile, Peru and Bolivia began on Monday.").length, 6);
  });
});
