import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { codeEvents } from "./code.js";
import { datelineCountry } from "./host.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const brief = (events: readonly CodedEvent[]) => eventLines(events, ["cameo"]);

describe("events: datelines", () => {
  it("reads the country of a wire dateline, with or without a date or agency", () => {
    assert.equal(datelineCountry(lex, "Headline words\n\nNAIROBI, June 3 — The council met."), "KEN");
    assert.equal(datelineCountry(lex, "OTTAWA (Reuters) - Ministers said."), "CAN");
    assert.equal(datelineCountry(lex, "Ministers met in Ottawa - and left."), null);
  });

  it("takes no party from a dateline's town, qualifier or agency", () => {
    assert.deepEqual(pairsIn("LA PAZ, Bolivia (AP) — Peru and Chile signed a water agreement on Friday."), [
      "CHL>PER 057",
      "PER>CHL 057",
    ]);
    assert.deepEqual(pairsIn("SANTIAGO, Chile — Peruvian and Bolivian troops clashed on the border on Monday."), [
      "BOL>PER 190",
      "PER>BOL 190",
    ]);
  });
});

describe("events: agentless passives done by a host country", () => {
  const summoned = `Sweden~ Sweden PROPN 3 nmod:poss
's 's PART 1 case
envoy envoy NOUN 5 nsubj:pass
was be AUX 5 aux:pass
summoned summon VERB 0 root
to to ADP 8 case
the the DET 8 det
ministry~ ministry NOUN 5 obl
. . PUNCT 5 punct`;

  it("takes the summoning country from the place of the clause", () => {
    const doc = docFromParse(
      summoned.replace(
        "ministry~ ministry NOUN 5 obl",
        "ministry ministry NOUN 5 obl\nin in ADP 10 case\nTehran~ Tehran PROPN 8 nmod",
      ),
      { actors: [C("Sweden", "SWE")] },
    );
    assert.deepEqual(brief(codeEvents(lex, doc)), ["IRN>SWE 114"]);
  });

  it("takes it from the dateline when the clause names no place, and none from the envoy's own capital", () => {
    const filed = docFromParse(`NAIROBI Nairobi PROPN 0 root\n— — PUNCT 1 punct\n\n${summoned}`, {
      actors: [C("Sweden", "SWE")],
    });
    assert.deepEqual(brief(codeEvents(lex, filed)), ["KEN>SWE 114"]);
    const home = docFromParse(`STOCKHOLM Stockholm PROPN 0 root\n— — PUNCT 1 punct\n\n${summoned}`, {
      actors: [C("Sweden", "SWE")],
    });
    assert.deepEqual(brief(codeEvents(lex, home)), []);
    assert.deepEqual(brief(codeEvents(lex, docFromParse(summoned, { actors: [C("Sweden", "SWE")] }))), []);
  });

  it("keeps a named agent and codes no host for other passives", () => {
    const byAgent = docFromParse(
      `Sweden~ Sweden PROPN 3 nmod:poss
's 's PART 1 case
envoy envoy NOUN 5 nsubj:pass
was be AUX 5 aux:pass
summoned summon VERB 0 root
by by ADP 7 case
Kenya~ Kenya PROPN 5 obl:agent
. . PUNCT 5 punct`,
      { actors: [C("Sweden", "SWE"), C("Kenya", "KEN")] },
    );
    assert.deepEqual(brief(codeEvents(lex, byAgent)), ["KEN>SWE 114"]);
  });

  it("reads people detained with no agent as held by the state body reporting it or the country of the place", () => {
    const protesters = {
      name: "protesters",
      country: null,
      sector: "CVL",
      kind: "group" as const,
      words: ["protesters"],
    };
    const held = `Thirty thirty NUM 2 nummod
protesters protester NOUN 4 nsubj:pass
were be AUX 4 aux:pass
detained detain VERB 0 root VBN`;
    const placed = docFromParse(
      `${held}
in in ADP 6 case
Nairobi~ Nairobi PROPN 4 obl
. . PUNCT 4 punct`,
      {
        actors: [protesters],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, placed)), ["KEN>KEN 173"]);
    // a dateline may be a regional hub: no source from it
    const hub = docFromParse(
      `DUBAI Dubai PROPN 0 root\n— — PUNCT 1 punct\n\n${held.replace("detained detain", "detained~ detain")}\n. . PUNCT 4 punct`,
      {
        actors: [protesters],
      },
    );
    assert.deepEqual(brief(codeEvents(lex, hub)), []);
    const reported = docFromParse(
      `Police police NOUN 2 nsubj
said say VERB 0 root VBD
protesters protester NOUN 5 nsubj:pass
were be AUX 5 aux:pass
detained~ detain VERB 2 ccomp VBN
. . PUNCT 2 punct`,
      { actors: [protesters, { name: "Kenyan police", country: "KEN", sector: "COP", words: ["Police"] }] },
    );
    assert.deepEqual(brief(codeEvents(lex, reported)), ["KEN>KEN 173"]);
  });
});

describe("events: diplomats expelled from a country", () => {
  it("takes the country an agentless expulsion is from as the one expelling", () => {
    assert.deepEqual(pairsIn("Two Chinese diplomats were expelled from Lithuania on Friday."), ["LTU>CHN 161"]);
    // (a country named inside the phrase does not expel: the session is the parliament's)
    assert.deepEqual(pairsIn("The US ambassador was expelled from the session of the Iranian parliament."), []);
    // (a possessor of the phrase's head names the country: "from Pakistan's Sindh province")
    assert.deepEqual(pairsIn("Hundreds of Afghan refugees were deported from Pakistan's Sindh province."), [
      "PAK>AFG 174",
    ]);
  });
});

test("a dateline with accented capitals is read, and one the parser joined to the subject is detached", () => {
  const placed = (text: string) =>
    eventsIn(text).map((e) => `${e.source.country}>${e.target?.country} ${e.cameo} @${e.location?.name ?? "-"}`);
  assert.deepEqual(placed("ASUNCIÓN — Paraguay and Bolivia signed a border agreement on Tuesday."), [
    "PRY>BOL 057 @Asunción",
    "BOL>PRY 057 @Asunción",
  ]);
  // (the dash read as a preposition of the real subject: "LIMA — Peru and Chile agreed")
  assert.deepEqual(
    eventsIn("LIMA — Peru and Chile agreed on Thursday to reopen the border crossing.").map(
      (e) => `${e.source.country}>${e.target?.country}`,
    ),
    ["PER>CHL", "CHL>PER"],
  );
});

test("the subject after a dateline the parser hung on it as a parataxis or with the dash as its preposition", () => {
  for (const [dash, rel] of [
    ["— — PUNCT 3 punct", "parataxis"],
    ["— — ADP 3 case", "nmod"],
  ]) {
    const doc = docFromParse(
      `BOGOTA BOGOTA PROPN 6 nsubj
${dash}
Colombia Colombia PROPN 1 ${rel}
and and CCONJ 5 cc
Venezuela Venezuela PROPN 3 conj
signed sign VERB 0 root VBD
a a DET 8 det
pact pact NOUN 6 obj
. . PUNCT 6 punct`,
      { actors: [C("Colombia", "COL"), C("Venezuela", "VEN")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["COL>VEN 057", "VEN>COL 057"], rel);
  }
});

test("the subject after a dateline read as a passive subject is active when the verb has no passive auxiliary", () => {
  const doc = docFromParse(
    `BOGOTA BOGOTA PROPN 5 nsubj:pass
— — PUNCT 4 punct
Colombian Colombian ADJ 4 amod
police police NOUN 1 appos
arrested arrest VERB 0 root VBD
a a DET 8 det
Venezuelan Venezuelan ADJ 8 amod
general general NOUN 5 obj
. . PUNCT 5 punct`,
    {
      actors: [
        { name: "Colombian police", country: "COL", sector: "COP", kind: "organization", words: ["Colombian police"] },
        { name: "Venezuelan general", country: "VEN", sector: "MIL", kind: "person", words: ["Venezuelan general"] },
      ],
    },
  );
  assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["COL>VEN 173"]);
});

test("a clause the parser hung on a dateline it made the root is the sentence, not an act placed at the dateline", () => {
  const doc = docFromParse(
    `BOGOTA BOGOTA PROPN 0 root
— — PUNCT 1 punct
Colombian Colombian ADJ 4 amod
troops troop NOUN 5 nsubj
killed kill VERB 1 acl VBD
five five NUM 7 nummod
rebels rebel NOUN 5 obj
in in ADP 10 case
the the DET 10 det
jungle jungle NOUN 5 obl
. . PUNCT 1 punct`,
    {
      actors: [{ name: "Colombian troops", country: "COL", sector: "MIL", kind: "group", words: ["Colombian troops"] }],
    },
  );
  const events = codeEvents(lex, doc);
  assert.deepEqual(eventLines(events, ["cameo"]), ["COL>COL 190"]);
  assert.equal(events[0]?.location, null);
});

test("a coordination of subjects after a dateline the parser hung on it stays one clause", () => {
  assert.deepEqual(
    pairsIn("BOGOTÁ — The Colombian government and the ELN guerrilla group resumed peace talks in Havana on Tuesday."),
    ["COL>COL 040", "COL>COL 040"],
  );
});

test("a dateline with an agency in brackets, and a subject the parser joined to it with the dash as conjunction", () => {
  const doc = docFromParse(
    `LIMA LIMA PROPN 9 nsubj
( ( PUNCT 3 punct
AP AP PROPN 1 appos
) ) PUNCT 3 punct
— — CCONJ 6 cc
Peru Peru PROPN 1 conj
and and CCONJ 8 cc
Chile Chile PROPN 6 conj
signed sign VERB 0 root VBD
a a DET 11 det
pact pact NOUN 9 obj
. . PUNCT 9 punct`,
    {
      actors: [
        C("Peru", "PER"),
        C("Chile", "CHL"),
        { name: "AP", country: "USA", sector: "MED", kind: "organization", words: ["AP"] },
      ],
    },
  );
  assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), ["CHL>PER 057", "PER>CHL 057"]);
});
