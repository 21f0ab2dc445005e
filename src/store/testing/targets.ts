import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DialectName } from "../driver.js";
import type { StoreOptions } from "../types.js";

/** Where a test store lives: pass `target` and `options` to `openStore`. */
export interface TestTarget {
  readonly target: string;
  readonly options: StoreOptions;
}

/** Hands out fresh, empty stores of one dialect and removes them all in `cleanup`. */
export interface TestDialect {
  readonly name: DialectName;
  /** Non-null: why the dialect's tests are skipped (PostgreSQL unreachable and CI unset). */
  readonly skip: string | null;
  fresh(): Promise<TestTarget>;
  cleanup(): Promise<void>;
}

export const PG_URL = process.env.ATTACHE_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

function sqliteDialect(): TestDialect {
  let dir: string | null = null;
  let n = 0;
  return {
    name: "sqlite",
    skip: null,
    async fresh() {
      dir ??= mkdtempSync(join(tmpdir(), "attache-store-"));
      n += 1;
      return { target: join(dir, `t${n}`, "store.sqlite"), options: {} };
    },
    async cleanup() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function postgresDialect(): Promise<TestDialect> {
  const problem = await reachable(PG_URL);
  // In CI an unreachable server must fail the tests, so they run (and fail) instead of skipping.
  const skip =
    problem && !process.env.CI ? `PostgreSQL at ${PG_URL} unreachable (${problem}); set ATTACHE_PG_URL` : null;
  const schemas: string[] = [];
  const run = randomBytes(4).toString("hex");
  return {
    name: "postgres",
    skip,
    async fresh() {
      const schema = `attache_test_${run}_${schemas.length + 1}`;
      schemas.push(schema);
      return { target: PG_URL, options: { pgSchema: schema } };
    },
    async cleanup() {
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        for (const s of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Every dialect the store supports, for `for (const dialect of await testDialects())`. */
export async function testDialects(): Promise<TestDialect[]> {
  return [sqliteDialect(), await postgresDialect()];
}
