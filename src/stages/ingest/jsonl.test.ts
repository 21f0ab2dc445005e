import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readJsonLines } from "./jsonl.js";

describe("readJsonLines", () => {
  it("reads one article per line and skips blank lines", () => {
    const src =
      '{"text":"Envoys met in Quito.","title":"Talks","url":"https://x.test/a","published":"2020-01-02"}\n\n{"text":"Second."}\n';
    const items = readJsonLines(src, "f.jsonl");
    assert.equal(items.length, 2);
    assert.ok(items[0]?.ok && items[0].draft.url === "https://x.test/a" && items[0].origin === "f.jsonl:1");
    assert.ok(items[1]?.ok && items[1].origin === "f.jsonl:3");
  });

  it("reports a broken line by path:line and keeps the others", () => {
    const src = '{"text":"One."}\n{"text": "Two.", \n{"title":"no text"}\n{"text":"Four."}';
    const items = readJsonLines(src, "f.jsonl");
    assert.deepEqual(
      items.map((i) => (i.ok ? "ok" : `${i.error.code} ${i.origin}`)),
      ["ok", "E_JSONL f.jsonl:2", "E_JSONL f.jsonl:3", "ok"],
    );
    const bad = items[1];
    assert.ok(bad && !bad.ok && bad.error.location?.line === 2);
  });

  it("refuses values that are not article objects", () => {
    const items = readJsonLines('[1,2]\n"text"\n{"text": 5}', "f.jsonl");
    assert.ok(items.every((i) => !i.ok));
  });
});
