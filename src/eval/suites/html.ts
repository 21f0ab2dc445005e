import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ingestBytes } from "../../stages/ingest/index.js";
import type { EvalResult, EvalSuite } from "../suite.js";

const DIR = "article-extraction-benchmark";
const SHINGLE = 4;

interface Truth {
  readonly articleBody: string;
  readonly url: string;
}

/** Word tokens: maximal runs of letters, digits and `_`. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** 4-token shingles as a multiset (shingle -> count); texts shorter than 4 tokens give one shingle. */
export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const toks = wordTokens(text);
  const out = new Map<string, number>();
  const last = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < last && toks.length > 0; i++) {
    const key = toks.slice(i, i + n).join(" ");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page precision and recall from multiset overlap (tp, fp, fn normalized to sum 1). */
export function pageScore(predicted: string, expected: string): { precision: number; recall: number } {
  const p = shingles(predicted);
  const e = shingles(expected);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of p) {
    const g = e.get(k) ?? 0;
    tp += Math.min(c, g);
    fp += Math.max(0, c - g);
  }
  for (const [k, g] of e) fn += Math.max(0, g - (p.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  const [t, f, n] = [tp / total, fp / total, fn / total];
  return { precision: t + f === 0 ? 0 : t / (t + f), recall: t + n === 0 ? 0 : t / (t + n) };
}

const suite: EvalSuite = {
  name: "html",
  description: "Article body extraction from HTML (Zyte article-extraction benchmark, 4-token shingle P/R/F1)",
  requires: `${DIR}/ground-truth.json`,
  floors: { f1: 0.95 },
  async run(dataDir: string): Promise<EvalResult> {
    const root = join(dataDir, DIR);
    const truth = JSON.parse(await readFile(join(root, "ground-truth.json"), "utf8")) as Record<string, Truth>;
    const rows: Array<Record<string, string | number>> = [];
    let sumP = 0;
    let sumR = 0;
    for (const [id, t] of Object.entries(truth)) {
      const bytes = gunzipSync(await readFile(join(root, "html", `${id}.html.gz`)));
      const item = ingestBytes(bytes, `${id}.html`)[0];
      const text = item?.ok ? item.article.text : "";
      const s = pageScore(text, t.articleBody);
      sumP += s.precision;
      sumR += s.recall;
      rows.push({ page: id.slice(0, 12), precision: round(s.precision), recall: round(s.recall) });
    }
    const n = rows.length || 1;
    const precision = sumP / n;
    const recall = sumR / n;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const worst = [...rows].sort((a, b) => f(a) - f(b)).slice(0, 15);
    return { metrics: { precision, recall, f1, pages: rows.length }, table: worst };
  },
};

function f(r: Record<string, string | number>): number {
  const p = Number(r.precision);
  const q = Number(r.recall);
  return p + q === 0 ? 0 : (2 * p * q) / (p + q);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export default suite;
