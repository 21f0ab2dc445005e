import type { Doc, LayerName } from "../doc/doc.js";
import { attacheError } from "../errors/catalogue.js";
import type { Stage, StageContext } from "./stage.js";

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, ctx: StageContext): Doc;
}

/**
 * Check that every stage's requirements are assigned by an earlier stage and that no two stages
 * assign the same layer, then return the runnable pipeline. Fails at build time, not mid-run.
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const assignedBy = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assignedBy.has(need)) {
        throw attacheError(
          "E_PIPELINE",
          null,
          `stage "${stage.name}" requires layer "${need}", which no earlier stage assigns`,
        );
      }
    }
    for (const out of stage.assigns) {
      const previous = assignedBy.get(out);
      if (previous !== undefined) {
        throw attacheError("E_PIPELINE", null, `stages "${previous}" and "${stage.name}" both assign layer "${out}"`);
      }
      assignedBy.set(out, stage.name);
    }
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    run(doc, ctx) {
      let current = doc;
      for (const stage of frozen) current = stage.run(current, ctx);
      return current;
    },
  };
}
