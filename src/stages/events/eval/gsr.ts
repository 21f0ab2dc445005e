import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeArticle } from "../../../doc/article.js";
import type { Doc } from "../../../doc/doc.js";
import type { CodedEvent } from "../../../doc/layers/events.js";
import { phrasalVerbs } from "../code.js";
import { defaultLexicon } from "../lexicon/load.js";
import { buildTree, type Tree } from "../tree.js";
import { analyze } from "./pipeline.js";

/** PLOVER 0.5 names in the CAMEO gold-standard records -> the 2021 scheme Attaché codes. */
const TYPE_MAP: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  FIGHT: "ASSAULT",
  INVESTIGATE: "ACCUSE",
};
const CODE_MAP: Record<string, string> = { JAP: "JPN", ITL: "ITA" };
const IGOS = new Set([
  "UN",
  "NATO",
  "EU",
  "AU",
  "ASEAN",
  "SCO",
  "BRICS",
  "G7",
  "G20",
  "OPEC",
  "WTO",
  "IMF",
  "WHO",
  "IAEA",
  "ICC",
  "OSCE",
  "GCC",
  "ARAB_LEAGUE",
  "ECOWAS",
  "OAS",
  "APEC",
  "IGO",
  "WB",
  "NAM",
  "OIC",
]);

interface GsrActor {
  readonly code?: string;
}
interface GsrRecord {
  readonly id: string;
  readonly event: string;
  readonly text: string;
  readonly source?: readonly GsrActor[] | "";
  readonly target?: readonly GsrActor[] | "";
  readonly textInfo?: { readonly markup?: string };
}

/**
 * Reciprocal records mark each party "(SRC/TAR: ...)" and list all of them as sources with no
 * target: every party acts on every other ("Jordan and Britain agreed"). Their gold pairs are the
 * ordered pairs of distinct parties; other records pair each source with each target (or none), the
 * source's own state included (a domestic record: "police dispersed protesters", IRQ -> IRQ).
 */
function reciprocal(r: GsrRecord, srcs: readonly string[], tgts: readonly string[]): boolean {
  return tgts.length === 0 && srcs.length > 1 && (r.textInfo?.markup ?? "").includes("(SRC/TAR:");
}

export function goldPairs(
  r: GsrRecord,
  srcs: readonly string[],
  tgts: readonly string[],
): { s: string; t: string | null }[] {
  if (reciprocal(r, srcs, tgts)) return srcs.flatMap((s, i) => srcs.filter((_, j) => j !== i).map((t) => ({ s, t })));
  return srcs.flatMap((s) => (tgts.length ? tgts : [null]).map((t) => ({ s, t })));
}

export interface GsrResult {
  readonly n: number;
  readonly typeAcc: number;
  readonly sourceAcc: number;
  readonly targetAcc: number;
  readonly tripleP: number;
  readonly tripleR: number;
  readonly coded: number;
  readonly perType: ReadonlyArray<Record<string, string | number>>;
}

const codes = (xs: readonly GsrActor[] | "" | undefined): string[] =>
  (Array.isArray(xs) ? xs : [])
    .map((a) => a.code ?? "")
    .filter(Boolean)
    .map((c) => CODE_MAP[c] ?? c);

function sameActor(ours: string | null | undefined, gold: string, sector: string | null | undefined): boolean {
  if (!ours) return false;
  if (gold === "IGO") return sector === "IGO" || IGOS.has(ours);
  return ours === gold || (IGOS.has(gold) && IGOS.has(ours) && gold === ours);
}

function depthOf(doc: Doc, tree: Tree, e: CodedEvent): number {
  const i = (doc.tokens ?? []).findIndex((t) => t.start === e.trigger.start);
  let d = 0;
  for (let h = tree.head(i); h >= 0 && d < 100; h = tree.head(h)) d++;
  return d;
}

/** The sentence's main event: the reported one whose trigger sits highest in the tree the coder read. */
export function primaryEvent(doc: Doc): CodedEvent | null {
  const evs = [...(doc.events ?? [])];
  if (!evs.length) return null;
  const tree = buildTree(doc, phrasalVerbs(defaultLexicon()));
  const rank = (e: CodedEvent) => depthOf(doc, tree, e) * 2 + (e.status === "reported" ? 0 : 1);
  evs.sort((a, b) => rank(a) - rank(b) || a.trigger.start - b.trigger.start);
  return evs[0] ?? null;
}

/** Runs the pipeline on every PLOVER gold-standard sentence (no publication date) and scores it. */
export async function scoreGsr(dataDir: string): Promise<GsrResult> {
  const records = (
    JSON.parse(readFileSync(join(dataDir, "plover/PLOVER_GSR_CAMEO.json"), "utf8")) as GsrRecord[]
  ).filter((r) => r.event !== "DOCUMENT");
  let type = 0;
  let source = 0;
  let target = 0;
  let coded = 0;
  let tp = 0;
  let ours = 0;
  let gold = 0;
  let goldHit = 0;
  const byType = new Map<string, { n: number; ok: number }>();
  for (const r of records) {
    const goldType = TYPE_MAP[r.event] ?? r.event;
    const srcs = codes(r.source);
    const tgts = codes(r.target);
    const doc = await analyze(makeArticle({ text: r.text, published: null }));
    const main = primaryEvent(doc);
    const stat = byType.get(goldType) ?? { n: 0, ok: 0 };
    stat.n++;
    if (main) {
      coded++;
      if (main.plover.type === goldType) {
        type++;
        stat.ok++;
      }
      if (srcs.some((s) => sameActor(main.source.country, s, main.source.sector))) source++;
      const isTarget = (t: string) => sameActor(main.target?.country, t, main.target?.sector);
      let targetRight = tgts.length === 0 ? main.target === null : tgts.some(isTarget);
      if (reciprocal(r, srcs, tgts)) {
        // each party is the target of the others: the partner of the source we found, or any party
        const mine = goldPairs(r, srcs, tgts).filter((g) => sameActor(main.source.country, g.s, main.source.sector));
        targetRight = mine.length > 0 ? mine.some((g) => g.t !== null && isTarget(g.t)) : srcs.some(isTarget);
      }
      if (targetRight) target++;
    }
    byType.set(goldType, stat);
    const goldTriples = goldPairs(r, srcs, tgts);
    gold += goldTriples.length;
    const seen = new Set<string>();
    const mine = (doc.events ?? []).filter((e) => {
      const k = `${e.source.country}|${e.target?.country ?? "-"}|${e.plover.type}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    ours += mine.length;
    const hit = (e: CodedEvent, g: { s: string; t: string | null }) =>
      e.plover.type === goldType &&
      sameActor(e.source.country, g.s, e.source.sector) &&
      (g.t === null ? e.target === null : sameActor(e.target?.country, g.t, e.target?.sector));
    tp += mine.filter((e) => goldTriples.some((g) => hit(e, g))).length;
    goldHit += goldTriples.filter((g) => mine.some((e) => hit(e, g))).length;
  }
  const n = records.length;
  const perType = [...byType]
    .sort()
    .map(([t, s]) => ({ type: t, n: s.n, correct: s.ok, accuracy: +(s.ok / s.n).toFixed(3) }));
  return {
    n,
    typeAcc: type / n,
    sourceAcc: source / n,
    targetAcc: target / n,
    tripleP: ours ? tp / ours : 0,
    tripleR: gold ? goldHit / gold : 0,
    coded,
    perType,
  };
}
