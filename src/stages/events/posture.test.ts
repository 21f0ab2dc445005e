import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventsIn, pairsIn } from "./testing.js";

describe("events: military posture (alerts and exercises)", () => {
  it("codes armed forces on or put on alert as a raised military alert (152), also in a that-clause", () => {
    assert.deepEqual(pairsIn("Greek troops were on high alert along the river on Monday."), ["GRC>- 152"]);
    assert.deepEqual(pairsIn("The ministry said that Armenian forces were on heightened alert."), ["ARM>- 152"]);
    assert.deepEqual(pairsIn("Lithuania put its army on alert on Sunday."), ["LTU>- 152"]);
    // residents on alert for a storm hold no military posture
    assert.deepEqual(pairsIn("Residents of Manila were on alert for the typhoon."), []);
  });

  it("codes exercises a state holds or begins as a show of force (150), joint ones as cooperation (062)", () => {
    assert.deepEqual(pairsIn("Iran began exercises near the Strait of Hormuz on Friday."), ["IRN>- 150"]);
    assert.deepEqual(pairsIn("Kenya's electoral commission began a voter registration exercise."), []);
    assert.deepEqual(pairsIn("Kenya's electoral commission began a voter registration exercise."), []);
    assert.deepEqual(pairsIn("China staged its largest exercises around Taiwan on Thursday."), ["CHN>TWN 150"]);
    assert.deepEqual(pairsIn("Egypt and Greece held exercises in the Mediterranean on Tuesday."), [
      "EGY>GRC 062",
      "GRC>EGY 062",
    ]);
  });

  it("codes strikes on a place as an attack (190), strikes over pay or against a government as none or a strike", () => {
    assert.deepEqual(pairsIn("Azerbaijan's military launched strikes on Yerevan on Monday."), ["AZE>ARM 190"]);
    assert.deepEqual(pairsIn("Bus drivers in Lima began a strike over pay on Monday."), []);
    assert.deepEqual(pairsIn("Kenyan doctors staged a strike against the Kenyan government."), ["KEN>KEN 143"]);
  });
});

describe("events: forces ordered somewhere", () => {
  it("codes ordering troops or warships to a place as a deployment (154), aimed at the country it names", () => {
    assert.deepEqual(pairsIn("Peru's defence minister ordered troops to the border."), ["PER>- 154"]);
    assert.deepEqual(pairsIn("Chile ordered two warships to Peru on Monday."), ["CHL>PER 154"]);
    assert.deepEqual(pairsIn("The Russian president ordered troops into eastern Ukraine."), ["RUS>UKR 154"]);
  });
});

describe("events: fighter jets scrambled", () => {
  it("codes scrambling jets as a raised alert (152), and no other scrambling", () => {
    assert.deepEqual(pairsIn("Japan scrambled fighter jets on Tuesday to intercept a Russian plane."), ["JPN>RUS 152"]);
    assert.deepEqual(pairsIn("Japanese supporters scrambled to find seats."), []);
    assert.deepEqual(pairsIn("Italy scrambled rescue planes after a migrant boat capsized off Libya."), []);
  });
});

describe("events: weapons tests", () => {
  it("codes a missile or nuclear test as a show of military power (150 MOBILIZE, weapons)", () => {
    const lines = (text: string) =>
      eventsIn(text).map((e) => `${e.source.country} ${e.cameo} ${e.plover.type}/${e.plover.mode} ${e.date.start}`);
    assert.deepEqual(lines("North Korea test-fired an intercontinental ballistic missile on Monday."), [
      "PRK 150 MOBILIZE/weapons 2024-06-10",
    ]);
    assert.deepEqual(lines("Pakistan conducted a missile test on Monday."), ["PAK 150 MOBILIZE/weapons 2024-06-10"]);
    assert.deepEqual(pairsIn("The students passed the test."), []);
  });
  it("drops what analysts speculate a party might do, but keeps what officials say it could", () => {
    assert.deepEqual(pairsIn("Analysts said Pyongyang might conduct a missile test."), []);
    assert.deepEqual(pairsIn("Russia might attack Ukraine, analysts said."), []);
    assert.deepEqual(pairsIn("Russia could attack Ukraine, officials said."), ["RUS>UKR 190"]);
    // (an expert of a body or a state speaks for it)
    assert.deepEqual(pairsIn("A UN expert said Russia might deport Ukrainian children to Belarus."), ["RUS>UKR 174"]);
  });
});

describe("events: deployments of things that are no forces", () => {
  it("codes no mobilization of an oil rig deployed, but one of troops", () => {
    assert.deepEqual(pairsIn("Vietnam protested China's deployment of an oil rig in disputed waters."), [
      "VNM>CHN 114",
    ]);
    assert.deepEqual(pairsIn("Russia deployed troops to Belarus."), ["RUS>BLR 154"]);
  });
});

describe("events: what one prepares for", () => {
  it("keeps an offensive one prepares for planned", () => {
    const status = (text: string) => eventsIn(text).map((e) => `${e.source.country} ${e.cameo} ${e.status}`);
    assert.deepEqual(status("Israel prepared for a ground offensive in Lebanon."), ["ISR 190 planned"]);
    // (but talks one went somewhere for were held)
    assert.ok(status("Blinken went to Cairo for talks with Sisi on Tuesday.").includes("USA 040 reported"));
  });
});
