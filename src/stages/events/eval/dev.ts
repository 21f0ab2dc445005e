import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodedEvent } from "../../../doc/layers/events.js";
import { ingestBytes } from "../../ingest/index.js";
import { analyze } from "./pipeline.js";

interface GoldEvent {
  readonly source: string | null;
  readonly target: string | null;
  readonly plover: string;
  readonly status: string;
  readonly cameo: string;
  readonly optional?: boolean;
  readonly alt?: Readonly<Record<string, readonly (string | null)[]>>;
}
interface DevArticle {
  readonly id: string;
  readonly raw: string;
  readonly published: string;
  readonly gold: { readonly events: readonly GoldEvent[] };
}

export interface DevResult {
  readonly precision: number;
  readonly recall: number;
  readonly tp: number;
  readonly ours: number;
  readonly gold: number;
  readonly cameoAgreement: number;
  readonly perArticle: ReadonlyArray<Record<string, string | number>>;
}

const accepts = (g: GoldEvent, field: "source" | "target" | "plover" | "status", v: string | null) =>
  g[field] === v || (g.alt?.[field]?.includes(v) ?? false);

function matches(g: GoldEvent, e: CodedEvent): boolean {
  return (
    accepts(g, "source", e.source.country) &&
    accepts(g, "target", e.target?.country ?? null) &&
    accepts(g, "plover", e.plover.type) &&
    accepts(g, "status", e.status)
  );
}

/** Dedupes system output on the gold key (source, sectors, target, cameo, date, status). */
function dedupe(events: readonly CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = [
      e.source.country,
      e.source.sector,
      e.target?.country,
      e.target?.sector,
      e.cameo,
      e.date.start,
      e.date.end,
      e.status,
    ].join("|");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Scores events on the dev articles: match on source, target, PLOVER type and status (with `alt`). */
export async function scoreDev(devFile: string): Promise<DevResult> {
  const lines = readFileSync(devFile, "utf8").split("\n").filter(Boolean);
  let tp = 0;
  let ours = 0;
  let gold = 0;
  let cameoOk = 0;
  const perArticle: Record<string, string | number>[] = [];
  for (const line of lines) {
    const a = JSON.parse(line) as DevArticle;
    const item = ingestBytes(Buffer.from(a.raw, "utf8"), join("dev", a.id), { published: a.published })[0];
    if (!item?.ok) continue;
    const doc = await analyze(item.article);
    const mine = dedupe(doc.events ?? []);
    const required = a.gold.events.filter((g) => !g.optional);
    const optional = a.gold.events.filter((g) => g.optional);
    const used = new Set<number>();
    let hits = 0;
    let spurious = 0;
    for (const e of mine) {
      const k = required.findIndex((g, i) => !used.has(i) && matches(g, e));
      if (k >= 0) {
        used.add(k);
        hits++;
        const g = required[k];
        if (g && (g.cameo === e.cameo || g.alt?.cameo?.includes(e.cameo))) cameoOk++;
      } else if (!optional.some((g) => matches(g, e))) spurious++;
    }
    tp += hits;
    ours += hits + spurious;
    gold += required.length;
    perArticle.push({ id: a.id, gold: required.length, ours: hits + spurious, matched: hits });
  }
  return {
    precision: ours ? tp / ours : 0,
    recall: gold ? tp / gold : 0,
    tp,
    ours,
    gold,
    cameoAgreement: tp ? cameoOk / tp : 0,
    perArticle,
  };
}
