import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn } from "./testing.js";

const welcomed = (text: string) =>
  eventsIn(text)
    .filter((e) => text.slice(e.trigger.start, e.trigger.end) === "welcomed")
    .map((e) => `${e.source.country}>${e.target?.country ?? "-"}`)
    .sort();

// The whole pipeline: the referent depends on every act coded before it.
test("'welcomed the outcome' answers the article's lead act, not the act told last", () => {
  const lead =
    "Chile and Peru signed a fisheries agreement in Lima on Monday. Bolivia expelled a Chilean diplomat on Tuesday.";
  assert.deepEqual(welcomed(`${lead} Brazil welcomed the outcome.`), ["BRA>CHL", "BRA>PER"]);
  assert.deepEqual(welcomed(`${lead} Brazil welcomed the announcement.`), ["BRA>CHL", "BRA>PER"]);
  // "the decision" is still the latest act by another party
  assert.deepEqual(welcomed(`${lead} Brazil welcomed the decision.`), ["BRA>BOL"]);
});

test("an act the welcoming party did alone is no news it welcomes", () => {
  const text =
    "Brazil sent food aid to Haiti on Monday. Uruguay and Paraguay signed a trade pact on Tuesday. Brazil welcomed the outcome.";
  assert.deepEqual(welcomed(text), ["BRA>PRY", "BRA>URY"]);
});
