import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { AttacheError } from "../../errors/catalogue.js";
import { readInputs } from "../../io/inputs.js";
import { seededRandom } from "../../nlp/rng.js";
import { ingestBytes } from "./index.js";

const SAMPLES = new URL("../../../../samples/", import.meta.url);
const EXTS = [".txt", ".html", ".rss", ".jsonl", ".xml", ".gz", ".txt.gz", ""];
const CASES = 1200;

function randomJson(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 7);
  if (depth > 3 || k === 0) return r() < 0.5 ? null : Math.floor(r() * 1e6) - 5e5;
  if (k === 1) return "x".repeat(Math.floor(r() * 20));
  if (k === 2) return [randomJson(r, depth + 1), randomJson(r, depth + 1)];
  if (k === 3)
    return {
      text: r() < 0.5 ? "Envoys met." : randomJson(r, depth + 1),
      published: r() < 0.5 ? "2020-13-45" : "2020-01-02",
    };
  return { [String(r())]: randomJson(r, depth + 1), title: randomJson(r, depth + 1) };
}

function malformed(r: () => number, samples: readonly Buffer[]): Buffer {
  const pick = samples[Math.floor(r() * samples.length)] as Buffer;
  switch (Math.floor(r() * 6)) {
    case 0:
      return Buffer.from(Array.from({ length: Math.floor(r() * 3000) }, () => Math.floor(r() * 256)));
    case 1:
      return pick.subarray(0, Math.floor(r() * pick.length));
    case 2: {
      const b = Buffer.from(pick);
      for (let i = 0; i < 1 + r() * 30; i++)
        b[Math.floor(r() * b.length)] = '<>{}"&\n\0\xff]'[Math.floor(r() * 11)]?.charCodeAt(0) ?? 0;
      return b;
    }
    case 3: {
      const gz = gzipSync(pick);
      return r() < 0.5
        ? gz.subarray(0, Math.floor(r() * gz.length))
        : Buffer.concat([gz.subarray(0, 10), Buffer.from([Math.floor(r() * 256)]), gz.subarray(11)]);
    }
    case 4:
      return Buffer.from(
        Array.from({ length: 1 + Math.floor(r() * 5) }, () =>
          JSON.stringify(randomJson(r)).slice(0, r() < 0.3 ? 10 : undefined),
        ).join("\n"),
      );
    default:
      return Buffer.concat([
        pick.subarray(0, Math.floor(r() * pick.length)),
        pick.subarray(Math.floor(r() * pick.length)),
      ]);
  }
}

describe("fuzz: malformed inputs never throw", () => {
  const rejections: unknown[] = [];
  const onRejection = (e: unknown): void => void rejections.push(e);
  before(() => process.on("unhandledRejection", onRejection));
  after(() => process.off("unhandledRejection", onRejection));

  it(`handles ${CASES} seeded malformed inputs through readInputs + ingestBytes`, async () => {
    const samples = readdirSync(SAMPLES)
      .filter((f) => f !== "README.md")
      .map((f) => readFileSync(new URL(f, SAMPLES)));
    assert.ok(samples.length >= 6);
    const r = seededRandom(20240917);
    let ok = 0;
    let failed = 0;
    for (let i = 0; i < CASES; i++) {
      const bytes = malformed(r, samples);
      const ext = EXTS[Math.floor(r() * EXTS.length)] as string;
      for await (const raw of readInputs(["-"], Readable.from([bytes]))) {
        const items = raw.ok
          ? ingestBytes(raw.bytes, `fuzz${i}${ext}`, {})
          : [{ ok: false as const, error: raw.error }];
        for (const item of items) {
          if (item.ok) ok++;
          else {
            assert.ok(item.error instanceof AttacheError);
            assert.notEqual(item.error.code, "E_INTERNAL", item.error.message);
            failed++;
          }
        }
      }
    }
    assert.ok(ok > 0 && failed > 0);
    assert.deepEqual(rejections, []);
  });
});
