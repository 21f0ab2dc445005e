/** A value that can be bound to a statement parameter in every supported dialect. */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface QueryResult<R = Row> {
  readonly rows: R[];
  /** Rows inserted, updated or deleted by the statement. */
  readonly changes: number;
}

/** Runs one statement. SQL is written with `?` placeholders; each dialect rewrites them as it needs. */
export interface Queryable {
  query<R = Row>(sql: string, params?: readonly SqlValue[]): Promise<QueryResult<R>>;
}

/** Column types of the dialect, used by migrations so one migration file serves every database. */
export interface SqlTypes {
  readonly text: string;
  readonly int: string;
  readonly real: string;
  readonly bool: string;
  readonly json: string;
  readonly timestamp: string;
  /** An auto-incrementing integer primary key, including `PRIMARY KEY`. */
  readonly serialKey: string;
}

export type DialectName = "sqlite" | "postgres";

/** One database connection (or pool) behind the small interface the repository needs. */
export interface Driver extends Queryable {
  readonly dialect: DialectName;
  readonly types: SqlTypes;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Transactions of one Driver never interleave on the same connection.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** A statement run first in a migration transaction so concurrent migrators wait; null if none is needed. */
  readonly migrationLock: string | null;
  close(): Promise<void>;
}
