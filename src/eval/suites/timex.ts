/**
 * `timex`: time expressions against MEANTIME (English Wikinews, TIMEX3 gold normalised against each
 * document's creation time) and, when present, the project's dev articles (a development figure).
 * Found expressions match gold by overlapping span; values compare as the day intervals they cover
 * (`2004-W47` equals `2004-11-15/2004-11-21`). Texts go through the real segment and syntax stages,
 * as in the pipeline. Scope of recall: DATE expressions with tokens and a
 * calendar value (not `PAST_REF`, `XXXX-XX-XX`, seasons); the excluded count is reported.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { makeArticle } from "../../doc/article.js";
import { createDoc, type Doc } from "../../doc/doc.js";
import type { TimeExpression } from "../../doc/layers/times.js";
import { segmentStage } from "../../stages/segment/index.js";
import { syntaxStage } from "../../stages/syntax/index.js";
import { timesStage } from "../../stages/times/index.js";
import type { EvalSuite } from "../suite.js";
import { type DayInterval, dayInterval } from "../timex-intervals.js";

interface GoldTimex {
  doc_id: string;
  type: string;
  value: string;
  functionInDocument: string;
  sentence: number;
  tok_start: number;
  tok_end: number;
  text: string | null;
  dct: string | null;
}
interface MeantimeDoc {
  doc_id: string;
  dct: string | null;
  sentences: string[];
}
interface GoldSpan {
  start: number;
  end: number;
  value: string;
  dct: boolean;
}

const ANNOTATED_SENTENCES = 6;

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** The real segment and syntax stages, then times: what the pipeline runs. */
function pipeline(): (text: string, published: string | null) => Doc {
  const ctx = { timezone: null };
  return (text, published) => {
    const doc = syntaxStage.run(segmentStage.run(createDoc(makeArticle({ text, published })), ctx), ctx);
    return timesStage.run(doc, ctx);
  };
}

const MONTHS = "january february march april may june july august september october november december".split(" ");

/** A missing creation time is read from the dateline (sentence 1), as ingest would. */
function publishedOf(d: MeantimeDoc): string | null {
  if (d.dct && /^\d{4}-\d{2}-\d{2}$/.test(d.dct)) return d.dct;
  const m = /^([A-Za-z]+) (\d{1,2}) , (\d{4})$/.exec(d.sentences[1] ?? "");
  const mon = m ? MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 : 0;
  return m && mon > 0 ? `${m[3]}-${String(mon).padStart(2, "0")}-${(m[2] ?? "").padStart(2, "0")}` : null;
}

interface Tally {
  gold: number;
  found: number;
  correct: number;
  system: number;
  systemMatched: number;
  misses: string[];
}
const tally = (): Tally => ({ gold: 0, found: 0, correct: 0, system: 0, systemMatched: 0, misses: [] });

function score(
  t: Tally,
  text: string,
  gold: GoldSpan[],
  all: Array<{ start: number; end: number }>,
  times: readonly TimeExpression[],
): void {
  const dated = times.filter((x) => x.grain !== "duration" && x.grain !== "set");
  for (const gs of gold) {
    t.gold++;
    const hit = dated.find((x) => x.start < gs.end && gs.start < x.end);
    const label = `${text.slice(gs.start, gs.end)} = ${gs.value}`;
    if (!hit) {
      t.misses.push(`miss  ${label}`);
      continue;
    }
    t.found++;
    const want = dayInterval(gs.value);
    if (want && hit.value !== null && sameOrEndpoint(want, hit.value)) t.correct++;
    else t.misses.push(`value ${label} got ${hit.value} ("${text.slice(hit.start, hit.end)}")`);
  }
  for (const x of dated) {
    t.system++;
    if (all.some((gs) => x.start < gs.end && gs.start < x.end)) t.systemMatched++;
    else t.misses.push(`extra "${text.slice(x.start, x.end)}" = ${x.value}`);
  }
}

/** Equal intervals; a found range also counts for a gold endpoint (TIMEX3 annotates "from 2009 to 2011" as two dates). */
function sameOrEndpoint(want: DayInterval, value: string): boolean {
  const same = (v: string) => {
    const got = dayInterval(v);
    return got !== null && got.start === want.start && got.end === want.end;
  };
  const parts = value.split("/");
  return same(value) || (parts.length === 2 && parts.some(same));
}

async function meantime(
  dataDir: string,
  run: (text: string, published: string | null) => Doc,
): Promise<{ all: Tally; body: Tally; excluded: number }> {
  const dir = join(dataDir, "meantime-en", "derived");
  const docs = readJsonl<MeantimeDoc>(join(dir, "documents.jsonl"));
  const timexes = readJsonl<GoldTimex>(join(dir, "timex3.jsonl"));
  const all = tally();
  const body = tally();
  let excluded = 0;
  for (const d of docs) {
    const offsets: number[] = [];
    let pos = 0;
    for (const s of d.sentences) {
      offsets.push(pos);
      pos += s.length + 1;
    }
    const text = d.sentences.join("\n");
    const charSpan = (sentence: number, a: number, b: number) => {
      const toks = (d.sentences[sentence] ?? "").split(" ");
      const before = toks.slice(0, a).join(" ").length + (a > 0 ? 1 : 0);
      const inner = toks.slice(a, b).join(" ").length;
      const base = offsets[sentence] ?? 0;
      return { start: base + before, end: base + before + inner };
    };
    const mine = timexes.filter((t) => t.doc_id === d.doc_id && t.text !== null);
    const spans = mine
      .filter((t) => t.type === "DATE" || t.type === "TIME")
      .map((t) => charSpan(t.sentence, t.tok_start, t.tok_end));
    const gold: GoldSpan[] = [];
    for (const t of mine) {
      if (t.type !== "DATE") continue;
      if (!dayInterval(t.value)) {
        excluded++;
        continue;
      }
      gold.push({
        ...charSpan(t.sentence, t.tok_start, t.tok_end),
        value: t.value,
        dct: t.functionInDocument === "CREATION_TIME",
      });
    }
    const doc = run(text, publishedOf(d));
    // MEANTIME annotates TIMEX3 only in the first six sentences (headline, dateline, four of the body).
    const annotatedEnd = offsets[ANNOTATED_SENTENCES] ?? text.length;
    const times = (doc.times ?? []).filter((x) => x.end <= annotatedEnd);
    score(all, text, gold, spans, times);
    const dateline = { start: offsets[1] ?? 0, end: (offsets[2] ?? text.length) - 1 };
    score(
      body,
      text,
      gold.filter((g) => !g.dct),
      spans,
      times.filter((x) => !(x.start >= dateline.start && x.end <= dateline.end)),
    );
  }
  return { all, body, excluded };
}

interface DevArticle {
  id: string;
  raw: string;
  published: string | null;
  gold: { times: Array<{ start: number; end: number; text: string; value: string }> };
}

function dev(path: string, run: (text: string, published: string | null) => Doc): Tally {
  const t = tally();
  for (const a of readJsonl<DevArticle>(path)) {
    const doc = run(a.raw, a.published);
    const gold = a.gold.times.map((g) => ({ start: g.start, end: g.end, value: g.value, dct: false }));
    const header = /^Published:.*$/m.exec(a.raw);
    const times = (doc.times ?? []).filter(
      (x) => !(header && x.start >= header.index && x.end <= header.index + header[0].length),
    );
    score(t, a.raw, gold, gold, times);
  }
  return t;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

const suite: EvalSuite = {
  name: "timex",
  description: "Time expressions: recall, precision and value accuracy on MEANTIME DATE TIMEX3 (and dev articles)",
  requires: "meantime-en/derived/timex3.jsonl",
  floors: { date_value_accuracy: 0.9, date_recall: 0.9 },
  async run(dataDir) {
    const run = pipeline();
    const m = await meantime(dataDir, run);
    const metrics: Record<string, number> = {
      date_recall: ratio(m.all.found, m.all.gold),
      date_value_accuracy: ratio(m.all.correct, m.all.found),
      date_precision: ratio(m.all.systemMatched, m.all.system),
      body_date_recall: ratio(m.body.found, m.body.gold),
      body_date_value_accuracy: ratio(m.body.correct, m.body.found),
      body_date_precision: ratio(m.body.systemMatched, m.body.system),
      gold_dates: m.all.gold,
      gold_dates_out_of_scope: m.excluded,
    };
    const table: Array<Record<string, string | number>> = [
      {
        set: "meantime DATE (incl. datelines)",
        gold: m.all.gold,
        found: m.all.found,
        correct: m.all.correct,
        system: m.all.system,
      },
      {
        set: "meantime DATE (body only)",
        gold: m.body.gold,
        found: m.body.found,
        correct: m.body.correct,
        system: m.body.system,
      },
    ];
    const details = [...m.body.misses];
    const devPath = join(dataDir, "..", "dev", "articles.jsonl");
    if (existsSync(devPath)) {
      const d = dev(devPath, run);
      metrics["dev_recall"] = ratio(d.found, d.gold);
      metrics["dev_value_accuracy"] = ratio(d.correct, d.found);
      metrics["dev_precision"] = ratio(d.systemMatched, d.system);
      metrics["dev_exact"] = ratio(d.correct, d.gold);
      table.push({
        set: "dev articles (development figure)",
        gold: d.gold,
        found: d.found,
        correct: d.correct,
        system: d.system,
      });
      details.push("--- dev", ...d.misses);
    }
    return { metrics, table, details: details.join("\n") };
  },
};

export default suite;
