import assert from "node:assert/strict";
import test from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function descriptions(text: string): [string, string | null, string | null][] {
  return detectMentions(simpleDoc(text))
    .filter((m) => m.kind === "nominal" && m.head !== undefined)
    .map((m) => [text.slice(m.start, m.end), m.country, m.sector]);
}

test("a nationality or a country's possessive before an actor noun names an actor", () => {
  assert.deepEqual(descriptions("Peruvian troops crossed the river."), [["Peruvian troops", "PER", "MIL"]]);
  assert.deepEqual(descriptions("Chile's navy seized a trawler."), [["Chile's navy", "CHL", "MIL"]]);
  assert.deepEqual(descriptions("Officials said nine Bolivian farmers were held."), [
    ["nine Bolivian farmers", "BOL", "CVL"],
  ]);
  assert.deepEqual(descriptions("Norway's trade minister is expected in Lima."), [
    ["Norway's trade minister", "NOR", "GOV"],
  ]);
});

test("bare groups that act are described without a country", () => {
  assert.deepEqual(descriptions("Police detained dozens of protesters."), [
    ["Police", null, "COP"],
    ["protesters", null, "CVL"],
  ]);
  assert.deepEqual(descriptions("Police detained two journalists."), [
    ["Police", null, "COP"],
    ["two journalists", null, "MED"],
  ]);
});

test("a title before a name, a nationality before a thing and a noun modifier are not descriptions", () => {
  assert.deepEqual(descriptions("Norway's trade minister, Kari Holm, arrived."), []);
  assert.deepEqual(descriptions("Peruvian exports rose."), []);
  assert.deepEqual(descriptions("The police station was closed."), []);
});

test("a country's court is a judicial actor; a participle may modify a title ('leading')", () => {
  assert.deepEqual(descriptions("Israel's high court opened an inquiry."), [["Israel's high court", "ISR", "JUD"]]);
  assert.deepEqual(descriptions("Algeria's leading rights activist was freed."), [
    ["Algeria's leading rights activist", "DZA", "OPP"],
  ]);
});
