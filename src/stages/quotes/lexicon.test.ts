import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadQuoteLexicon, quoteLexicon, regularForms } from "./lexicon.js";
import { findQuoteRegions } from "./marks.js";

test("the project lexicon maps irregular and regular forms to their cue", () => {
  const lex = quoteLexicon();
  assert.equal(lex.cueForms.get("said")?.lemma, "say");
  assert.equal(lex.cueForms.get("told")?.kind, "tell");
  assert.equal(lex.cueForms.get("disclosed")?.lemma, "disclose");
  assert.equal(lex.anonymous.get("analysts"), "analysts");
  assert.equal(lex.cueForms.get("table"), undefined);
});

test("regular forms double a final consonant only for short verbs", () => {
  assert.ok(regularForms("note").includes("noted") && regularForms("note").includes("noting"));
  assert.ok(regularForms("stop").includes("stopped"));
  assert.ok(regularForms("deny").includes("denied"));
});

test("a malformed lexicon file fails with E_LEXICON", () => {
  const dir = mkdtempSync(join(tmpdir(), "quotes-lex-"));
  writeFileSync(
    join(dir, "cues.json"),
    JSON.stringify({ verbs: [{ lemma: "say", kind: "shout" }], nouns: [], according: [] }),
  );
  writeFileSync(join(dir, "anonymous.json"), JSON.stringify({ classes: {} }));
  writeFileSync(join(dir, "settings.json"), JSON.stringify({ settingNouns: [], settingPrepositions: [] }));
  assert.throws(
    () => loadQuoteLexicon(dir),
    (err: Error & { code?: string }) => err.code === "E_LEXICON",
  );
});

test("quote regions: straight, curly, single-quoted fragments, never an apostrophe", () => {
  const text = `He said "yes, now," and 'special ties' held. The envoys' cars left. “Done.”`;
  const regions = findQuoteRegions(text).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(regions, ["yes, now", "special ties", "Done."]);
});
