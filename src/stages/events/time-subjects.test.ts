import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { phrasalVerbs } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse } from "./testing.js";
import { buildTree } from "./tree.js";

const lex = defaultLexicon();
const actors = [C("Peru", "PER", "Peru"), C("Chile", "CHL", "Chile")];

describe("events: a day read as the subject of an infinitive", () => {
  it("reads 'agreed on Friday to expand' with the day read as the infinitive's subject as the agreement's time", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
agreed agree VERB 0 root
on on ADP 6 mark
Friday Friday PROPN 6 nsubj
to to PART 6 mark
expand expand VERB 2 xcomp
patrols patrol NOUN 6 obj
. . PUNCT 2 punct`,
      { actors },
    );
    const tree = buildTree(doc, phrasalVerbs(lex));
    assert.deepEqual([tree.head(3), tree.rel(3), tree.head(2), tree.rel(2)], [1, "obl", 3, "case"]);
  });
});
