/**
 * `npm run bench`: throughput and peak memory of `attache analyze` on the bundled public corpora,
 * with jobs = 1 (ingest and analysis inline on the main thread: one core) and jobs = 2 (two worker
 * threads analyse, the main thread ingests). Each configuration runs in a fresh child process so peak
 * RSS is its own. "articles/s" is the whole run from a cold start (model loading and JIT warm-up
 * included); "steady art/s" leaves out the first --warmup outcomes (default 30), so it is the rate
 * a long run settles to. "CPU s" is the process's CPU time over the run, all threads together: with
 * jobs = 1 it exceeds "seconds" by what V8's helper threads (compiler, garbage collector) did, and on
 * a busy machine it falls below it (waiting for a core is not CPU time), so articles / "CPU s" is
 * the fairer one-core figure there. Counting tokens for "tokens/s" is not timed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleItems } from "../src/cli/inputs.js";
import { parseConllu } from "../src/nlp/conllu.js";
import type { PoolItem } from "../src/pipeline/pool.js";
import { analyzeStream } from "../src/pipeline/pool.js";
import { benchTagParse } from "../src/stages/syntax/bench.js";
import { scriptArgs } from "./script-args.js";

const USAGE = "Usage: npm run bench -- [--data <dir>] [--limit <articles>] [--warmup <articles>]";
const here = dirname(fileURLToPath(import.meta.url));
const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

interface ChildResult {
  articles: number;
  failed: number;
  tokens: number;
  seconds: number;
  /** Articles analysed after the warm-up outcomes, and the seconds they took (0 when the run was too short). */
  steadyArticles: number;
  steadySeconds: number;
  /** CPU time of the whole process (all threads: V8 also compiles and collects garbage on helper threads). */
  cpuSeconds: number;
  peakRssMb: number;
}

/** One measured run, in this process: ingest + full pipeline, records discarded. */
async function child(input: string, jobs: number, limit: number, warmup: number): Promise<ChildResult> {
  let n = 0;
  async function* limited(): AsyncGenerator<PoolItem> {
    for await (const item of articleItems([input], {}, process.stdin)) {
      if (n++ >= limit) return;
      yield item;
    }
  }
  let articles = 0;
  let failed = 0;
  let tokens = 0;
  let outcomes = 0;
  // Time spent counting tokens, which is the bench's own work and not the pipeline's.
  let counting = 0;
  let warmAt = -1;
  let warmCounting = 0;
  let warmArticles = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for await (const outcome of analyzeStream(limited(), { jobs, ctx: { timezone: null } })) {
    if (outcome.ok) {
      articles++;
      const c = performance.now();
      tokens += outcome.record.text.match(WORD)?.length ?? 0;
      counting += performance.now() - c;
    } else failed++;
    if (++outcomes === warmup) {
      warmAt = performance.now();
      warmCounting = counting;
      warmArticles = articles;
    }
  }
  const ended = performance.now();
  const seconds = (ended - started - counting) / 1000;
  const steadyArticles = warmAt < 0 ? 0 : articles - warmArticles;
  const steadySeconds = warmAt < 0 ? 0 : (ended - warmAt - (counting - warmCounting)) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6 - counting / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { articles, failed, tokens, seconds, steadyArticles, steadySeconds, cpuSeconds, peakRssMb };
}

async function main(): Promise<void> {
  const { values } = scriptArgs("bench", USAGE, {
    options: {
      data: { type: "string" },
      limit: { type: "string" },
      warmup: { type: "string" },
      child: { type: "string" },
      jobs: { type: "string" },
    },
  });
  const limit = Number(values.limit ?? Number.POSITIVE_INFINITY);
  const warmup = Number(values.warmup ?? 30);
  if (values.child) {
    const result = await child(values.child, Number(values.jobs ?? 1), limit, warmup);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const dataDir = resolve(values.data ?? join(here, "..", "..", "..", "shared", "data"));
  const corpora = [
    join(dataDir, "wikinews-sample", "wikinews.jsonl"),
    join(dataDir, "ungdc-2020-2024", "ungdc_sessions75-79.jsonl.gz"),
  ].filter((p) => existsSync(p));
  const rows: Record<string, string | number>[] = [];
  for (const corpus of corpora) {
    for (const jobs of [1, 2]) {
      const args = [fileURLToPath(import.meta.url), "--child", corpus, "--jobs", String(jobs)];
      if (values.limit) args.push("--limit", values.limit);
      args.push("--warmup", String(warmup));
      const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`bench child failed on ${corpus}: ${run.stderr}`);
      const r = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as ChildResult;
      rows.push({
        corpus: corpus.split("/").slice(-2).join("/"),
        workers: jobs,
        articles: r.articles,
        failed: r.failed,
        "articles/s": (r.articles / r.seconds).toFixed(1),
        "steady art/s": r.steadySeconds > 0 ? (r.steadyArticles / r.steadySeconds).toFixed(1) : "-",
        "tokens/s": Math.round(r.tokens / r.seconds),
        seconds: r.seconds.toFixed(1),
        "CPU s": r.cpuSeconds.toFixed(1),
        "peak RSS MB": Math.round(r.peakRssMb),
      });
      console.log(JSON.stringify(rows.at(-1)));
    }
  }
  console.table(rows);
  const ewt = join(dataDir, "ud-ewt", "dev.conllu");
  if (existsSync(ewt)) {
    const sentences = parseConllu(readFileSync(ewt, "utf8")).map((s) => s.forms);
    const r = benchTagParse(sentences);
    console.log(
      `tagging + lemmas + parsing, one core, EWT dev (gold tokens): ${r.tokens} tokens in ${r.seconds.toFixed(2)} s = ` +
        `${Math.round(r.tokens / r.seconds)} tokens/s; model load ${r.loadSeconds.toFixed(2)} s`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
