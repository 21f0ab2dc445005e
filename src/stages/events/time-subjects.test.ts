import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { phrasalVerbs } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventsIn, pairsIn } from "./testing.js";
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

  it("dates a verb by a day read as the subject of its purpose ('signed an agreement on Friday to build')", () => {
    assert.deepEqual(
      eventsIn("Chile and Peru signed an agreement on Friday to build a new road.").map((e) => e.date.start),
      ["2024-06-07", "2024-06-07"],
    );
  });
});

describe("events: a day before an infinitive controls nothing", () => {
  it("takes the subject of 'failed on Monday to agree' as the infinitive's, and so as the holder of the talks after which it failed", () => {
    assert.deepEqual(pairsIn("Serbia and Kosovo failed on Monday to agree after talks."), [
      "SRB>XKX 040",
      "XKX>SRB 040",
    ]);
    // (an on-phrase that names a party still does: "called on Russia to withdraw")
    assert.deepEqual(pairsIn("Turkey called on Monday on Russia to withdraw."), ["TUR>RUS 0256"]);
  });
  it("holds talks after which a verb's oblique was (not) agreed on by the verb's subject", () => {
    assert.deepEqual(
      pairsIn("Negotiators from Serbia and Kosovo failed to agree on a deal after nine hours of talks.").filter((p) =>
        p.endsWith("040"),
      ),
      ["SRB>XKX 040", "XKX>SRB 040"],
    );
  });
});

describe("events: a possessed event noun dated by the verb it is the subject of", () => {
  it("dates 'Moscow's invasion began on February 24' by the beginning", () => {
    const lines = (text: string) =>
      eventsIn(text).map((e) => `${e.source.country} ${e.cameo} ${e.date.start} ${e.date.basis}`);
    assert.deepEqual(lines("Russia's invasion of Ukraine began on February 24, 2022."), ["RUS 190 2022-02-24 text"]);
    assert.deepEqual(lines("Lavrov's visit to China will begin on Monday."), ["RUS 042 2024-06-17 text"]);
  });
});
