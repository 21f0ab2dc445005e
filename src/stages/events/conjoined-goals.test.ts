import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines, eventsIn } from "./testing.js";

const lines = (text: string) => eventLines(eventsIn(text), ["cameo", "status"]);

test("each goal conjoined to an agreement's first codes an agreement of its own", () => {
  assert.deepEqual(lines("Chile and Peru agreed to pull back their troops and to expand cooperation on fisheries."), [
    "CHL>PER 031 reported",
    "CHL>PER 0356 reported",
    "PER>CHL 031 reported",
    "PER>CHL 0356 reported",
  ]);
});

test("an appeal with two goals is two appeals to the same party", () => {
  assert.deepEqual(lines("Chile urged Peru to release the fishermen and to withdraw its troops from the border."), [
    "CHL>PER 0253 reported",
    "CHL>PER 0256 reported",
  ]);
});

test("a first goal the lexicon does not know leaves the conjoined one's code; an unknown second adds nothing", () => {
  assert.deepEqual(lines("Chile urged Peru to act quickly and withdraw its troops from the border."), [
    "CHL>PER 0256 reported",
  ]);
  assert.deepEqual(lines("Chile urged Peru to withdraw its troops and act quickly."), ["CHL>PER 0256 reported"]);
});

test("a finite conjunct, one naming another party, or one after a negated first goal is no second goal", () => {
  // (the arrest is the clause's own act, not promised)
  assert.ok(
    lines("Bolivia promised to investigate the killings and arrested three police officers.").includes(
      "BOL>BOL 030 reported",
    ),
  );
  assert.ok(!lines("Venezuela promised to hold talks and released two prisoners.").some((l) => l.includes(" 0353 ")));
  assert.deepEqual(
    lines("Britain threatened to expel Russian diplomats and to cut aid to Zimbabwe.").filter((l) => l.includes(" 13")),
    ["GBR>RUS 1313 reported"],
  );
  // (a nationality counts as a party named: receiving aid is no promise to give it)
  assert.deepEqual(lines("Brazil pledged to cut deforestation and to welcome Norwegian aid."), [
    "BRA>NOR 030 reported",
  ]);
  // (nor does it lend its code to the first goal's party)
  assert.ok(
    lines("Hungary refused to condemn Russia and to send weapons to Ukraine.").includes("HUN>RUS 120 reported"),
  );
  assert.ok(
    !lines("Seoul promised not to deploy more missiles or to expand its military drills with Washington.").some((l) =>
      l.includes(" 031"),
    ),
  );
});

test("a conjoined clause with its own subject or a negation is no second goal of the verb's", () => {
  assert.deepEqual(lines("Chile agreed to withdraw its troops and not to expand cooperation with Peru."), [
    "CHL>PER 0356 reported",
  ]);
  assert.deepEqual(lines("Chile demanded that Peru withdraw its troops and that Bolivia release the fishermen."), [
    "CHL>PER 1056 reported",
  ]);
});
