import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { slotTokens } from "./slots.js";
import { countryActor as C, docFromParse } from "./testing.js";
import { buildTree } from "./tree.js";

describe("events: target slots", () => {
  it("follows a path to a possessor ('obj>nmod:poss': broke up Kenya's rally)", () => {
    const doc = docFromParse(
      `Police police NOUN 2 nsubj
broke break VERB 0 root VBD
up up ADP 2 compound:prt
Kenya Kenya PROPN 7 nmod:poss
's 's PART 4 case
opposition opposition NOUN 7 compound
rally~ rally NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Kenya", "KEN")] },
    );
    const tree = buildTree(doc);
    assert.deepEqual(slotTokens(tree, 1, "obj>nmod:poss"), [3]);
    assert.deepEqual(slotTokens(tree, 1, "obj>nmod:of"), []);
  });
});
