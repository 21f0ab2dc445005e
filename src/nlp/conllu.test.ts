import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConllu, universalRel } from "./conllu.js";

const SAMPLE = [
  "# sent_id = a",
  "# text = Envoys didn't come.",
  "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t4\tnsubj\t_\t_",
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tcome\tcome\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_",
].join("\n");

test("reads word lines, skipping multiword ranges and empty nodes", () => {
  const [a, b] = parseConllu(SAMPLE);
  assert.deepEqual(a.forms, ["Envoys", "did", "n't", "come", "."]);
  assert.deepEqual(a.heads, [3, 3, 3, -1, 3]);
  assert.equal(a.misc[3], "SpaceAfter=No");
  assert.equal(a.comments.length, 2);
  assert.deepEqual(b.forms, ["Yes"]);
});

test("rejects malformed lines and ids out of sequence", () => {
  assert.throws(() => parseConllu("x\ty\n"), SyntaxError);
  assert.throws(() => parseConllu("1\ta\n3\tb\n"), /out of sequence/);
});

test("universal relation drops the subtype", () => {
  assert.equal(universalRel("nmod:poss"), "nmod");
  assert.equal(universalRel("obj"), "obj");
});
