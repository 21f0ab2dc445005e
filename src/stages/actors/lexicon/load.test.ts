import assert from "node:assert/strict";
import { test } from "node:test";
import { AttacheError } from "../../../errors/catalogue.js";
import { actorLexicon, rolesOn } from "./index.js";
import { parsePeopleTsv } from "./load.js";

test("people TSV rows are validated with file, line and field in the error", () => {
  const ok = parsePeopleTsv("mine.tsv", "# comment\nJane Roe\tRoe\tGBR\tGOV\tFinance Minister\t2020-01-02\t\n");
  assert.equal(ok[0]?.aliases[0], "Roe");
  assert.equal(ok[0]?.end, null);
  assert.throws(
    () => parsePeopleTsv("mine.tsv", "Jane Roe\tRoe\tGBR\tGOVERNMENT\tMinister\t2020-01-02\t\n"),
    (e: unknown) => e instanceof AttacheError && /mine\.tsv:1/.test(e.message) && /sector/.test(e.message),
  );
  assert.throws(
    () => parsePeopleTsv("mine.tsv", "\nJane Roe\tRoe\tGBR\tGOV\tMinister\t2 Jan 2020\t\n"),
    (e: unknown) => e instanceof AttacheError && /mine\.tsv:2/.test(e.message) && /start/.test(e.message),
  );
  assert.throws(() => parsePeopleTsv("mine.tsv", "Jane Roe\tGBR\n"), /mine\.tsv:1.*columns/);
});

test("bundled lexicon: dated roles, adjectives, metonyms", () => {
  const lex = actorLexicon();
  assert.equal(rolesOn(lex, "Lavrov", "2021-03-18")[0]?.country, "RUS");
  assert.deepEqual(rolesOn(lex, "Obama", "2020-01-01"), []);
  assert.equal(lex.adjectives.get("Emirati"), "ARE");
  assert.equal(lex.adjectives.get("South Korean"), "KOR");
  assert.equal(lex.adjectives.get("American"), "USA");
  assert.equal(lex.names.get("Kremlin")?.[0]?.code, "RUS");
  assert.equal(lex.names.get("Brussels")?.[0]?.code, "EU");
  assert.equal(lex.names.get("Kosovo")?.[0]?.code, "XKX");
});
