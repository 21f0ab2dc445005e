import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[], cameo?: string) => eventLines(events, ["cameo", "plover"], cameo);

const EXPELLED = `Peru Peru PROPN 2 nsubj
expelled expel VERB 0 root VBD
two two NUM 5 nummod
Chilean Chilean ADJ 5 amod
diplomats~ diplomat NOUN 2 obj
. . PUNCT 2 punct`;

const PROTEST = `Chile Chile PROPN 2 nsubj
lodged lodge VERB 0 root VBD
a a DET 4 det
protest~ protest NOUN 2 obj
. . PUNCT 2 punct`;

const actors = [C("Peru", "PER"), C("Chile", "CHL", "Chile", "Chilean")];

describe("events: an act with no recipient goes to the side its author was last dealing with", () => {
  it("addresses a protest with no addressee to the country that just acted against its author", () => {
    const doc = docFromParse(`${EXPELLED}\n\n${PROTEST}`, { actors });
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["CHL>PER 114 ACCUSE"]);
  });

  it("leaves the recipient open when no earlier act involves the author", () => {
    const doc = docFromParse(PROTEST, { actors });
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["CHL>- 114 ACCUSE"]);
  });

  it("does not look further back than three sentences", () => {
    const line = `Markets market NOUN 2 nsubj\nfell fall VERB 0 root VBD\n. . PUNCT 2 punct`;
    const doc = docFromParse([EXPELLED, line, line, line, line, PROTEST].join("\n\n"), { actors });
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["CHL>- 114 ACCUSE"]);
  });
});

describe("events: deals announced together, and a plural possessive bound to its coordinated subject", () => {
  it("codes a deal two countries announce together as agreed (030) both ways", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
announced announce VERB 0 root VBD
their their PRON 6 nmod:poss
deal~ deal NOUN 4 obj
. . PUNCT 4 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER 030 AGREE", "PER>CHL 030 AGREE"]);
  });

  it("does not code a deal one country announces as its own agreement", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
announced announce VERB 0 root VBD
a a DET 4 det
deal~ deal NOUN 2 obj
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "030"), []);
  });
});

describe("events: a later event noun is a re-mention only with the same status", () => {
  it("keeps talks to begin after talks held as a new, planned act", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
held hold VERB 0 root VBD
talks~ talk NOUN 4 obj
. . PUNCT 4 punct

Chile Chile PROPN 5 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
will will AUX 5 aux
begin begin VERB 0 root VB
consultations~ consultation NOUN 5 obj
. . PUNCT 5 punct`,
      { actors },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), [
      "CHL>PER 040 planned",
      "CHL>PER 040 reported",
      "PER>CHL 040 planned",
      "PER>CHL 040 reported",
    ]);
  });
});

describe("events: the nearest recipient is another state's party before one of the source's own", () => {
  it("cancels a meeting between its own minister and another state's minister with that state", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
cancelled cancel VERB 0 root VBD
a a DET 4 det
meeting meeting NOUN 2 obj
between between ADP 6 case
Castillo Castillo PROPN 4 nmod
and and CCONJ 10 cc
Chile~ Chile PROPN 10 nmod:poss
's 's PART 8 case
minister~ minister NOUN 6 conj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL"), P("Castillo", "PER", "Castillo")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"], "125"), ["PER>CHL 125"]);
  });
});

describe("events: an act like one just told goes to the same recipient", () => {
  it("sends a second country's aid, with no recipient named, to the country the first one helped", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
sent send VERB 0 root VBD
aid aid NOUN 2 obj
to to ADP 5 case
Chile~ Chile PROPN 2 obl
. . PUNCT 2 punct

Bolivia Bolivia PROPN 2 nsubj
sent send VERB 0 root VBD
aid~ aid NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [...actors, C("Bolivia", "BOL")] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("BOL>CHL AID"), lines.join(" | "));
    // Its own aid is no answer to Peru's ("rejected the sanctions" would be).
    assert.ok(!lines.includes("BOL>PER AID"), lines.join(" | "));
  });
});

describe("events: failing a recent counterpart, the state the whole story is about", () => {
  it("addresses an act with no recipient, far from any dealing of its author, to the story's main other state", () => {
    const expelled = (name: string) => EXPELLED.replace("Peru Peru PROPN", `${name} ${name} PROPN`);
    const line = `Markets market NOUN 2 nsubj\nfell fall VERB 0 root VBD\n. . PUNCT 2 punct`;
    const protest = PROTEST.replace("Chile Chile PROPN", "Bolivia Bolivia PROPN");
    const doc = docFromParse(
      [expelled("Peru"), expelled("Ecuador"), expelled("Paraguay"), line, line, line, line, protest].join("\n\n"),
      { actors: [...actors, C("Ecuador", "ECU"), C("Paraguay", "PRY"), C("Bolivia", "BOL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["BOL>CHL 114 ACCUSE"]);
  });
});

describe("events: force is not guessed to fall on a partner", () => {
  it("leaves an attack with no victim open after a cooperative act, and aims it after a hostile one", () => {
    const signed = `Peru Peru PROPN 2 nsubj
signed sign VERB 0 root VBD
a a DET 4 det
deal deal NOUN 2 obj
with with ADP 6 case
Chile~ Chile PROPN 2 obl
. . PUNCT 2 punct`;
    const invasion = `Peru Peru PROPN 4 nmod:poss
's 's PART 1 case
invasion invasion NOUN 4 nsubj
began begin VERB 0 root VBD
. . PUNCT 4 punct`;
    const afterDeal = docFromParse(`${signed}\n\n${invasion}`, { actors });
    assert.deepEqual(brief(codeEvents(lex, afterDeal), "190"), ["PER>- 190 ASSAULT"]);
    const afterExpulsion = docFromParse(`${EXPELLED}\n\n${invasion}`, { actors });
    assert.deepEqual(brief(codeEvents(lex, afterExpulsion), "190"), ["PER>CHL 190 ASSAULT"]);
  });
});
