import type { Scorer } from "../../nlp/scorer.js";
import type { ArcLabeler } from "./arc-labeler.js";
import { PARSER_MAX_FEATS, type ParserInput, parserFeatures } from "./parser-features.js";
import { LEFT, N_TRANSITIONS, ParseState, SHIFT } from "./state.js";

/** A greedy arc-hybrid parser: input codes in, 0-based heads out (-1 for the root). */
export class Parser {
  private readonly st = new ParseState();
  private readonly feats = new Uint32Array(PARSER_MAX_FEATS);
  private readonly scores = new Float32Array(N_TRANSITIONS);

  constructor(
    readonly model: Scorer,
    /** Labels arcs as they are made, for the parser's label features (none: all unlabelled). */
    readonly arcLabeler: ArcLabeler | null = null,
  ) {}

  parse(x: ParserInput): Int32Array {
    const st = this.st;
    st.reset(x.n);
    while (!st.terminal()) {
      // With one valid transition (empty stack: SHIFT; ROOT alone in the buffer under one stack
      // word: LEFT) the classifier cannot change the choice, so it is not consulted.
      let best = st.sp === 0 ? SHIFT : st.sp === 1 && st.b === x.n ? LEFT : -1;
      if (best < 0) {
        const nf = parserFeatures(x, st, this.feats);
        this.model.score(this.feats, nf, this.scores);
        for (let t = 0; t < N_TRANSITIONS; t++) {
          if (st.valid(t) && (best < 0 || this.scores[t] > this.scores[best])) best = t;
        }
      }
      const dep = st.s(0);
      st.apply(best);
      if (best !== SHIFT && this.arcLabeler) st.setLabel(dep, this.arcLabeler.label(x, st, dep));
    }
    return singleRoot(st.heads.slice(0, x.n), x.n);
  }

  /**
   * Relations assigned while making the last parse's arcs, given the heads `parse` returned; null
   * without an arc labeller or when `singleRoot` re-attached a second root (label afresh then).
   */
  relations(heads: Int32Array): Int32Array | null {
    if (!this.arcLabeler) return null;
    const rel = this.st.rel.slice(0, heads.length);
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] >= 0 && rel[i] === this.arcLabeler.root) return null;
    }
    return rel;
  }
}

/** Map ROOT (`n`) to -1 and keep one root: later root words attach to the first one. */
export function singleRoot(heads: Int32Array, n: number): Int32Array {
  let root = -1;
  for (let i = 0; i < n; i++) {
    if (heads[i] !== n) continue;
    if (root < 0) {
      root = i;
      heads[i] = -1;
    } else {
      heads[i] = root;
    }
  }
  return heads;
}
