import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { AttacheError } from "../errors/catalogue.js";
import { describeTarget, isPostgresTarget, openStore } from "./index.js";
import { fixtureRecord } from "./testing/fixture.js";

describe("store targets", () => {
  it("tells PostgreSQL URLs from file paths", () => {
    assert.equal(isPostgresTarget("postgres://u@h/db"), true);
    assert.equal(isPostgresTarget("PostgreSQL://u@h:5432/db"), true);
    assert.equal(isPostgresTarget("attache.sqlite"), false);
    assert.equal(isPostgresTarget("./postgres/attache.sqlite"), false);
    assert.equal(isPostgresTarget("postgres.sqlite"), false);
  });

  it("hides a password in messages", () => {
    assert.equal(
      describeTarget("postgres://bob:secret@db.example:5432/news"),
      "postgres://bob:***@db.example:5432/news",
    );
    assert.equal(describeTarget("postgres://bob@db.example/news"), "postgres://bob@db.example/news");
    assert.equal(describeTarget("data/attache.sqlite"), "data/attache.sqlite");
  });

  it("creates a SQLite file and its folder when missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-target-"));
    try {
      const store = await openStore(join(dir, "a", "b", "store.sqlite"));
      assert.equal(await store.saveRecord(fixtureRecord()), "stored");
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("works in memory", async () => {
    const store = await openStore(":memory:");
    assert.equal(await store.saveRecord(fixtureRecord()), "stored");
    assert.equal((await store.counts()).articles, 1);
    await store.close();
  });

  it("fails with E_STORE when the SQLite path is not a database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-target-"));
    try {
      const path = join(dir, "notes.sqlite");
      writeFileSync(path, "these are plain notes, not a database file ".repeat(50));
      await assert.rejects(
        openStore(path),
        (err) => err instanceof AttacheError && err.code === "E_STORE" && err.location?.input === path,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails with E_STORE, password hidden, when PostgreSQL is unreachable", async () => {
    await assert.rejects(
      openStore("postgres://bob:secret@127.0.0.1:1/none"),
      (err) =>
        err instanceof AttacheError &&
        err.code === "E_STORE" &&
        !err.message.includes("secret") &&
        err.location?.input === "postgres://bob:***@127.0.0.1:1/none",
    );
  });

  it("rejects an unsafe schema name", async () => {
    await assert.rejects(
      openStore("postgres://postgres@127.0.0.1:1/test", { pgSchema: 'x"; DROP TABLE y' }),
      (err) => err instanceof AttacheError && err.code === "E_STORE" && /invalid schema name/.test(err.message),
    );
  });
});
