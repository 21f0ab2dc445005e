import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Quote } from "../../doc/layers/quotes.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { ingestBytes } from "../ingest/index.js";

/** The reference article, read at run time from ../shared/seed beside the project root. */
function seedPath(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, "package.json"))) {
      const p = join(dir, "..", "shared", "seed", "000_69dea6fa310e0472.txt");
      return existsSync(p) ? p : null;
    }
    dir = dirname(dir);
  }
  return null;
}

const path = seedPath();

test("real pipeline on the reference article: speakers, cues and anonymous voices", { skip: path === null }, () => {
  const item = ingestBytes(readFileSync(path as string), "seed.txt")[0];
  assert.ok(item?.ok);
  const doc = analyzeDoc(item.article);
  const text = doc.text;
  const quotes = doc.quotes ?? [];
  const cue = (q: Quote): string => text.slice(q.cue.start, q.cue.end);
  const content = (q: Quote): string => text.slice(q.content.start, q.content.end);
  const by = (speaker: string, c: string): Quote[] =>
    quotes.filter((q) => q.speakerText?.includes(speaker) && cue(q) === c);

  assert.equal(by("Zhao Lijian", "announced").length, 1);
  assert.equal(by("Zhao Lijian", "noting").length, 1);
  assert.equal(by("Zhao Lijian", "disclosed").length, 1);

  const warned = by("Blinken", "warned");
  assert.ok(warned.some((q) => !q.partial));
  assert.ok(warned.some((q) => q.partial && content(q) === "coercion and aggression"));

  const liTold = by("Li Haidong", "told");
  assert.equal(liTold.length, 1);
  assert.equal(liTold[0]?.audience && text.slice(liTold[0].audience.start, liTold[0].audience.end), "the Global Times");
  assert.equal(liTold[0]?.time, "2021-03-18");
  assert.equal(by("Li Haidong", "said").length, 1);

  const wuTold = by("Wu Xinbo", "told");
  assert.equal(wuTold.length, 1);
  assert.equal(wuTold[0]?.time, "2021-03-12");
  assert.ok(by("Wu Xinbo", "said").some((q) => q.direct && !q.partial));

  const analysts = quotes.filter((q) => q.anonymous && q.anonymousClass === "analysts");
  assert.equal(analysts.length, 3);
  const observers = quotes.filter((q) => q.anonymousClass === "observers");
  assert.deepEqual(observers.map(cue), ["viewed"]);
  const experts = quotes.filter((q) => q.anonymousClass === "experts");
  assert.deepEqual(experts.map(cue), ["say"]);
  assert.equal(experts[0]?.speakerText, "experts reached by Global Times");

  // Negative: "and add leverages" is coordinated with "consolidate", not a speech act of observers.
  assert.equal(
    quotes.some((q) => cue(q) === "add"),
    false,
  );
});
