import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc } from "../../doc/doc.js";
import { segmentStage } from "../segment/index.js";
import {
  agents,
  formOf,
  isNegated,
  isPassive,
  lemmaOf,
  modality,
  nominalArgs,
  objects,
  obliques,
  reportedClause,
  subjects,
} from "./api.js";
import { syntaxStage } from "./index.js";

const ctx = { timezone: null };

function parse(text: string): Doc {
  return syntaxStage.run(segmentStage.run(createDoc(makeArticle({ text })), ctx), ctx);
}

/** First token whose text is `form`. */
function tok(doc: Doc, form: string): number {
  const i = (doc.tokens ?? []).findIndex((_, k) => formOf(doc, k) === form);
  assert.ok(i >= 0, `no token "${form}"`);
  return i;
}

const names = (doc: Doc, ids: readonly number[]): string[] => ids.map((i) => formOf(doc, i));

test("the real model: one root per sentence, heads inside the sentence, no cycles", () => {
  const doc = parse("Ministers from Chile and Peru met in Lima on Monday. They agreed to reopen the border.");
  const deps = doc.deps ?? [];
  const toks = doc.tokens ?? [];
  assert.equal(deps.length, toks.length);
  for (const s of doc.sentences ?? []) {
    let roots = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const h = deps[i].head;
      if (h < 0) roots++;
      else assert.ok(h >= s.firstToken && h < s.endToken);
      let x = i;
      for (let steps = 0; x >= 0; steps++, x = deps[x].head) assert.ok(steps <= s.endToken - s.firstToken, "cycle");
    }
    assert.equal(roots, 1);
  }
});

test("subject, object and oblique of a plain news sentence", () => {
  const doc = parse("The Egyptian government sent troops to the border on Sunday.");
  const v = tok(doc, "sent");
  assert.deepEqual(names(doc, subjects(doc, v)), ["government"]);
  assert.deepEqual(names(doc, objects(doc, v)), ["troops"]);
  assert.ok(obliques(doc, v).some((o) => formOf(doc, o.token) === "border" && o.prep === "to"));
  assert.equal(isNegated(doc, v), false);
  assert.equal(isPassive(doc, v), false);
});

test("passive with a coordinated agent", () => {
  const doc = parse("The envoy was received by the king and the prime minister.");
  const v = tok(doc, "received");
  assert.equal(isPassive(doc, v), true);
  assert.deepEqual(names(doc, agents(doc, v)), ["king", "minister"]);
  assert.deepEqual(names(doc, subjects(doc, v)), ["envoy"]);
});

test("reported speech: 'said that' and a trailing 'X said'", () => {
  const a = parse("The spokesman said that Ghana will send troops to Mali.");
  const said = tok(a, "said");
  const clause = reportedClause(a, said);
  assert.equal(formOf(a, clause), "send");
  assert.deepEqual(
    modality(a, clause).map((m) => m.kind),
    ["future"],
  );
  const b = parse("Iran will resume the talks next week, the minister said.");
  assert.equal(formOf(b, reportedClause(b, tok(b, "said"))), "resume");
});

test("negation and intention on verbs", () => {
  const doc = parse("Turkey did not sign the deal, but it plans to join the talks.");
  assert.equal(isNegated(doc, tok(doc, "sign")), true);
  assert.equal(isNegated(doc, tok(doc, "join")), false);
  assert.deepEqual(
    modality(doc, tok(doc, "join")).map((m) => [m.kind, lemmaOf(doc, m.token)]),
    [["intended", "plan"]],
  );
});

test("nominal predicate: possessor as agent and 'to' as destination", () => {
  const doc = parse("Lavrov's visit to Beijing was postponed.");
  const args = nominalArgs(doc, tok(doc, "visit"));
  assert.deepEqual(names(doc, args.agent), ["Lavrov"]);
  assert.deepEqual(names(doc, args.destination), ["Beijing"]);
});

test("'told X that' reports its ccomp; 'is scheduled to' marks the visit as scheduled", () => {
  const doc = parse("The ambassador told reporters that Canada would reopen its embassy.");
  const told = tok(doc, "told");
  assert.deepEqual(names(doc, objects(doc, told)), ["reporters"]);
  assert.equal(formOf(doc, reportedClause(doc, told)), "reopen");
  const v = parse("The foreign minister is scheduled to visit Hanoi on Friday.");
  const visit = tok(v, "visit");
  assert.ok(modality(v, visit).some((m) => m.kind === "scheduled"));
  assert.deepEqual(names(v, subjects(v, visit)), ["minister"]);
});

test("a wire dateline is parsed apart and hangs on the clause's root, never its subject", () => {
  const doc = parse("SANTIAGO, Chile — Peruvian and Bolivian ministers met on Monday to discuss the border.");
  const met = tok(doc, "met");
  assert.equal(doc.deps?.[met]?.head, -1);
  assert.deepEqual(names(doc, subjects(doc, met)), ["ministers"]);
  const town = tok(doc, "SANTIAGO");
  assert.deepEqual(doc.deps?.[town], { head: met, rel: "dep" });
  for (const w of ["Chile", "—"]) assert.ok(doc.deps?.[tok(doc, w)]?.head !== met, `${w} is the dateline's`);
});
