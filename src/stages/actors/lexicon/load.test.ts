import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { AttacheError } from "../../../errors/catalogue.js";
import { actorLexicon, loadActorLexicon, rolesOn } from "./index.js";
import { parsePeopleGroupTsv, parsePeopleTsv, parseTerritoryTsv } from "./load.js";

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
  // the forms news writes, beside the ones the country list gives ("Ecuadorean", "Maldivan")
  for (const [adjective, code] of [
    ["Ecuadorian", "ECU"],
    ["Maldivian", "MDV"],
    ["Djiboutian", "DJI"],
    ["Icelandic", "ISL"],
    ["Nepali", "NPL"],
    ["Azeri", "AZE"],
    ["Kosovan", "XKX"],
  ])
    assert.equal(lex.adjectives.get(adjective), code, adjective);
  assert.equal(lex.names.get("Kremlin")?.[0]?.code, "RUS");
  assert.equal(lex.names.get("Brussels")?.[0]?.code, "EU");
  assert.equal(lex.names.get("Kosovo")?.[0]?.code, "XKX");
});

test("territory and ethnic-group rows are validated; an empty country means several states", () => {
  const t = parseTerritoryTsv("t.tsv", "# comment\nNorthmarch\tthe Northmarch\tGBR\tNorthmarcher\nRiverland\t\t\t\n");
  assert.equal(t[0]?.country, "GBR");
  assert.deepEqual(t[0]?.adjectives, ["Northmarcher"]);
  assert.equal(t[1]?.country, null);
  assert.throws(() => parseTerritoryTsv("t.tsv", "Northmarch\t\tgbr\t\n"), /t\.tsv:1.*country/);
  const g = parsePeopleGroupTsv("g.tsv", "Velish|Veli\tVelis\tNGA\n");
  assert.deepEqual(g[0]?.adjectives, ["Velish", "Veli"]);
  assert.throws(() => parsePeopleGroupTsv("g.tsv", "velish\tVelis\tNGA\n"), /g\.tsv:1.*adjectives/);
});

test("bundled territories, ethnic groups and hyphenated names", () => {
  const lex = actorLexicon();
  assert.equal(lex.names.get("West Bank")?.[0]?.code, "PSE");
  assert.equal(lex.names.get("Kashmir")?.[0]?.code, null);
  assert.equal(lex.adjectives.get("Igbo"), "NGA");
  assert.equal(lex.peoples.get("Kurds"), null);
  assert.ok(lex.peopleNouns.has("Tamils"));
  assert.equal(lex.names.get("al - Qaeda")?.[0]?.sector, "REB");
  assert.equal(lex.demonyms.get("FRA"), "French");
});

test("an organization file of the user wins over the bundled row of the same name", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-orgs-"));
  const file = join(dir, "mine.tsv");
  writeFileSync(file, "Taliban\t\tAFG\tGOV\n");
  const lex = loadActorLexicon({ orgFiles: [file] });
  assert.equal(lex.names.get("Taliban")?.[0]?.sector, "GOV");
  assert.equal(actorLexicon().names.get("Taliban")?.[0]?.sector, "REB");
});
