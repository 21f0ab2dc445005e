import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { analyzeDoc } from "../../pipeline/analyze.js";

/** The whole pipeline (tagger, parser, actors): [cue, speaker actor's name] of each quote. */
function speakers(text: string): [string, string | null][] {
  const doc = analyzeDoc(makeArticle({ text, published: "2024-03-05" }));
  const name = new Map((doc.actors ?? []).map((a) => [a.id, a.name]));
  return (doc.quotes ?? []).map((q) => [
    text.slice(q.cue.start, q.cue.end),
    q.speaker ? (name.get(q.speaker) ?? null) : null,
  ]);
}

test("a relative pronoun speaks for the noun before it, through both coordinated cues", () => {
  const text =
    'The vote came at a session of the Arctic Fisheries Council, which condemned the seizure "in the strongest terms" and demanded the release of the crew.';
  const got = speakers(text);
  assert.deepEqual(
    got.map(([cue]) => cue),
    ["condemned", "demanded"],
  );
  assert.ok(
    got.every(([, who]) => who === "Arctic Fisheries Council"),
    JSON.stringify(got),
  );
});

test("a finite cue after an insertion set off by commas keeps the subject before the insertion", () => {
  const whose = "Okafor, whose ministry drafted both bills, told reporters that the levy would be cut.";
  assert.deepEqual(speakers(`Grace Okafor arrived on Monday. ${whose}`), [["told", "Grace Okafor"]]);
  const named =
    "Nigeria's envoy in Accra, Tunde Balogun, suggested in a newspaper interview that Nigerian traders could boycott Ghanaian goods.";
  assert.deepEqual(speakers(named), [["suggested", "Tunde Balogun"]]);
});

test("a title with the person's name in apposition is that person", () => {
  const text = "The junta's leader, Colonel Amadou Keita, said in a televised address that elections would follow.";
  assert.deepEqual(speakers(text), [["said", "Amadou Keita"]]);
});

test("unnamed officials and diplomats of a known country speak anonymously, with their group as speaker", () => {
  const text = "Kenyan officials said the border would reopen on Monday.";
  const doc = analyzeDoc(makeArticle({ text, published: "2024-03-05" }));
  const q = doc.quotes?.[0];
  assert.equal(q?.anonymous, true);
  assert.equal(q?.anonymousClass, "officials");
  assert.equal(doc.actors?.find((a) => a.id === q?.speaker)?.country, "KEN");
});

test("members of a named body speak for it; a cue's audience is never its speaker", () => {
  const text =
    "Foreign ministers of the Group of Seven criticised Beijing on Wednesday, saying the drills were a threat.";
  assert.deepEqual(speakers(text), [["saying", "Group of Seven"]]);
  const told =
    "Deputy Minister Li Ming summoned Canada's ambassador on Tuesday to lodge a protest, telling him that Ottawa would pay a price.";
  assert.deepEqual(speakers(told), [["telling", "Li Ming"]]);
});

test("'according to a ministry statement' is the ministry named before", () => {
  const text =
    "The Chilean Foreign Ministry summoned the envoy on Monday. According to a ministry statement, the talks would resume in June.";
  assert.deepEqual(speakers(text).at(-1), ["According to", "Chilean Foreign Ministry"]);
});

test("an unnamed official of a country or a place speaks anonymously", () => {
  for (const text of [
    "A senior Kenyan official, speaking on condition of anonymity, said the border would reopen.",
    "Officials in Nairobi said the border would reopen on Monday.",
  ]) {
    const q = analyzeDoc(makeArticle({ text, published: "2024-03-05" })).quotes?.[0];
    assert.equal(q?.anonymous, true, text);
    assert.equal(q?.anonymousClass, "officials", text);
  }
});

test("a participle after a quotation goes on with the sentence's subject ('\"...\", telling him')", () => {
  const text =
    'Deputy Minister Li Ming summoned the ambassador to lodge what he called "strong protests", telling him that Ottawa would pay a price.';
  assert.deepEqual(
    speakers(text).find(([cue]) => cue === "telling"),
    ["telling", "Li Ming"],
  );
});
