import { type LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { shuffled } from "../../src/nlp/rng.js";
import { childrenOf, LABELER_MAX_FEATS, labelerFeatures } from "../../src/stages/syntax/labeler.js";
import type { ParserInput } from "../../src/stages/syntax/parser-features.js";

export interface LabelExample {
  readonly x: ParserInput;
  /** Gold heads, -1 for the root. */
  readonly heads: Int32Array;
  readonly labels: Int32Array;
}

/** Train the arc labeller on gold trees (with predicted tags); the root arc is not learned. */
export function trainLabeler(
  data: readonly LabelExample[],
  nLabels: number,
  rootLabel: number,
  bits: number,
  epochs: number,
  rand: () => number,
): LinearModel {
  const trainer = new PerceptronTrainer(nLabels, bits);
  const feats = new Uint32Array(LABELER_MAX_FEATS);
  const scores = new Float32Array(nLabels);
  for (let e = 0; e < epochs; e++) {
    for (const si of shuffled(data.length, rand)) {
      const { x, heads, labels } = data[si];
      const ch = childrenOf(heads);
      for (let d = 0; d < x.n; d++) {
        if (heads[d] < 0) continue;
        const nf = labelerFeatures(x, heads, ch, d, feats);
        trainer.model.score(feats, nf, scores);
        let best = -1;
        for (let c = 0; c < nLabels; c++) {
          if (c !== rootLabel && (best < 0 || scores[c] > scores[best])) best = c;
        }
        trainer.tick();
        if (best !== labels[d]) trainer.update(feats, nf, labels[d], best);
      }
    }
  }
  return trainer.averaged();
}
