import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { docFromParse, type TestActor } from "./testing.js";

const lex = defaultLexicon();
const country = (name: string, code: string): TestActor => ({ name, country: code, words: [name] });
const person = (name: string, code: string, ...words: string[]): TestActor => ({
  name,
  country: code,
  sector: "GOV",
  kind: "person",
  words: words.length ? words : [name],
});
const pairs = (events: readonly CodedEvent[]) =>
  events.map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`).sort();

describe("events: parses the tagger and parser really produce", () => {
  it("finds the subject the parser hung under a fronted phrase, and binds 'his' to it (cataphora)", () => {
    // The parser made "Silva" part of "on Monday" and labelled the object obl:unmarked.
    const doc = docFromParse(
      `Igor Igor PROPN 2 compound
Petrov Petrov PROPN 3 nsubj
arrived arrive VERB 0 root VBD
on on ADP 5 case
Sunday~ Sunday PROPN 3 obl
. . PUNCT 3 punct

During during ADP 4 case
his he PRON 4 nmod:poss PRP$
Paris Paris PROPN 4 compound
visit visit NOUN 12 obl
on on ADP 6 case
Monday~ Monday PROPN 4 nmod
, , PUNCT 6 punct
Foreign foreign ADJ 9 amod
Minister Minister PROPN 11 compound
Rui Rui PROPN 11 compound
Silva Silva PROPN 6 flat
warned warn VERB 0 root VBD
Spain Spain PROPN 12 obl:unmarked
against against SCONJ 15 mark
using use VERB 12 advcl VBG
force~ force NOUN 15 obj
. . PUNCT 12 punct`,
      {
        actors: [
          person("Igor Petrov", "RUS", "Igor Petrov"),
          person("Rui Silva", "PRT", "Rui Silva"),
          country("Spain", "ESP"),
        ],
        times: [{ text: "Monday", value: "2024-05-13" }],
      },
    );
    const events = codeEvents(lex, doc);
    assert.deepEqual(pairs(events), ["PRT>ESP 130", "PRT>FRA 042"]);
    const warn = events.find((e) => e.cameo === "130");
    assert.equal(warn?.date.start, "2024-05-13");
  });

  it("binds a possessive to its own clause's subject, not to a later main subject", () => {
    const doc = docFromParse(
      `Since since SCONJ 3 mark
Canada Canada PROPN 3 nsubj
consulted consult VERB 12 advcl VBD
with with ADP 6 case
its its PRON 6 nmod:poss PRP$
allies ally NOUN 3 obl
Norway Norway PROPN 6 appos
and and CCONJ 9 cc
Iceland~ Iceland PROPN 7 conj
, , PUNCT 12 punct
Denmark Denmark PROPN 12 nsubj
waited wait VERB 0 root VBD
. . PUNCT 12 punct`,
      {
        actors: [
          country("Canada", "CAN"),
          country("Norway", "NOR"),
          country("Iceland", "ISL"),
          country("Denmark", "DNK"),
        ],
      },
    );
    const got = pairs(codeEvents(lex, doc));
    assert.ok(got.includes("CAN>NOR 040") && got.includes("CAN>ISL 040"), got.join(" "));
    assert.ok(!got.some((p) => p.includes("DNK")), got.join(" "));
  });

  it("reads hyphen-joined countries in front of an event noun as its participants", () => {
    // "Peru" was hung on "days"; only "Chile" stayed a compound of "meeting".
    const doc = docFromParse(
      `Talks talk NOUN 2 nsubj
resumed resume VERB 0 root VBD
two two NUM 4 nummod
days day NOUN 2 obl:unmarked
after after ADP 7 case
the the DET 7 det
Peru~ Peru PROPN 4 nmod
-~ - PUNCT 11 punct
Chile Chile PROPN 11 compound
border border NOUN 11 compound
meeting~ meeting NOUN 7 appos
. . PUNCT 2 punct`,
      { actors: [country("Peru", "PER"), country("Chile", "CHL")] },
    );
    const got = pairs(codeEvents(lex, doc));
    assert.ok(got.includes("PER>CHL 040") && got.includes("CHL>PER 040"), got.join(" "));
  });

  it("does not take a 'Friendly' in a treaty's name for sport", () => {
    const doc = docFromParse(
      `They they PRON 2 nsubj
recalled recall VERB 0 root VBD
the the DET 4 det
signing signing NOUN 2 obj
of of ADP 8 case
the the DET 8 det
Friendly friendly ADJ 8 amod
Treaty Treaty PROPN 4 nmod
between between ADP 10 case
Chile Chile PROPN 8 nmod
and and CCONJ 12 cc
Peru~ Peru PROPN 10 conj
. . PUNCT 2 punct`,
      { actors: [country("Peru", "PER"), country("Chile", "CHL")] },
    );
    assert.deepEqual(pairs(codeEvents(lex, doc)), ["CHL>PER 057", "PER>CHL 057"]);
  });

  it("gives no source from a name right after a preposition", () => {
    // "after talks with Iran resumed": Iran is not the one who resumed anything.
    const doc = docFromParse(
      `Oil oil NOUN 2 nsubj
rose rise VERB 0 root VBD
after after ADP 4 case
talks talk NOUN 2 obl
with with ADP 6 case
Iran Iran PROPN 4 nmod
threatened threaten VERB 2 parataxis VBD
. . PUNCT 2 punct`,
      { actors: [country("Iran", "IRN")] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).filter((e) => e.cameo?.startsWith("13")),
      [],
    );
  });

  it("reads a titled name misparsed as an adjective's apposition or a bare oblique as the verb's object", () => {
    const actors = [person("Ana Reyes", "PER", "Reyes"), person("Ion Popa", "MDA")];
    const appos = docFromParse(
      `Reyes Reyes PROPN 2 nsubj
encouraged encourage VERB 0 root VBD
Moldovan Moldovan ADJ 2 xcomp JJ
President President PROPN 5 nmod:desc
Ion Ion PROPN 3 appos
Popa Popa PROPN 5 flat
to to PART 8 mark
resign resign VERB 3 advcl VB
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(
      codeEvents(lex, appos).map((e) => `${e.source.country}>${e.target?.country} ${e.cameo}`),
      ["PER>MDA 0241"],
    );
    const oblique = docFromParse(
      `Reyes Reyes PROPN 2 nsubj
called call VERB 0 root VBD
Moldovan Moldovan ADJ 5 amod JJ
President President PROPN 5 nmod:desc
Ion Ion PROPN 2 obl
Popa~ Popa PROPN 5 flat
. . PUNCT 2 punct`,
      { actors },
    );
    assert.deepEqual(
      codeEvents(lex, oblique)
        .map((e) => `${e.source.country}>${e.target?.country} ${e.cameo}`)
        .sort(),
      ["MDA>PER 041", "PER>MDA 041"],
    );
  });
});
