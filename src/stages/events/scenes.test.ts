import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["plover", "status"]);

describe("events: spans of talks", () => {
  it("codes talks whose span the parties ended as held ('ended two days of talks')", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 4 nsubj
and and CCONJ 3 cc
Chile Chile PROPN 1 conj
ended end VERB 0 root VBD
two two NUM 6 nummod
days day NOUN 4 obj
of of ADP 8 case
talks talk NOUN 6 nmod
. . PUNCT 4 punct`,
      { actors: [C("Brazil", "BRA"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>CHL CONSULT reported", "CHL>BRA CONSULT reported"]);
  });

  it("still breaks off talks that were ended outright ('ended talks with')", () => {
    const doc = docFromParse(
      `Brazil Brazil PROPN 2 nsubj
ended end VERB 0 root VBD
talks talk NOUN 2 obj
with with ADP 5 case
Chile Chile PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Brazil", "BRA"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["BRA>CHL SANCTION reported"]);
  });

  it("codes a round of talks once, on the talks", () => {
    const doc = docFromParse(
      `Malaysia Malaysia PROPN 4 nsubj
and and CCONJ 3 cc
Thailand Thailand PROPN 1 conj
held hold VERB 0 root VBD
another another DET 6 det
round round NOUN 4 obj
of of ADP 8 case
talks talk NOUN 6 nmod
. . PUNCT 4 punct`,
      { actors: [C("Malaysia", "MYS"), C("Thailand", "THA")] },
    );
    const rules = codeEvents(lex, doc).map((e) => e.rule.split("#")[0]);
    assert.deepEqual([...new Set(rules)], ["nouns/talk"]);
    assert.deepEqual(brief(codeEvents(lex, doc)), ["MYS>THA CONSULT reported", "THA>MYS CONSULT reported"]);
  });
});

describe("events: a time phrase on the object", () => {
  it("reads 'after talks' hung on the object as the scene of the verb ('signed an accord after talks')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 nsubj
and and CCONJ 3 cc
Bolivia Bolivia PROPN 1 conj
signed sign VERB 0 root VBD
an a DET 6 det
accord accord NOUN 4 obj
after after ADP 8 case
talks talk NOUN 6 nmod
. . PUNCT 4 punct`,
      { actors: [C("Peru", "PER"), C("Bolivia", "BOL")] },
    );
    const talks = codeEvents(lex, doc).filter((e) => e.plover.type === "CONSULT");
    assert.deepEqual(brief(talks), ["BOL>PER CONSULT reported", "PER>BOL CONSULT reported"]);
  });

  it("leaves other phrases on the object alone ('signed an accord on talks')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
signed sign VERB 0 root VBD
an a DET 4 det
accord accord NOUN 2 obj
on on ADP 6 case
talks talk NOUN 4 nmod
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER")] },
    );
    assert.equal(codeEvents(lex, doc).filter((e) => e.plover.type === "CONSULT").length, 0);
  });
});

describe("events: a speaker's second act hung on the reported clause", () => {
  it("gives the conjunct to the speaker when the reported subject is no actor", () => {
    const doc = docFromParse(
      `Rojas Rojas PROPN 2 nsubj
said say VERB 0 root VBD
the the DET 4 det
missiles missile NOUN 6 nsubj
had have AUX 6 aux
landed land VERB 2 ccomp VBN
and and CCONJ 8 cc
condemned condemn VERB 6 conj VBD
Chile Chile PROPN 8 obj
. . PUNCT 2 punct`,
      { actors: [P("Ana Rojas", "PER", "Rojas"), C("Chile", "CHL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>CHL ACCUSE reported"]);
  });

  it("does not put a past-tense act under the reported clause's 'would'", () => {
    const doc = docFromParse(
      `Rojas Rojas PROPN 2 nsubj
said say VERB 0 root VBD
Chile Chile PROPN 5 nsubj
would would AUX 5 aux
fail fail VERB 2 ccomp VB
and and CCONJ 7 cc
accused accuse VERB 5 conj VBN
Bolivia Bolivia PROPN 7 obj
. . PUNCT 2 punct`,
      { actors: [P("Ana Rojas", "PER", "Rojas"), C("Chile", "CHL"), C("Bolivia", "BOL")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>BOL ACCUSE reported"]);
  });

  it("keeps a conjunct that shares the reported clause's tense with that clause's subject", () => {
    const doc = docFromParse(
      `Rojas Rojas PROPN 2 nsubj
said say VERB 0 root VBD
Chile Chile PROPN 4 nsubj
accused accuse VERB 2 ccomp VBD
Bolivia Bolivia PROPN 4 obj
and and CCONJ 7 cc
condemned condemn VERB 4 conj VBD
Peru Peru PROPN 7 obj
. . PUNCT 2 punct`,
      { actors: [P("Ana Rojas", "PER", "Rojas"), C("Chile", "CHL"), C("Bolivia", "BOL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>BOL ACCUSE reported", "CHL>PER ACCUSE reported"]);
  });
});

describe("events: envoys, monitors and drawn threats", () => {
  it("codes an envoy sent to a capital as a visit to its country, with 'to' hung on the envoy", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 2 nsubj
sent send VERB 0 root VBD
an a DET 4 det
envoy envoy NOUN 2 obj
to to ADP 6 case
Lima Lima PROPN 4 nmod
. . PUNCT 2 punct`,
      { actors: [C("Ghana", "GHA")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["GHA>PER CONSULT reported"]);
  });

  it("codes a refusal to let a rapporteur in as a negated concession and a rejection", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 4 nsubj
would would AUX 4 aux
not not PART 4 advmod
allow allow VERB 0 root VB
the the DET 6 det
rapporteur rapporteur NOUN 4 obj
to to PART 8 mark
enter enter VERB 4 xcomp
. . PUNCT 4 punct`,
      { actors: [C("Peru", "PER"), { name: "UN rapporteur", country: "UN", sector: "IGO", words: ["rapporteur"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["PER>UN REJECT reported", "PER>UN RETREAT negated"]);
  });

  it("takes the author of a threat drawn by an act from its from-phrase", () => {
    const doc = docFromParse(
      `The the DET 2 det
drills drill NOUN 3 nsubj
drew draw VERB 0 root VBD
a a DET 5 det
threat threat NOUN 3 obj
from from ADP 7 case
Chile Chile PROPN 5 nmod
. . PUNCT 3 punct`,
      { actors: [C("Chile", "CHL")] },
    );
    assert.deepEqual(
      codeEvents(lex, doc).map((e) => `${e.source.country} ${e.plover.type}`),
      ["CHL THREATEN"],
    );
  });
});

describe("events: exchanges, halted activities and solidarity", () => {
  it("codes delegations exchanged, counted in dozens, as visits both ways", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 5 nsubj
and and CCONJ 3 cc
Peru Peru PROPN 1 conj
have have AUX 5 aux
exchanged exchange VERB 0 root VBN
dozens dozen NOUN 5 obj
of of ADP 8 case
delegations delegation NOUN 6 nmod
. . PUNCT 5 punct`,
      { actors: [C("Chile", "CHL"), C("Peru", "PER")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>PER CONSULT reported", "PER>CHL CONSULT reported"]);
  });

  it("codes a foreign body's activities halted as an administrative sanction on its country", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 2 nsubj
halted halt VERB 0 root VBD
the the DET 4 det
activities activity NOUN 2 obj
of of ADP 7 case
the the DET 7 det
Institute Institute PROPN 4 nmod
. . PUNCT 2 punct`,
      {
        actors: [
          C("Ghana", "GHA"),
          { name: "Peruvian Institute", country: "PER", sector: "EDU", words: ["Institute"] },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["GHA>PER COERCE reported"]);
  });

  it("codes standing in solidarity with someone as support for them", () => {
    const doc = docFromParse(
      `Estonia Estonia PROPN 2 nsubj
stood stand VERB 0 root VBD
in in ADP 4 case
solidarity solidarity NOUN 2 obl
with with ADP 6 case
Latvia Latvia PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Estonia", "EST"), C("Latvia", "LVA")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["EST>LVA SUPPORT reported"]);
  });
});

describe("events: the party a warning's condition is on", () => {
  it("makes the subject of the warning's if-clause its target", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
warned warn VERB 0 root VBD
that that SCONJ 7 mark
further further ADJ 5 amod
steps step NOUN 7 nsubj
could could AUX 7 aux
follow follow VERB 2 ccomp VB
if if SCONJ 10 mark
Chile Chile PROPN 10 nsubj
expelled expel VERB 7 advcl VBD
diplomats diplomat NOUN 10 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    const warnings = codeEvents(lex, doc).filter((e) => e.rule.startsWith("verbs/warn"));
    assert.deepEqual(brief(warnings), ["PER>CHL THREATEN reported"]);
  });

  it("leaves a warning with no condition on anyone without a target from it", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
warned warn VERB 0 root VBD
that that SCONJ 7 mark
further further ADJ 5 amod
steps step NOUN 7 nsubj
could could AUX 7 aux
follow follow VERB 2 ccomp VB
after after SCONJ 10 mark
Chile Chile PROPN 10 nsubj
expelled expel VERB 7 advcl VBD
diplomats diplomat NOUN 10 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL")] },
    );
    const warnings = codeEvents(lex, doc).filter((e) => e.rule.startsWith("verbs/warn"));
    assert.deepEqual(brief(warnings), ["PER>- THREATEN reported"]);
  });
});

describe("events: clashes a clause happens in, told by an armed body", () => {
  it("takes the armed speaker for the other side, not a third party", () => {
    assert.deepEqual(pairsIn("Chile's army said the shells were fired during clashes with Peruvian rebels."), [
      "CHL>PER 190",
      "PER>CHL 190",
    ]);
    assert.deepEqual(pairsIn("The UN said the shells were fired during clashes with Peruvian rebels."), []);
  });
});
