import type { Queryable, SqlValue } from "./driver.js";
import { columnsOf, type TableName, type Tables } from "./schema.js";

/** Well below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement. */
const MAX_PARAMS = 8000;

export interface InsertOptions {
  /** Skip rows whose key already exists (`ON CONFLICT (...) DO NOTHING`) instead of failing. */
  readonly ignoreConflictOn?: readonly string[];
}

/** `INSERT INTO table (cols) VALUES (?, ...), ...` for `rowCount` rows. Column names come from schema.ts only. */
export function insertSql(table: TableName, rowCount: number, options: InsertOptions = {}): string {
  const columns = columnsOf(table);
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const values = Array.from({ length: rowCount }, () => tuple).join(", ");
  const conflict = options.ignoreConflictOn ? ` ON CONFLICT (${options.ignoreConflictOn.join(", ")}) DO NOTHING` : "";
  return `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}${conflict}`;
}

/** Inserts typed rows in as few statements as the parameter limit allows; returns the rows inserted. */
export async function insertRows<T extends TableName>(
  q: Queryable,
  table: T,
  rows: readonly Tables[T][],
  options: InsertOptions = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = columnsOf(table);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  let inserted = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: SqlValue[] = [];
    for (const row of chunk) for (const c of columns) params.push(row[c] as SqlValue);
    const res = await q.query(insertSql(table, chunk.length, options), params);
    inserted += res.changes;
  }
  return inserted;
}
