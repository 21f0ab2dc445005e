import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { AttacheRecord } from "../doc/record.js";
import { runCli } from "./testing.js";

const SEED = join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seed/000_69dea6fa310e0472.txt");

test("issue 2: the reference article's header, caption and body come out right end to end", {
  skip: !existsSync(SEED) && "../shared/seed is not beside the project",
}, async () => {
  const run = await runCli(["analyze", "--jobs", "1", SEED]);
  assert.equal(run.code, 0, run.err);
  const r = JSON.parse(run.out) as AttacheRecord;
  assert.equal(r.title, "Lavrov's visit shows close China-Russia coordination in face of US-alliance encircling");
  assert.equal(r.section?.replace(/\s+/gu, " "), "CHINA / DIPLOMACY");
  assert.match(r.published ?? "", /^2021-03-18T15:34/);
  assert.deepEqual(r.captions, ["China Russia. Photo: VCG"]);
  assert.ok(r.text.startsWith("Russian Foreign Minister Sergey Lavrov's"));
  assert.ok(!r.text.includes("Photo: VCG"));
  for (const s of r.sentences) assert.ok(s.start < s.end && s.end <= r.text.length);
  const lavrov = r.actors.find((a) => a.name === "Sergey Lavrov");
  assert.equal(lavrov?.code, "RUSGOV");
});
