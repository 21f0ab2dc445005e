import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { eventsIn, pairsIn } from "./testing.js";

/* Material acts through the whole pipeline: missiles fired at a country or into the sea, goods and people handed over. */

const coded = (text: string) => eventsIn(text).map((e) => `${e.source.country}>${e.target?.country ?? "-"} ${e.cameo}`);

test("missiles fired at a country attack it: a country after 'at' is aimed at, not a place", () => {
  assert.deepEqual(coded("Iran launched missiles at Israel."), ["IRN>ISR 190"]);
});

test("missiles fired into the sea are a show of force (150), not an attack", () => {
  assert.deepEqual(coded("North Korea fired two ballistic missiles into the sea on Thursday."), ["PRK>- 150"]);
});

test("returning looted artefacts, handing over a war criminal and suspending arms exports are coded", () => {
  assert.deepEqual(coded("The Netherlands will return hundreds of looted artefacts to Indonesia."), ["NLD>IDN 0842"]);
  assert.deepEqual(coded("Sweden handed over a suspected war criminal to Rwanda."), ["SWE>RWA 063"]);
  assert.deepEqual(coded("Germany suspended arms exports to Saudi Arabia on Friday."), ["DEU>SAU 163"]);
});

test("jets striking targets and drones or missiles hitting a city are attacks by the armed forces that fly them", () => {
  assert.deepEqual(coded("Israeli jets struck targets in southern Lebanon on Monday."), ["ISR>LBN 195"]);
  assert.deepEqual(coded("Russian drones hit Odesa overnight."), ["RUS>UKR 190"]);
  // a city bombed by its own country's jets is a domestic attack
  assert.deepEqual(coded("Syrian jets bombed Aleppo."), ["SYR>SYR 195"]);
  // a deal struck, an economy hit by sanctions, a country hit with sanctions: no attack
  assert.deepEqual(
    coded("Chile and Peru struck a deal on fishing.").filter((e) => e.endsWith(" 195")),
    [],
  );
  assert.deepEqual(coded("Sanctions hit Russia's economy hard."), []);
  assert.deepEqual(
    coded("Canada hit Russia with new sanctions.").filter((e) => e.endsWith(" 190")),
    [],
  );
});

test("'aircraft struck targets' read as one noun phrase is a verb with its subject and object", () => {
  assert.deepEqual(coded("Israeli aircraft struck targets in southern Lebanon."), ["ISR>LBN 195"]);
});

test("a simple past after ', and' is the reporting verb's second verb, not one with the reported weapons", () => {
  // "condemned" cannot share the complement's "had": the ministry condemned, not the missiles
  assert.deepEqual(
    coded(
      "Japan's defence ministry said the North Korean missiles had fallen into the sea, and condemned the launches.",
    ),
    ["JPN>- 111"],
  );
});

test("trade and imports halted or suspended are an embargo on the partner (163)", () => {
  assert.deepEqual(coded("Bolivia halted imports from Chile."), ["BOL>CHL 163"]);
  assert.deepEqual(coded("Peru suspended trade with Chile."), ["PER>CHL 163"]);
});

test("exercises an army begins are a show of force (150); an exercise of restraint is none", () => {
  assert.deepEqual(coded("The Peruvian army began exercises near the border with Chile."), ["PER>CHL 150"]);
  assert.deepEqual(coded("The minister urged the exercise of restraint."), []);
});

test("'the drills' named after an exercise told before answer the exercise's parties", () => {
  const text =
    "Chile and Peru began a joint naval exercise on Wednesday. Bolivia's foreign minister called the drills a provocation.";
  assert.deepEqual(
    coded(text).filter((e) => e.startsWith("BOL")),
    ["BOL>CHL 111", "BOL>PER 111"],
  );
});

test("weapons seized or confiscated from a party are taken from it; 'armed groups' are rebels", () => {
  assert.deepEqual(coded("Peruvian police confiscated rifles and explosives from Chilean smugglers."), [
    "PER>CHL 1711",
  ]);
  assert.deepEqual(coded("Malian police seized weapons from armed groups in Gao."), ["MLI>MLI 171"]);
});

test("a passive's subject phrase names whom an attack fell on ('a convoy carrying Chilean aid workers was attacked')", () => {
  assert.deepEqual(coded("A convoy carrying Chilean aid workers was attacked by Peruvian rebels."), ["PER>CHL 190"]);
});

test("ordering a deployment or patrols is a mobilization (154); ordering a newspaper to close restricts the press (1721)", () => {
  assert.deepEqual(coded("Peru ordered the deployment of troops to Bolivia."), ["PER>BOL 154"]);
  assert.deepEqual(coded("Peru ordered patrols by police and soldiers."), ["PER>- 154"]);
  // its own forces are those it mobilizes, not whom it mobilizes against
  assert.deepEqual(coded("Peru ordered patrols by Peruvian police."), ["PER>- 154"]);
  assert.deepEqual(coded("The Peruvian government ordered the newspaper El Sol to suspend publication."), [
    "PER>- 1721",
  ]);
});

describe("events: strikes on facilities", () => {
  it("codes drones or a state striking a refinery or a port as an aerial attack (195) on its country, a ship striking a bridge as none", () => {
    assert.deepEqual(pairsIn("Ukrainian drones struck an oil refinery in Russia."), ["UKR>RUS 195"]);
    assert.deepEqual(pairsIn("Russia struck a port in Odesa overnight."), ["RUS>UKR 195"]);
    assert.deepEqual(pairsIn("A Russian cargo ship struck a bridge in St Petersburg."), []);
  });
});

describe("events: executions", () => {
  it("codes people hanged as executed (1823), not a banner hung", () => {
    assert.deepEqual(pairsIn("Iran hanged two men convicted over the protests."), ["IRN>- 1823"]);
    assert.deepEqual(pairsIn("Protesters hung a banner on the embassy."), []);
    assert.deepEqual(pairsIn("Protesters hanged an effigy of Netanyahu outside the embassy."), []);
  });
});

describe("events: aircraft shot down", () => {
  it("codes shooting down another state's aircraft as force against that state, the verb read as a verb", () => {
    assert.deepEqual(pairsIn("Chile shot down a Peruvian drone on Monday."), ["CHL>PER 190"]);
    assert.deepEqual(pairsIn("Peru shot down two Chilean military helicopters near the border."), ["PER>CHL 190"]);
    // (whatever flies, named by its model too)
    assert.deepEqual(pairsIn("Peru said it shot down a Chilean Su-25 over the border."), ["PER>CHL 190"]);
    // (what is shot down or up is no aircraft: a proposal rejected, a rise in a ranking)
    assert.deepEqual(pairsIn("Chile shot down the Peruvian proposal."), []);
    assert.deepEqual(pairsIn("Chile shot up the rankings."), []);
  });
});

describe("events: killing by air or by artillery", () => {
  it("codes the weapon's finer code when a phrase names it", () => {
    assert.deepEqual(pairsIn("Chilean forces killed three Peruvian soldiers in a drone strike on Monday."), [
      "CHL>PER 195",
    ]);
    assert.deepEqual(pairsIn("Bolivian troops killed two Peruvian soldiers with artillery fire."), ["BOL>PER 194"]);
    assert.deepEqual(pairsIn("Bolivian troops killed two Peruvian soldiers on Monday."), ["BOL>PER 190"]);
  });
});
