import type { Driver, SqlTypes } from "./driver.js";
import { MIGRATIONS } from "./migrations/index.js";

/** One schema change. `id` orders migrations (`001_init`, `002_...`) and is recorded once applied. */
export interface Migration {
  readonly id: string;
  readonly up: (types: SqlTypes) => readonly string[];
}

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

/**
 * Applies each migration not yet listed in `schema_migrations`, one transaction per migration,
 * so running it again (or from two processes at once) changes nothing. Returns the ids applied now.
 */
export async function migrate(driver: Driver, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  const ids = migrations.map((m) => m.id);
  if (ids.some((id, i) => i > 0 && id <= (ids[i - 1] as string))) {
    throw new MigrationError(`migration ids are not in strictly increasing order: ${ids.join(", ")}`);
  }
  const applied: string[] = [];
  for (const m of migrations) {
    const ran = await driver.transaction(async (tx) => {
      if (driver.migrationLock) await tx.query(driver.migrationLock);
      await tx.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (id ${driver.types.text} PRIMARY KEY, applied_at ${driver.types.timestamp} NOT NULL)`,
      );
      const done = await tx.query<{ id: string }>("SELECT id FROM schema_migrations");
      const unknown = done.rows.map((r) => r.id).filter((id) => !ids.includes(id));
      if (unknown.length > 0) {
        throw new MigrationError(`database has migrations this version does not know: ${unknown.join(", ")}`);
      }
      if (done.rows.some((r) => r.id === m.id)) return false;
      for (const statement of m.up(driver.types)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)", [m.id, new Date().toISOString()]);
      return true;
    });
    if (ran) applied.push(m.id);
  }
  return applied;
}
