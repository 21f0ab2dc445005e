import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[], cameo: string) => eventLines(events, ["status"], cameo);

const ministersMeet = `Their their PRON 2 nmod:poss
ministers minister NOUN 4 nsubj
will will AUX 4 aux
meet meet VERB 0 root
. . PUNCT 4 punct`;

describe("events: plural pronouns stand for every actor they refer back to", () => {
  it("gives 'their ministers' both countries of the coordination just named", () => {
    const doc = docFromParse(
      `Kenya Kenya PROPN 4 nsubj
and and CCONJ 3 cc
Uganda Uganda PROPN 1 conj
ended end VERB 0 root
the the DET 6 det
dispute dispute NOUN 4 obj
. . PUNCT 4 punct

${ministersMeet}`,
      { actors: [C("Kenya", "KEN"), C("Uganda", "UGA")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), ["KEN>UGA planned", "UGA>KEN planned"]);
  });

  it("gives 'their ministers' every actor of a group mention ('the two sides')", () => {
    const doc = docFromParse(
      `The the DET 3 det
two two NUM 3 nummod
sides side NOUN 4 nsubj
settled settle VERB 0 root
the the DET 6 det
row row NOUN 4 obj
. . PUNCT 4 punct

${ministersMeet}`,
      { actors: [C("Kenya", "KEN", "sides"), C("Uganda", "UGA", "sides")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), ["KEN>UGA planned", "UGA>KEN planned"]);
  });

  it("keeps a singular 'its' to the latest actor of a coordination", () => {
    const doc = docFromParse(
      `Kenya Kenya PROPN 4 nsubj
and and CCONJ 3 cc
Uganda Uganda PROPN 1 conj
ended end VERB 0 root
the the DET 6 det
dispute dispute NOUN 4 obj
. . PUNCT 4 punct

Its its PRON 2 nmod:poss
ministers minister NOUN 4 nsubj
will will AUX 4 aux
meet meet VERB 0 root
Tanzanian Tanzanian ADJ 6 amod
officials official NOUN 4 obj
. . PUNCT 4 punct`,
      { actors: [C("Kenya", "KEN"), C("Uganda", "UGA"), C("Tanzania", "TZA", "Tanzanian")] },
    );
    const meets = brief(codeEvents(lex, doc), "040");
    assert.ok(meets.includes("UGA>TZA planned"), meets.join("; "));
    assert.ok(!meets.some((m) => m.startsWith("KEN>")), meets.join("; "));
  });
});

describe("events: 'they' after two people", () => {
  it("reads 'X received Y. They discussed security.' as a discussion between the two", () => {
    const doc = docFromParse(
      `Ruto Ruto PROPN 2 nsubj
received receive VERB 0 root VBD
Lula~ Lula PROPN 2 obj
. . PUNCT 2 punct

They they PRON 2 nsubj
discussed discuss VERB 0 root VBD
security~ security NOUN 2 obj
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Ruto", country: "KEN", sector: "GOV", kind: "person", words: ["Ruto"] },
          { name: "Lula", country: "BRA", sector: "GOV", kind: "person", words: ["Lula"] },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), ["BRA>KEN reported", "KEN>BRA reported"]);
  });
});

describe("events: 'their' after a plural object", () => {
  it("reads 'their' after a plural object naming no actor as that object, not the body before it", () => {
    assert.deepEqual(
      pairsIn("The Peruvian Congress voted to censure two ministers, citing their refusal to testify."),
      ["PER>- 111"],
    );
    // (not when "their" opens a new clause's subject)
    const text =
      "The Houthis seized cargo ships in the Red Sea, and their spokesman threatened Israel with more attacks.";
    assert.ok(pairsIn(text).includes("YEM>ISR 138"), pairsIn(text).join(", "));
  });
});

describe("events: 'they' after one person", () => {
  it("takes a plural noun a later clause is about for 'they', not the one person named before it", () => {
    const text =
      "Chilean President Ramos ordered the seizure of the farms. Those who took the land were veterans, and they attacked Peruvian farmers.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.endsWith("190")),
      [],
    );
    // (nor a plural noun of things: "the talks were long, and they agreed" are the person's side)
    const talks =
      "Chilean President Ramos travelled to Lima. The talks were long, and they agreed to reopen the border.";
    assert.ok(pairsIn(talks).some((p) => p.startsWith("CHL>") && p.endsWith(" 030")));
    // (people the person met are with the person: "they" stays theirs)
    const met = "Chilean President Ramos met the governors in Santiago. They agreed to expel Peruvian smugglers.";
    assert.ok(pairsIn(met).includes("CHL>PER 174"));
  });
});
