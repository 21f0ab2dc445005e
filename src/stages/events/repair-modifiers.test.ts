import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TokenTag } from "../../doc/layers/segment.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { coordinatedDemonyms } from "./repair-modifiers.js";
import { pairsIn } from "./testing.js";

/** Rows "lemma UPOS head rel" (head 0-based, -1 for the root) as tags and dependencies. */
function parsed(rows: string): { tags: TokenTag[]; deps: Dependency[] } {
  const tags: TokenTag[] = [];
  const deps: Dependency[] = [];
  for (const row of rows.trim().split("\n")) {
    const [lemma = "", upos = "", head = "", rel = ""] = row.trim().split(/\s+/);
    tags.push({ lemma, upos, xpos: upos });
    deps.push({ head: Number(head), rel });
  }
  return { tags, deps };
}
const shape = (deps: readonly Dependency[]) => deps.map((d) => `${d.head}:${d.rel}`).join(" ");

describe("repairs: nationalities coordinated before one noun", () => {
  it("makes the noun the head when the parser took the first nationality for it", () => {
    // "The Chilean and Peruvian envoys met" with "Chilean" read as the subject, "envoys" its conjunct
    const { tags, deps } = parsed(`
      the DET 1 det
      chilean ADJ 5 nsubj
      and CCONJ 4 cc
      peruvian ADJ 4 amod
      envoy NOUN 1 conj
      meet VERB -1 root`);
    coordinatedDemonyms(tags, deps);
    assert.equal(shape(deps), "4:det 4:amod 3:cc 1:conj 5:nsubj -1:root");
  });

  it("joins a second nationality that the parser left beside the first", () => {
    // "Chilean and South Peruvian officials": both on the noun, no conjunct
    const { tags, deps } = parsed(`
      chilean ADJ 4 amod
      and CCONJ 3 cc
      south PROPN 3 compound
      peruvian PROPN 4 compound
      official NOUN 5 nsubj
      meet VERB -1 root`);
    coordinatedDemonyms(tags, deps);
    assert.equal(shape(deps), "4:amod 3:cc 3:compound 0:conj 5:nsubj -1:root");
  });

  it("leaves a country joined to a group, and words that are no nationality, as parsed", () => {
    for (const first of ["chile PROPN", "old ADJ"]) {
      const { tags, deps } = parsed(`
        ${first} 5 nsubj
        and CCONJ 3 cc
        peruvian ADJ 3 amod
        envoy NOUN 0 conj
        meet VERB -1 root`);
      const before = shape(deps);
      coordinatedDemonyms(tags, deps);
      assert.equal(shape(deps), before, first);
    }
  });

  it("codes what the officials two nationalities name did together, in both directions", () => {
    // (each a parse the repairs above mend)
    assert.deepEqual(pairsIn("After the meeting, the Chilean and Peruvian presidents signed three agreements."), [
      "CHL>PER 040",
      "CHL>PER 057",
      "PER>CHL 040",
      "PER>CHL 057",
    ]);
    assert.deepEqual(pairsIn("The French and German leaders met in Berlin on Monday."), ["DEU>FRA 040", "FRA>DEU 040"]);
    assert.deepEqual(pairsIn("Japanese and South Korean officials held talks in Seoul."), [
      "JPN>KOR 040",
      "KOR>JPN 040",
    ]);
  });
});
