import { type LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { shuffled } from "../../src/nlp/rng.js";
import type { ArcLabeler } from "../../src/stages/syntax/arc-labeler.js";
import { PARSER_MAX_FEATS, type ParserInput, parserFeatures } from "../../src/stages/syntax/parser-features.js";
import {
  LEFT,
  N_TRANSITIONS,
  type ParseState,
  RIGHT,
  SHIFT,
  ParseState as State,
} from "../../src/stages/syntax/state.js";

export interface ParseExample {
  readonly x: ParserInput;
  /** Projective gold heads with ROOT = n. */
  readonly gold: Int32Array;
}

/** Arc-hybrid dynamic-oracle costs (Goldberg & Nivre 2013): gold arcs a transition makes unreachable. */
export function transitionCost(st: ParseState, g: Int32Array, t: number): number {
  const n = st.n;
  const b0 = st.b;
  if (t === SHIFT) {
    let c = 0;
    for (let k = 0; k < st.sp; k++) {
      const item = st.stack[k];
      if (g[item] === b0) c++;
      if (k < st.sp - 1 && g[b0] === item) c++;
    }
    return c;
  }
  const s0 = st.s(0);
  const s1 = st.s(1);
  let c = 0;
  for (let j = b0; j < n; j++) if (g[j] === s0) c++;
  const h = g[s0];
  if (t === LEFT) {
    if (h !== b0 && (h === s1 || h > b0)) c++;
  } else if (h !== s1 && h >= b0) {
    c++;
  }
  return c;
}

/**
 * Train the transition classifier with a dynamic oracle. After the first epoch a wrong prediction
 * is followed (exploration) with probability `explore`, otherwise the best zero-cost transition.
 */
export function trainParser(
  data: readonly ParseExample[],
  bits: number,
  epochs: number,
  rand: () => number,
  onEpoch?: (epoch: number, model: () => LinearModel) => void,
  explore = 0.8,
  arcLabeler: ArcLabeler | null = null,
): LinearModel {
  const trainer = new PerceptronTrainer(N_TRANSITIONS, bits);
  const st = new State();
  const feats = new Uint32Array(PARSER_MAX_FEATS);
  const scores = new Float32Array(N_TRANSITIONS);
  const cost = new Int32Array(N_TRANSITIONS);
  for (let e = 0; e < epochs; e++) {
    for (const si of shuffled(data.length, rand)) {
      const { x, gold } = data[si];
      st.reset(x.n);
      while (!st.terminal()) {
        const nf = parserFeatures(x, st, feats);
        trainer.model.score(feats, nf, scores);
        let pred = -1;
        let best = -1;
        for (let t = 0; t < N_TRANSITIONS; t++) {
          if (!st.valid(t)) continue;
          cost[t] = transitionCost(st, gold, t);
          if (pred < 0 || scores[t] > scores[pred]) pred = t;
          if (cost[t] === 0 && (best < 0 || scores[t] > scores[best])) best = t;
        }
        if (best < 0) best = pred;
        trainer.tick();
        let next = pred;
        if (cost[pred] > 0) {
          trainer.update(feats, nf, best, pred);
          if (e === 0 || rand() >= explore) next = best;
        }
        const dep = st.s(0);
        st.apply(next);
        if (next !== SHIFT && arcLabeler) st.setLabel(dep, arcLabeler.label(x, st, dep));
      }
    }
    onEpoch?.(e, () => trainer.averaged());
  }
  return trainer.averaged();
}

export { RIGHT };
