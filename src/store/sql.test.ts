import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toPositional } from "./dialects/postgres.js";
import type { Queryable, SqlValue } from "./driver.js";
import { columnsOf } from "./schema.js";
import { insertRows, insertSql } from "./sql.js";

describe("insertSql", () => {
  it("lists the table's columns once and one tuple per row", () => {
    const sql = insertSql("sentences", 2);
    assert.equal(
      sql,
      "INSERT INTO sentences (article_id, idx, span_start, span_end) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
    );
  });

  it("adds ON CONFLICT DO NOTHING when asked", () => {
    assert.match(insertSql("articles", 1, { ignoreConflictOn: ["id"] }), / ON CONFLICT \(id\) DO NOTHING$/);
    assert.doesNotMatch(insertSql("articles", 1), /ON CONFLICT/);
  });
});

describe("insertRows", () => {
  const recorder = () => {
    const calls: { sql: string; params: readonly SqlValue[] }[] = [];
    const q: Queryable = {
      query: async (sql, params = []) => {
        calls.push({ sql, params });
        return { rows: [], changes: (sql.match(/\(\?/g) ?? []).length };
      },
    };
    return { q, calls };
  };

  it("does nothing for no rows", async () => {
    const { q, calls } = recorder();
    assert.equal(await insertRows(q, "sentences", []), 0);
    assert.equal(calls.length, 0);
  });

  it("splits many rows into statements under the parameter limit, keeping column order", async () => {
    const { q, calls } = recorder();
    const rows = Array.from({ length: 5000 }, (_, idx) => ({
      article_id: "x",
      idx,
      span_start: idx,
      span_end: idx + 1,
    }));
    assert.equal(await insertRows(q, "sentences", rows), 5000);
    assert.ok(calls.length > 1);
    for (const c of calls) assert.ok(c.params.length <= 8000);
    assert.deepEqual(calls[0]?.params.slice(0, 8), ["x", 0, 0, 1, "x", 1, 1, 2]);
    assert.equal(
      calls.reduce((n, c) => n + c.params.length, 0),
      5000 * columnsOf("sentences").length,
    );
  });
});

describe("toPositional", () => {
  it("numbers placeholders in order", () => {
    assert.equal(toPositional("SELECT ? , ? FROM t WHERE a = ?"), "SELECT $1 , $2 FROM t WHERE a = $3");
  });

  it("leaves question marks inside quotes alone", () => {
    assert.equal(
      toPositional(`SELECT 'why?', "odd?col" FROM t WHERE x = ?`),
      `SELECT 'why?', "odd?col" FROM t WHERE x = $1`,
    );
    assert.equal(toPositional("SELECT 'it''s?' WHERE y = ?"), "SELECT 'it''s?' WHERE y = $1");
  });

  it("changes nothing without placeholders", () => {
    assert.equal(toPositional("SELECT 1"), "SELECT 1");
  });
});
