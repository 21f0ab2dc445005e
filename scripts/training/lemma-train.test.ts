import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseConllu } from "../../src/nlp/conllu.js";
import { lemmatize } from "../../src/nlp/lemmatizer.js";
import { NOUN, VERB } from "../../src/nlp/morphology.js";
import { readIrregularForms, readLexiconLemmas, trainLemmatizer } from "./lemma-train.js";

/** A tiny hand-made treebank (columns: form, lemma, UPOS, XPOS). */
function treebank(rows: string[][][]): ReturnType<typeof parseConllu> {
  const text = rows
    .map((s) => s.map(([f, l, u, x], i) => `${i + 1}\t${f}\t${l}\t${u}\t${x}\t_\t0\t_\t_\t_`).join("\n"))
    .join("\n\n");
  return parseConllu(`${text}\n`);
}

const sentences = treebank([
  [
    ["Envoys", "envoy", "NOUN", "NNS"],
    ["blamed", "blame", "VERB", "VBD"],
    ["the", "the", "DET", "DT"],
    ["raids", "raid", "NOUN", "NNS"],
  ],
  [
    ["She", "she", "PRON", "PRP"],
    ["found", "find", "VERB", "VBD"],
    ["a", "a", "DET", "DT"],
    ["fund", "fund", "NOUN", "NN"],
  ],
  [
    ["They", "they", "PRON", "PRP"],
    ["will", "will", "AUX", "MD"],
    ["found", "found", "VERB", "VB"],
    ["parties", "party", "NOUN", "NNS"],
  ],
  [
    ["Americans", "American", "PROPN", "NNPS"],
    ["riot", "riot", "VERB", "VBP"],
  ],
]);

test("known lemmas come from the treebank, the irregular list and the lexicon extras", () => {
  const t = trainLemmatizer(
    sentences,
    [{ cls: "V", lemma: "take", forms: ["took", "taken"] }],
    new Map([["bomb", VERB]]),
  );
  assert.equal(t.vocab.get("blame"), VERB);
  assert.equal(t.vocab.get("raid"), NOUN);
  assert.equal(t.vocab.has("american"), false, "proper-noun lemmas are not vocabulary");
  assert.equal(t.classExceptions.get("V\ttook"), "take");
  assert.equal(lemmatize(t, "bombed", "VERB", "VBD"), "bomb");
  assert.equal(lemmatize(t, "rioting", "VERB", "VBG"), "riot");
  assert.equal(lemmatize(t, "overtook", "VERB", "VBD"), "overtake");
});

test("exceptions are kept only where the coarser levels would be wrong", () => {
  const t = trainLemmatizer(sentences);
  // "found" is find in the past but found as a base form: a class exception plus an exact-tag one
  assert.equal(lemmatize(t, "found", "VERB", "VBN"), "find");
  assert.equal(lemmatize(t, "found", "VERB", "VB"), "found");
  // regular forms need no entry
  assert.equal(t.classExceptions.has("V\tblamed"), false);
  assert.equal(t.exceptions.has("VBD\tblamed"), false);
  assert.equal(lemmatize(t, "parties", "NOUN", "NNS"), "party");
});

test("the irregular list and lexicon files are validated when read", () => {
  const dir = mkdtempSync(join(tmpdir(), "lemma-train-"));
  const good = join(dir, "good.tsv");
  writeFileSync(good, "# comment\nV\tseek\tsought\nN\tmouse\tmice\n");
  assert.deepEqual(readIrregularForms(good), [
    { cls: "V", lemma: "seek", forms: ["sought"] },
    { cls: "N", lemma: "mouse", forms: ["mice"] },
  ]);
  const bad = join(dir, "bad.tsv");
  writeFileSync(bad, "X\tseek\tsought\n");
  assert.throws(() => readIrregularForms(bad), /bad\.tsv:1/);
  writeFileSync(bad, "V\tSeek\t\n");
  assert.throws(() => readIrregularForms(bad), /bad\.tsv:1/);
  const lex = join(dir, "verbs.tsv");
  writeFileSync(
    lex,
    "# header\nexpel#1\texpel\tV\t-\t174\t-\nset up#1\tset up\tV\t-\t040\t-\nsanction#1\tsanction\tN\t-\t163\t-\n",
  );
  assert.deepEqual(
    [...readLexiconLemmas([lex])],
    [
      ["expel", VERB],
      ["sanction", NOUN],
    ],
  );
});
