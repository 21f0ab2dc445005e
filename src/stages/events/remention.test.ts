import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

// The whole pipeline: re-mentions depend on actors, dates and statuses together.
test("a planned visit named again ('Vidal's visit') is the same planned event, not a new one", () => {
  const text =
    "Chilean Foreign Minister Sergio Vidal's scheduled visit to Peru on May 4 and 5 is significant, analysts said. " +
    "The timing of Vidal's visit is noteworthy. " +
    "Bolivia expelled two Chilean diplomats on Monday. " +
    "Analysts said Vidal's visit marks a thaw between the neighbours.";
  const doc = analyzeDoc(makeArticle({ text, published: "2023-04-27T09:00:00Z" }));
  const visits = (doc.events ?? []).filter((e) => text.slice(e.trigger.start, e.trigger.end) === "visit");
  assert.deepEqual(
    visits.map((e) => [e.source.country, e.target?.country ?? null, e.status]),
    [["CHL", "PER", "planned"]],
  );
});
