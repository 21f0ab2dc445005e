/**
 * `npm run bench`: throughput and peak memory of `attache analyze` on the bundled public corpora,
 * with 1 and 2 worker threads. Each configuration runs in a fresh child process so peak RSS is its own.
 * Usage: npm run bench -- [--data <dir>] [--limit <articles>]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { articleItems } from "../src/cli/inputs.js";
import { parseConllu } from "../src/nlp/conllu.js";
import type { PoolItem } from "../src/pipeline/pool.js";
import { analyzeStream } from "../src/pipeline/pool.js";
import { benchTagParse } from "../src/stages/syntax/bench.js";

const here = dirname(fileURLToPath(import.meta.url));
const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

interface ChildResult {
  articles: number;
  failed: number;
  tokens: number;
  seconds: number;
  peakRssMb: number;
}

/** One measured run, in this process: ingest + full pipeline, records discarded. */
async function child(input: string, jobs: number, limit: number): Promise<ChildResult> {
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
  const started = performance.now();
  for await (const outcome of analyzeStream(limited(), { jobs, ctx: { timezone: null } })) {
    if (outcome.ok) {
      articles++;
      tokens += outcome.record.text.match(WORD)?.length ?? 0;
    } else failed++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { articles, failed, tokens, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string" },
      limit: { type: "string" },
      child: { type: "string" },
      jobs: { type: "string" },
    },
  });
  const limit = Number(values.limit ?? Number.POSITIVE_INFINITY);
  if (values.child) {
    const result = await child(values.child, Number(values.jobs ?? 1), limit);
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
      const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`bench child failed on ${corpus}: ${run.stderr}`);
      const r = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as ChildResult;
      rows.push({
        corpus: corpus.split("/").slice(-2).join("/"),
        workers: jobs,
        articles: r.articles,
        failed: r.failed,
        "articles/s": (r.articles / r.seconds).toFixed(1),
        "tokens/s": Math.round(r.tokens / r.seconds),
        seconds: r.seconds.toFixed(1),
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
