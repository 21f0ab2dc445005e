import assert from "node:assert/strict";
import { test } from "node:test";
import type { Actor } from "../../doc/layers/actors.js";
import { expandPairs } from "./expand.js";

function actor(id: string, country: string, sector: string | null): Actor {
  return {
    id,
    name: id,
    kind: sector ? "person" : "country",
    country,
    sector,
    code: `${country}${sector ?? ""}`,
    role: null,
    mentions: [],
  };
}

const noRoles = { sources: [], targets: [], participants: [], place: null };

test("compound sources and targets expand into every pair, both ways when symmetric", () => {
  const pairs = expandPairs(
    { ...noRoles, sources: [actor("a1", "FIN", null), actor("a2", "SWE", null)], targets: [actor("a3", "NOR", null)] },
    true,
    false,
  );
  assert.deepEqual(
    pairs.map((p) => `${p.source.code}>${p.target?.code}`),
    ["FIN>NOR", "NOR>FIN", "SWE>NOR", "NOR>SWE"],
  );
});

test("no pair of an actor with itself, nor of two parties with one code: the act stands with no recipient", () => {
  const envoy = actor("a1", "USA", "GOV");
  const minister = actor("a2", "USA", "GOV");
  const lines = (ps: ReturnType<typeof expandPairs>) => ps.map((p) => `${p.source.code}>${p.target?.code ?? "-"}`);
  assert.deepEqual(lines(expandPairs({ ...noRoles, sources: [envoy], targets: [envoy] }, false, false)), ["USAGOV>-"]);
  assert.deepEqual(lines(expandPairs({ ...noRoles, sources: [envoy], targets: [minister] }, false, false)), [
    "USAGOV>-",
  ]);
  // Symmetric acts need a partner: one side resolved twice is no meeting.
  assert.deepEqual(expandPairs({ ...noRoles, sources: [envoy], targets: [minister] }, true, false), []);
  const kyiv = actor("a3", "UKR", "GOV");
  assert.equal(expandPairs({ ...noRoles, sources: [envoy], targets: [kyiv] }, false, false).length, 1);
});

test("a symmetric event never pairs an official with their own state; other events may", () => {
  const minister = actor("a1", "PER", "GOV");
  const envoy = actor("a2", "CHL", "GOV");
  const peru = actor("a3", "PER", null);
  const call = expandPairs({ ...noRoles, sources: [minister, envoy], targets: [peru] }, true, false);
  assert.deepEqual(
    call.map((p) => `${p.source.code}>${p.target?.code}`),
    ["CHLGOV>PER", "PER>CHLGOV"],
  );
  assert.equal(expandPairs({ ...noRoles, sources: [minister], targets: [peru] }, false, false).length, 1);
});
