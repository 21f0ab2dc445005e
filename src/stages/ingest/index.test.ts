import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { ingestBytes } from "./index.js";

const HEADER =
  "WORLD / DIPLOMACY\nPeru and Chile sign water accord\nPublished: Jan 9, 2024 04:10 PM\nThe signing. Photo: file\n\nThe signing. Photo: file\n\nLIMA — Peru and Chile signed an accord on Tuesday.";

function codes(bytes: Buffer, path: string, opts = {}): string[] {
  return ingestBytes(bytes, path, opts).map((i) => (i.ok ? "ok" : i.error.code));
}

describe("ingestBytes", () => {
  it("makes an article from the header layout, keeping the local time", () => {
    const [item] = ingestBytes(Buffer.from(HEADER), "a.txt");
    assert.ok(item?.ok);
    assert.equal(item.article.published, "2024-01-09T16:10:00");
    assert.equal(item.article.title, "Peru and Chile sign water accord");
    assert.equal(item.article.source.path, "a.txt");
    assert.equal(item.bodyOffset, HEADER.indexOf("LIMA"));
  });

  it("applies --timezone to local times and --published only to undated input", () => {
    const [a] = ingestBytes(Buffer.from(HEADER), "a.txt", { timezone: "America/Lima", published: "2020-01-01" });
    assert.ok(a?.ok && a.article.published === "2024-01-09T16:10:00-05:00");
    const [b] = ingestBytes(Buffer.from("Talks end\n\nThe talks ended."), "b.txt", {
      published: "2024-02-01T09:00:00+01:00",
    });
    assert.ok(b?.ok && b.article.published === "2024-02-01T09:00:00+01:00");
    const [c] = ingestBytes(Buffer.from("Talks end\n\nThe talks ended."), "c.txt");
    assert.ok(c?.ok && c.article.published === null);
  });

  it("rejects an unknown time zone and an invalid --published", () => {
    assert.deepEqual(codes(Buffer.from(HEADER), "a.txt", { timezone: "Nowhere/City" }), ["E_TIMEZONE"]);
    assert.deepEqual(codes(Buffer.from(HEADER), "a.txt", { published: "soon" }), ["E_DATE"]);
  });

  it("turns bad input into error items", () => {
    assert.deepEqual(codes(Buffer.alloc(0), "empty.txt"), ["E_EMPTY"]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    assert.deepEqual(codes(png, "photo.txt"), ["E_BINARY"]);
    assert.deepEqual(codes(Buffer.from(Array.from({ length: 1000 }, (_, i) => 0x80 + (i % 60))), "bad.txt"), [
      "E_ENCODING",
    ]);
    assert.deepEqual(codes(Buffer.from("<html><body><nav>Home</nav></body></html>"), "n.html"), ["E_NO_ARTICLE"]);
    assert.deepEqual(codes(gzipSync(Buffer.from(HEADER)), "a.txt"), ["E_BINARY"]);
  });

  it("keeps going past a broken JSON line", () => {
    const jsonl = '{"text":"Envoys met.","url":"https://n.test/1"}\n{"text":\n{"text":"Ministers spoke."}\n';
    const items = ingestBytes(Buffer.from(jsonl), "w.jsonl");
    assert.deepEqual(
      items.map((i) => (i.ok ? i.origin : `${i.error.code} ${i.origin}`)),
      ["w.jsonl:1", "E_JSONL w.jsonl:2", "w.jsonl:3"],
    );
    assert.ok(items[0]?.ok && items[0].article.source.url === "https://n.test/1");
  });

  it("ingests a 50 MB single line without blowing up", () => {
    const big = Buffer.alloc(50 * 1024 * 1024, "talks ");
    const [item] = ingestBytes(big, "big.txt");
    assert.ok(item?.ok);
    assert.equal(item.article.title, null);
  });
});

it("a JSON line with an empty text is reported with its line, the other lines kept", () => {
  const bytes = Buffer.from('{"text":"Envoys met in Oslo."}\n{"text":"   "}\n{"text":"Talks resumed."}\n');
  const items = ingestBytes(bytes, "batch.jsonl");
  assert.equal(items.filter((i) => i.ok).length, 2);
  const bad = items.find((i) => !i.ok);
  assert.ok(bad && !bad.ok);
  assert.match(bad.error.message, /^batch\.jsonl:2: /);
});
