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

  it("places a gathering of the same two states, that day, in the sentence after a placed one, where it was", () => {
    const text =
      "Chilean President Ana Rojas received her Peruvian counterpart Luis Vega in Santiago on Monday. After a long meeting, the two presidents signed a water agreement.";
    assert.deepEqual(sites(text, "signed"), ["057 @Santiago/CHL", "057 @Santiago/CHL"]);
    // (not on another day, nor when neither sentence gives a day)
    assert.deepEqual(sites(text.replace("After a long meeting", "On Tuesday"), "signed"), ["057 @-", "057 @-"]);
    const undated = "Chile's president met Peru's president in Santiago. Chile and Peru held talks by video link.";
    assert.deepEqual(sites(undated, "talks"), ["040 @-", "040 @-"]);
    // (in one sentence, one scene)
    assert.deepEqual(sites("After talks in Lima, Chile and Peru signed a water agreement.", "signed"), [
      "057 @Lima/PER",
      "057 @Lima/PER",
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

  it("gives no site for a metonym, an addressee's seat, a sanction's object, a trip before, or a call (it has two ends)", () => {
    assert.deepEqual(sites("Chile sent fighter jets to Lima in April.", "sent"), ["154 @-"]);
    const froze = "Chile froze the assets of two businessmen in Lima over their links to the Peruvian military.";
    assert.deepEqual(sites(froze, "froze"), ["163 @-"]);
    assert.deepEqual(sites("The Chilean president called his Peruvian counterpart in Lima on Friday.", "called"), [
      "041 @-",
      "041 @-",
    ]);
    assert.deepEqual(sites("The UN called on the authorities in Kabul to reopen girls' schools.", "called"), [
      "020 @-",
    ]);
    assert.deepEqual(sites("The Chilean president returned to Santiago on Friday after a visit to Peru.", "visit"), [
      "042 @-",
    ]);
  });

  it("reads no common noun as a town ('at the Temple') and no country from a US state's name ('Atlanta, Georgia')", () => {
    assert.deepEqual(sites("Peruvian police clashed with worshippers at the Temple on Friday.", "clashed"), ["190 @-"]);
    assert.deepEqual(sites("Chilean police arrested two Peruvian men in Atlanta, Georgia, on Tuesday.", "arrested"), [
      "173 @Atlanta/USA",
    ]);
    assert.deepEqual(
      sites("Protesters rallied in the Canadian province of British Columbia against Chilean mining.", "rallied"),
      ["141 @British Columbia/CAN"],
    );
  });

  it("places a meeting or signing the lead sentence reports in the town the story is filed from", () => {
    const story =
      "LIMA — Chile and Peru signed a fisheries agreement on Monday. Chile demanded the release of two fishermen on Tuesday. Chile and Peru held talks on Wednesday.";
    assert.deepEqual(sites(story, "signed"), ["057 @Lima/PER", "057 @Lima/PER"]);
    assert.deepEqual(sites(story, "talks"), ["040 @-", "040 @-"]);
    assert.deepEqual(sites(story.replace("signed", "rejected"), "rejected"), ["120 @-", "120 @-"]);
    // (not a meeting with no party of the dateline's country, by video, or named somewhere else)
    const abroad = "LIMA — Chile and Bolivia signed a fisheries agreement on Monday.";
    assert.deepEqual(sites(abroad, "signed"), ["057 @-", "057 @-"]);
    assert.deepEqual(sites("LIMA — Peru and Chile held talks by video link on Monday.", "talks"), ["040 @-", "040 @-"]);
    assert.deepEqual(sites("LIMA — Peru's president met Chile's president in Quito on Monday.", "met"), [
      "040 @Quito/ECU",
      "040 @Quito/ECU",
    ]);
    const elsewhere =
      "LIMA — Peru's president met Bolivia's president on Monday at the start of a state visit to Santiago.";
    assert.deepEqual(sites(elsewhere, "met"), ["040 @-", "040 @-"]);
  });

  it("reads a name with its capitalised words ('New York', 'West Virginia') and no qualified capital as the capital", () => {
    assert.deepEqual(sites("Chilean police arrested a Peruvian man in New York on Monday.", "arrested"), [
      "173 @New York/USA",
    ]);
    assert.deepEqual(sites("Police arrested Chilean protesters in West Virginia on Monday.", "arrested"), [
      "173 @West Virginia/USA",
    ]);
    assert.deepEqual(sites("Police arrested Chilean protesters in Florida on Monday.", "arrested"), [
      "173 @Florida/USA",
    ]);
    assert.deepEqual(sites("Peru's president met Chile's president in St. Petersburg.", "met"), [
      "040 @St. Petersburg/RUS",
      "040 @St. Petersburg/RUS",
    ]);
    assert.deepEqual(
      sites("Rebels killed four Peruvian police officers in the Peruvian commercial capital.", "killed"),
      ["190 @-"],
    );
  });

  it("places an attack on its target place or on those it is fired on, not through an after-clause or a surname", () => {
    assert.deepEqual(sites("Chilean troops shelled Tacna on Tuesday.", "shelled"), ["194 @Tacna/PER"]);
    assert.deepEqual(sites("Peruvian police cracked down on protesters in Arequipa on Sunday.", "cracked"), [
      "175 @Arequipa/PER",
    ]);
    assert.deepEqual(sites("Chilean troops killed Peruvian rebel commander Juan Lima in the desert.", "killed"), [
      "190 @-",
    ]);
    const after = "After meeting the Bolivian president on Friday, the Chilean president flew to Lima.";
    assert.deepEqual(sites(after, "meeting"), ["040 @-", "040 @-"]);
  });

  it("places an act at a seat of government in its capital, and at a town named before the place it is at", () => {
    assert.deepEqual(sites("Peru's president met Chile's foreign minister at the Kremlin on Tuesday.", "met"), [
      "040 @Moscow/RUS",
      "040 @Moscow/RUS",
    ]);
    assert.deepEqual(sites("Chile and Peru held talks at a Lima hotel.", "talks"), ["040 @Lima/PER", "040 @Lima/PER"]);
    assert.deepEqual(sites("Chile and Peru resumed the Lima talks on Monday.", "talks"), [
      "040 @Lima/PER",
      "040 @Lima/PER",
    ]);
    const ceremony = "Chile signed a treaty with Peru at a White House ceremony hosted by the US president.";
    assert.deepEqual(sites(ceremony, "hosted"), ["043 @Washington/USA", "043 @Washington/USA"]);
  });

  it("takes a fronted place the parser hung on the subject, and a town named after a description", () => {
    assert.deepEqual(
      sites("In Lima, Peru's defence ministry protested to Chile over the airspace violation.", "protested"),
      ["114 @Lima/PER"],
    );
    const described = "Senegalese police fired tear gas at protesters in the Senegalese capital Dakar on Thursday.";
    assert.deepEqual(sites(described, "fired"), ["175 @Dakar/SEN"]);
  });
});
