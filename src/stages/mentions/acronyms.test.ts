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

test("a bracketed acronym after an organization's name is that organization, not a person the lexicon knows by it", () => {
  const text = "The Lower Danube Mayors Union (AKK) criticised the new rules.";
  const m = detectMentions(simpleDoc(text)).find((x) => text.slice(x.start, x.end) === "AKK");
  assert.equal(m?.type, "ORG");
  assert.equal(m?.ref, null);
});
