import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";
import { countryActor as C, docFromParse, eventLines, eventsIn, pairsIn } from "./testing.js";

const lex = defaultLexicon();
const actors = [C("Chile", "CHL"), C("Peru", "PER", "Peru", "Peruvian")];

const answer = (verb: string, lemma: string, noun: string, nounLemma: string) =>
  docFromParse(
    `Chile Chile PROPN 2 nsubj
${verb} ${lemma} VERB 0 root VBD
Peruvian Peruvian ADJ 4 amod
${noun}~ ${nounLemma} NOUN 2 obj
. . PUNCT 2 punct`,
    { actors },
  );

describe("events: a statement or proposal answered was still made", () => {
  it("keeps accusations that are dismissed as made (reported), with the dismissal a rejection", () => {
    const lines = eventLines(codeEvents(lex, answer("dismissed", "dismiss", "accusations", "accusation")), [
      "cameo",
      "status",
    ]);
    assert.ok(lines.includes("PER>CHL 112 reported"), lines.join(" | "));
    assert.ok(lines.includes("CHL>PER 120 reported"), lines.join(" | "));
  });

  it("keeps a demand that is rejected as made", () => {
    const lines = eventLines(codeEvents(lex, answer("rejected", "reject", "demands", "demand")), ["plover", "status"]);
    assert.ok(lines.includes("PER>CHL REQUEST reported"), lines.join(" | "));
  });

  it("keeps a request that is agreed to as made, no plan ('agreed to Peru's request')", () => {
    const lines = eventLines(eventsIn("Chile agreed to Peru's request."), ["plover", "status"]);
    assert.ok(lines.includes("PER>CHL REQUEST reported"), lines.join(" | "));
  });

  it("still negates an act that is rejected ('rejected Peruvian talks')", () => {
    const lines = eventLines(codeEvents(lex, answer("rejected", "reject", "talks", "talk")), ["plover", "status"]);
    assert.ok(!lines.some((l) => l.endsWith("CONSULT reported")), lines.join(" | "));
  });
});

describe("events: the anonymity formula is no request", () => {
  it("codes nothing for 'a Chilean diplomat who asked not to be named', however the to-clause is parsed", () => {
    for (const rel of ["xcomp", "ccomp"]) {
      const doc = docFromParse(
        `A a DET 3 det
Chilean Chilean ADJ 3 amod
diplomat diplomat NOUN 0 root
who who PRON 5 nsubj
asked ask VERB 3 acl:relcl VBD
not not PART 9 advmod
to to PART 9 mark
be be AUX 9 aux:pass
named name VERB 5 ${rel} VBN
. . PUNCT 3 punct`,
        { actors: [C("Chile", "CHL", "Chilean diplomat")] },
      );
      assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), [], rel);
    }
  });
});

describe("events: what a party is accused of helping another do", () => {
  it("drops the act under a gerund the parser hung on the accused party ('accused Britain of helping Ukraine attack')", () => {
    assert.deepEqual(pairsIn("Russia has accused Britain of helping Ukraine attack the Crimean bridge."), [
      "RUS>GBR 112",
    ]);
    assert.deepEqual(pairsIn("Washington accused Iran of having supplied drones to Russia."), ["USA>IRN 112"]);
  });
});

describe("events: a lawsuit dismissed was still filed", () => {
  it("keeps a lawsuit a court dismisses reported, as a statement rejected was still made", () => {
    const events = eventsIn("A federal judge dismissed a lawsuit by Texas against Pennsylvania.");
    assert.deepEqual(
      events.filter((e) => e.cameo === "115").map((e) => e.status),
      ["reported"],
    );
  });
});

describe("events: an act a party denies is listed as negated, never as having happened", () => {
  it("keeps the denied act with its parties, negated ('denied that it had supplied', 'denied sending')", () => {
    for (const text of [
      "Chile denied that it had supplied rifles to Peru.",
      "Chile denied sending rifles to Peru on Monday.",
    ])
      assert.deepEqual(eventLines(eventsIn(text), ["cameo", "status"]), ["CHL>PER 072 negated"], text);
  });

  it("lists nothing a denial leaves open ('declined to confirm or deny', 'it is hard to deny')", () => {
    for (const text of [
      "Chile declined to confirm or deny that it had supplied rifles to Peru.",
      "Chile would neither confirm nor deny that it had supplied rifles to Peru.",
      "It is hard to deny that Chile supplied rifles to Peru.",
    ])
      assert.deepEqual(pairsIn(text), [], text);
  });

  it("codes no event for the denial itself, nor for a denied state of affairs", () => {
    assert.deepEqual(pairsIn("Peru denied that the talks with Chile had collapsed."), []);
  });
});

describe("events: a quote's first person is its speaker", () => {
  it("codes what a speaker says 'we' or 'I' will do as the speaker's ('\"We will not negotiate with Chile,\" ... said')", () => {
    assert.deepEqual(
      eventLines(eventsIn('"We will not negotiate with Chile," the Peruvian president said.'), ["cameo", "status"]),
      ["CHL>PER 046 negated", "PER>CHL 046 negated", "PER>CHL 125 reported"],
    );
    assert.deepEqual(pairsIn('"Chile attacked us," Peru\'s president told reporters.'), ["CHL>PER 190"]);
  });
});

describe("events: calling a state for a candidate", () => {
  it("codes no phone call for an outlet calling a place for a candidate ('called Peru for Quispe')", () => {
    const doc = docFromParse(
      `Chilean Chilean ADJ 2 amod
media media NOUN 3 nsubj
called call VERB 0 root VBD
Peru Peru PROPN 3 obj
for for ADP 6 case
Quispe~ Quispe PROPN 4 nmod
. . PUNCT 3 punct`,
      { actors: [C("Chilean media", "CHL", "Chilean media"), C("Peru", "PER", "Peru")] },
    );
    assert.deepEqual(eventLines(codeEvents(lex, doc), ["cameo"]), []);
    assert.deepEqual(pairsIn("Peru's president called Chile's president on Monday."), ["CHL>PER 041", "PER>CHL 041"]);
  });
});
