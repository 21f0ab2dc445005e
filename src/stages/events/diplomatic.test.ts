import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { eventsIn, pairsIn } from "./testing.js";

/* Diplomatic acts through the whole pipeline: embassies stormed abroad, diplomats expelled, the parties of relative and negated phrases. */

const coded = (text: string) => eventsIn(text).map((e) => `${e.source.code}>${e.target?.country ?? "-"} ${e.cameo}`);

test("'the Chilean capital' places protesters in Chile, not in the country of the embassy they storm", () => {
  assert.deepEqual(coded("Protesters stormed the Peruvian embassy in the Chilean capital."), ["CHLCVL>PER 145"]);
});

test("'after protesters stormed its embassy' is a clause of its own, and 'its' is the main clause's subject", () => {
  // the parser read "after protesters" as a phrase on the object, and on the verb
  for (const text of [
    "Lima cut ties after protesters stormed its embassy in the Chilean capital.",
    "Lima cut ties with Santiago in March 2019 after protesters stormed its embassy in the Chilean capital.",
  ])
    assert.deepEqual(
      coded(text).filter((e) => e.endsWith(" 145")),
      ["CHLCVL>PER 145"],
    );
});

test("diplomats ordered to leave are expelled (161); residents ordered to leave are not", () => {
  assert.deepEqual(coded("Peru on Saturday ordered 12 Chilean diplomats to leave the country."), ["PER>CHL 161"]);
  assert.deepEqual(
    coded("Peru ordered residents to leave the town.").filter((e) => e.endsWith(" 161")),
    [],
  );
});

test("'X, which was represented at the meeting by ..., rejected Y': the relative clause is not the main one", () => {
  const text =
    "Chile urged Peru to free the fishermen. Peru's junta, which was represented at the meeting by an ambassador, rejected the statement as interference.";
  assert.deepEqual(
    coded(text).filter((e) => e.endsWith(" 120")),
    ["PERMIL>CHL 120"],
  );
});

test("a negated phrase names no party ('signed an agreement with Bolivia, not with Chile')", () => {
  assert.deepEqual(coded("Peru signed an agreement with Bolivia and Ecuador, not with Chile.").sort(), [
    "BOL>PER 057",
    "ECU>PER 057",
    "PER>BOL 057",
    "PER>ECU 057",
  ]);
});

describe("events: diplomats declared persona non grata, and criticism hit out", () => {
  it("codes a capital declaring diplomats persona non grata as expelling them (161)", () => {
    assert.deepEqual(pairsIn("Moscow declared two Estonian diplomats persona non grata."), ["RUS>EST 161"]);
  });
  it("codes hitting out at a party as criticism (111)", () => {
    assert.deepEqual(pairsIn("Britain hit out at Russia over the poisoning."), ["GBR>RUS 111"]);
    assert.deepEqual(pairsIn("The storm hit Cuba."), []);
  });
});

test("'an EU country' is one member state left unnamed, not the EU; 'EU countries' acting together are", () => {
  for (const subject of ["An EU country", "One EU member state", "A NATO ally"])
    assert.deepEqual(coded(`${subject} expelled two Peruvian diplomats.`), [], subject);
  assert.deepEqual(coded("EU countries expelled two Peruvian diplomats."), ["EU>PER 161"]);
  assert.deepEqual(coded("The EU expelled two Peruvian diplomats."), ["EU>PER 161"]);
});

test("a party's measures welcomed are no guest welcomed", () => {
  assert.deepEqual(pairsIn("The EU welcomed the Turkish measures to curb migration."), ["EU>TUR 051"]);
});

describe("events: invitations", () => {
  it("codes inviting companies, investors or investment as economic cooperation (0311), a leader as a meeting (036)", () => {
    assert.deepEqual(
      pairsIn("The Chilean president invited Peruvian companies to take part in building the new port."),
      ["CHL>PER 0311"],
    );
    assert.deepEqual(
      pairsIn("Chile invited Peru to invest in its lithium mines.").filter((p) => p.startsWith("CHL")),
      ["CHL>PER 0311"],
    );
    assert.deepEqual(pairsIn("Chile invited Peruvian business leaders to a forum in Santiago."), ["CHL>PER 036"]);
    assert.deepEqual(pairsIn("Chile invited Peruvian companies to a meeting in Santiago."), ["CHL>PER 036"]);
    assert.deepEqual(pairsIn("Chile invited Peruvian companies to a trade fair in Santiago."), ["CHL>PER 036"]);
  });
});

describe("events: conflict answering an act another clause tells", () => {
  it("aims a complaint or sanction with no recipient at the subject of its after- or because-clause", () => {
    assert.deepEqual(pairsIn("Japan lodged a strong protest after Chinese coast guard ships entered its waters."), [
      "JPN>CHN 114",
    ]);
    assert.ok(
      pairsIn("Chile recalled its ambassador after Peru expelled two Chilean diplomats.").includes("CHL>PER 161"),
    );
    assert.deepEqual(pairsIn("Chile protested because Peruvian warships entered its waters."), ["CHL>PER 114"]);
  });
  it("leaves cooperation and a clause whose subject is no party alone", () => {
    assert.deepEqual(pairsIn("Chile sent aid after an earthquake struck Peru."), ["CHL>- 073"]);
    // (an arrest has its own patient; a clause that names the party acted on keeps it)
    assert.deepEqual(pairsIn("Thai police arrested a man after Chinese tourists reported a robbery."), ["THA>THA 173"]);
    assert.ok(
      pairsIn("China cut ties with Lithuania after Taiwan opened an office in Vilnius.").includes("CHN>LTU 161"),
    );
  });
  it("reads a marked clause the parser hung on the verb as a relative clause as adverbial", () => {
    assert.deepEqual(pairsIn("Greece put its forces on alert after Turkish warships sailed near Rhodes."), [
      "GRC>TUR 152",
    ]);
  });
});

describe("events: a visitor received by a leader a nationality names", () => {
  it("codes the host and the visit when the host's nationality opens a title ('by Chilean President X')", () => {
    assert.deepEqual(pairsIn("Peruvian President Pedro Castillo was received by Chilean President Gabriel Boric."), [
      "CHL>PER 043",
      "PER>CHL 042",
    ]);
  });
});

describe("events: two acts of one code told apart by their mode", () => {
  it("keeps a recall and an expulsion in one sentence as two events", () => {
    const modes = eventsIn("Chile recalled its ambassador and expelled two Peruvian diplomats on Monday.")
      .filter((e) => e.cameo === "161")
      .map((e) => e.plover.mode)
      .sort();
    assert.deepEqual(modes, ["expel", "withdraw"]);
  });
});
