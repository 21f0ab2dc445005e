import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, describe, it } from "node:test";
import { openStore } from "./index.js";
import { fixtureRecord } from "./testing/fixture.js";
import { type TestTarget, testDialects } from "./testing/targets.js";

/** A child process that starts saving the fixture and parks inside the transaction. */
const CHILD = `
const { openStore } = await import(process.env.STORE_MODULE);
const { fixtureRecord } = await import(process.env.FIXTURE_MODULE);
const { target, options } = JSON.parse(process.env.STORE_TARGET);
const hooks = { afterArticleRow: () => { process.stdout.write("inserted\\n"); return new Promise(() => setInterval(() => {}, 1000)); } };
const store = await openStore(target, { ...options, hooks });
await store.saveRecord(fixtureRecord());
`;

/** Runs the child until its article row is written, then kills it with SIGKILL. */
async function killMidSave(t: TestTarget): Promise<void> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], {
    env: {
      ...process.env,
      STORE_MODULE: new URL("./index.js", import.meta.url).href,
      FIXTURE_MODULE: new URL("./testing/fixture.js", import.meta.url).href,
      STORE_TARGET: JSON.stringify(t),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => {
    err += String(d);
  });
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += String(d);
      if (out.includes("inserted")) resolve();
    });
    child.on("exit", () => reject(new Error(`child exited before inserting: ${err}`)));
  });
  child.kill("SIGKILL");
  const [, signal] = await exited;
  assert.equal(signal, "SIGKILL");
}

for (const dialect of await testDialects()) {
  describe(`killed save [${dialect.name}]`, { skip: dialect.skip ?? false }, () => {
    after(() => dialect.cleanup());

    it("leaves no partial article, and a rerun stores it exactly once", async () => {
      const t = await dialect.fresh();
      const store = await openStore(t.target, t.options);
      try {
        await killMidSave(t);
        const record = fixtureRecord();
        assert.equal(await store.hasRecord(record.id), false);
        assert.deepEqual(await store.counts(), {
          articles: 0,
          actors: 0,
          events: 0,
          quotes: 0,
          times: 0,
          failures: 0,
        });
        assert.equal(await store.saveRecord(record), "stored");
        assert.equal(await store.saveRecord(record), "duplicate");
        assert.deepEqual(await store.getRecord(record.id), record);
      } finally {
        await store.close();
      }
    });
  });
}
