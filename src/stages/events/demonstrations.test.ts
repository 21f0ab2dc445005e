import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventsIn, pairsIn } from "./testing.js";

/** "SRCCODE>TGTCODE CAMEO" of each event of a sentence (actor codes with their sectors). */
const lines = (text: string) => eventsIn(text).map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}`);

describe("events: demonstrations", () => {
  it("codes a rally against a law as a demonstration (141), rallying allies against a state as 113", () => {
    assert.deepEqual(
      eventsIn("Students rallied in Belgrade against the new mining law.").map((e) => [e.cameo, e.source.country]),
      [["141", "SRB"]],
    );
    assert.deepEqual(pairsIn("Lithuania rallied its allies against Belarus."), ["LTU>BLR 113"]);
  });

  it("places marchers where they march through ('marched through Yerevan' are Armenians)", () => {
    assert.deepEqual(
      eventsIn("Thousands of people marched through Yerevan on Sunday.").map((e) => [e.cameo, e.source.country]),
      [["141", "ARM"]],
    );
  });
});

describe("events: fundamentalists and Islamists as a party", () => {
  it("takes fundamentalists with no country as a group of the state they protest against", () => {
    assert.deepEqual(
      lines("Islamic fundamentalists began a hunger strike to demand the resignation of the Algerian president."),
      ["DZAREB>DZAGOV 142", "DZAREB>DZAGOV 1041"],
    );
  });
});

describe("events: one's own act carried on", () => {
  it("reads 'continued their hunger strike' with the verb carrying the strike, aimed at whom its demand names", () => {
    assert.deepEqual(
      lines("Chilean students continued their hunger strike to demand the resignation of the Chilean president."),
      ["CHLCVL>CHLGOV 142", "CHLCVL>CHLGOV 1041"],
    );
  });
});

describe("events: storming by armed men is an assault, by a crowd a riot", () => {
  it("codes forces, commandos or gunmen storming a place as 190 and protesters storming it as 145", () => {
    assert.deepEqual(pairsIn("Peruvian troops stormed the Chilean border post of Chacalluta on Tuesday."), [
      "PER>CHL 190",
    ]);
    assert.deepEqual(pairsIn("Peruvian commandos stormed the Chilean ambassador's residence in Lima."), [
      "PER>CHL 190",
    ]);
    assert.deepEqual(pairsIn("Protesters stormed the Chilean embassy in Lima."), ["PER>CHL 145"]);
    // (fighting alongside forces is fighting with them as allies: military cooperation)
    assert.deepEqual(pairsIn("Peruvian troops fought alongside Chilean forces near the border."), [
      "CHL>PER 062",
      "PER>CHL 062",
    ]);
    // (storming out of a room is leaving it in anger)
    assert.deepEqual(pairsIn("The Peruvian delegation stormed out of the Chilean foreign ministry."), []);
  });
});

describe("events: strikes and sit-ins", () => {
  it("codes workers 'on strike' and a sit-in staged ('sit-in' one word)", () => {
    assert.deepEqual(pairsIn("Chilean dock workers have been on strike since Monday."), ["CHL>CHL 143"]);
    assert.deepEqual(pairsIn("Peruvian students staged a sit-in outside the parliament on Monday."), ["PER>PER 144"]);
    // (not a strike on a place)
    assert.deepEqual(pairsIn("Chile carried out a strike on Peru on Monday."), ["CHL>PER 190"]);
  });
});
