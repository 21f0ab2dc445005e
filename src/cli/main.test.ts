import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { AttacheRecord } from "../doc/record.js";
import { runCli } from "./testing.js";

const ARTICLE = `WORLD / DIPLOMACY
Norway and Chile agree on polar research
Published: Sep 10, 2024 11:05 AM

Norway and Chile agreed on Tuesday to widen scientific cooperation in Antarctica, officials said.
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "attache-cli-"));
}

test("--help lists every command and the exit codes; a command's --help shows its options", async () => {
  const top = await runCli(["--help"]);
  assert.equal(top.code, 0);
  for (const name of ["analyze", "ingest", "show"]) assert.match(top.out, new RegExp(`\\n  ${name} `));
  assert.match(top.out, /2 some inputs failed/);
  const sub = await runCli(["analyze", "--help"]);
  assert.equal(sub.code, 0);
  assert.match(sub.out, /--timezone <IANA>/);
});

test("an unknown command or flag is fatal (exit 1) and says what was wrong", async () => {
  const unknown = await runCli(["analyse"]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /unknown command "analyse"/);
  const flag = await runCli(["analyze", "--bogus", "x"]);
  assert.equal(flag.code, 1);
  assert.match(flag.err, /E_OPTION/);
  const jobs = await runCli(["analyze", "--jobs", "0", "x"]);
  assert.equal(jobs.code, 1);
  assert.match(jobs.err, /--jobs must be a whole number/);
  const tz = await runCli(["analyze", "--timezone", "Mars/Olympus", "x"]);
  assert.equal(tz.code, 1);
  assert.match(tz.err, /Mars\/Olympus/);
});

test("analyze prints one record per good input, reports each bad one by name, exits 2", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), ARTICLE);
  writeFileSync(join(dir, "b.txt"), "");
  const missing = join(dir, "missing.txt");
  const run = await runCli(["analyze", "--jobs", "1", join(dir, "a.txt"), join(dir, "b.txt"), missing]);
  assert.equal(run.code, 2);
  const records = run.out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as AttacheRecord);
  assert.equal(records.length, 1);
  assert.equal(records[0]?.title, "Norway and Chile agree on polar research");
  assert.equal(records[0]?.published, "2024-09-10T11:05:00");
  assert.match(run.err, /b\.txt/);
  assert.match(run.err, /missing\.txt/);
});

test("analyze reads stdin and applies --published and --timezone to inputs lacking them", async () => {
  const run = await runCli(
    ["analyze", "--jobs", "1", "--published", "2024-09-10T11:05:00", "--timezone", "America/Santiago", "-"],
    "Chile and Norway signed a research accord on Monday.\n",
  );
  assert.equal(run.code, 0, run.err);
  const record = JSON.parse(run.out) as AttacheRecord;
  assert.equal(record.published, "2024-09-10T11:05:00-03:00");
});

test("ingest is idempotent: a second run stores nothing new; show prints a stored record", async () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), ARTICLE);
  const db = join(dir, "store.sqlite");
  const first = await runCli(["ingest", "--jobs", "1", "--db", db, dir]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /read 1, stored 1, duplicates 0, failed 0/);
  const second = await runCli(["ingest", "--jobs", "1", "--db", db, dir]);
  assert.match(second.out, /read 1, stored 0, duplicates 1, failed 0/);
  const analyzed = await runCli(["analyze", "--jobs", "1", join(dir, "a.txt")]);
  const id = (JSON.parse(analyzed.out) as AttacheRecord).id;
  const shown = await runCli(["show", "--db", db, id]);
  assert.equal(shown.code, 0, shown.err);
  assert.deepEqual(JSON.parse(shown.out), JSON.parse(analyzed.out));
  const byPrefix = await runCli(["show", "--db", db, id.slice(0, 10)]);
  assert.deepEqual(JSON.parse(byPrefix.out), JSON.parse(analyzed.out));
  const none = await runCli(["show", "--db", db, "0".repeat(64)]);
  assert.equal(none.code, 2);
  const noStore = await runCli(["show", "--db", join(dir, "typo.sqlite"), id]);
  assert.equal(noStore.code, 1);
  assert.match(noStore.err, /no store at/);
});
