import { readFileSync } from "node:fs";
import type { Doc } from "../../../doc/doc.js";
import type { CodedEvent } from "../../../doc/layers/events.js";
import { ingestBytes } from "../../ingest/index.js";
import { analyze } from "./pipeline.js";

/** One event the reference article must yield (see the issue's "done" list). */
export interface Required {
  readonly what: string;
  readonly source: string;
  readonly target: string;
  readonly plover: string;
  readonly cameo?: string;
  readonly status?: string;
  readonly date?: string;
}

const both = (what: string, a: string, b: string, plover: string, extra: Partial<Required> = {}): Required[] => [
  { what, source: a, target: b, plover, ...extra },
  { what, source: b, target: a, plover, ...extra },
];

export const REQUIRED: readonly Required[] = [
  {
    what: "Lavrov's visit to China",
    source: "RUS",
    target: "CHN",
    plover: "CONSULT",
    cameo: "042",
    status: "planned",
    date: "2021-03-22/2021-03-23",
  },
  ...both("Wang Yi's talks with Lavrov", "CHN", "RUS", "CONSULT", { status: "planned" }),
  ...both("US 2+2 talks with Japan", "USA", "JPN", "CONSULT"),
  ...both("US 2+2 talks with South Korea", "USA", "KOR", "CONSULT"),
  {
    what: "Blinken's warning to China",
    source: "USA",
    target: "CHN",
    plover: "THREATEN",
    cameo: "130",
    date: "2021-03-16/2021-03-16",
  },
  ...both("China-US high-level meeting", "CHN", "USA", "CONSULT"),
  ...both("signing of the 2001 treaty", "CHN", "RUS", "SUPPORT", { cameo: "057", date: "2001/2001" }),
];

const dateOf = (e: CodedEvent) => `${e.date.start}/${e.date.end}`;

export function fits(e: CodedEvent, r: Required): boolean {
  return (
    e.source.country === r.source &&
    e.target?.country === r.target &&
    e.plover.type === r.plover &&
    (r.cameo === undefined || e.cameo === r.cameo) &&
    (r.status === undefined || e.status === r.status) &&
    (r.date === undefined || dateOf(e) === r.date)
  );
}

/** Analyses the reference article from its file. */
export async function analyzeSeed(path: string): Promise<Doc> {
  const item = ingestBytes(readFileSync(path), path)[0];
  if (!item?.ok) throw new Error(`cannot read the reference article at ${path}`);
  return analyze(item.article);
}

/** One line per event: who, what, whom, status, date, place, rule and trigger sentence text. */
export function describeEvents(doc: Doc): string {
  return (doc.events ?? [])
    .map((e) => {
      const trig = doc.text.slice(e.trigger.start, e.trigger.end);
      return [
        `${e.source.country ?? e.source.code ?? "?"}(${e.source.actor ?? "-"}) -> ${e.target?.country ?? "-"}`,
        `${e.cameo} ${e.plover.type}${e.plover.mode ? `/${e.plover.mode}` : ""}`,
        e.status,
        `${dateOf(e)} (${e.date.basis})`,
        e.location ? `@${e.location.name}` : "",
        e.count !== undefined ? `x${e.count}` : "",
        `${e.rule} "${trig}"`,
      ]
        .filter(Boolean)
        .join("  ");
    })
    .join("\n");
}
