import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../doc/article.js";
import { attacheError } from "../errors/catalogue.js";
import { analyzeStream, type PoolItem } from "./pool.js";
import { normalizeForId, recordId } from "./record.js";

async function* items(n: number): AsyncGenerator<PoolItem> {
  for (let i = 0; i < n; i++) {
    if (i % 7 === 3) {
      yield { ok: false, origin: `in-${i}`, error: attacheError("E_EMPTY", { input: `in-${i}` }) };
    } else {
      yield {
        ok: true,
        origin: `in-${i}`,
        article: makeArticle({ text: `Envoy number ${i} arrived in Oslo on Monday.` }),
      };
    }
  }
}

for (const jobs of [1, 2]) {
  test(`outcomes keep input order and pass input errors through (jobs=${jobs})`, async () => {
    const origins: string[] = [];
    for await (const outcome of analyzeStream(items(30), { jobs, ctx: { timezone: null } })) {
      origins.push(outcome.origin);
      const i = Number(outcome.origin.slice(3));
      if (i % 7 === 3) {
        assert.equal(outcome.ok, false);
        if (!outcome.ok) assert.equal(outcome.error.code, "E_EMPTY");
      } else {
        assert.equal(outcome.ok, true);
        if (outcome.ok) assert.equal(outcome.record.id, recordId(`Envoy number ${i} arrived in Oslo on Monday.`));
      }
    }
    assert.deepEqual(
      origins,
      Array.from({ length: 30 }, (_, i) => `in-${i}`),
    );
  });
}

test("record ids ignore re-wrapping but not wording", () => {
  assert.equal(recordId("The envoy\nleft  Oslo."), recordId("The envoy left Oslo."));
  assert.equal(normalizeForId(" The\tenvoy \n\n left\u00a0Oslo \r\n"), "The envoy left Oslo");
  assert.equal(normalizeForId("Talks\u2003\u2003ended  \u3000 in Rome."), "Talks ended in Rome.");
  assert.notEqual(recordId("The envoy left Oslo."), recordId("The envoy left Bergen."));
});
