import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { AttacheError } from "../errors/catalogue.js";
import type { Driver } from "./driver.js";
import { openDriver, openStore } from "./index.js";
import { type Migration, MigrationError, migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations/index.js";
import { testDialects } from "./testing/targets.js";

describe("migration files", () => {
  it("lists every file of migrations/ in order, each id matching its file name", () => {
    const dir = fileURLToPath(new URL("./migrations/", import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => /^\d{3}_\w+\.js$/.test(f))
      .map((f) => f.replace(/\.js$/, ""))
      .sort();
    assert.ok(files.length > 0);
    assert.deepEqual(
      MIGRATIONS.map((m) => m.id),
      files,
    );
  });
});

for (const dialect of await testDialects()) {
  describe(`migrate [${dialect.name}]`, { skip: dialect.skip ?? false }, () => {
    const drivers: Driver[] = [];
    const driver = async () => {
      const t = await dialect.fresh();
      const d = await openDriver(t.target, t.options);
      drivers.push(d);
      return { d, t };
    };
    after(async () => {
      for (const d of drivers) await d.close().catch(() => undefined);
      await dialect.cleanup();
    });

    it("applies each migration once, and nothing on the second run", async () => {
      const { d } = await driver();
      assert.deepEqual(
        await migrate(d),
        MIGRATIONS.map((m) => m.id),
      );
      assert.deepEqual(await migrate(d), []);
      const rows = await d.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id");
      assert.deepEqual(
        rows.rows.map((r) => r.id),
        MIGRATIONS.map((m) => m.id),
      );
    });

    it("lets two concurrent migrators apply each migration once", async () => {
      const { d, t } = await driver();
      const other = await openDriver(t.target, t.options);
      drivers.push(other);
      const [a, b] = await Promise.all([migrate(d), migrate(other)]);
      assert.deepEqual([...a, ...b].sort(), MIGRATIONS.map((m) => m.id).sort());
    });

    it("applies a later migration on top of an existing database", async () => {
      const { d } = await driver();
      await migrate(d);
      const next: Migration = {
        id: "999_test_extra",
        up: (types) => [`CREATE TABLE test_extra (id ${types.int} PRIMARY KEY)`],
      };
      assert.deepEqual(await migrate(d, [...MIGRATIONS, next]), ["999_test_extra"]);
      assert.deepEqual(await migrate(d, [...MIGRATIONS, next]), []);
    });

    it("refuses a database migrated by a newer version", async () => {
      const { d, t } = await driver();
      await migrate(d);
      await d.query("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)", [
        "999_from_the_future",
        new Date().toISOString(),
      ]);
      await assert.rejects(migrate(d), MigrationError);
      await assert.rejects(
        openStore(t.target, t.options),
        (err) => err instanceof AttacheError && err.code === "E_STORE" && /999_from_the_future/.test(err.message),
      );
    });

    it("rolls back a failing migration and does not record it", async () => {
      const { d } = await driver();
      const broken: Migration = {
        id: "999_broken",
        up: (types) => [`CREATE TABLE half_done (id ${types.int})`, "CREATE TABLE half_done (id INTEGER)"],
      };
      await assert.rejects(migrate(d, [...MIGRATIONS, broken]));
      const rows = await d.query<{ id: string }>("SELECT id FROM schema_migrations WHERE id = ?", ["999_broken"]);
      assert.equal(rows.rows.length, 0);
      await d.query("CREATE TABLE half_done (id INTEGER)");
    });
  });
}

describe("migrate ordering", () => {
  it("rejects migration ids out of order before touching the database", async () => {
    const unordered: Migration[] = [
      { id: "002_b", up: () => [] },
      { id: "001_a", up: () => [] },
    ];
    const untouchable = new Proxy({} as Driver, {
      get: () => {
        throw new Error("driver used");
      },
    });
    await assert.rejects(migrate(untouchable, unordered), MigrationError);
  });
});
