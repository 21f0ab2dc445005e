import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const actors = [C("Chile", "CHL"), C("Peru", "PER"), C("Bolivia", "BOL")];

const OWN_STATEMENT = `Chile~ Chile PROPN 3 nmod:poss
's 's PART 1 case
statement statement NOUN 5 nsubj
was be AUX 5 cop
firm~ firm ADJ 0 root
. . PUNCT 5 punct`;

const STATEMENT_ACCUSES = `The the DET 2 det
statement statement NOUN 3 nsubj
accused accuse VERB 0 root VBD
Peru~ Peru PROPN 3 obj
. . PUNCT 3 punct`;

describe("events: a statement acts for its author", () => {
  it("gives an act whose subject is a statement the author named at an earlier mention of it", () => {
    const doc = docFromParse(`${OWN_STATEMENT}\n\n${STATEMENT_ACCUSES}`, { actors });
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 112"]);
  });

  it("codes nothing when no earlier mention names the author", () => {
    const doc = docFromParse(STATEMENT_ACCUSES, { actors });
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("answers the author of the statement that made an earlier act ('rejected the statement')", () => {
    const doc = docFromParse(
      `${OWN_STATEMENT}

${STATEMENT_ACCUSES}

Bolivia Bolivia PROPN 2 nsubj
praised praise VERB 0 root VBD
Peru~ Peru PROPN 2 obj
. . PUNCT 2 punct

Peru Peru PROPN 2 nsubj
rejected reject VERB 0 root VBD
the the DET 4 det
statement~ statement NOUN 2 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["BOL>PER 051", "CHL>PER 112", "PER>CHL 120"]);
  });
});

describe("events: a spokesman for a body speaks as that body (proxies.tsv)", () => {
  it("gives 'a spokesman for the Chilean army' the army's country as source", () => {
    const doc = docFromParse(
      `A a DET 2 det
spokesman spokesman NOUN 7 nsubj
for for ADP 6 case
the the DET 6 det
Chilean Chilean ADJ 6 amod
army army NOUN 2 nmod
criticised criticise VERB 0 root VBD
Peru~ Peru PROPN 7 obj
. . PUNCT 7 punct`,
      {
        actors: [
          C("Peru", "PER"),
          { name: "Chilean army", country: "CHL", sector: "MIL", kind: "organization", words: ["Chilean army"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 111"]);
  });

  it("does not read any noun's for-phrase as its author ('a plan for the army')", () => {
    const doc = docFromParse(
      `A a DET 2 det
plan plan NOUN 7 nsubj
for for ADP 6 case
the the DET 6 det
Chilean Chilean ADJ 6 amod
army army NOUN 2 nmod
criticised criticise VERB 0 root VBD
Peru~ Peru PROPN 7 obj
. . PUNCT 7 punct`,
      {
        actors: [
          C("Peru", "PER"),
          { name: "Chilean army", country: "CHL", sector: "MIL", kind: "organization", words: ["Chilean army"] },
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("gives a statement read as the subject of a clause hung on the verb that issued it that verb's subject", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
issued issue VERB 0 root VBD
a a DET 4 det
statement statement NOUN 5 nsubj
condemning condemn VERB 2 advcl VBG
Peru~ Peru PROPN 5 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 111"]);
  });
});

describe("events: a text's author from the verb that made it", () => {
  it("gives 'the resolution, which deplores ...' the assembly that adopted it, though the relative is in the present", () => {
    const text =
      "The UN General Assembly adopted a resolution on Wednesday. The resolution, which also deplores Peru's aggression against Chile, passed with 141 votes.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.endsWith("111")),
      ["UN>PER 111"],
    );
    // (not who received or vetoed the text)
    assert.deepEqual(pairsIn("Peru received a letter on Monday. The letter urged Peru to return to talks."), []);
    const vetoed =
      "Russia vetoed a resolution on Friday. The resolution, which condemns Russia's annexation of Crimea, had wide support.";
    assert.deepEqual(
      pairsIn(vetoed).filter((p) => p.endsWith("111")),
      [],
    );
  });
});
