import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import {
  agents,
  caseMarker,
  children,
  conjuncts,
  formOf,
  head,
  isNegated,
  isPassive,
  modality,
  nominalArgs,
  objects,
  obliques,
  reportedClause,
  subjects,
  subtreeSpan,
} from "./api.js";
import { docFromConllu } from "./testing.js";

const row = (id: number, form: string, lemma: string, upos: string, xpos: string, h: number, rel: string): string =>
  [id, form, lemma, upos, xpos, "_", h, rel, "_", "_"].join("\t");

// "Kenya and Uganda did not sign the accord in Nairobi , the minister said ."
const NEGATED = [
  row(1, "Kenya", "Kenya", "PROPN", "NNP", 6, "nsubj"),
  row(2, "and", "and", "CCONJ", "CC", 3, "cc"),
  row(3, "Uganda", "Uganda", "PROPN", "NNP", 1, "conj"),
  row(4, "did", "do", "AUX", "VBD", 6, "aux"),
  row(5, "not", "not", "PART", "RB", 6, "advmod"),
  row(6, "sign", "sign", "VERB", "VB", 0, "root"),
  row(7, "the", "the", "DET", "DT", 8, "det"),
  row(8, "accord", "accord", "NOUN", "NN", 6, "obj"),
  row(9, "in", "in", "ADP", "IN", 10, "case"),
  row(10, "Nairobi", "Nairobi", "PROPN", "NNP", 6, "obl"),
  row(11, ",", ",", "PUNCT", ",", 6, "punct"),
  row(12, "the", "the", "DET", "DT", 13, "det"),
  row(13, "minister", "minister", "NOUN", "NN", 14, "nsubj"),
  row(14, "said", "say", "VERB", "VBD", 6, "parataxis"),
  row(15, ".", ".", "PUNCT", ".", 6, "punct"),
].join("\n");

// "The envoy was received by the president and his deputy ."
const PASSIVE = [
  row(1, "The", "the", "DET", "DT", 2, "det"),
  row(2, "envoy", "envoy", "NOUN", "NN", 4, "nsubj:pass"),
  row(3, "was", "be", "AUX", "VBD", 4, "aux:pass"),
  row(4, "received", "receive", "VERB", "VBN", 0, "root"),
  row(5, "by", "by", "ADP", "IN", 7, "case"),
  row(6, "the", "the", "DET", "DT", 7, "det"),
  row(7, "president", "president", "NOUN", "NN", 4, "obl:agent"),
  row(8, "and", "and", "CCONJ", "CC", 10, "cc"),
  row(9, "his", "his", "PRON", "PRP$", 10, "nmod:poss"),
  row(10, "deputy", "deputy", "NOUN", "NN", 7, "conj"),
  row(11, ".", ".", "PUNCT", ".", 4, "punct"),
].join("\n");

// "Oslo plans to host the signing of the pact between Chad and Niger ."
const PLANNED = [
  row(1, "Oslo", "Oslo", "PROPN", "NNP", 2, "nsubj"),
  row(2, "plans", "plan", "VERB", "VBZ", 0, "root"),
  row(3, "to", "to", "PART", "TO", 4, "mark"),
  row(4, "host", "host", "VERB", "VB", 2, "xcomp"),
  row(5, "the", "the", "DET", "DT", 6, "det"),
  row(6, "signing", "signing", "NOUN", "NN", 4, "obj"),
  row(7, "of", "of", "ADP", "IN", 9, "case"),
  row(8, "the", "the", "DET", "DT", 9, "det"),
  row(9, "pact", "pact", "NOUN", "NN", 6, "nmod"),
  row(10, "between", "between", "ADP", "IN", 11, "case"),
  row(11, "Chad", "Chad", "PROPN", "NNP", 9, "nmod"),
  row(12, "and", "and", "CCONJ", "CC", 13, "cc"),
  row(13, "Niger", "Niger", "PROPN", "NNP", 11, "conj"),
  row(14, ".", ".", "PUNCT", ".", 2, "punct"),
].join("\n");

const names = (doc: Doc, ids: readonly number[]): string[] => ids.map((i) => formOf(doc, i));

test("docFromConllu builds consistent layers with offsets", () => {
  const doc = docFromConllu(`${NEGATED}\n\n${PASSIVE}\n`);
  assert.equal(doc.sentences?.length, 2);
  assert.equal(doc.tokens?.length, 26);
  assert.equal(formOf(doc, 15), "The");
  assert.equal(head(doc, 16), 18); // envoy -> received, doc-level index
  assert.equal(head(doc, 5), -1);
  assert.deepEqual(names(doc, children(doc, 5)), ["Kenya", "did", "not", "accord", "Nairobi", ",", "said", "."]);
});

test("subjects expand conjuncts; negation, objects, obliques with case", () => {
  const doc = docFromConllu(NEGATED);
  assert.deepEqual(names(doc, subjects(doc, 5)), ["Kenya", "Uganda"]);
  assert.deepEqual(names(doc, objects(doc, 5)), ["accord"]);
  assert.deepEqual(
    obliques(doc, 5).map((o) => [formOf(doc, o.token), o.prep]),
    [["Nairobi", "in"]],
  );
  assert.equal(isNegated(doc, 5), true);
  assert.equal(isNegated(doc, 13), false);
  assert.equal(reportedClause(doc, 13), 5);
  assert.equal(reportedClause(doc, 5), -1);
});

test("passive voice and its agent, expanded over conjuncts", () => {
  const doc = docFromConllu(PASSIVE);
  assert.equal(isPassive(doc, 3), true);
  assert.deepEqual(names(doc, agents(doc, 3)), ["president", "deputy"]);
  assert.deepEqual(names(doc, subjects(doc, 3)), ["envoy"]);
  assert.equal(caseMarker(doc, 6), "by");
  const active = docFromConllu(NEGATED);
  assert.equal(isPassive(active, 5), false);
  assert.deepEqual(agents(active, 5), []);
});

test("xcomp inherits the subject; 'plans to' is intention; nominal args of 'signing'", () => {
  const doc = docFromConllu(PLANNED);
  assert.deepEqual(names(doc, subjects(doc, 3)), ["Oslo"]);
  assert.deepEqual(
    modality(doc, 3).map((m) => [m.kind, formOf(doc, m.token)]),
    [["intended", "plans"]],
  );
  assert.deepEqual(modality(doc, 1), []);
  const pact = nominalArgs(doc, 5);
  assert.deepEqual(names(doc, pact.theme), ["pact"]);
  const args = nominalArgs(doc, 8);
  assert.deepEqual(names(doc, args.partners), ["Chad", "Niger"]);
  assert.deepEqual(names(doc, conjuncts(doc, 10)), ["Chad", "Niger"]);
  const span = subtreeSpan(doc, 5);
  assert.equal(doc.text.slice(span.start, span.end), "the signing of the pact between Chad and Niger");
});
