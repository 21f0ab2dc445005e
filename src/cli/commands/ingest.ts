import { type AttacheError, toAttacheError } from "../../errors/catalogue.js";
import type { PoolItem } from "../../pipeline/pool.js";
import { analyzeStream } from "../../pipeline/pool.js";
import { recordId } from "../../pipeline/record.js";
import { openStore, type Store } from "../../store/index.js";
import { ARTICLE_FLAGS, ARTICLE_FLAGS_HELP, articleRunOptions, parseCommandArgs } from "../args.js";
import { type Command, type CommandIO, EXIT, helpOrNoInputs } from "../command.js";
import { eventLines, recordLine } from "../format.js";
import { articleItems } from "../inputs.js";
import { Progress } from "../progress.js";

export const DEFAULT_DB = "attache.sqlite";

interface Tally {
  read: number;
  stored: number;
  duplicates: number;
  failed: { origin: string; code: string; message: string }[];
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "analyse articles and store them (idempotent by record id)",
  usage: `Usage: attache ingest [options] <inputs...>

Analyse articles and store their records, one transaction per article. Articles already stored
(same record id) are counted as duplicates and not analysed again, so a killed run can simply be
run again: it resumes without duplicates or gaps.

Options:
  --db <target>       SQLite file path or postgres:// URL (default: ${DEFAULT_DB})
  -q, --quiet         only the summary (no line per article and event)
${ARTICLE_FLAGS_HELP}

Exit codes: 0 all good, 2 some inputs failed (the others were stored), 1 fatal.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...ARTICLE_FLAGS,
      db: { type: "string" },
      quiet: { type: "boolean", short: "q" },
    });
    const stop = helpOrNoInputs(this, values.help, positionals, io);
    if (stop !== null) return stop;
    const { timezone, published, jobs } = articleRunOptions(values);
    const store = await openStore(values.db ?? DEFAULT_DB);
    try {
      const tally = await ingestAll(store, positionals, { published, timezone, jobs, quiet: !!values.quiet }, io);
      writeSummary(tally, io);
      return tally.failed.length > 0 ? EXIT.SOME_FAILED : EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

async function ingestAll(
  store: Store,
  inputs: readonly string[],
  opts: { published: string | undefined; timezone: string | null; jobs: number; quiet: boolean },
  io: CommandIO,
): Promise<Tally> {
  const tally: Tally = { read: 0, stored: 0, duplicates: 0, failed: [] };
  const progress = new Progress(io);
  const runId = await store.beginRun(`ingest ${inputs.join(" ")}`);
  // Articles already stored are skipped before analysis: their id is the hash of their text.
  async function* fresh(): AsyncGenerator<PoolItem> {
    for await (const item of articleItems(
      inputs,
      { published: opts.published, timezone: opts.timezone ?? undefined },
      io.stdin,
    )) {
      tally.read++;
      if (item.ok && (await store.hasRecord(recordId(item.article.text)))) {
        tally.duplicates++;
        progress.update(tally);
        continue;
      }
      yield item;
    }
  }
  const fail = async (origin: string, e: AttacheError) => {
    tally.failed.push({ origin, code: e.code, message: e.message });
    await store.recordFailure({ ...e.toJSON(), input: e.location?.input ?? origin, runId });
    progress.log(`failed ${e.code} ${e.message}`, true);
  };
  try {
    for await (const outcome of analyzeStream(fresh(), { jobs: opts.jobs, ctx: { timezone: opts.timezone } })) {
      if (!outcome.ok) {
        await fail(outcome.origin, outcome.error);
      } else {
        // A store error on one article (a row the database refuses) is that article's failure only.
        let result: "stored" | "duplicate";
        try {
          result = await store.saveRecord(outcome.record);
        } catch (err) {
          await fail(outcome.origin, toAttacheError(err, { input: outcome.origin }));
          continue;
        }
        if (result === "stored") tally.stored++;
        else tally.duplicates++;
        if (!opts.quiet) {
          progress.log(`${result} ${recordLine(outcome.record, outcome.origin)}`);
          for (const line of eventLines(outcome.record)) progress.log(line);
        }
      }
      progress.update(tally);
    }
  } finally {
    progress.done();
    await store.endRun(runId, { stored: tally.stored, duplicates: tally.duplicates, failed: tally.failed.length });
  }
  return tally;
}

function writeSummary(t: Tally, io: CommandIO): void {
  io.stdout.write(`read ${t.read}, stored ${t.stored}, duplicates ${t.duplicates}, failed ${t.failed.length}\n`);
  for (const f of t.failed) io.stdout.write(`  failed: ${f.code} ${f.message}\n`);
}
