import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* An "it" after a partitive "one" stands for the group "one" is taken from. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-05-10T08:00:00Z"), ctx), ctx);
}

function mentionsOf(doc: Doc, name: string): string[] {
  const a = doc.actors?.find((x) => x.name === name);
  return (a?.mentions ?? []).map((m) => doc.text.slice(m.start, m.end));
}

test("an 'it' after 'one of them' stands for the group 'one' is taken from", () => {
  const doc = analyse(
    "Peru and Bolivia sent delegations to Lima, with one of them announcing that it would leave early.",
  );
  assert.deepEqual(mentionsOf(doc, "Peru"), ["Peru", "them", "it"]);
  assert.deepEqual(mentionsOf(doc, "Bolivia"), ["Bolivia", "them", "it"]);
  const two = analyse("China and Japan held talks. One of the two countries said it would not attend the next round.");
  assert.deepEqual(mentionsOf(two, "Japan"), ["Japan", "two countries", "it"]);
});

test("'one of its citizens' does not make a later 'it' the group", () => {
  const doc = analyse("Latvia demanded the release of one of its citizens, and it summoned the Russian envoy.");
  assert.deepEqual(mentionsOf(doc, "Latvia").at(-1), "it");
});

test("an 'it' after an acting 'one' is the plural group named before it", () => {
  const doc = analyse(
    "The EU imposed duties on Japanese electric cars. Japanese carmakers, meanwhile, have sped up plans to build " +
      "plants in the EU, with one saying on Monday that it would open a factory in Poland.",
  );
  assert.deepEqual(mentionsOf(doc, "Japanese carmakers"), ["Japanese carmakers", "it"]);
  assert.equal(mentionsOf(doc, "EU").includes("it"), false);
});

test("an 'it' after 'one' with another actor named between is left to the usual rules", () => {
  const doc = analyse(
    "Farmers' unions met in Paris, with one meeting the Agriculture Ministry, which said it would help.",
  );
  assert.equal(mentionsOf(doc, "Farmers' unions").includes("it"), false);
});
