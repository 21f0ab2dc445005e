import { hashString } from "../../src/nlp/hash.js";
import type { LexicalCodes } from "../../src/nlp/lexical.js";
import { type LinearModel, PerceptronTrainer } from "../../src/nlp/perceptron.js";
import { shuffled } from "../../src/nlp/rng.js";
import { TAGGER_MAX_FEATS, Tagger, taggerFeatures, type WordClasses } from "../../src/nlp/tagger.js";

export interface TagExample {
  readonly lex: LexicalCodes;
  readonly gold: Int32Array;
}

export interface TrainedTagger {
  readonly model: LinearModel;
  readonly tagDict: Map<number, number>;
  readonly ambiguity: Map<number, number>;
  readonly clusters: ReadonlyMap<number, number>;
}

/** Lowercased word -> hash of the sorted set of tags it took, for words seen at least twice. */
export function buildAmbiguity(data: readonly TagExample[], minCount = 2): Map<number, number> {
  const seen = new Map<number, { n: number; tags: Set<number> }>();
  for (const ex of data) {
    for (let i = 0; i < ex.lex.n; i++) {
      let e = seen.get(ex.lex.low[i]);
      if (!e) {
        e = { n: 0, tags: new Set() };
        seen.set(ex.lex.low[i], e);
      }
      e.n++;
      e.tags.add(ex.gold[i]);
    }
  }
  const out = new Map<number, number>();
  for (const [w, e] of seen) {
    if (e.n >= minCount) out.set(w, hashString([...e.tags].sort((a, b) => a - b).join(",")) | 1);
  }
  return out;
}

/** Frequent words (raw form) that take one tag at least 99% of the time. */
export function buildTagDict(data: readonly TagExample[], minCount = 20): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const ex of data) {
    for (let i = 0; i < ex.lex.n; i++) {
      let m = counts.get(ex.lex.raw[i]);
      if (!m) {
        m = new Map();
        counts.set(ex.lex.raw[i], m);
      }
      m.set(ex.gold[i], (m.get(ex.gold[i]) ?? 0) + 1);
    }
  }
  const dict = new Map<number, number>();
  for (const [w, m] of counts) {
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > bestN) [best, bestN] = [t, c];
    }
    if (total >= minCount && bestN / total >= 0.99) dict.set(w, best);
  }
  return dict;
}

/** Train a greedy averaged-perceptron tagger (previous tags are its own predictions). */
export function trainTagger(
  data: readonly TagExample[],
  nClasses: number,
  bits: number,
  epochs: number,
  rand: () => number,
  clusters: ReadonlyMap<number, number>,
): TrainedTagger {
  const tagDict = buildTagDict(data);
  const ambiguity = buildAmbiguity(data);
  const proto = new Tagger({ nClasses, score: () => {} }, tagDict, ambiguity, clusters);
  const wcs = data.map((ex) => proto.wordClasses(ex.lex));
  const trainer = new PerceptronTrainer(nClasses, bits);
  const feats = new Uint32Array(TAGGER_MAX_FEATS);
  const scores = new Float32Array(nClasses);
  for (let e = 0; e < epochs; e++) {
    for (const si of shuffled(data.length, rand)) {
      const { lex, gold } = data[si];
      const wc = wcs[si];
      const tags = new Int32Array(lex.n);
      for (let i = 0; i < lex.n; i++) {
        const known = tagDict.get(lex.raw[i]);
        if (known !== undefined) {
          tags[i] = known;
          continue;
        }
        const nf = taggerFeatures(lex, wc, tags, i, feats);
        trainer.model.score(feats, nf, scores);
        let best = 0;
        for (let c = 1; c < nClasses; c++) if (scores[c] > scores[best]) best = c;
        trainer.tick();
        if (best !== gold[i]) trainer.update(feats, nf, gold[i], best);
        tags[i] = best;
      }
    }
  }
  return { model: trainer.averaged(), tagDict, ambiguity, clusters };
}

/** Tag every example with a trained tagger; also returns the ambiguity codes it used. */
export function tagAll(t: TrainedTagger, data: readonly TagExample[]): Array<{ tags: Int32Array; wc: WordClasses }> {
  const tagger = new Tagger(t.model, t.tagDict, t.ambiguity, t.clusters);
  return data.map((ex) => {
    const wc = tagger.wordClasses(ex.lex);
    return { tags: tagger.tag(ex.lex, wc), wc };
  });
}
