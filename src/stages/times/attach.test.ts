import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withLayers } from "../../doc/doc.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import { dateForToken, timesStage } from "./index.js";
import { roughDoc } from "./test-doc.js";

const PUB = "2021-03-18T15:34:00+08:00";
const tokenOf = (doc: ReturnType<typeof roughDoc>, word: string) =>
  doc.tokens?.findIndex((t) => doc.text.slice(t.start, t.end) === word) ?? -1;

describe("attachment without a parse", () => {
  it("anchors a time to the event noun it follows, else the nearest verb", () => {
    const doc = timesStage.run(roughDoc("Lavrov's visit to China on March 22 and 23 was announced.", PUB), {
      timezone: null,
    });
    assert.equal(doc.times?.[0]?.anchor, tokenOf(doc, "visit"));
    const told = timesStage.run(roughDoc("Wu told the Global Times on Friday that ties were strong.", PUB), {
      timezone: null,
    });
    assert.equal(told.times?.[0]?.anchor, tokenOf(told, "told"));
  });
  it("dates an event token by the time attached to it, else the publication day", () => {
    const doc = timesStage.run(roughDoc("Wu told the Global Times on Friday that ties were strong.", PUB), {
      timezone: null,
    });
    assert.deepEqual(dateForToken(doc, tokenOf(doc, "told")), {
      start: "2021-03-12",
      end: "2021-03-12",
      basis: "text",
    });
    const plain = timesStage.run(roughDoc("Wu said ties were strong.", PUB), { timezone: null });
    assert.deepEqual(dateForToken(plain, tokenOf(plain, "said")), {
      start: "2021-03-18",
      end: "2021-03-18",
      basis: "publication",
    });
    const undated = timesStage.run(roughDoc("Wu said ties were strong.", null), { timezone: null });
    assert.deepEqual(dateForToken(undated, tokenOf(undated, "said")), { start: null, end: null, basis: "publication" });
  });
});

describe("attachment with a dependency parse", () => {
  // "Zhao said Wang will visit Moscow on March 22 and 23 ."
  const text = "Zhao said Wang will visit Moscow on March 22 and 23.";
  const heads: Array<[number, string]> = [
    [1, "nsubj"],
    [-1, "root"],
    [4, "nsubj"],
    [4, "aux"],
    [1, "ccomp"],
    [4, "obj"],
    [7, "case"],
    [4, "obl"],
    [7, "nummod"],
    [10, "cc"],
    [7, "conj"],
    [1, "punct"],
  ];
  const base = roughDoc(text, PUB);
  const deps: Dependency[] = heads.map(([head, rel]) => ({ head, rel }));
  const parsed = withLayers(base, { deps });
  const doc = timesStage.run(parsed, { timezone: null });
  it("walks up from the time to the verb it modifies", () => {
    assert.equal(base.tokens?.length, heads.length);
    assert.equal(doc.times?.[0]?.anchor, tokenOf(doc, "visit"));
    assert.equal(doc.times?.[0]?.value, "2021-03-22/2021-03-23");
  });
  it("gives the clause's time to an event without its own, and not to the matrix verb", () => {
    assert.deepEqual(dateForToken(doc, tokenOf(doc, "Moscow")), {
      start: "2021-03-22",
      end: "2021-03-23",
      basis: "text",
    });
    assert.equal(dateForToken(doc, tokenOf(doc, "said")).basis, "publication");
  });
});

describe("a time between a subject and its verb", () => {
  // The parser hung "on Tuesday" on the subject, and "last month" on the verb.
  const text = "The Chilean government on Tuesday accused Peru of a raid last month.";
  const heads: Array<[number, string]> = [
    [2, "det"],
    [2, "amod"],
    [5, "nsubj"],
    [4, "case"],
    [2, "nmod"],
    [-1, "root"],
    [5, "obj"],
    [9, "case"],
    [9, "det"],
    [6, "nmod"],
    [11, "amod"],
    [5, "obl:unmarked"],
    [5, "punct"],
  ];
  const base = roughDoc(text, PUB);
  const doc = timesStage.run(withLayers(base, { deps: heads.map(([head, rel]) => ({ head, rel })) }), {
    timezone: null,
  });
  it("dates the verb, not the subject", () => {
    assert.equal(base.tokens?.length, heads.length);
    const tuesday = doc.times?.find((t) => doc.text.slice(t.start, t.end).includes("Tuesday"));
    assert.equal(tuesday?.anchor, tokenOf(doc, "accused"));
  });
});
