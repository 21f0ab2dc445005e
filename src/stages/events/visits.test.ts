import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P, pairsIn } from "./testing.js";

const lex = defaultLexicon();

describe("events: visits and their hosts", () => {
  it("takes a name conjoined inside a title's of-phrase as a second visitor, and tells the visit a hosting implies once", () => {
    const doc = docFromParse(
      `Secretary secretary PROPN 6 nsubj
of of ADP 3 case
Ana Ana PROPN 1 nmod
and and CCONJ 5 cc
Lena Lena PROPN 3 conj
arrived arrive VERB 0 root VBD
in in ADP 8 case
Tokyo Tokyo PROPN 6 obl
and and CCONJ 12 cc
were be AUX 12 aux:pass
warmly warmly ADV 12 advmod
received receive VERB 6 conj VBN
by by ADP 14 case
Kato~ Kato PROPN 12 obl:agent
. . PUNCT 6 punct`,
      {
        actors: [
          P("Ana", "USA", "Ana"),
          P("Lena", "AUS", "Lena"),
          P("Kato", "JPN", "Kato"),
          C("Japan", "JPN", "Tokyo"),
        ],
      },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), [
      "AUS>JPN 042",
      "JPN>AUS 043",
      "JPN>USA 043",
      "USA>JPN 042",
    ]);
  });

  it("codes an official's trip as a visit, not a private person's", () => {
    const parse = `Kalnins Kalnins PROPN 2 nsubj
travelled travel VERB 0 root VBD
to to ADP 4 case
Russia Russia PROPN 2 obl
. . PUNCT 2 punct`;
    const russia = C("Russia", "RUS", "Russia");
    const driver = { name: "Kalnins", country: "LVA", sector: null, kind: "person" as const, words: ["Kalnins"] };
    assert.deepEqual(eventLines(codeEvents(lex, docFromParse(parse, { actors: [driver, russia] })), ["cameo"]), []);
    const minister = P("Kalnins", "LVA", "Kalnins");
    assert.deepEqual(eventLines(codeEvents(lex, docFromParse(parse, { actors: [minister, russia] })), ["cameo"]), [
      "LVA>RUS 042",
    ]);
  });

  it("codes a visitor 'expected in' a capital as a planned visit", () => {
    const doc = docFromParse(
      `The the DET 3 det
Chilean Chilean ADJ 3 amod
minister minister NOUN 5 nsubj:pass
is be AUX 5 aux:pass
expected expected VERB 0 root VBN
in in ADP 7 case
Lima Lima PROPN 5 obl
next next ADJ 9 amod
month~ month NOUN 5 obl:tmod
. . PUNCT 5 punct`,
      { actors: [P("Chilean minister", "CHL", "Chilean minister"), C("Peru", "PER", "Lima")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), ["CHL>PER 042 planned"]);
  });
});

describe("events: a consultation needs a second side", () => {
  const actors = [
    P("Ana", "USA", "Ana"),
    { name: "NATO", country: "NATO", sector: "IGO", kind: "organization" as const, words: ["NATO"] },
  ];
  const talked = (subject: string) =>
    docFromParse(
      `${subject} ${subject} PROPN 2 nsubj
talked talk VERB 0 root VBD
of of ADP 5 case
new new ADJ 5 amod
discoveries~ discovery NOUN 2 obl
. . PUNCT 2 punct`,
      { actors },
    );

  it("codes no talks when no other party is named or inferable ('Ana talked of new discoveries')", () => {
    assert.deepEqual(eventLines(codeEvents(lex, talked("Ana")), ["plover"]), []);
  });

  it("keeps an organization's talks among its members ('NATO talked of ...')", () => {
    assert.deepEqual(eventLines(codeEvents(lex, talked("NATO")), ["plover"]), ["NATO>- CONSULT"]);
  });
});

describe("events: who visits", () => {
  it("codes an official's arrival as a visit, not the arrival of experts or students", () => {
    const doc = (noun: string, sector: string) =>
      docFromParse(
        `Chilean Chilean ADJ 2 amod
${noun} ${noun} NOUN 3 nsubj
arrived arrive VERB 0 root VBD
in in ADP 5 case
Lima~ Lima PROPN 3 obl
. . PUNCT 3 punct`,
        {
          actors: [
            { name: `Chilean ${noun}`, country: "CHL", sector, kind: "group", words: [`Chilean ${noun}`] },
            C("Peru", "PER", "Lima"),
          ],
        },
      );
    assert.deepEqual(eventLines(codeEvents(lex, doc("ministers", "GOV")), ["cameo"]), ["CHL>PER 042"]);
    assert.deepEqual(eventLines(codeEvents(lex, doc("experts", "EDU")), ["cameo"]), []);
  });
});

describe("events: seeking refuge in a country", () => {
  it("aims 'sought asylum in Chile' at Chile, also with the place hung on the object", () => {
    for (const head of ["2 obl", "3 nmod"]) {
      const doc = docFromParse(
        `Peruvians Peruvians PROPN 2 nsubj
sought seek VERB 0 root VBD
asylum asylum NOUN 2 obj
in in ADP 5 case
Chile~ Chile PROPN ${head}
. . PUNCT 2 punct`,
        { actors: [C("Peru", "PER", "Peruvians")] },
      );
      assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["PER>CHL 023"], head);
    }
  });
});

describe("events: a trip at home", () => {
  it("codes no visit when the president travels to a region of his own country", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
travelled travel VERB 0 root VBD
to to ADP 4 case
Valparaiso~ Valparaiso PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [P("Gabriel Boric", "CHL", "Boric"), C("Chile", "CHL", "Valparaiso")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
  });

  it("still codes a visit abroad", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
travelled travel VERB 0 root VBD
to to ADP 4 case
Peru~ Peru PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [P("Gabriel Boric", "CHL", "Boric"), C("Peru", "PER", "Peru")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 042"]);
  });

  it("reads weapons or a call received from a party as its aid (072) or a call (041), no hosting", () => {
    assert.deepEqual(pairsIn("Armenia received a first batch of howitzers from France."), ["FRA>ARM 072"]);
    assert.deepEqual(pairsIn("Moldova received Stinger missiles from Romania on Monday."), ["ROU>MDA 072"]);
    assert.deepEqual(pairsIn("Moldova received a call from Romania's president."), ["MDA>ROU 041", "ROU>MDA 041"]);
  });
});

describe("events: a destination before a time phrase", () => {
  it("reads 'will visit Santiago next month' with the city as the destination, not a modifier of 'month'", () => {
    assert.deepEqual(pairsIn("The Peruvian president will visit Santiago next month."), ["PER>CHL 042"]);
  });
});

describe("events: a visit to a capital of two words next month", () => {
  it("reads 'will visit Buenos Aires next month' with the city as the visit's destination, not part of the time", () => {
    assert.deepEqual(pairsIn("Chile's foreign minister will visit Buenos Aires next month."), ["CHL>ARG 042"]);
    assert.deepEqual(pairsIn("Chile's foreign minister will visit Lima next month."), ["CHL>PER 042"]);
  });
});

describe("events: talks a guest is hosted for", () => {
  it("takes the host and the guest as the parties of talks the parser hung on the guest ('hosted his counterpart for talks')", () => {
    const pairs = pairsIn(
      "The Polish president hosted his Lithuanian counterpart in Warsaw for talks on border security.",
    );
    assert.deepEqual(
      pairs.filter((p) => p.endsWith("040")),
      ["LTU>POL 040", "POL>LTU 040"],
    );
  });
  it("takes no talks with the host country from consultations an envoy is recalled for", () => {
    assert.deepEqual(pairsIn("Russia recalled its ambassador from Washington for consultations."), ["RUS>USA 161"]);
  });
});
