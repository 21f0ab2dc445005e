import { actorsStage } from "../stages/actors/index.js";
import { eventsStage } from "../stages/events/index.js";
import { mentionsStage } from "../stages/mentions/index.js";
import { quotesStage } from "../stages/quotes/index.js";
import { segmentStage } from "../stages/segment/index.js";
import { syntaxStage } from "../stages/syntax/index.js";
import { timesStage } from "../stages/times/index.js";
import { buildPipeline, type Pipeline } from "./build.js";
import type { Stage } from "./stage.js";

/**
 * The one ordered list of stages. Order matters: syntax needs tokens and tags; times read the trees
 * to attach each expression to its verb; events need actors, times and trees; quotes come last so
 * each quote can link the event it reports.
 */
export const STAGES: readonly Stage[] = [
  segmentStage,
  syntaxStage,
  mentionsStage,
  actorsStage,
  timesStage,
  eventsStage,
  quotesStage,
];

export function defaultPipeline(): Pipeline {
  return buildPipeline(STAGES);
}
