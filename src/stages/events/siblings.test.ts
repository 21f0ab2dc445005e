import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { siblingTarget } from "./siblings.js";
import { docFromParse } from "./testing.js";
import { buildTree } from "./tree.js";

const lines = (text: string) => {
  const doc = analyzeDoc(makeArticle({ text, published: "2024-06-12T08:00:00Z" }));
  return (doc.events ?? [])
    .map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.source.code}>${e.target?.code ?? "-"}`)
    .sort();
};

test("a result clause with no recipient is aimed at whom its main act of the same type is", () => {
  // (aimed at the miners, the firing is the dispersal itself, one event)
  assert.deepEqual(lines("Peruvian police moved in to disperse striking miners on Tuesday, firing rubber bullets."), [
    "disperse PERCOP>PERCVL",
  ]);
});

test("an act of another type or another source borrows no recipient", () => {
  const doc = docFromParse(`
    Police police NOUN 2 nsubj
    dispersed disperse VERB 0 root
    marchers marcher NOUN 2 obj
    ~, , PUNCT 5 punct
    arresting arrest VERB 2 advcl
    ten ten NUM 7 nummod
    people people NOUN 5 obj`);
  const tree = buildTree(doc);
  const party = (code: string | null) => ({ actor: null, code, country: code ? "PER" : null, sector: null });
  const ev = (plover: string, target: string | null, source = "PERCOP"): CodedEvent => ({
    source: party(source),
    target: target ? party(target) : null,
    cameo: "000",
    plover: { type: plover, mode: null },
    goldstein: 0,
    quadClass: 4,
    date: { start: null, end: null, basis: "publication" },
    status: "reported",
    location: null,
    sentence: 0,
    trigger: { start: 0, end: 0 },
    rule: "test",
  });
  const disperse = { token: 1, event: ev("ASSAULT", "PERCVL") };
  assert.equal(
    siblingTarget(tree, [disperse, { token: 4, event: ev("COERCE", null) }], { token: 4, event: ev("COERCE", null) }),
    null,
  );
  const other = { token: 4, event: ev("ASSAULT", null, "PERMIL") };
  assert.equal(siblingTarget(tree, [disperse, other], other), null);
  const same = { token: 4, event: ev("ASSAULT", null) };
  assert.equal(siblingTarget(tree, [disperse, same], same)?.code, "PERCVL");
});
