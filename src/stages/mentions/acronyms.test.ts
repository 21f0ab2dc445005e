import assert from "node:assert/strict";
import test from "node:test";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

const refOf = (text: string, surface: string) =>
  detectMentions(simpleDoc(text)).find((m) => m.kind === "name" && text.slice(m.start, m.end) === surface)?.ref?.code;

test("a name followed by a known acronym in brackets takes the acronym's identity", () => {
  const text = "The International Labor Office (ILO) criticised the new rules.";
  assert.equal(refOf(text, "International Labor Office"), "UN");
});

test("a bracketed word that cannot abbreviate the name passes nothing on", () => {
  const text = "The Regional Fisheries Office (ILO) criticised the new rules.";
  assert.equal(refOf(text, "Regional Fisheries Office"), undefined);
});
