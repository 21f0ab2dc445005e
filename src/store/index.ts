import { AttacheError, attacheError } from "../errors/catalogue.js";
import type { Driver } from "./driver.js";
import { migrate } from "./migrate.js";
import * as repo from "./repository.js";
import type { Store, StoreOptions } from "./types.js";

export type { DialectName } from "./driver.js";
export type * from "./types.js";

const PG_URL = /^postgres(?:ql)?:\/\//i;

/** True when `target` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresTarget(target: string): boolean {
  return PG_URL.test(target);
}

/** The target as it may appear in messages: a URL's password is hidden. */
export function describeTarget(target: string): string {
  if (!isPostgresTarget(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://(unparsable URL)";
  }
}

function storeError(err: unknown, input: string): AttacheError {
  if (err instanceof AttacheError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return attacheError("E_STORE", { input }, detail);
}

/**
 * Opens the store and applies pending migrations. `target` is a SQLite file path (created if missing,
 * `:memory:` for a throwaway one) or a `postgres://` / `postgresql://` URL.
 *
 * @example const store = await openStore("attache.sqlite"); await store.saveRecord(record);
 */
export async function openStore(target: string, options: StoreOptions = {}): Promise<Store> {
  const where = describeTarget(target);
  let driver: Driver;
  try {
    driver = await openDriver(target, options);
  } catch (err) {
    throw storeError(err, where);
  }
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw storeError(err, where);
  }
  return bindStore(driver, where, options);
}

/** The dialect driver for `target`, without migrating (for migrations and tests). */
export async function openDriver(target: string, options: StoreOptions = {}): Promise<Driver> {
  if (isPostgresTarget(target)) {
    const { openPostgres } = await import("./dialects/postgres.js");
    return openPostgres(target, options.pgSchema === undefined ? {} : { schema: options.pgSchema });
  }
  const { openSqlite } = await import("./dialects/sqlite.js");
  return openSqlite(target);
}

function bindStore(driver: Driver, where: string, options: StoreOptions): Store {
  const guard = async <T>(input: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw storeError(err, input);
    }
  };
  return {
    dialect: driver.dialect,
    saveRecord: (record) =>
      guard(record.source.path ?? record.source.url ?? record.id, () => repo.saveRecord(driver, record, options.hooks)),
    hasRecord: (id) => guard(where, () => repo.hasRecord(driver, id)),
    getRecord: (id) => guard(where, () => repo.getRecord(driver, id)),
    findRecords: (filter) => guard(where, () => repo.findRecords(driver, filter)),
    beginRun: (command) => guard(where, () => repo.beginRun(driver, command)),
    endRun: (runId, totals) => guard(where, () => repo.endRun(driver, runId, totals)),
    recordFailure: (failure) => guard(failure.input ?? where, () => repo.recordFailure(driver, failure)),
    listFailures: (filter) => guard(where, () => repo.listFailures(driver, filter)),
    counts: () => guard(where, () => repo.counts(driver)),
    close: () => guard(where, () => driver.close()),
  };
}
