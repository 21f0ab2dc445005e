import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import type { AttacheRecord } from "../doc/record.js";
import { AttacheError, attacheError } from "../errors/catalogue.js";
import { openStore } from "./index.js";
import { fixtureRecord } from "./testing/fixture.js";
import { testDialects } from "./testing/targets.js";
import type { Store, StoreOptions } from "./types.js";

const EMPTY = { articles: 0, actors: 0, events: 0, quotes: 0, times: 0, failures: 0 };
const ONE_RECORD = { articles: 1, actors: 2, events: 2, quotes: 1, times: 2, failures: 0 };

function isStoreError(err: unknown): boolean {
  return err instanceof AttacheError && err.code === "E_STORE";
}

for (const dialect of await testDialects()) {
  describe(`store [${dialect.name}]`, { skip: dialect.skip ?? false }, () => {
    const open: Store[] = [];
    const fresh = async (extra: StoreOptions = {}): Promise<{ store: Store; reopen: () => Promise<Store> }> => {
      const t = await dialect.fresh();
      const reopen = async () => {
        const s = await openStore(t.target, { ...t.options, ...extra });
        open.push(s);
        return s;
      };
      return { store: await reopen(), reopen };
    };
    after(async () => {
      for (const s of open) await s.close().catch(() => undefined);
      await dialect.cleanup();
    });

    it("saves a record and gets it back deep-equal", async () => {
      const { store } = await fresh();
      const record = fixtureRecord();
      assert.equal(store.dialect, dialect.name);
      assert.equal(await store.saveRecord(record), "stored");
      assert.equal(await store.hasRecord(record.id), true);
      assert.deepEqual(await store.getRecord(record.id), record);
      assert.deepEqual(await store.counts(), ONE_RECORD);
    });

    it("returns null and false for an unknown id", async () => {
      const { store } = await fresh();
      assert.equal(await store.getRecord("0".repeat(64)), null);
      assert.equal(await store.hasRecord("0".repeat(64)), false);
      assert.deepEqual(await store.counts(), EMPTY);
    });

    it("reports a second save of the same id as duplicate and writes nothing", async () => {
      const { store, reopen } = await fresh();
      const record = fixtureRecord();
      assert.equal(await store.saveRecord(record), "stored");
      assert.equal(await store.saveRecord(record), "duplicate");
      const again = await reopen();
      const changed: AttacheRecord = { ...record, title: "A different title" };
      assert.equal(await again.saveRecord(changed), "duplicate");
      assert.deepEqual(await again.counts(), ONE_RECORD);
      assert.equal((await again.getRecord(record.id))?.title, record.title);
    });

    it("stores concurrent saves of one id exactly once", async () => {
      const { store, reopen } = await fresh();
      const other = await reopen();
      const record = fixtureRecord();
      const results = await Promise.all([store.saveRecord(record), other.saveRecord(record), store.saveRecord(record)]);
      assert.deepEqual([...results].sort(), ["duplicate", "duplicate", "stored"]);
      assert.deepEqual(await store.counts(), ONE_RECORD);
    });

    it("leaves nothing when the transaction fails after the article row", async () => {
      const calls: string[] = [];
      const { store, reopen } = await fresh({
        hooks: {
          afterArticleRow: (id) => {
            calls.push(id);
            throw new Error("injected failure");
          },
        },
      });
      const record = fixtureRecord();
      await assert.rejects(
        store.saveRecord(record),
        (err) => isStoreError(err) && /injected failure/.test(String(err)),
      );
      assert.deepEqual(calls, [record.id]);
      assert.equal(await store.hasRecord(record.id), false);
      assert.deepEqual(await store.counts(), EMPTY);
      // A rerun with a working store saves it whole.
      const t = await reopen();
      assert.deepEqual(await t.counts(), EMPTY);
    });

    it("rolls back a record whose child rows violate the schema (duplicate actor id)", async () => {
      const { store } = await fresh();
      const good = fixtureRecord();
      const first = good.actors[0];
      assert.ok(first);
      const bad: AttacheRecord = { ...good, actors: [...good.actors, { ...first, name: "Someone else" }] };
      await assert.rejects(store.saveRecord(bad), isStoreError);
      assert.equal(await store.hasRecord(bad.id), false);
      assert.deepEqual(await store.counts(), EMPTY);
      assert.equal(await store.saveRecord(good), "stored");
      assert.deepEqual(await store.counts(), ONE_RECORD);
    });

    it("keeps data and applies no migration twice when opened again", async () => {
      const { store, reopen } = await fresh();
      await store.saveRecord(fixtureRecord());
      await store.close();
      const second = await reopen();
      const third = await reopen();
      assert.deepEqual(await second.counts(), ONE_RECORD);
      assert.deepEqual(await third.counts(), ONE_RECORD);
    });

    it("records failures per ingest run", async () => {
      const { store } = await fresh();
      const run = await store.beginRun("ingest samples");
      const err = attacheError("E_JSONL", { input: "feed.jsonl", line: 7 }, "unexpected token");
      await store.recordFailure({ ...err.toJSON(), runId: run });
      await store.recordFailure({ input: "broken.html", code: "E_NO_ARTICLE", message: "no body", runId: run });
      await store.recordFailure({ input: null, line: null, code: "E_READ", message: "cannot read: stdin" });
      await store.endRun(run, { stored: 3, duplicates: 1, failed: 2 });

      const ofRun = await store.listFailures({ runId: run });
      assert.deepEqual(
        ofRun.map(({ runId, input, line, code, message }) => ({ runId, input, line, code, message })),
        [
          { runId: run, input: "feed.jsonl", line: 7, code: "E_JSONL", message: err.message },
          { runId: run, input: "broken.html", line: null, code: "E_NO_ARTICLE", message: "no body" },
        ],
      );
      for (const f of ofRun) assert.match(f.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal((await store.listFailures()).length, 3);
      assert.equal((await store.listFailures({ limit: 1 })).length, 1);
      assert.equal((await store.counts()).failures, 3);
      await assert.rejects(store.endRun(run + 1000, { stored: 0, duplicates: 0, failed: 0 }), isStoreError);
    });

    it("finds records by id prefix and publication date", async () => {
      const { store } = await fresh();
      const a = fixtureRecord();
      const b: AttacheRecord = { ...fixtureRecord(" More talks are expected."), published: "2024-06-02T08:00:00Z" };
      const undated: AttacheRecord = { ...fixtureRecord(" Details were not given."), published: null };
      for (const r of [b, a, undated]) assert.equal(await store.saveRecord(r), "stored");

      assert.deepEqual(
        (await store.findRecords({ idPrefix: a.id.slice(0, 12) })).map((r) => r.id),
        [a.id],
      );
      assert.deepEqual(
        (await store.findRecords({ idPrefix: a.id.slice(0, 12).toUpperCase() })).map((r) => r.id),
        [a.id],
      );
      assert.deepEqual(await store.findRecords({ idPrefix: "zz%" }), []);
      assert.deepEqual(
        (await store.findRecords({ publishedFrom: "2024-05-01", publishedBefore: "2024-06-01" })).map((r) => r.id),
        [a.id],
      );
      assert.deepEqual(
        (await store.findRecords({ publishedFrom: "2024-06-01" })).map((r) => r.id),
        [b.id],
      );
      assert.deepEqual(
        (await store.findRecords()).map((r) => r.id),
        [a.id, b.id, undated.id],
      );
      assert.equal((await store.findRecords({ limit: 2 })).length, 2);
      assert.deepEqual(await store.findRecords({ idPrefix: a.id.slice(0, 12) }).then((rs) => rs[0]), a);
    });
  });
}
