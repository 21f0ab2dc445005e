import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines } from "./testing.js";

const lex = defaultLexicon();
const nato = { name: "NATO", country: "NATO", sector: "IGO", kind: "organization" as const, words: ["NATO"] };

describe("events: joining an alliance or organisation", () => {
  it("codes joining an alliance as formal accession (057 SUPPORT) to it", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
joined join VERB 0 root VBD
NATO~ NATO PROPN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR"), nato] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "plover"]), ["NOR>NATO 057 SUPPORT"]);
  });

  it("does not read joining another country in a statement as accession", () => {
    const doc = docFromParse(
      `Norway Norway PROPN 2 nsubj
joined join VERB 0 root VBD
Chile Chile PROPN 2 obj
in in ADP 6 case
a a DET 6 det
statement~ statement NOUN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR"), C("Chile", "CHL")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"], "057"), []);
  });
});

describe("events: a commitment to restore ties is the commitment only (promised.tsv)", () => {
  const parse = (verb: string, lemma: string, obj: string) =>
    docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 0 root VBD
to to PART 6 mark
${verb} ${lemma} VERB 4 xcomp VB
${obj}
. . PUNCT 4 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );

  it("codes 'agreed to restore relations' as the agreement (030) and nothing planned", () => {
    const doc = parse("restore", "restore", "relations~ relation NOUN 6 obj");
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo", "status"]), [
      "CHL>PER 030 reported",
      "PER>CHL 030 reported",
    ]);
  });

  it("still codes a concrete act agreed to, such as signing a treaty, as planned", () => {
    const doc = parse("sign", "sign", "treaty~ treaty NOUN 6 obj");
    const lines = eventLines(codeEvents(lex, doc), ["cameo", "status"]);
    assert.ok(lines.includes("CHL>PER 057 planned"), lines.join(" | "));
  });
});
