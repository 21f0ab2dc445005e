import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn } from "./testing.js";

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
