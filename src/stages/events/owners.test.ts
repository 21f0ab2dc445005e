import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, governmentPerson as P, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo", "plover", "status"]);

describe("events: parties named by adjectives, possessives and pronouns", () => {
  it("finds the target as the author of a rejected proposal named by a nationality adjective", () => {
    const doc = docFromParse(
      `Tokyo Tokyo PROPN 2 nsubj
dismissed dismiss VERB 0 root
a a DET 5 det
Chinese Chinese ADJ 5 amod
proposal proposal NOUN 2 obj
on on ADP 7 case
Monday Monday PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Japan", "JPN", "Tokyo")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["JPN>CHN 120 REJECT reported"]);
  });

  it("reads a pronoun subject of 'is willing to' as the reporting country, not the other party", () => {
    const doc = docFromParse(
      `Syria Syria PROPN 2 nsubj
says say VERB 0 root
it it PRON 5 nsubj
is be AUX 5 cop
willing willing ADJ 2 ccomp
to to PART 7 mark
withdraw withdraw VERB 5 xcomp
its its PRON 9 nmod:poss
troops troops NOUN 7 obj
from from ADP 11 case
Lebanon Lebanon PROPN 7 obl
. . PUNCT 2 punct`,
      { actors: [C("Syria", "SYR"), C("Lebanon", "LBN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["SYR>LBN 0356 AGREE reported"]);
  });

  it("takes an act noun's nationality adjective as its source and as the target of the verb criticizing it", () => {
    const doc = docFromParse(
      `Cairo Cairo PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 5 det
Turkish Turkish ADJ 5 amod
incursion incursion NOUN 2 obj
into into ADP 7 case
Iraq Iraq PROPN 5 nmod
. . PUNCT 2 punct`,
      { actors: [C("Egypt", "EGY", "Cairo"), C("Iraq", "IRQ")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["EGY>TUR 111 ACCUSE reported", "TUR>IRQ 190 ASSAULT reported"]);
  });

  it("gives students the country they demonstrate throughout, but not soldiers the country they are in", () => {
    const doc = docFromParse(
      `students student NOUN 4 nsubj
throughout throughout ADP 3 case
Chile Chile PROPN 1 nmod
marched march VERB 0 root
. . PUNCT 4 punct

soldiers soldier NOUN 4 nsubj
in in ADP 3 case
Mali Mali PROPN 1 nmod
marched march VERB 0 root
. . PUNCT 4 punct`,
      { actors: [C("Chile", "CHL"), C("Mali", "MLI")] },
    );
    // the soldiers stay countryless, and a march by a party of no state is not coded
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>CHL 141 PROTEST reported"]);
  });
  it("expands 'X, along with Y and Z,' into every source, and reads 'the Greek side' as a government party", () => {
    const doc = docFromParse(
      `Canada Canada PROPN 9 nsubj
, , PUNCT 5 punct
along along ADP 5 case
with with ADP 5 case
Norway Norway PROPN 1 nmod
and and CCONJ 7 cc
Japan Japan PROPN 5 conj
, , PUNCT 5 punct
praised praise VERB 0 root
Ghana Ghana PROPN 9 obj
. . PUNCT 9 punct

the the DET 3 det
Greek Greek ADJ 3 amod
side side NOUN 4 nsubj
welcomed welcome VERB 0 root
Ankara Ankara PROPN 4 obj
. . PUNCT 4 punct`,
      {
        actors: [
          C("Canada", "CAN"),
          C("Norway", "NOR"),
          C("Japan", "JPN"),
          C("Ghana", "GHA"),
          C("Turkey", "TUR", "Ankara"),
        ],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), [
      "CAN>GHA 051 SUPPORT reported",
      "GRC>TUR 051 SUPPORT reported",
      "JPN>GHA 051 SUPPORT reported",
      "NOR>GHA 051 SUPPORT reported",
    ]);
  });

  it("never takes the source's own people, named in what was done to them, as its target ('the seizure of its vessels')", () => {
    const told =
      "Peru seized two Chilean boats on Monday. The Chilean government condemned the seizure of its vessels.";
    assert.deepEqual(pairsIn(told), ["CHL>PER 111", "PER>CHL 171"]);
    assert.deepEqual(pairsIn("The Chilean government condemned the seizure of its vessels by the Peruvian navy."), [
      "CHL>PER 111",
    ]);
    // (its own people themselves still are: "apologised to the people of his country")
    assert.deepEqual(pairsIn("The Chilean president apologised to the people of his country."), ["CHL>CHL 055"]);
  });

  it("never takes the source's own envoy, named beside 'its ambassador', as the country it acts on", () => {
    const doc = docFromParse(
      `Chile Chile PROPN 2 nsubj
recalled recall VERB 0 root
its its PRON 4 nmod:poss
ambassador ambassador NOUN 2 obj
, , PUNCT 6 punct
Ana Ana PROPN 4 appos
Rojas~ Rojas PROPN 6 flat
, , PUNCT 9 punct
on on ADP 10 case
Monday~ Monday PROPN 2 obl
. . PUNCT 2 punct`,
      { actors: [C("Chile", "CHL"), P("Ana Rojas", "CHL", "Ana", "Rojas")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["CHL>- 161 SANCTION reported"]);
  });

  it("still takes a counterpart of another state named after a possessive as the other party", () => {
    const doc = docFromParse(
      `Greene Greene PROPN 2 nsubj
phoned phone VERB 0 root
her her PRON 5 nmod:poss
Brazilian Brazilian ADJ 5 amod
counterpart~ counterpart NOUN 2 obj
, , PUNCT 7 punct
Silva~ Silva PROPN 5 appos
. . PUNCT 2 punct`,
      { actors: [P("Natasha Greene", "GUY", "Greene"), P("Rui Silva", "BRA", "Silva")] },
    );
    assert.ok(brief(codeEvents(lex, doc)).includes("GUY>BRA 041 CONSULT reported"));
  });

  it("takes the author of air strikes from their nationality and of rocket fire from where it came from", () => {
    const doc = docFromParse(
      `Ruritanian Ruritanian ADJ 3 amod
air air NOUN 3 compound
strikes strike NOUN 6 nsubj
on on ADP 5 case
Moldova Moldova PROPN 3 nmod
continued~ continue VERB 0 root VBD
. . PUNCT 6 punct

Rocket rocket NOUN 2 compound
fire fire NOUN 5 nsubj
from from ADP 4 case
Moldova Moldova PROPN 2 nmod
continued~ continue VERB 0 root VBD
. . PUNCT 5 punct`,
      { actors: [C("Moldova", "MDA"), { name: "Ruritania", country: "RUR", words: ["Ruritanian"] }] },
    );
    const lines = eventLines(codeEvents(lex, doc), ["plover"]);
    assert.ok(lines.includes("RUR>MDA ASSAULT"), lines.join("; "));
    assert.ok(
      lines.some((l) => l.startsWith("MDA>")),
      lines.join("; "),
    );
  });

  it("codes no backing of one's own act ('defended his decision'), but of another named by a possessive", () => {
    const text =
      "Poland expelled two Belarusian diplomats on Monday. Prime Minister Donald Tusk defended his decision.";
    assert.deepEqual(
      pairsIn(text).filter((p) => p.endsWith("052")),
      [],
    );
    assert.deepEqual(pairsIn("Hungary's Viktor Orban defended his ally, Serbian President Aleksandar Vucic."), [
      "HUN>SRB 052",
    ]);
    assert.deepEqual(pairsIn("Belarus defended its ally Russia at the United Nations."), ["BLR>RUS 052"]);
  });

  it("codes no order or appeal to one's own people ('ordered his staff to delay aid for Chile'), but to another", () => {
    assert.deepEqual(pairsIn("The Peruvian president ordered his staff to delay military aid for Chile."), []);
    assert.deepEqual(pairsIn("Russia's president ordered his troops to pull back from the border with Georgia."), []);
    // (a thing of one's own demanded back is no person of one's own)
    assert.deepEqual(pairsIn("Iran demanded its tanker back from Britain."), ["IRN>GBR 100"]);
    const appeal = pairsIn("The Peruvian president urged his Chilean counterpart to delay the vote.");
    assert.deepEqual(
      appeal.map((p) => p.slice(0, 10)),
      ["PER>CHL 02"],
    );
  });
});

describe("events: a person owning what is done to someone undergoes it", () => {
  it("reads 'her release' as done to her, by whoever a by-phrase names, never by her", () => {
    assert.deepEqual(pairsIn("Ana Silva, a Chilean journalist, returned to Santiago after her release."), []);
    assert.deepEqual(pairsIn("Ana Silva, a Chilean journalist, thanked Peru for her release."), ["CHL>PER 051"]);
    assert.deepEqual(pairsIn("Chile welcomed the release of the journalist by Peru."), ["CHL>PER 051", "PER>CHL 0841"]);
  });

  it("reads a pronoun object that shares a conjoined verb's thing as that thing ('obtained the messages and released them')", () => {
    const text = "A Chilean newspaper obtained the messages between Peru's president and his aides and released them.";
    assert.deepEqual(pairsIn(text), []);
    assert.ok(pairsIn("Peru seized the sailors and later released them.").includes("PER>- 0841"));
    assert.deepEqual(pairsIn("Peru captured two Chilean soldiers and released them on Monday."), [
      "PER>CHL 0841",
      "PER>CHL 173",
    ]);
  });
});

describe("events: a text or act named with the participle of its author", () => {
  it("takes the by-agent of a participle on the object as the party the act is aimed at", () => {
    assert.deepEqual(pairsIn("Bolivia vetoed a resolution drafted by Chile and Peru."), ["BOL>CHL 129", "BOL>PER 129"]);
    assert.deepEqual(pairsIn("Chile rejected the report released by Peru."), ["CHL>PER 120"]);
    // (not one who only answers or watches it: "a resolution rejected by Peru", "a vote monitored by the OAS")
    assert.ok(!pairsIn("Bolivia welcomed a resolution rejected by Peru.").includes("BOL>PER 051"));
    assert.deepEqual(pairsIn("Bolivia denounced a vote monitored by the OAS."), ["BOL>- 111"]);
    // (a document released is no release of people: "released a summary of the talks held by ...")
    assert.deepEqual(pairsIn("Peru released a summary of the talks held by Chile and Bolivia."), []);
  });
});
