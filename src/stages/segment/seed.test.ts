import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { segmentRules } from "./rules.js";
import { segmentText } from "./segment.js";

const SEED = join(process.cwd(), "..", "shared", "seed", "000_69dea6fa310e0472.txt");

test("reference article: every paragraph splits exactly at its sentence ends", { skip: !existsSync(SEED) }, () => {
  // Body = the lines after the header block (section, headline, Published line, captions).
  const lines = readFileSync(SEED, "utf8").split("\n");
  const firstBody = lines.findIndex((l, i) => i > 2 && l.trim().length > 80);
  const body = lines.slice(firstBody).join("\n");
  const { sentences } = segmentText(body, segmentRules());
  const texts = sentences.map((s) => body.slice(s.start, s.end));
  for (const t of texts) assert.match(t, /[.!?]["”]?$/, `ends mid-sentence: ${t}`);
  for (const t of texts) assert.match(t, /^["“]?[\p{Lu}\d]/u, `starts mid-sentence: ${t}`);
  // Paragraphs hold 1 or 2 sentences; count full stops that end a sentence to cross-check.
  const expected = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .reduce((n, p) => n + (p.match(/[.!?]["”]?(?=\s+["“]?\p{Lu}|$)/gu)?.length ?? 0), 0);
  assert.equal(sentences.length, expected);
});
