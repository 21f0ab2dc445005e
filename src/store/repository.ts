import type { AttacheRecord } from "../doc/record.js";
import type { Driver, Queryable, SqlValue } from "./driver.js";
import { recordRows } from "./rows.js";
import { insertRows } from "./sql.js";
import type {
  FailureFilter,
  FailureInput,
  RecordFilter,
  RunTotals,
  SaveResult,
  StoreCounts,
  StoredFailure,
  StoreHooks,
} from "./types.js";

const HEX = /^[0-9a-f]*$/;

/**
 * One transaction per article. The article row goes first with ON CONFLICT DO NOTHING: when it was
 * not inserted (already stored, or a concurrent writer won), no child row is written.
 */
export async function saveRecord(driver: Driver, record: AttacheRecord, hooks: StoreHooks = {}): Promise<SaveResult> {
  const rows = recordRows(record, new Date().toISOString());
  return driver.transaction(async (tx) => {
    const inserted = await insertRows(tx, "articles", [rows.article], { ignoreConflictOn: ["id"] });
    if (inserted === 0) return "duplicate";
    await hooks.afterArticleRow?.(record.id);
    await insertRows(tx, "sentences", rows.sentences);
    await insertRows(tx, "actors", rows.actors);
    await insertRows(tx, "mentions", rows.mentions);
    await insertRows(tx, "times", rows.times);
    await insertRows(tx, "quotes", rows.quotes);
    await insertRows(tx, "events", rows.events);
    return "stored";
  });
}

export async function hasRecord(q: Queryable, id: string): Promise<boolean> {
  const res = await q.query("SELECT 1 AS found FROM articles WHERE id = ?", [id]);
  return res.rows.length > 0;
}

function parseRecord(json: unknown): AttacheRecord {
  return (typeof json === "string" ? JSON.parse(json) : json) as AttacheRecord;
}

export async function getRecord(q: Queryable, id: string): Promise<AttacheRecord | null> {
  const res = await q.query<{ record: unknown }>("SELECT record FROM articles WHERE id = ?", [id]);
  const row = res.rows[0];
  return row ? parseRecord(row.record) : null;
}

export async function findRecords(q: Queryable, filter: RecordFilter = {}): Promise<AttacheRecord[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.idPrefix !== undefined) {
    const prefix = filter.idPrefix.toLowerCase();
    if (!HEX.test(prefix)) return [];
    where.push("id LIKE ?");
    params.push(`${prefix}%`);
  }
  if (filter.publishedFrom !== undefined) {
    where.push("published >= ?");
    params.push(filter.publishedFrom);
  }
  if (filter.publishedBefore !== undefined) {
    where.push("published < ?");
    params.push(filter.publishedBefore);
  }
  const limit = Math.max(0, Math.floor(filter.limit ?? 100));
  params.push(limit);
  const clause = where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "";
  const res = await q.query<{ record: unknown }>(
    `SELECT record FROM articles${clause} ORDER BY published IS NULL, published, id LIMIT ?`,
    params,
  );
  return res.rows.map((r) => parseRecord(r.record));
}

export async function beginRun(q: Queryable, command: string): Promise<number> {
  const res = await q.query<{ id: number }>(
    "INSERT INTO ingest_runs (command, started_at) VALUES (?, ?) RETURNING id",
    [command, new Date().toISOString()],
  );
  const row = res.rows[0];
  if (!row) throw new Error("ingest run was not created");
  return Number(row.id);
}

export async function endRun(q: Queryable, runId: number, totals: RunTotals): Promise<void> {
  const res = await q.query(
    "UPDATE ingest_runs SET finished_at = ?, stored = ?, duplicates = ?, failed = ? WHERE id = ?",
    [new Date().toISOString(), totals.stored, totals.duplicates, totals.failed, runId],
  );
  if (res.changes === 0) throw new Error(`no ingest run ${runId}`);
}

export async function recordFailure(q: Queryable, failure: FailureInput): Promise<void> {
  await insertRows(q, "failures", [
    {
      run_id: failure.runId ?? null,
      input: failure.input,
      line: failure.line ?? null,
      code: failure.code,
      message: failure.message,
      created_at: new Date().toISOString(),
    },
  ]);
}

interface FailureSelect {
  id: number;
  run_id: number | null;
  input: string | null;
  line: number | null;
  code: string;
  message: string;
  created_at: unknown;
}

function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export async function listFailures(q: Queryable, filter: FailureFilter = {}): Promise<StoredFailure[]> {
  const params: SqlValue[] = [];
  let clause = "";
  if (filter.runId !== undefined) {
    clause = " WHERE run_id = ?";
    params.push(filter.runId);
  }
  params.push(Math.max(0, Math.floor(filter.limit ?? 1000)));
  const res = await q.query<FailureSelect>(
    `SELECT id, run_id, input, line, code, message, created_at FROM failures${clause} ORDER BY id LIMIT ?`,
    params,
  );
  return res.rows.map((r) => ({
    id: Number(r.id),
    runId: r.run_id === null ? null : Number(r.run_id),
    input: r.input,
    line: r.line === null ? null : Number(r.line),
    code: r.code,
    message: r.message,
    createdAt: isoTime(r.created_at),
  }));
}

const COUNTED = ["articles", "actors", "events", "quotes", "times", "failures"] as const;

export async function counts(q: Queryable): Promise<StoreCounts> {
  const select = COUNTED.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(", ");
  const res = await q.query<Record<(typeof COUNTED)[number], number | string>>(`SELECT ${select}`);
  const row = res.rows[0];
  if (!row) throw new Error("count query returned no row");
  // PostgreSQL returns COUNT(*) as a bigint string.
  return {
    articles: Number(row.articles),
    actors: Number(row.actors),
    events: Number(row.events),
    quotes: Number(row.quotes),
    times: Number(row.times),
    failures: Number(row.failures),
  };
}
