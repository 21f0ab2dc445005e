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

describe("events: sanctions lifted, eased or renewed", () => {
  it("aims lifting or easing sanctions at the party a clause on them says they were imposed on", () => {
    assert.deepEqual(pairsIn("Peru eased the sanctions imposed on Chile in 2019."), ["PER>CHL 085"]);
    assert.deepEqual(pairsIn("The EU lifted the sanctions that it had imposed on Peru over the crackdown."), [
      "EU>PER 085",
    ]);
    assert.deepEqual(pairsIn("Peru extended the embargo it imposed against Chile."), ["PER>CHL 163"]);
  });
  it("codes sanctions renewed or prolonged as sanctions (163)", () => {
    assert.deepEqual(pairsIn("The EU renewed its sanctions on Russia."), ["EU>RUS 163"]);
    assert.deepEqual(pairsIn("Canada prolonged sanctions against Belarus."), ["CAN>BLR 163"]);
    // (sanctions that prolong or broaden something are no sanctions renewed)
    assert.deepEqual(pairsIn("Western sanctions have prolonged the suffering of ordinary Iranians."), []);
  });
});

describe("events: a ban on trade lifted", () => {
  it("is an economic sanction eased (085), not an administrative one (081)", () => {
    assert.deepEqual(pairsIn("Chile lifted its ban on Peruvian fruit imports on Tuesday."), ["CHL>PER 085"]);
    assert.deepEqual(pairsIn("Peru eased restrictions on Chilean copper exports."), ["PER>CHL 085"]);
    assert.deepEqual(pairsIn("Chile lifted its ban on public gatherings."), ["CHL>- 081"]);
  });
});
