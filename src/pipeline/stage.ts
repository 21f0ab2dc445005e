import type { Doc, LayerName } from "../doc/doc.js";

/** Options every stage may read, fixed for one run. */
export interface StageContext {
  /** IANA time zone of the outlet when known (from input or `--timezone`). */
  readonly timezone: string | null;
}

/**
 * A pipeline stage: a pure function from Doc to Doc that declares which layers it reads
 * (`requires`) and which it adds (`assigns`). Heavy resources (models, lexicons) are loaded lazily
 * by the stage's module on first use and cached per thread.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}
