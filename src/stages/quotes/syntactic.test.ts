import assert from "node:assert/strict";
import { test } from "node:test";
import type { Quote } from "../../doc/layers/quotes.js";
import { quotesStage } from "./index.js";
import type { TestActor } from "./testing.js";
import { docForTest } from "./testing.js";

function run(text: string, actors: TestActor[] = []): readonly Quote[] {
  return quotesStage.run(docForTest(text, actors), { timezone: null }).quotes ?? [];
}
const cueOf = (text: string, q: Quote): string => text.slice(q.cue.start, q.cue.end);
const contentOf = (text: string, q: Quote): string => text.slice(q.content.start, q.content.end);

const OKAFOR: TestActor = {
  name: "Grace Okafor",
  mentions: ["Grace Okafor", "Okafor", "she"],
  country: "NGA",
  sector: "GOV",
  role: "minister",
};

test("a parenthetical attribution inside the reported clause is an indirect quote", () => {
  const text = "The new levy, she stated, was meant to fund rural clinics.";
  const q = run(text, [OKAFOR]).find((x) => cueOf(text, x) === "stated");
  assert.ok(q);
  assert.equal(q.speakerText, "Grace Okafor");
  assert.match(contentOf(text, q), /levy.*rural clinics/);
});

test("a statement noun with a possessor and a that-clause is a quote", () => {
  const text = "Markets rose after the ministry's announcement that tariffs would be cut.";
  const q = run(text).find((x) => cueOf(text, x) === "announcement");
  assert.ok(q);
  assert.equal(contentOf(text, q), "tariffs would be cut");
  assert.equal(q.speakerText, "the ministry");
});

test("negative: a statement noun without a that-clause is no quote", () => {
  const text = "Markets rose after the ministry's announcement on Tuesday.";
  assert.equal(
    run(text).some((x) => cueOf(text, x) === "announcement"),
    false,
  );
});

test("quoted X as saying: the words are X's, the cue is saying", () => {
  const text = '"We will not sign this deal," the agency quoted Okafor as saying.';
  const q = run(text, [OKAFOR]).find((x) => x.direct);
  assert.ok(q);
  assert.equal(cueOf(text, q), "saying");
  assert.equal(q.speakerText, "Grace Okafor");
});

test("blamed X on Y carries its claim; a lone quantifier can be the speaker", () => {
  const text = "Analysts blame the losses on worries about a slowdown. Some say the worst is over.";
  const quotes = run(text);
  const blame = quotes.find((x) => cueOf(text, x) === "blame");
  assert.ok(blame);
  assert.match(contentOf(text, blame), /losses on worries/);
  const some = quotes.find((x) => cueOf(text, x) === "say");
  assert.ok(some);
  assert.equal(contentOf(text, some), "the worst is over");
});

test("negative: blamed X for Y without the content preposition is no quote", () => {
  const text = "Analysts blame the government for the losses.";
  assert.equal(run(text).length, 0);
});

test("described a fragment: an own-words opinion verb makes it a partial quote", () => {
  const text = 'Okafor described the vote as "a turning point" for the region.';
  const q = run(text, [OKAFOR]).find((x) => x.partial);
  assert.ok(q);
  assert.equal(contentOf(text, q), "a turning point");
  assert.equal(q.speakerText, "Grace Okafor");
});

test("negative: a quote closed by a full stop takes no attribution from the next sentence", () => {
  const text = 'The banner read "Peace now." Protesters told reporters that they would return.';
  const quotes = run(text);
  assert.equal(
    quotes.some((x) => x.direct && contentOf(text, x).startsWith("Peace")),
    quotes.some((x) => x.direct && x.speakerText === null),
  );
  assert.ok(quotes.every((x) => !(x.direct && cueOf(text, x) === "told")));
});
