import type { Article } from "../../../doc/article.js";
import { createDoc, type Doc } from "../../../doc/doc.js";
import { buildPipeline, type Pipeline } from "../../../pipeline/build.js";
import type { Stage } from "../../../pipeline/stage.js";

const ORDER = [
  ["segment", "segmentStage"],
  ["syntax", "syntaxStage"],
  ["mentions", "mentionsStage"],
  ["times", "timesStage"],
  ["actors", "actorsStage"],
  ["events", "eventsStage"],
] as const;

let cached: Pipeline | null = null;

/**
 * The pipeline the event suites run: the lead's configured one when it includes events, otherwise
 * segment -> syntax -> mentions -> times -> actors -> events loaded from their stage modules.
 */
export async function eventPipeline(): Promise<Pipeline> {
  if (cached) return cached;
  const config = await import("../../../pipeline/config.js");
  if (config.STAGES.some((s) => s.name === "events")) {
    cached = config.defaultPipeline();
    return cached;
  }
  const stages: Stage[] = [];
  for (const [dir, name] of ORDER) {
    const mod = (await import(`../../${dir}/index.js`)) as Record<string, Stage>;
    const stage = mod[name];
    if (!stage) throw new Error(`stage module ${dir} does not export ${name}`);
    stages.push(stage);
  }
  cached = buildPipeline(stages);
  return cached;
}

export async function analyze(article: Article): Promise<Doc> {
  const p = await eventPipeline();
  return p.run(createDoc(article), { timezone: null });
}
