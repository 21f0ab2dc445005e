import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[], cameo?: string) =>
  eventLines(events, ["cameo", "plover", "status"], cameo);

describe("events: the act an answer refers to gives its recipient", () => {
  it("answers the author of the same act named again ('rejected the sanctions')", () => {
    const doc = docFromParse(
      `Peru Peru PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
Chile Chile PROPN 3 nmod
. . PUNCT 2 punct

Santiago Santiago PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
sanctions sanction NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Peru", "PER"), C("Chile", "CHL", "Chile", "Santiago")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "120"), ["CHL>PER 120 REJECT reported"]);
  });

  it("answers the author of missiles fired, named as their launch", () => {
    assert.deepEqual(pairsIn("Peru fired two missiles into the sea on Thursday. Chile condemned the launch."), [
      "CHL>PER 111",
      "PER>- 150",
    ]);
  });

  it("answers no co-author of the same words ('Chile and Peru ... They said his detention was unlawful')", () => {
    const pairs = pairsIn(
      "Chile and Peru called on Bolivia to release the activist. They said his detention was unlawful.",
    );
    assert.ok(!pairs.includes("CHL>PER 111") && !pairs.includes("PER>CHL 111"), pairs.join());
  });

  it("answers the act decided, not an act named inside it ('declined an offer from Australia ... that decision')", () => {
    const text =
      "Japan sent aid on Monday, Japanese officials said. Japan also pledged more. " +
      "The Peruvian government has declined an offer from Australia to send army engineers. " +
      "Opposition senators criticised that decision on Thursday.";
    const targets = pairsIn(text)
      .filter((p) => p.endsWith(" 111"))
      .map((p) => p.split(">")[1]);
    assert.deepEqual(targets, ["PER 111"]);
  });

  it("answers every party of an agreement with 'welcomed the decision'", () => {
    const doc = docFromParse(
      `Ghana Ghana PROPN 4 nsubj
and and CCONJ 3 cc
Togo Togo PROPN 1 conj
agreed agree VERB 0 root
to to PART 6 mark
reopen reopen VERB 4 xcomp
their their PRON 8 nmod:poss
border border NOUN 6 obj
. . PUNCT 4 punct

The the DET 3 det
African African PROPN 3 compound
Union Union PROPN 4 nsubj
welcomed welcome VERB 0 root
the the DET 6 det
decision decision NOUN 4 obj
. . PUNCT 4 punct`,
      {
        actors: [
          C("Ghana", "GHA"),
          C("Togo", "TGO"),
          { name: "African Union", country: "AU", sector: "IGO", kind: "organization", words: ["African Union"] },
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "051"), [
      "AU>GHA 051 SUPPORT reported",
      "AU>TGO 051 SUPPORT reported",
    ]);
  });

  it("codes a mediator of 'a truce brokered by Qatar' towards the parties that signed it", () => {
    const doc = docFromParse(
      `Sudan Sudan PROPN 4 nsubj
and and CCONJ 3 cc
Chad Chad PROPN 1 conj
signed sign VERB 0 root
a a DET 6 det
truce truce NOUN 4 obj
brokered broker VERB 6 acl VBN
by by ADP 9 case
Qatar Qatar PROPN 7 obl:agent
. . PUNCT 4 punct`,
      { actors: [C("Sudan", "SDN"), C("Chad", "TCD"), C("Qatar", "QAT")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc), "045"), [
      "QAT>SDN 045 CONSULT reported",
      "QAT>TCD 045 CONSULT reported",
    ]);
  });

  it("reads 'a meeting that China denounced' as denouncing the parties of the meeting", () => {
    const doc = docFromParse(
      `Japan Japan PROPN 4 nsubj
and and CCONJ 3 cc
India India PROPN 1 conj
held hold VERB 0 root
a a DET 6 det
meeting meeting NOUN 4 obj
that that SCONJ 9 mark
China China PROPN 9 nsubj
denounced denounce VERB 6 acl:relcl
. . PUNCT 4 punct`,
      { actors: [C("Japan", "JPN"), C("India", "IND"), C("China", "CHN")] },
    );
    const events = codeEvents(lex, doc);
    assert.deepEqual(brief(events, "111"), ["CHN>IND 111 ACCUSE reported", "CHN>JPN 111 ACCUSE reported"]);
    assert.deepEqual(brief(events, "040"), ["IND>JPN 040 CONSULT reported", "JPN>IND 040 CONSULT reported"]);
  });

  it("leaves the recipient open when nothing earlier was done by anyone else", () => {
    const doc = docFromParse(
      `Oslo Oslo PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
decision decision NOUN 2 obj
. . PUNCT 2 punct`,
      { actors: [C("Norway", "NOR", "Oslo")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["NOR>- 120 REJECT reported"]);
  });

  it("reads no earlier act in any act of a kind ('welcomed any effort to end the war' names no one)", () => {
    const told = "Kenya and Somalia held talks in Nairobi on Monday.";
    assert.deepEqual(
      pairsIn(`${told} Ethiopia said it welcomed any effort to end the border dispute.`).filter((p) =>
        p.endsWith("051"),
      ),
      [],
    );
    assert.deepEqual(
      pairsIn(`${told} Ethiopia said it welcomed the talks.`).filter((p) => p.endsWith("051")),
      ["ETH>KEN 051", "ETH>SOM 051"],
    );
  });
});
