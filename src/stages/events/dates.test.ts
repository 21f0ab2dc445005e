import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, governmentPerson as P } from "./testing.js";

const lex = defaultLexicon();
const dates = (events: readonly CodedEvent[], cameo: string) =>
  events.filter((e) => e.cameo === cameo).map((e) => `${e.date.start ?? "-"} ${e.date.basis}`);

describe("events: dates of purpose phrases", () => {
  it("dates talks that were the purpose of a visit by the visit's own date", () => {
    const doc = docFromParse(
      `Boric Boric PROPN 2 nsubj
travelled travel VERB 0 root
to to ADP 4 case
Lima Lima PROPN 2 obl
in in ADP 6 case
June June PROPN 2 obl
for for ADP 8 case
talks talk NOUN 2 obl
with with ADP 10 case
Peru~ Peru PROPN 8 nmod
. . PUNCT 2 punct`,
      {
        actors: [P("Gabriel Boric", "CHL", "Boric"), C("Peru", "PER")],
        times: [{ text: "June", value: "2024-06", grain: "month", anchor: 2 }],
        published: "2024-09-02",
      },
    );
    const ev = codeEvents(lex, doc);
    assert.deepEqual(dates(ev, "040"), ["2024-06 text", "2024-06 text"]);
  });

  it("does not date an act blamed in a 'for' phrase by the sanction that answers it", () => {
    const doc = docFromParse(
      `Canada Canada PROPN 2 nsubj
sanctioned sanction VERB 0 root
Belarus Belarus PROPN 2 obj
on on ADP 5 case
Monday Monday PROPN 2 obl
for for ADP 8 case
the the DET 8 det
crackdown crackdown NOUN 2 obl
on on ADP 10 case
protesters~ protester NOUN 8 nmod
. . PUNCT 2 punct`,
      {
        actors: [C("Canada", "CAN"), C("Belarus", "BLR")],
        times: [{ text: "Monday", value: "2024-09-02", anchor: 2 }],
        published: "2024-09-03",
      },
    );
    const ev = codeEvents(lex, doc);
    assert.ok(
      ev.some((e) => e.date.start === "2024-09-02"),
      "the sanction keeps its own date",
    );
    for (const e of ev.filter((x) => x.plover.type !== "SANCTION")) assert.notEqual(e.date.start, "2024-09-02");
  });
});
