import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../doc/article.js";
import type { AttacheRecord } from "../doc/record.js";
import { type AttacheError, type ErrorJSON, fromErrorJSON, toAttacheError } from "../errors/catalogue.js";
import { analyzeArticle } from "./analyze.js";
import type { StageContext } from "./stage.js";
import type { WorkerRequest } from "./worker.js";

/** What came of one input item: a record, or an error naming the input. */
export type Outcome =
  | { readonly ok: true; readonly origin: string; readonly record: AttacheRecord }
  | { readonly ok: false; readonly origin: string; readonly error: AttacheError };

/** An item to analyse, or an error found before analysis (e.g. by ingest), passed through in order. */
export type PoolItem =
  | { readonly ok: true; readonly origin: string; readonly article: Article }
  | { readonly ok: false; readonly origin: string; readonly error: AttacheError };

type WorkerReply = { seq: number; ok: true; record: AttacheRecord } | { seq: number; ok: false; error: ErrorJSON };

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  readonly origin: string;
  readonly article: Article;
  readonly resolve: (o: Outcome) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Job>;
}

/** A fixed set of worker threads, each running the whole pipeline; jobs go to the least busy. */
class WorkerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly ctx: StageContext,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    const slot: Slot = { worker, pending: new Map() };
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.pending.get(reply.seq);
      if (!job) return;
      slot.pending.delete(reply.seq);
      job.resolve(
        reply.ok
          ? { ok: true, origin: job.origin, record: reply.record }
          : { ok: false, origin: job.origin, error: fromErrorJSON(reply.error) },
      );
    });
    // A worker that dies fails the article it was analysing (the oldest pending one); the others
    // queued behind it are sent to its replacement.
    const onDeath = (err: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      const [first, ...rest] = [...slot.pending.entries()];
      slot.pending.clear();
      if (first)
        first[1].resolve({
          ok: false,
          origin: first[1].origin,
          error: toAttacheError(err, { input: first[1].origin }),
        });
      if (this.closed) return;
      const next = this.spawn();
      this.slots[index] = next;
      for (const [seq, job] of rest) this.send(next, seq, job);
    };
    worker.on("error", onDeath);
    worker.on("exit", (code) => {
      if (code !== 0 || slot.pending.size > 0) onDeath(new Error(`worker thread exited with code ${code}`));
    });
    return slot;
  }

  submit(origin: string, article: Article): Promise<Outcome> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve) => this.send(slot, seq, { origin, article, resolve }));
  }

  private send(slot: Slot, seq: number, job: Job): void {
    slot.pending.set(seq, job);
    const req: WorkerRequest = { seq, origin: job.origin, article: job.article, ctx: this.ctx };
    slot.worker.postMessage(req);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function analyzeInline(item: PoolItem, ctx: StageContext): Outcome {
  if (!item.ok) return item;
  try {
    return { ok: true, origin: item.origin, record: analyzeArticle(item.article, ctx) };
  } catch (err) {
    return { ok: false, origin: item.origin, error: toAttacheError(err, { input: item.origin }) };
  }
}

/**
 * Analyse a stream of items on `jobs` worker threads (inline when jobs is 1), yielding outcomes in
 * input order. At most `jobs * 4` items are in flight, so memory stays constant on any input size.
 */
export async function* analyzeStream(
  items: AsyncIterable<PoolItem>,
  options: { jobs: number; ctx: StageContext },
): AsyncGenerator<Outcome> {
  if (options.jobs <= 1) {
    for await (const item of items) yield analyzeInline(item, options.ctx);
    return;
  }
  const pool = new WorkerPool(options.jobs, options.ctx);
  const window: Promise<Outcome>[] = [];
  const limit = options.jobs * 4;
  try {
    for await (const item of items) {
      window.push(item.ok ? pool.submit(item.origin, item.article) : Promise.resolve(item));
      if (window.length >= limit) yield await (window.shift() as Promise<Outcome>);
    }
    while (window.length > 0) yield await (window.shift() as Promise<Outcome>);
  } finally {
    await pool.close();
  }
}
