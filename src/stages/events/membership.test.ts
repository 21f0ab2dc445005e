import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

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

describe("events: leaving an alliance or organisation", () => {
  const lines = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo} ${e.status}`);
  it("codes withdrawing from, pulling out of, quitting or leaving an organisation as breaking relations with it (161)", () => {
    assert.deepEqual(pairsIn("Niger announced its withdrawal from ECOWAS on Sunday."), ["NER>ECOWAS 161"]);
    assert.deepEqual(pairsIn("Russia pulled out of the Council of Europe."), ["RUS>COE 161"]);
    assert.deepEqual(pairsIn("The United States withdrew from the World Health Organization."), ["USA>WHO 161"]);
    assert.deepEqual(lines("Britain left the European Union in 2020."), ["GBR>EU 161 reported"]);
  });
  it("does not read leaving a place or people named after an organisation, or a thing taken out of it, as leaving it", () => {
    const exits = (text: string) => pairsIn(text).filter((p) => p.endsWith(" 161"));
    assert.deepEqual(exits("The delegation from Chile left the UN building on Monday."), []);
    assert.deepEqual(exits("Trump's remarks left NATO officials puzzled."), []);
    assert.deepEqual(exits("Hungary's veto left the European Union divided over aid to Ukraine."), []);
    assert.deepEqual(exits("Kenya will leave the African Union to decide on the mission."), []);
    assert.deepEqual(exits("Russia left the OSCE in the dark about its drills."), []);
    assert.deepEqual(exits("Argentina withdrew its request from the IMF."), []);
    assert.deepEqual(exits("Benin withdrew its police officers from the UN mission in Haiti."), []);
    assert.deepEqual(pairsIn("Israel withdrew its troops from Gaza."), ["ISR>PSE 0872"]);
  });
  it("reads leaving that one plans on as planned, and a vote to condemn as the condemnation", () => {
    assert.deepEqual(lines("Johnson said Britain plans on leaving the European Union."), ["GBR>EU 161 planned"]);
    assert.deepEqual(lines("The UN General Assembly voted to condemn Russia's annexation of Crimea."), [
      "UN>RUS 111 reported",
    ]);
    // (a topic "on" is no plan: "his views on the occupation" leave the occupation told)
    assert.deepEqual(lines("Zelensky shared his views on the Russian occupation of Crimea."), ["RUS>UKR 192 reported"]);
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

  it("codes an act agreed to with a time of its own as planned ('agreed to sign a treaty next month')", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 4 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
agreed agree VERB 0 root VBD
to to PART 6 mark
sign sign VERB 4 xcomp VB
a a DET 8 det
treaty treaty NOUN 6 obj
next next ADJ 10 amod
month~ month NOUN 6 obl:tmod
. . PUNCT 4 punct`,
      {
        actors: [C("Chile", "CHL"), C("Peru", "PER")],
        times: [{ text: "next month", value: "2024-10", grain: "month", anchor: 5 }],
        published: "2024-09-02",
      },
    );
    const lines = eventLines(codeEvents(lex, doc), ["cameo", "status"]);
    assert.ok(lines.includes("CHL>PER 057 planned"), lines.join(" | "));
  });

  it("codes an act agreed to with no time of its own as the agreement only ('agreed to share data')", () => {
    const doc = parse("share", "share", "data~ data NOUN 6 obj");
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["status"]), ["CHL>PER reported", "PER>CHL reported"]);
  });
});
