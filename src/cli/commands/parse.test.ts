import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import type { CommandIO } from "../command.js";
import { parseCommand } from "./parse.js";

async function run(argv: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const o: Buffer[] = [];
  const e: Buffer[] = [];
  out.on("data", (c: Buffer) => o.push(c));
  err.on("data", (c: Buffer) => e.push(c));
  const input = new PassThrough();
  input.end(stdin);
  const io: CommandIO = { stdin: input, stdout: out, stderr: err, isTTY: false };
  const code = await parseCommand.run(argv, io);
  return { code, out: Buffer.concat(o).toString("utf8"), err: Buffer.concat(e).toString("utf8") };
}

const words = (block: string): string[][] =>
  block
    .split("\n")
    .filter((l) => /^\d+\t/.test(l))
    .map((l) => l.split("\t"));

test("raw text in: CoNLL-U out with offsets that slice back to each token", async () => {
  const text = "Peru's envoy met Chile's minister.\nNo deal was signed.";
  const r = await run([], text);
  assert.equal(r.code, 0);
  const blocks = r.out.trim().split("\n\n");
  assert.equal(blocks.length, 2);
  assert.match(blocks[0], /^# sent_id = 1\n# text = Peru's envoy met Chile's minister\.\n# char_range = 0:34/);
  for (const block of blocks) {
    const rows = words(block);
    assert.ok(rows.every((c) => c.length === 10));
    assert.equal(rows.filter((c) => c[6] === "0").length, 1);
    for (const c of rows) {
      const m = /TokenRange=(\d+):(\d+)/.exec(c[9]);
      assert.ok(m);
      assert.equal(text.slice(Number(m[1]), Number(m[2])), c[1]);
    }
  }
  assert.deepEqual(
    words(blocks[0]).map((c) => c[1]),
    ["Peru", "'s", "envoy", "met", "Chile", "'s", "minister", "."],
  );
});

test("--conllu: keeps the given tokens, skips multiword and empty-node lines", async () => {
  const input = [
    "# sent_id = x1",
    "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_",
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
    "2\tdid\t_\t_\t_\t_\t_\t_\t_\t_",
    "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_",
    "4\tleave\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
    "4.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_",
    "5\t.\t_\t_\t_\t_\t_\t_\t_\t_",
    "",
  ].join("\n");
  const r = await run(["--conllu"], input);
  assert.equal(r.code, 0);
  assert.match(r.out, /^# sent_id = x1\n/);
  const rows = words(r.out);
  assert.deepEqual(
    rows.map((c) => c[1]),
    ["They", "did", "n't", "leave", "."],
  );
  assert.equal(rows[3][9], "SpaceAfter=No");
  assert.equal(rows[3][3], "VERB");
  assert.equal(rows[3][6], "0");
  assert.equal(rows[2][2], "not");
});

test("negative cases: bad flags, missing files and malformed CoNLL-U fail with a message", async () => {
  assert.equal((await run(["--bogus"], "")).code, 1);
  const missing = await run(["/nonexistent/file.txt"], "");
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read/);
  const bad = await run(["--conllu"], "this is not conllu\n");
  assert.equal(bad.code, 1);
  assert.match(bad.err, /not CoNLL-U/);
  const empty = await run([], "");
  assert.equal(empty.code, 0);
  assert.equal(empty.out, "");
  const help = await run(["--help"], "");
  assert.match(help.out, /attache parse/);
});
