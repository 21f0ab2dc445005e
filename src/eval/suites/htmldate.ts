import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseDocument } from "../../stages/ingest/dom.js";
import { decodeBytes } from "../../stages/ingest/encoding.js";
import { publicationDate } from "../../stages/ingest/html-date.js";
import { metaValues } from "../../stages/ingest/html-meta.js";
import { parseLooseDate } from "../../stages/ingest/published.js";
import type { EvalResult, EvalSuite } from "../suite.js";

const DIR = "htmldate-eval-en";

interface Gold {
  readonly date: string;
  readonly file: string;
}

/** The publication day found in a page, `YYYY-MM-DD`, or null. */
export function pageDay(html: Buffer, url: string): string | null {
  const decoded = decodeBytes(html, url);
  if (!decoded.ok) return null;
  const doc = parseDocument(decoded.text);
  const value = publicationDate(doc, metaValues(doc), url);
  const d = value ? parseLooseDate(value) : null;
  return d ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : null;
}

const suite: EvalSuite = {
  name: "htmldate",
  description: "Publication date (day) of English web pages (htmldate evaluation subset)",
  requires: `${DIR}/gold-dates.json`,
  floors: { accuracy: 0.9 },
  async run(dataDir: string): Promise<EvalResult> {
    const root = join(dataDir, DIR);
    const gold = JSON.parse(await readFile(join(root, "gold-dates.json"), "utf8")) as Record<string, Gold>;
    const misses: Array<Record<string, string>> = [];
    let right = 0;
    let found = 0;
    const entries = Object.entries(gold);
    for (const [url, g] of entries) {
      const day = pageDay(gunzipSync(await readFile(join(root, g.file))), url);
      if (day) found++;
      if (day === g.date) right++;
      else misses.push({ url: url.slice(0, 90), gold: g.date, found: day ?? "-" });
    }
    const n = entries.length || 1;
    return { metrics: { accuracy: right / n, coverage: found / n, pages: entries.length }, table: misses };
  },
};

export default suite;
