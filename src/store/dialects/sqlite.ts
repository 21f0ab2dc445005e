import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Driver, Queryable, QueryResult, Row, SqlTypes, SqlValue } from "../driver.js";

const TYPES: SqlTypes = {
  text: "TEXT",
  int: "INTEGER",
  real: "REAL",
  bool: "INTEGER",
  json: "TEXT",
  timestamp: "TEXT",
  serialKey: "INTEGER PRIMARY KEY AUTOINCREMENT",
};

const STATEMENT_CACHE_SIZE = 128;

/** SQLite binds no booleans: store them as 0/1. */
function bindable(params: readonly SqlValue[]): (string | number | null)[] {
  return params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : p));
}

interface FileLock {
  tail: Promise<unknown>;
  users: number;
}

/**
 * One queue per database file and thread. A connection waiting for SQLite's write lock blocks the
 * whole thread (busy_timeout), so two connections of one thread must never wait on each other.
 */
const locks = new Map<string, FileLock>();

function lockKey(path: string): string | null {
  return path === ":memory:" ? null : resolve(path);
}

function acquireLock(path: string): FileLock {
  const key = lockKey(path);
  const existing = key === null ? undefined : locks.get(key);
  if (existing) {
    existing.users += 1;
    return existing;
  }
  const lock: FileLock = { tail: Promise.resolve(), users: 1 };
  if (key !== null) locks.set(key, lock);
  return lock;
}

function releaseLock(path: string, lock: FileLock): void {
  const key = lockKey(path);
  lock.users -= 1;
  if (key !== null && lock.users === 0 && locks.get(key) === lock) locks.delete(key);
}

/**
 * Opens (creating if missing) a SQLite database file in WAL mode. better-sqlite3 is synchronous, so
 * async callers are serialized through one queue per file: a transaction holds it until it ends.
 */
export function openSqlite(path: string): Driver {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 15000");

  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      cache.set(sql, stmt);
    }
    return stmt;
  };

  const run = <R>(sql: string, params: readonly SqlValue[]): QueryResult<R> => {
    const stmt = prepare(sql);
    const args = bindable(params);
    if (stmt.reader) {
      const rows = stmt.all(...args) as R[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: stmt.run(...args).changes };
  };

  const lock = acquireLock(path);
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = lock.tail.then(fn, fn);
    lock.tail = next.catch(() => undefined);
    return next;
  };

  const tx: Queryable = {
    query: async <R = Row>(sql: string, params: readonly SqlValue[] = []) => run<R>(sql, params),
  };

  return {
    dialect: "sqlite",
    types: TYPES,
    migrationLock: null,
    query: <R = Row>(sql: string, params: readonly SqlValue[] = []) => exclusive(async () => run<R>(sql, params)),
    transaction: <T>(fn: (q: Queryable) => Promise<T>) =>
      exclusive(async () => {
        // IMMEDIATE takes the write lock at once, so two processes never deadlock on an upgrade.
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(tx);
          db.exec("COMMIT");
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw err;
        }
      }),
    close: () =>
      exclusive(async () => {
        cache.clear();
        db.close();
        releaseLock(path, lock);
      }),
  };
}
