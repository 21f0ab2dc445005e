import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extension, sniffFormat } from "./sniff.js";

describe("sniffFormat", () => {
  it("judges by content first", () => {
    assert.equal(sniffFormat("<!doctype html><html><p>x</p></html>", "a.txt"), "html");
    assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "a.txt"), "feed");
    assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "a"), "feed");
    assert.equal(sniffFormat('{"text": "Envoys met."}\n', "a.txt"), "jsonl");
    assert.equal(sniffFormat("Ministers meet in Lima\n\nLIMA — Talks began.", "a.html"), "text");
  });

  it("uses the extension only for ambiguous content", () => {
    assert.equal(sniffFormat("{ broken", "a.jsonl"), "jsonl");
    assert.equal(sniffFormat("{ broken", "a.txt"), "text");
  });

  it("reads extensions under .gz", () => {
    assert.equal(extension("dir.v2/Page.HTML.gz"), "html");
    assert.equal(extension("dir.v2/README"), "");
  });
});
