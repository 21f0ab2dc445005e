import { buildPipeline, type Pipeline } from "./build.js";
import type { Stage } from "./stage.js";

/**
 * The one ordered list of stages. Order matters: syntax needs tokens; times and actors read the
 * trees; quotes need actors (speakers); events need actors, times and the trees.
 */
export const STAGES: readonly Stage[] = [];

export function defaultPipeline(): Pipeline {
  return buildPipeline(STAGES);
}
