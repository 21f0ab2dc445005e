import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* Go-betweens and the subject of a relative clause are not members of a group nominal. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2024-03-01T10:00:00Z"), ctx), ctx);
}

/** The codes of the actors that have a mention with exactly this text, sorted. */
function pairOf(doc: Doc, mention: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const a of doc.actors ?? [])
    if (a.mentions.some((m) => doc.text.slice(m.start, m.end) === mention)) out.push(a.code);
  return out.sort();
}

test("a pair that brokered or hosted talks is not 'the two sides': the parties are", () => {
  const brokered = analyse(
    "Chile and Peru signed separate accords on Monday with Brazil and the United Nations, which brokered the talks. " +
      "The two sides did not meet face to face.",
  );
  assert.deepEqual(pairOf(brokered, "two sides"), ["CHL", "PER"]);
  const hosted = analyse(
    "Egypt and Jordan agreed to restore ties on Friday. Kuwait and Qatar had hosted earlier rounds of talks between the two neighbours.",
  );
  assert.deepEqual(pairOf(hosted, "two neighbours"), ["EGY", "JOR"]);
  const mediated = analyse(
    "Armenia and Azerbaijan met in Vienna in talks mediated by France and Germany. The two rivals agreed to meet again.",
  );
  assert.deepEqual(pairOf(mediated, "two rivals"), ["ARM", "AZE"]);
  const cohosted = analyse(
    "Ghana and Togo signed a border accord in Abuja, in talks hosted by Nigeria and Benin. The two sides will open new crossings.",
  );
  assert.deepEqual(pairOf(cohosted, "two sides"), ["GHA", "TGO"]);
});

test("a pair hosted by a third party stays the pair", () => {
  const doc = analyse(
    "Serbia and Kosovo, hosted by the European Union in Brussels, agreed on a plan. The two sides will meet again.",
  );
  assert.deepEqual(pairOf(doc, "two sides"), ["SRB", "XKX"]);
});

test("a go-between named alone is left out of the pair; a host of a visitor is a side", () => {
  const brokered = analyse(
    "Kenyan Foreign Minister Paul Otieno met Somali Foreign Minister Ahmed Farah in Doha in talks brokered by Qatar. " +
      "Qatari Foreign Minister Khalid Nasser said the two sides had agreed to reopen embassies.",
  );
  assert.deepEqual(pairOf(brokered, "two sides"), ["KEN", "SOM"]);
  const visit = analyse(
    "Japan hosted Indian Prime Minister Arun Mehta on Monday. The two sides signed a defence pact.",
  );
  assert.deepEqual(pairOf(visit, "two sides"), ["IND", "JPN"]);
});

test("the actor a relative clause is about is not in the group the clause names", () => {
  const doc = analyse(
    "Chile accused Bolivia of blocking the border. Argentina, Uruguay and Paraguay urged calm. " +
      "Peru, which borders both countries, said it had sent more troops.",
  );
  assert.deepEqual(pairOf(doc, "both countries"), ["BOL", "CHL"]);
});

test("a relative clause about a group keeps that group's members", () => {
  const doc = analyse(
    "Kenya and Uganda drew 1-1 in a match watched by both countries' sports ministers, who had met earlier " +
      "to plan the tournament that the two nations will co-host.",
  );
  assert.deepEqual(pairOf(doc, "two nations"), ["KEN", "UGA"]);
});
