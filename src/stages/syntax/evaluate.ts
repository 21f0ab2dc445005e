import { type ConlluSentence, universalRel } from "../../nlp/conllu.js";
import type { Analyzer } from "./analyzer.js";

/** Accuracy figures on gold tokenization (punctuation included). */
export interface TreebankScores {
  readonly tokens: number;
  readonly upos: number;
  readonly xpos: number;
  readonly lemma: number;
  readonly uas: number;
  readonly las: number;
  /** LAS with full relations, subtypes included ("nmod:poss"). */
  readonly lasFull: number;
  readonly seconds: number;
}

/** Run the analyzer over gold-tokenized sentences and score it against their annotation. */
export function scoreTreebank(analyzer: Analyzer, sentences: readonly ConlluSentence[]): TreebankScores {
  let n = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const t0 = process.hrtime.bigint();
  for (const s of sentences) {
    const a = analyzer.analyze(s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      n++;
      if (a.upos[i] === s.upos[i]) upos++;
      if (a.xpos[i] === s.xpos[i]) xpos++;
      if (a.lemmas[i] === s.lemmas[i]) lemma++;
      if (a.heads[i] === s.heads[i]) {
        uas++;
        if (universalRel(a.rels[i]) === universalRel(s.rels[i])) las++;
        if (a.rels[i] === s.rels[i]) lasFull++;
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const r = (k: number): number => (n === 0 ? 0 : k / n);
  return {
    tokens: n,
    upos: r(upos),
    xpos: r(xpos),
    lemma: r(lemma),
    uas: r(uas),
    las: r(las),
    lasFull: r(lasFull),
    seconds,
  };
}
