import assert from "node:assert/strict";
import { test } from "node:test";
import { hashString } from "./hash.js";
import { lexicalCodes, normWord, wordShape } from "./lexical.js";

/** The codes as defined: the hash of each derived string, built the slow way. */
function reference(f: string): number[] {
  const low = f.toLowerCase();
  return [
    normWord(f),
    f,
    wordShape(f),
    low.slice(-1),
    low.slice(-2),
    low.slice(-3),
    low.slice(-4),
    f.slice(0, 1),
    low.slice(0, 3),
    low,
  ].map((s) => hashString(s) | 0);
}

test("lexical codes hash exactly the strings they name, for plain, numeric, short and non-ASCII forms", () => {
  const forms = [
    "Ministers",
    "a",
    "",
    "NATO's",
    "U.S.",
    "1998",
    "12,500",
    "G7",
    "COVID-19",
    "mid-2020s",
    "Zelenskyy",
    "Erdoğan",
    "İstanbul",
    "Ürümqi",
    "naïve",
    "Σ",
    "€50",
    "😀ok",
    "...",
    "--",
    "aaaBBBccc",
  ];
  const lex = lexicalCodes(forms);
  assert.equal(lex.n, forms.length);
  forms.forEach((f, i) => {
    const got = [lex.word, lex.raw, lex.shape, lex.suf1, lex.suf2, lex.suf3, lex.suf4, lex.pre1, lex.pre3, lex.low].map(
      (a) => a[i],
    );
    assert.deepEqual(got, reference(f), f);
  });
});

test("word shapes cap runs at two and keep other characters", () => {
  assert.equal(wordShape("Lavrov"), "Xxx");
  assert.equal(wordShape("COVID-19"), "XX-dd");
  assert.equal(wordShape("Erdoğan"), "Xxx");
  assert.equal(normWord("2024"), "!YEAR");
  assert.equal(normWord("3.5%"), "!NUM");
  assert.equal(normWord("G7"), "g7");
});
