import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CodedEvent } from "../../doc/layers/events.js";
import { eventsIn } from "./testing.js";

/** "CAMEO @place/country" of each event whose trigger is `trigger` in `text`, sorted ("-" for no place). */
function sites(text: string, trigger: string): string[] {
  const at = (e: CodedEvent) => text.slice(e.trigger.start, e.trigger.end) === trigger;
  return eventsIn(text)
    .filter(at)
    .map((e) => `${e.cameo} @${e.location ? `${e.location.name}/${e.location.country ?? "?"}` : "-"}`)
    .sort();
}

describe("events: where an event happens (record location)", () => {
  it("places a visit or trip where it goes, each of several destinations its own", () => {
    assert.deepEqual(sites("The Chilean foreign minister will travel to Lima next week.", "travel"), ["042 @Lima/PER"]);
    assert.deepEqual(sites("The Chilean foreign minister will travel to Lima and Quito next week.", "travel"), [
      "042 @Lima/PER",
      "042 @Quito/ECU",
    ]);
  });

  it("names the capital a nationality gives ('the Peruvian capital') and a region of one state", () => {
    assert.deepEqual(sites("Chilean President Gabriel Boric arrived in the Peruvian capital on Monday.", "arrived"), [
      "042 @Lima/PER",
    ]);
    assert.deepEqual(sites("Sudanese troops clashed with rebels in Darfur on Sunday.", "clashed"), [
      "190 @Darfur/SDN",
      "190 @Darfur/SDN",
    ]);
  });

  it("places a material act where what it is done to is, through a measure or a building", () => {
    assert.deepEqual(
      sites("Peruvian police detained dozens of Chilean protesters in Arequipa on Sunday.", "detained"),
      ["173 @Arequipa/PER"],
    );
    assert.deepEqual(
      sites("Chilean protesters rallied outside the Peruvian embassy in Santiago on Monday.", "rallied"),
      ["141 @Santiago/CHL"],
    );
  });

  it("shares the place of a coordinated verb, a trip a clause is for, and a where-clause's place", () => {
    const received =
      "Chile's foreign minister arrived in Lima on Sunday and was received by Peru's president that evening.";
    assert.deepEqual(sites(received, "received"), ["043 @Lima/PER"]);
    const where = "The Chilean president travelled to Lima, where he met Peruvian President Dina Boluarte.";
    assert.deepEqual(sites(where, "met"), ["040 @Lima/PER", "040 @Lima/PER"]);
    const aside = "Chile's foreign minister, who visited Lima last week, criticised Bolivia on Monday.";
    assert.deepEqual(sites(aside, "criticised"), ["111 @-"]);
  });

  it("takes a gathering's place the parser hung on an argument ('appealed for aid at a summit in Quito')", () => {
    assert.deepEqual(
      sites("Chile appealed to Peru for more firefighting aircraft at a regional summit in Quito.", "appealed"),
      ["020 @Quito/ECU"],
    );
  });

  it("gives no site for a country, and reads a town's apposition for its country", () => {
    assert.deepEqual(sites("Peruvian police detained a Chilean citizen in Bolivia on Friday.", "detained"), ["173 @-"]);
    assert.deepEqual(sites("Chilean police arrested two Peruvian men in Paris, Texas, on Tuesday.", "arrested"), [
      "173 @Paris/USA",
    ]);
  });

  it("sends aid to where it goes, and names a province the gazetteer lacks by its nationality", () => {
    assert.deepEqual(sites("Chile sent humanitarian aid to Arequipa on Monday.", "sent"), ["073 @Arequipa/PER"]);
    assert.deepEqual(
      sites("Peruvian soldiers killed five Chilean smugglers in the southern Peruvian province of Tacna.", "killed"),
      ["190 @Tacna/PER"],
    );
  });
});
