import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pairsIn } from "./testing.js";

describe("events: sanctions and tariffs adopted or imposed in return", () => {
  it("codes sanctions a body agrees as imposed (163), not as a threat", () => {
    assert.deepEqual(pairsIn("The EU agreed its 15th package of sanctions against Russia."), ["EU>RUS 163"]);
    assert.deepEqual(pairsIn("The EU agreed new sanctions on Iran."), ["EU>IRN 163"]);
    // (not sanctions relief or waivers agreed)
    assert.ok(!pairsIn("The US and the EU agreed sanctions relief for Iran.").some((p) => p.endsWith(" 163")));
  });
  it("codes retaliating with tariffs or sanctions as imposing them (163), with missiles as an attack", () => {
    assert.deepEqual(pairsIn("China retaliated with tariffs on American soybeans."), ["CHN>USA 163"]);
    assert.deepEqual(pairsIn("Russia retaliated with missile strikes on Kyiv."), ["RUS>UKR 190"]);
  });
});

describe("events: treaties suspended", () => {
  it("codes suspending a treaty or a deal with a party as reducing relations with it (160)", () => {
    assert.deepEqual(pairsIn("Following the attack, India suspended the Indus Waters Treaty with Pakistan."), [
      "IND>PAK 160",
    ]);
    assert.deepEqual(pairsIn("Russia suspended the grain deal."), ["RUS>- 160"]);
  });
});
