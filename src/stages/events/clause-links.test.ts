import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[], cameo: string) => eventLines(events, ["status"], cameo);

describe("events: links between clauses", () => {
  it("gives a passive conjunct the subject of the clause it joins (host -> visitor)", () => {
    const doc = docFromParse(
      `Mensah Mensah PROPN 2 nsubj
landed land VERB 0 root
in in ADP 4 case
Lima Lima PROPN 2 obl
and and CCONJ 7 cc
was be AUX 7 aux:pass
greeted greet VERB 2 conj
by by ADP 9 case
Quispe~ Quispe PROPN 7 obl:agent
. . PUNCT 2 punct`,
      { actors: [P("Kofi Mensah", "GHA", "Mensah"), P("Rosa Quispe", "PER", "Quispe")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "043"), ["PER>GHA reported"]);
  });

  it("keeps a passive conjunct's own subject", () => {
    const doc = docFromParse(
      `Mensah Mensah PROPN 2 nsubj
landed land VERB 0 root
and and CCONJ 6 cc
Okafor Okafor PROPN 6 nsubj:pass
was be AUX 6 aux:pass
greeted greet VERB 2 conj
by by ADP 8 case
Quispe~ Quispe PROPN 6 obl:agent
. . PUNCT 2 punct`,
      {
        actors: [
          P("Kofi Mensah", "GHA", "Mensah"),
          P("Ada Okafor", "NGA", "Okafor"),
          P("Rosa Quispe", "PER", "Quispe"),
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "043"), ["PER>NGA reported"]);
  });

  it("reads a relative pronoun subject as the noun it stands for", () => {
    const doc = docFromParse(
      `Mensah~ Mensah PROPN 0 root
, , PUNCT 4 punct
who who PRON 4 nsubj
criticised criticise VERB 1 acl:relcl
Quispe~ Quispe PROPN 4 obj
. . PUNCT 1 punct`,
      { actors: [P("Kofi Mensah", "GHA", "Mensah"), P("Rosa Quispe", "PER", "Quispe")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "111"), ["GHA>PER reported"]);
  });

  it("takes the participants of a purpose or occasion noun from its clause ('thanked Lima during talks with')", () => {
    const doc = docFromParse(
      `Mensah Mensah PROPN 2 nsubj
thanked thank VERB 0 root
Lima Lima PROPN 2 obj
during during ADP 5 case
talks talk NOUN 2 obl
with with ADP 7 case
Quispe~ Quispe PROPN 5 nmod
. . PUNCT 2 punct`,
      { actors: [P("Kofi Mensah", "GHA", "Mensah"), P("Rosa Quispe", "PER", "Quispe")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), ["GHA>PER reported", "PER>GHA reported"]);
  });

  it("does not make a one-sided event of a noun that only dates the clause ('left Lima after the talks')", () => {
    const doc = docFromParse(
      `Mensah Mensah PROPN 2 nsubj
left leave VERB 0 root
Lima Lima PROPN 2 obj
after after ADP 6 case
the the DET 6 det
talks~ talk NOUN 2 obl
. . PUNCT 2 punct`,
      { actors: [P("Kofi Mensah", "GHA", "Mensah")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), []);
  });

  it("never takes a clausal subject as the source of a light verb's event noun", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 2 nsubj
agreed agree VERB 0 root
, , PUNCT 4 punct
concluding conclude VERB 2 advcl
talks talk NOUN 4 obj
with with ADP 7 case
Peru Peru PROPN 5 nmod
officials official NOUN 9 nsubj
called call VERB 4 csubj
useful~ useful ADJ 9 xcomp
. . PUNCT 2 punct`,
      {
        actors: [
          { name: "Ghana", country: "GHA", words: ["Ghana"] },
          { name: "Peru", country: "PER", words: ["Peru"] },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "040"), ["GHA>PER reported", "PER>GHA reported"]);
  });

  it("binds the subject pronoun of reported speech to the speaker of a second verb, not a country named between", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
seizure seizure NOUN 2 obj
of of ADP 7 case
the the DET 7 det
trawler trawler NOUN 4 nmod
at at ADP 10 case
the the DET 10 det
urging urging NOUN 2 obl
of of ADP 12 case
Chile~ Chile PROPN 10 nmod
, , PUNCT 15 punct
and and CCONJ 15 cc
said say VERB 2 conj
it it PRON 18 nsubj
had have AUX 18 aux
lodged lodge VERB 15 ccomp
a a DET 20 det
protest protest NOUN 18 obj
with with ADP 22 case
Ecuador~ Ecuador PROPN 18 obl
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL"), C("Ecuador", "ECU")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["PER>ECU reported"]);
  });

  it("leaves 'it' to the nearest fitting actor when the speaker is a person", () => {
    const doc = docFromParse(
      `Mensah Mensah PROPN 2 nsubj
said say VERB 0 root
Peru Peru PROPN 5 nsubj
had have AUX 5 aux
asked ask VERB 2 ccomp
and and CCONJ 8 cc
it it PRON 8 nsubj
lodged lodge VERB 5 conj
a a DET 10 det
protest protest NOUN 8 obj
with with ADP 12 case
Ecuador~ Ecuador PROPN 8 obl
. . PUNCT 2 punct`,
      { actors: [P("Kofi Mensah", "GHA", "Mensah"), C("Peru", "PER"), C("Ecuador", "ECU")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "114"), ["PER>ECU reported"]);
  });
});
