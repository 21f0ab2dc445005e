import pg from "pg";
import type { Driver, Queryable, QueryResult, Row, SqlTypes, SqlValue } from "../driver.js";

const TYPES: SqlTypes = {
  text: "TEXT",
  int: "INTEGER",
  real: "DOUBLE PRECISION",
  bool: "BOOLEAN",
  json: "JSONB",
  timestamp: "TIMESTAMPTZ",
  serialKey: "SERIAL PRIMARY KEY",
};

/** Any constant shared by every Attaché migrator: concurrent `openStore` calls migrate one at a time. */
const MIGRATION_LOCK_KEY = 0x41_74_74_61;

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Rewrites `?` placeholders as `$1, $2, ...`, leaving quoted strings and identifiers alone. */
export function toPositional(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      n += 1;
      out += `$${n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

const positional = new Map<string, string>();
function rewrite(sql: string): string {
  let text = positional.get(sql);
  if (text === undefined) {
    text = toPositional(sql);
    if (positional.size < 512) positional.set(sql, text);
  }
  return text;
}

async function run<R>(
  client: pg.Pool | pg.PoolClient,
  sql: string,
  params: readonly SqlValue[],
): Promise<QueryResult<R>> {
  const res = await client.query(rewrite(sql), params as SqlValue[]);
  return { rows: res.rows as R[], changes: res.rowCount ?? 0 };
}

export interface PostgresOptions {
  /** Schema to create (if missing) and use as `search_path`, e.g. for isolated tests. */
  readonly schema?: string;
}

/** Opens a connection pool to a `postgres://` URL. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Driver> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new RangeError(`invalid schema name "${schema}"`);
  }
  const config: pg.PoolConfig = { connectionString: url, max: 4 };
  if (schema !== undefined) config.options = `-c search_path=${schema}`;
  const pool = new pg.Pool(config);
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  try {
    if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    else await pool.query("SELECT 1");
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    dialect: "postgres",
    types: TYPES,
    migrationLock: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`,
    query: <R = Row>(sql: string, params: readonly SqlValue[] = []) => run<R>(pool, sql, params),
    async transaction<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: Queryable = {
        query: <R = Row>(sql: string, params: readonly SqlValue[] = []) => run<R>(client, sql, params),
      };
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackErr) {
          broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
