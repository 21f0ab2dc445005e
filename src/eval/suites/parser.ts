import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConllu } from "../../nlp/conllu.js";
import { scoreTreebank, type TreebankScores } from "../../stages/syntax/evaluate.js";
import { getAnalyzer } from "../../stages/syntax/model-files.js";
import { formsOf, type LemmaScores, scoreLemmas } from "../lemma-scores.js";
import type { EvalSuite } from "../suite.js";

/** UD English EWT dev and test: gold tokenization, predicted tags, punctuation included. */
const suite: EvalSuite = {
  name: "parser",
  description:
    "Tagger, lemmatizer and dependency parser on UD English EWT (gold tokens, predicted tags; LAS on the universal relation)",
  requires: "ud-ewt/test.conllu",
  floors: { uas: 0.87, las: 0.84, upos: 0.95 },
  async run(dataDir) {
    const analyzer = getAnalyzer();
    const read = (name: string) => parseConllu(readFileSync(join(dataDir, "ud-ewt", `${name}.conllu`), "utf8"));
    const devSents = read("dev");
    const testSents = read("test");
    const dev = scoreTreebank(analyzer, devSents);
    const test = scoreTreebank(analyzer, testSents);
    const seen = formsOf(read("train"));
    const devLemmas = scoreLemmas(analyzer, devSents, seen);
    const testLemmas = scoreLemmas(analyzer, testSents, seen);
    const row = (split: string, s: TreebankScores, l: LemmaScores) => ({
      split,
      tokens: s.tokens,
      UPOS: round(s.upos),
      XPOS: round(s.xpos),
      lemma: round(s.lemma),
      "lemma verbs": round(l.verbs),
      "lemma nouns": round(l.nouns),
      "lemma unseen": round(l.unseen),
      "lemma unseen verbs": round(l.unseenVerbs),
      UAS: round(s.uas),
      LAS: round(s.las),
      "LAS (full rel)": round(s.lasFull),
      "tokens/s": Math.round(s.tokens / s.seconds),
    });
    return {
      metrics: {
        uas: test.uas,
        las: test.las,
        upos: test.upos,
        xpos: test.xpos,
        lemma: test.lemma,
        lemma_verbs: testLemmas.verbs,
        lemma_nouns: testLemmas.nouns,
        lemma_unseen: testLemmas.unseen,
        lemma_unseen_verbs: testLemmas.unseenVerbs,
        las_full: test.lasFull,
        dev_uas: dev.uas,
        dev_las: dev.las,
        dev_upos: dev.upos,
        dev_xpos: dev.xpos,
        dev_lemma: dev.lemma,
        dev_lemma_verbs: devLemmas.verbs,
        dev_lemma_nouns: devLemmas.nouns,
        dev_lemma_unseen: devLemmas.unseen,
        dev_lemma_unseen_verbs: devLemmas.unseenVerbs,
      },
      table: [row("dev", dev, devLemmas), row("test", test, testLemmas)],
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export default suite;
