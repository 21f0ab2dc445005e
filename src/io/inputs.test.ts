import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { type RawInput, readInputs } from "./inputs.js";

async function collect(inputs: string[], stdin: Readable = Readable.from([]), maxBytes?: number): Promise<RawInput[]> {
  const out: RawInput[] = [];
  for await (const r of readInputs(inputs, stdin, maxBytes === undefined ? {} : { maxBytes })) out.push(r);
  return out;
}

const show = (r: RawInput, root: string): string =>
  `${r.path.replace(root, "")} ${r.ok ? r.bytes.toString() : r.error.code}`;

describe("readInputs", () => {
  let root = "";
  before(() => {
    root = mkdtempSync(join(tmpdir(), "attache-inputs-"));
    mkdirSync(join(root, "b-dir/inner"), { recursive: true });
    writeFileSync(join(root, "b-dir/z.txt"), "zeta");
    writeFileSync(join(root, "b-dir/a.txt"), "alpha");
    writeFileSync(join(root, "b-dir/inner/m.html.gz"), gzipSync("<p>gz</p>"));
    writeFileSync(join(root, "b-dir/.hidden.txt"), "hidden");
    writeFileSync(join(root, "b-dir/README.md"), "not an article");
    symlinkSync(join(root, "missing-target"), join(root, "b-dir/broken.txt"));
    writeFileSync(join(root, "cut.txt.gz"), gzipSync("a complete sentence about talks").subarray(0, 15));
    writeFileSync(join(root, "fake.gz"), "plain text named .gz");
    writeFileSync(join(root, "big.txt"), "x".repeat(200));
    writeFileSync(join(root, "bomb.txt.gz"), gzipSync(Buffer.alloc(5000, "y")));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it("walks directories in sorted order, skipping hidden and non-article files, and continues past unreadable entries", async () => {
    const got = (await collect([join(root, "b-dir")])).map((r) => show(r, root));
    assert.deepEqual(got, [
      "/b-dir/a.txt alpha",
      "/b-dir/broken.txt E_READ",
      "/b-dir/inner/m.html.gz <p>gz</p>",
      "/b-dir/z.txt zeta",
    ]);
  });

  it("keeps the order of inputs and reads stdin for -", async () => {
    const got = await collect(
      [join(root, "b-dir/z.txt"), "-", join(root, "b-dir/a.txt")],
      Readable.from([Buffer.from("from "), "stdin"]),
    );
    assert.deepEqual(
      got.map((r) => show(r, root)),
      ["/b-dir/z.txt zeta", "- from stdin", "/b-dir/a.txt alpha"],
    );
  });

  it("decompresses gzip from stdin by its magic number", async () => {
    const [r] = await collect(["-"], Readable.from([gzipSync("piped")]));
    assert.ok(r?.ok && r.bytes.toString() === "piped");
  });

  it("reports truncated or fake gzip, missing paths and oversized inputs as error items", async () => {
    const got = await collect(
      [
        join(root, "cut.txt.gz"),
        join(root, "fake.gz"),
        join(root, "nope.txt"),
        join(root, "big.txt"),
        join(root, "bomb.txt.gz"),
      ],
      Readable.from([]),
      100,
    );
    assert.deepEqual(
      got.map((r) => (r.ok ? "ok" : r.error.code)),
      ["E_GZIP", "E_GZIP", "E_READ", "E_TOO_LARGE", "E_TOO_LARGE"],
    );
  });

  it("refuses stdin larger than the limit", async () => {
    const [r] = await collect(["-"], Readable.from([Buffer.alloc(80), Buffer.alloc(80)]), 100);
    assert.ok(r && !r.ok && r.error.code === "E_TOO_LARGE");
  });
});
