import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConllu } from "../../nlp/conllu.js";
import { scoreTreebank, type TreebankScores } from "../../stages/syntax/evaluate.js";
import { getAnalyzer } from "../../stages/syntax/model-files.js";
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
    const dev = scoreTreebank(analyzer, read("dev"));
    const test = scoreTreebank(analyzer, read("test"));
    const row = (split: string, s: TreebankScores) => ({
      split,
      tokens: s.tokens,
      UPOS: round(s.upos),
      XPOS: round(s.xpos),
      lemma: round(s.lemma),
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
        las_full: test.lasFull,
        dev_uas: dev.uas,
        dev_las: dev.las,
        dev_upos: dev.upos,
        dev_xpos: dev.xpos,
        dev_lemma: dev.lemma,
      },
      table: [row("dev", dev), row("test", test)],
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export default suite;
