import assert from "node:assert/strict";
import test from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { segmentStage } from "../segment/index.js";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function names(text: string): [string, Mention["type"]][] {
  return detectMentions(simpleDoc(text))
    .filter((m) => m.kind === "name" && m.modifier !== true)
    .map((m) => [text.slice(m.start, m.end), m.type]);
}

test("a company's first word and a model name is a product, and so is the model named alone later", () => {
  const got = names(
    "Kestrel Motors said on Monday it would stop building the Kestrel Osprey next year. " +
      "Kestrel said sales of the Osprey fell by a third.",
  );
  assert.deepEqual(got, [
    ["Kestrel Motors", "ORG"],
    ["Kestrel", "ORG"],
  ]);
});

test("a company with a country after its first word is no product ('Kestrel Australia')", () => {
  const got = names("Kestrel Motors said Kestrel Australia would hire staff. Kestrel said so.");
  assert.ok(got.some(([t, type]) => t === "Kestrel Australia" && type === "ORG"));
});

test("a name after a product noun or as the object of a product verb is no actor", () => {
  assert.deepEqual(names("The firm shipped the web browser Lumen to its users in Berlin."), [["Berlin", "LOC"]]);
  assert.deepEqual(
    names("The carmaker Vantor unveiled its new Corsair at a fair in Berlin.").map(([t]) => t),
    ["Vantor", "Berlin"],
  );
});

test("names listed after a product are products too", () => {
  const got = names("The carmaker Vantor said it would drop the Vantor Corsair, Meridian and Tundra.").map(([t]) => t);
  assert.deepEqual(got, ["Vantor"]);
});

test("a name opening a clause after a product noun, or a person introduced, stays an actor", () => {
  const plane = names("It is a plane Boeing says it will deliver in May.");
  assert.ok(plane.some(([t]) => t === "Boeing"));
  const person = names("The party introduced Maria Lopez as its candidate.");
  assert.deepEqual(person, [["Maria Lopez", "PER"]]);
});

test("a sentence-opening adjective before a company's name makes no surname of it", () => {
  const text =
    "Actual Norvex staff cuts will be smaller. Norvex announced the cuts on Monday. Norvex said it would hire.";
  const doc = segmentStage.run(createDoc(makeArticle({ text, published: null })), { timezone: null });
  const got = detectMentions(doc).filter((m) => m.kind === "name" && text.slice(m.start, m.end) === "Norvex");
  assert.equal(got.length, 2);
  assert.ok(got.every((m) => m.type === "ORG"));
});
