import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeArticle } from "../../doc/article.js";
import { createDoc } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import { detectMentions } from "../../stages/mentions/index.js";
import { segmentStage } from "../../stages/segment/index.js";
import type { EvalResult, EvalSuite } from "../suite.js";

/**
 * MEANTIME named entity mentions (derived/entity_mentions.jsonl). Gold: mentions with
 * syntactic_type NAM and entity_type PER, ORG or LOC, in the sentences MEANTIME annotated in full
 * (those with any typed syntactic_type; later sentences only carry a few target entities).
 * MEANTIME marks the whole NP of a name ("the United States", "Chrysler Chief Executive Robert
 * Nardelli") and the names nested in it ("Robert Nardelli", "Chrysler"), so the system side is each
 * name mention's `extent` plus, when the extent adds a title or a description ("U.S. automaker GM"),
 * the bare name. A prediction that
 * exactly equals a gold span of no type, of no syntactic type (nested names the annotators left
 * unfinished, e.g. "Chris Weafer" inside "Uralsib analyst Chris Weafer") or a pre-modifier name
 * (PRE.NAM, "European") is ignored; predictions on product (PRO) or financial (FIN) names count as
 * false positives. Names the system flags as modifiers ("US stocks", "Airbus A380") are its
 * PRE.NAM and are not scored as NAM predictions (a gold NAM there is still a miss).
 */
interface GoldRow {
  doc_id: string;
  syntactic_type: string | null;
  sentence: number;
  tok_start: number;
  tok_end: number;
  entity_type: string | null;
  tok_indices?: number[];
}
interface DocRow {
  doc_id: string;
  dct: string | null;
  sentences: string[];
}

const TYPES = new Set(["PER", "ORG", "LOC"]);

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

function predictions(text: string, mentions: readonly Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== "name" || m.type === null || m.modifier === true) continue;
    out.set(`${m.extent.start}:${m.extent.end}`, m.type);
    // a title or description before the name ("U.S. automaker GM"), not a bare article ("the UAW")
    const before = text.slice(m.extent.start, m.start);
    if (m.extent.start < m.start && !/^\s*(the|an?)?\s*$/i.test(before)) out.set(`${m.start}:${m.end}`, m.type);
  }
  return out;
}

const suite: EvalSuite = {
  name: "ner",
  description: "MEANTIME English named mentions (PER/ORG/LOC), exact span and type",
  requires: "meantime-en/derived/entity_mentions.jsonl",
  floors: { f1: 0.8 },
  async run(dataDir: string): Promise<EvalResult> {
    const base = join(dataDir, "meantime-en", "derived");
    const docs = readJsonl<DocRow>(join(base, "documents.jsonl"));
    const rows = readJsonl<GoldRow>(join(base, "entity_mentions.jsonl"));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let typeErrors = 0;
    const perType: Record<string, { tp: number; fp: number; fn: number }> = {};
    const bump = (t: string, k: "tp" | "fp" | "fn") => {
      perType[t] ??= { tp: 0, fp: 0, fn: 0 };
      perType[t][k]++;
    };
    for (const d of docs) {
      const mine = rows.filter((r) => r.doc_id === d.doc_id);
      const annotated = new Set(mine.filter((r) => r.syntactic_type !== null).map((r) => r.sentence));
      // text: one sentence per line; token offsets from the single-space tokenisation
      const offsets: number[][] = [];
      let text = "";
      for (const s of d.sentences) {
        const toks: number[] = [];
        let pos = text.length;
        for (const t of s.split(" ")) {
          toks.push(pos);
          pos += t.length + 1;
        }
        toks.push(pos - 1);
        offsets.push(toks);
        text += `${s}\n`;
      }
      const spanKey = (r: GoldRow) => {
        const o = offsets[r.sentence] as number[];
        const start = o[r.tok_start] as number;
        const endTok = r.tok_end - 1;
        const end = (o[endTok] as number) + (d.sentences[r.sentence]?.split(" ")[endTok]?.length ?? 0);
        return `${start}:${end}`;
      };
      const gold = new Map<string, string>();
      const ignore = new Set<string>();
      const other = new Set<string>();
      for (const r of mine) {
        if (!annotated.has(r.sentence) || r.tok_indices !== undefined) continue;
        const key = spanKey(r);
        if (r.syntactic_type === "NAM" && r.entity_type !== null && TYPES.has(r.entity_type))
          gold.set(key, r.entity_type);
        else if (r.entity_type === null || r.syntactic_type === null || r.syntactic_type === "PRE.NAM") ignore.add(key);
        else other.add(key);
      }
      const doc = segmentStage.run(createDoc(makeArticle({ text, published: d.dct })), { timezone: null });
      const sentenceOfChar = (c: number) => text.slice(0, c).split("\n").length - 1;
      const pred = predictions(text, detectMentions(doc));
      for (const [key, type] of pred) {
        if (!annotated.has(sentenceOfChar(Number(key.split(":")[0])))) continue;
        const g = gold.get(key);
        if (g === type) {
          tp++;
          bump(type, "tp");
        } else if (g !== undefined) {
          typeErrors++;
          fp++;
          bump(type, "fp");
        } else if (!ignore.has(key) || other.has(key)) {
          fp++;
          bump(type, "fp");
        }
      }
      for (const [key, type] of gold) {
        if (pred.get(key) !== type) {
          fn++;
          bump(type, "fn");
        }
      }
    }
    const f = (t: number, p: number, n: number) => {
      const precision = t + p === 0 ? 0 : t / (t + p);
      const recall = t + n === 0 ? 0 : t / (t + n);
      return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
    };
    const all = f(tp, fp, fn);
    const table = Object.entries(perType).map(([type, c]) => ({
      type,
      tp: c.tp,
      fp: c.fp,
      fn: c.fn,
      ...f(c.tp, c.fp, c.fn),
    }));
    return {
      metrics: { ...all, typeErrors: typeErrors / Math.max(1, tp + typeErrors) },
      table,
      details: `tp ${tp} fp ${fp} fn ${fn}; tokens and tags from the segment stage`,
    };
  },
};

export default suite;
