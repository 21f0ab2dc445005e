import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["status"]);

const HELD = `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
held hold VERB 0 root VBD
talks talk NOUN 4 obj
. . PUNCT 4 punct`;

const RESUME = `The the DET 2 det
talks talk NOUN 4 nsubj
will will AUX 4 aux
resume resume VERB 0 root VB
in in ADP 6 case
June June PROPN 4 obl
. . PUNCT 4 punct`;

const FILLER = `Markets market NOUN 2 nsubj
rose rise VERB 0 root VBD
. . PUNCT 2 punct`;

const actors = [C("Chile", "CHL"), C("Peru", "PER")];
// Anchored on "resume" (token 4 of the sentence with "The"); a later date makes the talks planned.
const times = [{ text: "June", value: "2024-06", grain: "month" as const, anchor: 4 }];

describe("events: talks referred back to", () => {
  it("gives 'the talks' the parties of the talks told just before", () => {
    const doc = docFromParse(`${HELD}\n\n${RESUME}`, { actors, times });
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "CHL>PER planned",
      "CHL>PER reported",
      "PER>CHL planned",
      "PER>CHL reported",
    ]);
  });

  it("codes nothing for 'the talks' with no talks told before", () => {
    const doc = docFromParse(`${FILLER}\n\n${RESUME}`, { actors, times });
    assert.deepEqual(codeEvents(lex, doc), []);
  });

  it("does not reach back further than a few sentences", () => {
    const filler = Array.from({ length: 5 }, () => FILLER).join("\n\n");
    const doc = docFromParse(`${HELD}\n\n${filler}\n\n${RESUME}`, { actors, times });
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER reported", "PER>CHL reported"]);
  });

  it("needs a definite noun: bare 'talks will resume' names no earlier act", () => {
    const doc = docFromParse(
      `${HELD}\n\n${RESUME.replace("The the DET 2 det\n", "").replace(/ (\d) /g, (_, n) => ` ${Number(n) - 1} `)}`,
      {
        actors,
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER reported", "PER>CHL reported"]);
  });
});
