import assert from "node:assert/strict";
import { test } from "node:test";
import { actorLexicon } from "../actors/lexicon/index.js";
import { longestName, titleAt } from "./chunks.js";
import { type Ctx, makeCtx, phrase } from "./context.js";
import { getPair, hasPair, openings, titleStarts } from "./prefixes.js";
import { simpleDoc } from "./simple-segment.js";

test("openings are the parts of keys before a space", () => {
  const keys = new Map([
    ["Gulf Cooperation Council", 1],
    ["Gulf States", 2],
    ["Niger", 3],
  ]);
  assert.deepEqual([...openings(keys)].sort(), ["Gulf", "Gulf Cooperation"]);
  assert.equal(openings(keys), openings(keys), "built once per key collection");
});

test("title starts end at a space, a hyphen or the end of the key", () => {
  const starts = titleStarts(new Set(["vice-chancellor", "chief of staff"]));
  for (const s of ["vice", "vice-chancellor", "chief", "chief of", "chief of staff"]) assert.ok(starts.has(s), s);
  assert.equal(starts.has("chancellor"), false);
  assert.equal(starts.has("staff"), false);
});

test("pair look-ups find two-word keys and skip first words that open none", () => {
  const adjectives = new Map([
    ["North Korean", "PRK"],
    ["Korean", "KOR"],
  ]);
  const serbs = new Set(["Bosnian Serbs"]);
  assert.equal(getPair(adjectives, openings(adjectives), "North", "Korean"), "PRK");
  assert.equal(getPair(adjectives, openings(adjectives), "South", "Korean"), undefined);
  assert.equal(hasPair(serbs, openings(serbs), "Bosnian", "Serbs"), true);
  assert.equal(hasPair(serbs, openings(serbs), "Bosnian", "Croats"), false);
});

/** The plain scans the shortcuts replace: longest key first, every phrase built. */
function plainLongestName(ctx: Ctx, from: number, to: number): number {
  for (let e = Math.min(to, from + 10); e > from; e--) if (ctx.lex.names.has(phrase(ctx, from, e))) return e;
  return -1;
}

function plainTitleEnd(ctx: Ctx, pos: number, to: number): number {
  for (let e = Math.min(to, pos + ctx.lex.maxTitleWords); e > pos; e--) {
    const t = ctx.words
      .slice(pos, e)
      .map((w) => w.toLowerCase())
      .join(" ")
      .replace(/ - /g, "-");
    if (ctx.lex.titles.has(t)) return e;
  }
  return -1;
}

test("the shortcut scans agree with the plain ones on every span of a text", () => {
  const text =
    "The deputy prime minister of the Democratic Republic of the Congo met the Secretary-General of " +
    "the United Nations in New York, while the European Union foreign policy chief and a vice-president " +
    "of the Gulf Cooperation Council waited in Abu Dhabi.";
  const ctx = makeCtx(simpleDoc(text), actorLexicon());
  const n = ctx.words.length;
  let names = 0;
  let titles = 0;
  for (let from = 0; from < n; from++) {
    for (let to = from; to <= n + 1; to++) {
      const name = longestName(ctx, from, to);
      assert.equal(name, plainLongestName(ctx, from, to), `name at ${from}-${to}`);
      if (name > 0) names++;
      // titleAt chains titles over "and" and ","; its first title is the plain scan's
      const title = titleAt(ctx, from, to);
      const plain = plainTitleEnd(ctx, from, to);
      assert.equal(title < 0, plain < 0, `title at ${from}-${to}`);
      if (title > 0) titles++;
    }
  }
  assert.ok(names > 5 && titles > 5, "the text holds names and titles");
});
