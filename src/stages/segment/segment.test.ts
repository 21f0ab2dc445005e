import assert from "node:assert/strict";
import { test } from "node:test";
import { segmentRules } from "./rules.js";
import { segmentText } from "./segment.js";

const rules = segmentRules();

function sents(text: string): string[] {
  return segmentText(text, rules).sentences.map((s) => text.slice(s.start, s.end));
}

function toks(text: string): string[] {
  return segmentText(text, rules).tokens.map((t) => text.slice(t.start, t.end));
}

test("titles, initials and month abbreviations keep their period and do not end sentences", () => {
  const text = "Mr. Okafor met Gen. T. W. Banda in Lusaka on Feb. 9. Both men smiled.";
  assert.deepEqual(sents(text), ["Mr. Okafor met Gen. T. W. Banda in Lusaka on Feb. 9.", "Both men smiled."]);
  assert.ok(toks(text).includes("Gen."));
  assert.ok(toks(text).includes("T."));
});

test("U.S. inside a sentence stays; before a sentence opener it ends the sentence", () => {
  assert.deepEqual(sents("The U.S. envoy arrived. He left at noon."), ["The U.S. envoy arrived.", "He left at noon."]);
  assert.deepEqual(sents("Troops returned to the U.S. The base closed."), [
    "Troops returned to the U.S.",
    "The base closed.",
  ]);
});

test("a quotation spanning two sentences splits at the inner full stop, and an ellipsis does not split", () => {
  const text = '"Both capitals want calm … and neither will budge. So talks go on," the aide said.';
  assert.deepEqual(sents(text), [
    '"Both capitals want calm … and neither will budge.',
    'So talks go on," the aide said.',
  ]);
});

test("a question mark before a lowercase attribution does not end the sentence", () => {
  assert.deepEqual(sents('"Why now?" she asked. Nobody answered.'), ['"Why now?" she asked.', "Nobody answered."]);
});

test("a line break ends a headline without final punctuation; wrapped lowercase lines do not split", () => {
  assert.deepEqual(sents("Ministers meet in Oslo\nThe talks began on Monday."), [
    "Ministers meet in Oslo",
    "The talks began on Monday.",
  ]);
  assert.deepEqual(sents("The talks began on Monday and\ncontinued late."), [
    "The talks began on Monday and\ncontinued late.",
  ]);
  assert.deepEqual(sents("Aid reached the camp\n\nnobody was hurt"), ["Aid reached the camp", "nobody was hurt"]);
});

test("numbers, currency and percentages follow EWT tokenization", () => {
  assert.deepEqual(toks("Trade grew 4.2% to $15bn after 2+2 talks."), [
    "Trade",
    "grew",
    "4.2",
    "%",
    "to",
    "$",
    "15",
    "bn",
    "after",
    "2",
    "+",
    "2",
    "talks",
    ".",
  ]);
  assert.deepEqual(toks("It cost US$3.5 million."), ["It", "cost", "US$", "3.5", "million", "."]);
});

test("hyphens split between names but not after prefixes; clitics and possessives split", () => {
  assert.deepEqual(toks("India-Pakistan anti-war talks"), ["India", "-", "Pakistan", "anti-war", "talks"]);
  assert.deepEqual(toks("Kenya's envoy can't attend the states' summit"), [
    "Kenya",
    "'s",
    "envoy",
    "ca",
    "n't",
    "attend",
    "the",
    "states",
    "'",
    "summit",
  ]);
  assert.deepEqual(toks("U.S.-led forces"), ["U.S.", "-", "led", "forces"]);
  // a model designator is one name; a longer word before a number is not one
  assert.deepEqual(toks("F-16s, S-400 and MiG-29 jets"), ["F-16s", ",", "S-400", "and", "MiG-29", "jets"]);
  assert.deepEqual(toks("COVID-19 and Sept-11"), ["COVID", "-", "19", "and", "Sept", "-", "11"]);
  // pre-tokenized text: a clitic set apart by a space stays one token; a quoted word does not
  assert.deepEqual(toks("the bloc 's envoy , they 're here"), [
    "the",
    "bloc",
    "'s",
    "envoy",
    ",",
    "they",
    "'re",
    "here",
  ]);
  assert.deepEqual(toks("he said 'soon' ."), ["he", "said", "'", "soon", "'", "."]);
  // invisible marks from scraped pages separate tokens and never end up inside one
  assert.deepEqual(toks("Prime Minister\u200e Haider\u200bal-Abadi"), [
    "Prime",
    "Minister",
    "Haider",
    "al",
    "-",
    "Abadi",
  ]);
});

test("list items stay with their enumerator", () => {
  assert.deepEqual(sents("Demands:\n1. Free the prisoners\n2. Open the border"), [
    "Demands:",
    "1. Free the prisoners",
    "2. Open the border",
  ]);
});

test("every token offset slices to its text and sentences cover their tokens", () => {
  const text = '  The envoy — tired — said: "No."\n\nLater (on Friday) he flew home.  ';
  const { sentences, tokens } = segmentText(text, rules);
  for (const t of tokens) assert.ok(text.slice(t.start, t.end).trim().length === t.end - t.start);
  for (const [si, s] of sentences.entries()) {
    assert.equal(s.start, tokens[s.firstToken].start);
    assert.equal(s.end, tokens[s.endToken - 1].end);
    for (let k = s.firstToken; k < s.endToken; k++) assert.equal(tokens[k].sentence, si);
  }
  assert.equal(sentences.length, 2);
});

test("negative cases: empty and whitespace-only text give nothing; no split inside decimals or e.g.", () => {
  assert.deepEqual(segmentText("", rules), { sentences: [], tokens: [] });
  assert.deepEqual(segmentText(" \n\t ", rules), { sentences: [], tokens: [] });
  assert.deepEqual(sents("Growth was 2.5 percent, e.g. in Ghana, and it rose."), [
    "Growth was 2.5 percent, e.g. in Ghana, and it rose.",
  ]);
  assert.deepEqual(sents("He met Dr. Lee."), ["He met Dr. Lee."]);
});

test("plain words and numbers stay whole; clitics, currency, units, URLs and odd spaces are handled", () => {
  assert.deepEqual(toks("Envoys CANNOT agree, can't wait and won't sign."), [
    "Envoys",
    "CAN",
    "NOT",
    "agree",
    ",",
    "ca",
    "n't",
    "wait",
    "and",
    "wo",
    "n't",
    "sign",
    ".",
  ]);
  assert.deepEqual(toks("Aid of US$40 and 3bn (2021) reached 1200 homes."), [
    "Aid",
    "of",
    "US$",
    "40",
    "and",
    "3",
    "bn",
    "(",
    "2021",
    ")",
    "reached",
    "1200",
    "homes",
    ".",
  ]);
  assert.deepEqual(toks("See www.example.org, or mail press@example.org."), [
    "See",
    "www.example.org",
    ",",
    "or",
    "mail",
    "press@example.org",
    ".",
  ]);
  assert.deepEqual(toks("Talks\u00a0resumed\u2003in\u3000Geneva."), ["Talks", "resumed", "in", "Geneva", "."]);
});
