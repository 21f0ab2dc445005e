import assert from "node:assert/strict";
import { test } from "node:test";
import { candidates, inflectionBit, inflectionOf, lemmaClass, NOUN, needsE, VERB } from "./morphology.js";

test("tags map to inflections and coarse classes", () => {
  assert.equal(inflectionOf("VBD"), "ed");
  assert.equal(inflectionOf("VBN"), "ed");
  assert.equal(inflectionOf("VBG"), "ing");
  assert.equal(inflectionOf("VBZ"), "s");
  assert.equal(inflectionOf("NNS"), "plural");
  assert.equal(inflectionOf("JJS"), "est");
  assert.equal(inflectionOf("VBP"), "none");
  assert.equal(inflectionOf("NN"), "none");
  assert.equal(lemmaClass("VBD"), "V");
  assert.equal(lemmaClass("NNS"), "N");
  assert.equal(lemmaClass("NNP"), "NNP");
  assert.equal(lemmaClass("RBR"), "R");
  assert.equal(inflectionBit("ing"), VERB);
  assert.equal(inflectionBit("plural"), NOUN);
});

test("silent e: restored after v, c, soft g, C+l and short monosyllables; not after clusters", () => {
  for (const s of ["mov", "forc", "charg", "troubl", "nam", "hop", "quot", "invad", "negotiat", "requir", "imped"]) {
    assert.equal(needsE(s), true, s);
  }
  for (const s of ["bomb", "visit", "consider", "develop", "rain", "riot", "attack", "belong", "happen"]) {
    assert.equal(needsE(s), false, s);
  }
});

test("candidates come best guess first, the rest for the vocabulary to choose", () => {
  assert.deepEqual(candidates("stopped", "ed"), ["stop", "stopp"]);
  assert.deepEqual(candidates("called", "ed"), ["call", "cal"]);
  assert.deepEqual(candidates("expelled", "ed"), ["expel", "expell"]);
  assert.deepEqual(candidates("smelled", "ed"), ["smell", "smel"]);
  assert.deepEqual(candidates("studied", "ed"), ["study", "studie"]);
  assert.deepEqual(candidates("died", "ed"), ["die", "dy"]);
  assert.deepEqual(candidates("hoped", "ed"), ["hope", "hop"]);
  assert.deepEqual(candidates("Blamed", "ed"), ["Blame", "Blam"]);
  assert.deepEqual(candidates("dying", "ing"), ["die", "dy"]);
  assert.deepEqual(candidates("cities", "plural"), ["city", "citie"]);
  assert.deepEqual(candidates("crises", "plural"), ["crise", "crisis", "cris"]);
  assert.deepEqual(candidates("knives", "plural"), ["knife", "knive", "knif"]);
  assert.deepEqual(candidates("halves", "plural"), ["half", "halve", "halfe"]);
  assert.deepEqual(candidates("politics", "plural"), ["politics", "politic"]);
  assert.deepEqual(candidates("happiest", "est"), ["happy", "happi"]);
});

test("negative cases: forms without the ending, or too short, stay as they are", () => {
  assert.deepEqual(candidates("red", "ed"), ["red"]);
  assert.deepEqual(candidates("sing", "ing"), ["sing"]);
  assert.deepEqual(candidates("glass", "plural"), ["glass"]);
  assert.deepEqual(candidates("went", "ed"), ["went"]);
  assert.deepEqual(candidates("talks", "none"), ["talks"]);
  assert.deepEqual(candidates("AIDS", "plural"), ["AIDS"]);
  assert.deepEqual(candidates("NGOs", "plural"), ["NGO"]);
});
