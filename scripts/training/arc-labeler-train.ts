import { type LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { shuffled } from "../../src/nlp/rng.js";
import { ARC_LABEL_MAX_FEATS, arcLabelFeatures } from "../../src/stages/syntax/arc-labeler.js";
import type { ParserInput } from "../../src/stages/syntax/parser-features.js";
import { LEFT, ParseState, RIGHT, SHIFT } from "../../src/stages/syntax/state.js";

export interface ArcLabelExample {
  readonly x: ParserInput;
  /** Projective gold heads with ROOT = n. */
  readonly gold: Int32Array;
  readonly labels: Int32Array;
}

/** The static arc-hybrid oracle: reduce s0 once all its gold children are attached. */
export function staticTransition(st: ParseState, gold: Int32Array, pending: Int32Array): number {
  if (st.sp === 0) return SHIFT;
  const s0 = st.s(0);
  if (pending[s0] === 0) {
    if (gold[s0] === st.b) return LEFT;
    if (st.sp >= 2 && gold[s0] === st.s(1)) return RIGHT;
  }
  return SHIFT;
}

/**
 * Train the incremental arc labeller along gold derivations; arcs are labelled with the
 * labeller's own predictions so that its child-relation features match parse time.
 */
export function trainArcLabeler(
  data: readonly ArcLabelExample[],
  nLabels: number,
  rootLabel: number,
  bits: number,
  epochs: number,
  rand: () => number,
): LinearModel {
  const trainer = new PerceptronTrainer(nLabels, bits);
  const feats = new Uint32Array(ARC_LABEL_MAX_FEATS);
  const scores = new Float32Array(nLabels);
  const st = new ParseState();
  for (let e = 0; e < epochs; e++) {
    for (const si of shuffled(data.length, rand)) {
      const { x, gold, labels } = data[si];
      const pending = new Int32Array(x.n + 1);
      for (let i = 0; i < x.n; i++) pending[gold[i]]++;
      st.reset(x.n);
      while (!st.terminal()) {
        const t = staticTransition(st, gold, pending);
        const dep = t === SHIFT ? -1 : st.s(0);
        st.apply(t);
        if (dep < 0) continue;
        pending[gold[dep]]--;
        if (st.heads[dep] === x.n) {
          st.setLabel(dep, rootLabel);
          continue;
        }
        const nf = arcLabelFeatures(x, st, dep, feats);
        trainer.model.score(feats, nf, scores);
        let best = -1;
        for (let c = 0; c < nLabels; c++) {
          if (c !== rootLabel && (best < 0 || scores[c] > scores[best])) best = c;
        }
        trainer.tick();
        if (best !== labels[dep]) trainer.update(feats, nf, labels[dep], best);
        st.setLabel(dep, best);
      }
    }
  }
  return trainer.averaged();
}
