import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { eventsIn, pairsIn } from "./testing.js";

const coded = (text: string) => eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`);

test("aid and promised aid that name no recipient go to the country a disaster struck", () => {
  const story =
    "A powerful earthquake struck Kerman province on Friday, killing dozens. " +
    "Qatar pledged 10 million dollars for reconstruction. The World Health Organization deployed a medical team.";
  assert.deepEqual(coded(story), ["QAT>IRN 0331", "WHO>IRN 073"]);
  assert.deepEqual(coded("Floods in Pakistan killed 300 people. Japan is sending tents and medicine."), [
    "JPN>PAK 073",
  ]);
});

test("without a disaster, or with the giver's own country struck, aid keeps no recipient", () => {
  assert.deepEqual(coded("Japan is sending tents and medicine."), ["JPN>- 073"]);
  assert.deepEqual(coded("Floods in Japan killed 30 people. Japan is sending tents and medicine."), ["JPN>- 073"]);
});

test("aid that names no recipient goes to the one country the article's aid was promised or given to", () => {
  const story =
    "Japan pledged emergency aid to Peru on Monday. The European Union released 2 million euros for relief work through aid agencies.";
  assert.deepEqual(coded(story), ["JPN>PER 033", "EU>PER 070"]);
});

describe("events: weapons sent, supplied or sold", () => {
  it("aims weapons sent to a city at its country (072 is locative)", () => {
    assert.deepEqual(pairsIn("Britain sent Challenger tanks to Kyiv."), ["GBR>UKR 072"]);
    // (weapons sent into a place are a show of force there, no aid)
    assert.deepEqual(pairsIn("China sent 30 warplanes into Taiwan's air defence zone."), ["CHN>TWN 150"]);
    assert.deepEqual(pairsIn("Iran sent weapons into Gaza through tunnels from Egypt."), ["IRN>PSE 072"]);
  });
  it("reads the weapons a with-phrase names by a compound of its noun", () => {
    assert.deepEqual(pairsIn("Russia supplied Iran with S-400 missile systems."), ["RUS>IRN 072"]);
  });
  it("takes whoever approves or authorizes a sale as its seller", () => {
    assert.deepEqual(pairsIn("Washington approved the sale of missiles to Taiwan."), ["USA>TWN 062"]);
    assert.deepEqual(pairsIn("The US authorized a $1 billion arms sale to Taiwan."), ["USA>TWN 062"]);
  });
});

describe("events: peacekeeping mandates", () => {
  it("reads extending or renewing a mission's mandate as extending the mission (074)", () => {
    assert.deepEqual(pairsIn("The UN Security Council extended the mandate of the peacekeeping mission in Lebanon."), [
      "UN>LBN 074",
    ]);
    assert.deepEqual(pairsIn("The Security Council renewed the mandate of the peacekeeping force in Cyprus."), [
      "UN>CYP 074",
    ]);
  });
});

describe("events: aid and arms packages", () => {
  it("codes an arms or military package as military aid (072), an aid package as economic aid (071)", () => {
    assert.deepEqual(pairsIn("The Pentagon announced a $500 million arms package for Taiwan."), ["USA>TWN 072"]);
    assert.deepEqual(pairsIn("The EU approved a 50 billion euro aid package for Ukraine."), ["EU>UKR 071"]);
    assert.deepEqual(pairsIn("Congress passed a military aid package for Israel."), ["USA>ISR 072"]);
    // (passing on someone else's message makes no author of it)
    assert.deepEqual(pairsIn("Switzerland passed a US warning to Iran."), ["USA>IRN 130"]);
  });
});
