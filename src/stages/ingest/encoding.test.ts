import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBytes } from "./encoding.js";

function text(bytes: Uint8Array): string {
  const d = decodeBytes(bytes, "t");
  assert.ok(d.ok, d.ok ? "" : d.error.message);
  return d.text;
}

function code(bytes: Uint8Array): string {
  const d = decodeBytes(bytes, "t");
  assert.equal(d.ok, false);
  return d.ok ? "" : d.error.code;
}

describe("decodeBytes", () => {
  it("reads UTF-8 with and without BOM", () => {
    assert.equal(text(Buffer.from("Talks in Bogotá")), "Talks in Bogotá");
    assert.equal(text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Talks")])), "Talks");
  });

  it("reads UTF-16 LE and BE with BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Envoy in Kraków", "utf16le")]);
    assert.equal(text(le), "Envoy in Kraków");
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Envoy", "utf16le").swap16()]));
    assert.equal(text(be), "Envoy");
  });

  it("honours windows-1252 declared in meta charset and XML declaration", () => {
    const html = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body>caf\xe9 \x93quoted\x94</body></html>',
      "latin1",
    );
    assert.match(text(html), /café “quoted”/);
    const xml = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><item>S\xe3o Paulo</item></rss>',
      "latin1",
    );
    assert.match(text(xml), /São Paulo/);
  });

  it("normalizes to NFC and line ends to LF", () => {
    assert.equal(text(Buffer.from("Cafe\u0301\r\nline\rend")), "Café\nline\nend");
  });

  it("tolerates a few invalid bytes but refuses mostly invalid UTF-8", () => {
    const few = Buffer.concat([
      Buffer.from("A long enough sentence about a summit in Geneva. ".repeat(20)),
      Buffer.from([0xff]),
    ]);
    assert.match(text(few), /\ufffd/);
    assert.equal(code(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xc3 : 0x41)))), "E_ENCODING");
  });

  it("refuses empty input, whitespace and binary data", () => {
    assert.equal(code(Buffer.alloc(0)), "E_EMPTY");
    assert.equal(code(Buffer.from(" \n\t\n")), "E_EMPTY");
    assert.equal(code(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), "E_BINARY");
    assert.equal(code(Buffer.from("text\u0000with nul")), "E_BINARY");
  });
});
