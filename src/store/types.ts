import type { AttacheRecord } from "../doc/record.js";
import type { DialectName } from "./driver.js";

export type SaveResult = "stored" | "duplicate";

/** A failed input, e.g. `AttacheError.toJSON()` plus the run it belongs to. */
export interface FailureInput {
  readonly input: string | null;
  readonly line?: number | null;
  readonly code: string;
  readonly message: string;
  readonly runId?: number | null;
}

export interface StoredFailure {
  readonly id: number;
  readonly runId: number | null;
  readonly input: string | null;
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
}

export interface FailureFilter {
  readonly runId?: number;
  readonly limit?: number;
}

/** All fields optional; `published` bounds compare ISO strings, so give them in the stored form. */
export interface RecordFilter {
  /** Lower-case hex prefix of the record id. */
  readonly idPrefix?: string;
  /** Inclusive lower bound on `published`. */
  readonly publishedFrom?: string;
  /** Exclusive upper bound on `published`. */
  readonly publishedBefore?: string;
  /** At most this many records (default 100), ordered by `published` (unknown last) then id. */
  readonly limit?: number;
}

export interface StoreCounts {
  readonly articles: number;
  readonly actors: number;
  readonly events: number;
  readonly quotes: number;
  readonly times: number;
  readonly failures: number;
}

export interface RunTotals {
  readonly stored: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** Test hooks: called inside the save transaction, a throw rolls the whole article back. */
export interface StoreHooks {
  readonly afterArticleRow?: (id: string) => void | Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL only: schema to create if missing and use as `search_path`. */
  readonly pgSchema?: string;
  readonly hooks?: StoreHooks;
}

/** The article store. Every method may reject with an `AttacheError` of code `E_STORE`. */
export interface Store {
  readonly dialect: DialectName;
  /** Saves the record and all its rows in one transaction; an id already stored writes nothing. */
  saveRecord(record: AttacheRecord): Promise<SaveResult>;
  hasRecord(id: string): Promise<boolean>;
  /** The record exactly as saved, or null. */
  getRecord(id: string): Promise<AttacheRecord | null>;
  findRecords(filter?: RecordFilter): Promise<AttacheRecord[]>;
  /** Starts an ingest run (`command` e.g. `ingest samples`) and returns its id. */
  beginRun(command: string): Promise<number>;
  endRun(runId: number, totals: RunTotals): Promise<void>;
  recordFailure(failure: FailureInput): Promise<void>;
  listFailures(filter?: FailureFilter): Promise<StoredFailure[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
