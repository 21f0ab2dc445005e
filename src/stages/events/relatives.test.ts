import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo"]);

// "which" hung as a parataxis of the main verb instead of a relative clause of "Bolivia".
const loose = `Peru Peru PROPN 2 nsubj
thanked thank VERB 0 root
Chile Chile PROPN 2 obj
and and CCONJ 5 cc
Bolivia~ Bolivia PROPN 3 conj
, , PUNCT 7 punct
which which PRON 8 nsubj
criticised criticise VERB 2 parataxis
Ecuador~ Ecuador PROPN 8 obj
. . PUNCT 2 punct`;

describe("events: subjects of loosely attached relative clauses", () => {
  it("takes the actor phrase before the comma, with its coordination, as the subject of 'which'", () => {
    const doc = docFromParse(loose, {
      actors: [C("Peru", "PER"), C("Chile", "CHL"), C("Bolivia", "BOL"), C("Ecuador", "ECU")],
    });
    const ev = codeEvents(lex, doc).filter((e) => e.cameo === "111");
    assert.deepEqual(brief(ev), ["BOL>ECU 111", "CHL>ECU 111"]);
  });

  it("does not lean on an antecedent whose actor has no country", () => {
    const doc = docFromParse(loose, {
      actors: [
        C("Peru", "PER"),
        C("Chile", "CHL"),
        { name: "Bolivia", country: null, words: ["Bolivia"] },
        C("Ecuador", "ECU"),
      ],
    });
    assert.deepEqual(
      codeEvents(lex, doc).filter((e) => e.cameo === "111"),
      [],
    );
  });
});

describe("events: what a relative clause says another party does to its noun", () => {
  it("reads a relative pronoun object as the noun it is on, and the clause as an act, not a habit", () => {
    assert.deepEqual(pairsIn("Chile welcomed the Bolivian ambassador, whom Peru had expelled."), [
      "CHL>BOL 051",
      "PER>BOL 174",
    ]);
    assert.deepEqual(pairsIn("The talks involve Bolivia, which Peru accuses of arming the rebels."), ["PER>BOL 112"]);
    // (the relative pronoun as the clause's subject is still a habit: "which negotiates ...")
    assert.deepEqual(pairsIn("The talks involve Bolivia, which criticizes Peru every year."), []);
  });

  it("hangs a relative clause read as the verb's adverbial clause on the noun before its comma", () => {
    const pairs = pairsIn("Peru refused to meet the Shining Path, which it calls a terrorist group.");
    assert.ok(pairs.includes("PER>PER 111"), pairs.join(", "));
  });

  it("gives an infinitive after a relative clause on a verb's object to that verb ('asked X, who ..., to resign')", () => {
    const text = "Peru asked Chilean President Gabriel Boric, who is supported by the Bolivian government, to resign.";
    assert.deepEqual(pairsIn(text), ["BOL>CHL 051", "PER>CHL 0241"]);
  });
});

describe("events: a mediator's light verb", () => {
  it("codes a brokered truce between its parties, and the broker only as mediator", () => {
    const doc = docFromParse(
      `Qatar Qatar PROPN 2 nsubj
brokered broker VERB 0 root
a a DET 4 det
truce truce NOUN 2 obj
between between ADP 6 case
Israel Israel PROPN 4 nmod
and and CCONJ 8 cc
Egypt~ Egypt PROPN 6 conj
. . PUNCT 2 punct`,
      { actors: [C("Qatar", "QAT"), C("Israel", "ISR"), C("Egypt", "EGY")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["EGY>ISR 0871", "ISR>EGY 0871", "QAT>EGY 045", "QAT>ISR 045"]);
  });

  it("still makes the subject of an ordinary light verb a party ('held talks with')", () => {
    const doc = docFromParse(
      `Qatar Qatar PROPN 2 nsubj
held hold VERB 0 root
talks talk NOUN 2 obj
with with ADP 5 case
Egypt~ Egypt PROPN 3 nmod
. . PUNCT 2 punct`,
      { actors: [C("Qatar", "QAT"), C("Egypt", "EGY")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["EGY>QAT 040", "QAT>EGY 040"]);
  });
});
