/**
 * An evaluation suite run by `npm run eval -- <name>`: it reads public data from `dataDir` at run
 * time (never copied into the repo) and returns metrics. `floors` are the minimum values CI accepts.
 */
export interface EvalSuite {
  readonly name: string;
  readonly description: string;
  /** Path under the data directory whose presence means the suite can run. */
  readonly requires: string;
  readonly floors: Readonly<Record<string, number>>;
  run(dataDir: string): Promise<EvalResult>;
}

export interface EvalResult {
  /** Metric name -> value (fractions in [0, 1] for accuracies and F1). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Rows for the printed table, e.g. per-document or per-category figures. */
  readonly table?: ReadonlyArray<Readonly<Record<string, string | number>>>;
  /** Free text printed after the table (e.g. an event-by-event listing). */
  readonly details?: string;
}
