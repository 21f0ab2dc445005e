import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Doc } from "../../doc/doc.js";
import { AttacheError } from "../../errors/catalogue.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";
import { actorLexicon, loadActorLexicon, rolesOn } from "./lexicon/index.js";
import { defaultActorDataDir, parsePeopleTsv } from "./lexicon/load.js";
import { conflictsWith } from "./lexicon/merge.js";
import type { PersonRow } from "./lexicon/schema.js";

const ctx = { timezone: null };

function actor(text: string, published: string, name: string) {
  const doc: Doc = actorsStage.run(mentionsStage.run(simpleDoc(text, published), ctx), ctx);
  return doc.actors?.find((a) => a.name === name);
}

test("a leader from the generated CountryInfo file holds office only inside the term", () => {
  const text = "Nestor Kirchner told reporters on Tuesday that the debt talks would resume next month.";
  const during = actor(text, "2005-03-10T09:00:00Z", "Nestor Kirchner");
  assert.equal(during?.code, "ARGGOV");
  assert.equal(during?.role, "President");
  const later = actor(text, "2020-03-10T09:00:00Z", "Nestor Kirchner");
  assert.equal(later?.country, "ARG");
  assert.equal(later?.sector, null);
  assert.equal(later?.role, null);
});

test("the generated file is loaded after people.tsv and never repeats its offices", () => {
  const lex = actorLexicon();
  assert.equal(rolesOn(lex, "Joel Fitzgibbon", "2008-06-01")[0]?.role, "Defence Minister");
  assert.deepEqual(rolesOn(lex, "Joel Fitzgibbon", "2012-06-01"), []);
  // every country, back to 1980: Algeria's president in 2005, not in 1990
  assert.equal(rolesOn(lex, "Abdelaziz Bouteflika", "2005-06-01")[0]?.role, "President");
  assert.deepEqual(rolesOn(lex, "Abdelaziz Bouteflika", "1990-06-01"), []);
  const dir = defaultActorDataDir();
  const hand = parsePeopleTsv("people.tsv", readFileSync(join(dir, "people.tsv"), "utf8"));
  const generated = parsePeopleTsv("g.tsv", readFileSync(join(dir, "people-countryinfo.tsv"), "utf8"));
  assert.ok(generated.length > 50);
  assert.deepEqual(
    generated.filter((g) => conflictsWith(hand, g)).map((g) => g.name),
    [],
  );
});

test("a hand-written row wins over a generated one for the same office and months", () => {
  const row = (name: string, start: string, end: string | null): PersonRow => ({
    name,
    aliases: [],
    country: "GBR",
    sector: "GOV",
    role: "Defence Secretary",
    start,
    end,
  });
  const hand = [row("Alan Brightwater", "2004-05-02", "2009-06-30")];
  // the same person spelt the same way, dated by month in the second source
  assert.ok(conflictsWith(hand, row("Alan Brightwater", "2004-05", "2009-06")));
  // another person over the same years: the sources disagree, the first wins
  assert.ok(conflictsWith(hand, row("Colin Marsh", "2005-01-01", "2006-01-01")));
  // a successor whose term only touches the end of the first one
  assert.ok(!conflictsWith(hand, row("Colin Marsh", "2009-06-20", null)));
  // the loader drops a generated row that contradicts people.tsv, and keeps one that does not
  const dir = mkdtempSync(join(tmpdir(), "attache-actors-"));
  cpSync(defaultActorDataDir(), dir, { recursive: true });
  appendFileSync(
    join(dir, "people-countryinfo.tsv"),
    "Ida Quell\t\tUSA\tGOV\tPresident\t2010-01-01\t2012-01-01\nIda Quell\t\tUSA\tGOV\tPresident\t1890-01-01\t1891-01-01\n",
  );
  const lex = loadActorLexicon({ dir });
  assert.deepEqual(rolesOn(lex, "Ida Quell", "2011-01-01"), []);
  assert.equal(rolesOn(lex, "Ida Quell", "1890-06-01")[0]?.role, "President");
  assert.equal(rolesOn(lex, "Barack Obama", "2011-01-01")[0]?.role, "President");
});

test("a bad row in an extra people file names the file, the line and the field", () => {
  const dir = mkdtempSync(join(tmpdir(), "attache-people-"));
  const file = join(dir, "ministers.tsv");
  writeFileSync(
    file,
    "# my ministers\nRosa Delgado\tDelgado\tESP\tGOV\tForeign Minister\t2019-01-14\t\n" +
      "Tomas Ferrer\tFerrer\tESP\tGOV\tDefence Minister\t2021-13-01\t\n",
  );
  assert.throws(
    () => loadActorLexicon({ peopleFiles: [file] }),
    (e: unknown) => e instanceof AttacheError && e.message.includes(`${file}:3`) && /field "start"/.test(e.message),
  );
  writeFileSync(file, "Rosa Delgado\tDelgado\tESP\tGOV\tForeign Minister\t2019-01-14\t2018-06-01\n");
  assert.throws(
    () => loadActorLexicon({ peopleFiles: [file] }),
    (e: unknown) => e instanceof AttacheError && e.message.includes(`${file}:1`) && /field "end"/.test(e.message),
  );
  writeFileSync(file, "Rosa Delgado\tDelgado\tESP\tGOV\tForeign Minister\t2019-01-14\t\n");
  assert.equal(rolesOn(loadActorLexicon({ peopleFiles: [file] }), "Delgado", "2020-02-02")[0]?.country, "ESP");
});

test("leaders news names with no title are in the dictionary (Kim Yo Jong, al-Burhan, Sheikh Hasina)", () => {
  assert.equal(
    actor("Kim Yo Jong warned the South on Tuesday.", "2021-03-20T09:00:00Z", "Kim Yo Jong")?.country,
    "PRK",
  );
  const burhan = actor(
    "Abdel Fattah al-Burhan met envoys in Khartoum.",
    "2021-03-20T09:00:00Z",
    "Abdel Fattah al-Burhan",
  );
  assert.equal(burhan?.country, "SDN");
  assert.equal(actor("Sheikh Hasina spoke on Monday.", "2021-03-20T09:00:00Z", "Sheikh Hasina")?.sector, "GOV");
});
