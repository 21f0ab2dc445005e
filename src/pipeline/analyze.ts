import type { Article } from "../doc/article.js";
import { createDoc, type Doc } from "../doc/doc.js";
import type { AttacheRecord } from "../doc/record.js";
import type { Pipeline } from "./build.js";
import { defaultPipeline } from "./config.js";
import { toRecord } from "./record.js";
import type { StageContext } from "./stage.js";

let pipeline: Pipeline | null = null;

/** Run the configured pipeline on one article and return the Doc with every layer. */
export function analyzeDoc(article: Article, ctx: StageContext = { timezone: null }): Doc {
  pipeline ??= defaultPipeline();
  return pipeline.run(createDoc(article), ctx);
}

/** Run the configured pipeline on one article and return its record. */
export function analyzeArticle(article: Article, ctx: StageContext = { timezone: null }): AttacheRecord {
  return toRecord(analyzeDoc(article, ctx));
}
