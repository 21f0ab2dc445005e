/**
 * Rebuild the tagger, lemmatizer, parser and labeller from UD English EWT, deterministically.
 * Usage: node dist/scripts/train-parser.js [--data ../shared/data] [--out data/models] [--quick]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type ConlluSentence, parseConllu } from "../src/nlp/conllu.js";
import { lexicalCodes } from "../src/nlp/lexical.js";
import { QuantizedModel } from "../src/nlp/quantized.js";
import { scoreTreebank } from "../src/stages/syntax/evaluate.js";
import {
  loadParser,
  loadTagger,
  makeAnalyzer,
  PARSER_FILE,
  packParser,
  packTagger,
  TAGGER_FILE,
} from "../src/stages/syntax/model-files.js";
import { trainLabeler } from "./training/labeler-train.js";
import { trainLemmatizer } from "./training/lemma-train.js";
import { trainParser } from "./training/parser-train.js";
import { projectivize } from "./training/projective.js";
import { seededRandom } from "./training/rng.js";
import { type TagExample, tagAll, trainTagger } from "./training/tagger-train.js";

const { values: opt } = parseArgs({
  options: {
    data: { type: "string", default: "../shared/data" },
    out: { type: "string", default: "data/models" },
    folds: { type: "string", default: "10" },
    "tagger-epochs": { type: "string", default: "6" },
    "parser-epochs": { type: "string", default: "15" },
    "labeler-epochs": { type: "string", default: "10" },
    seed: { type: "string", default: "20210318" },
    test: { type: "boolean", default: false },
  },
});

const T0 = Date.now();
const log = (msg: string): void => {
  console.log(`[${((Date.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
};
const pct = (x: number): string => (100 * x).toFixed(2);
const TAGGER_BITS = 18;
const PARSER_BITS = 21;
const LABELER_BITS = 18;

const ewt = (name: string): ConlluSentence[] =>
  parseConllu(readFileSync(join(resolve(opt.data), "ud-ewt", `${name}.conllu`), "utf8"));
const train = ewt("train");
const dev = ewt("dev");
log(`read ${train.length} train / ${dev.length} dev sentences`);

const tagNames = [...new Set(train.flatMap((s) => s.forms.map((_, i) => `${s.xpos[i]}\t${s.upos[i]}`)))].sort();
const tagIndex = new Map(tagNames.map((t, i) => [t, i]));
const examples: TagExample[] = train.map((s) => ({
  lex: lexicalCodes(s.forms),
  gold: Int32Array.from(s.forms, (_, i) => tagIndex.get(`${s.xpos[i]}\t${s.upos[i]}`) ?? 0),
}));

// Jackknifed tags: each fold is tagged by a tagger that never saw it.
const folds = Number(opt.folds);
const tagEpochs = Number(opt["tagger-epochs"]);
const predicted: Int32Array[] = new Array(train.length);
for (let f = 0; f < folds; f++) {
  const inFold = (i: number): boolean => i % folds === f;
  const rest = examples.filter((_, i) => !inFold(i));
  const held = examples.map((ex, i) => [ex, i] as const).filter(([, i]) => inFold(i));
  const t = trainTagger(rest, tagNames.length, TAGGER_BITS, tagEpochs, seededRandom(Number(opt.seed) + f));
  const tagged = tagAll(
    t,
    held.map(([ex]) => ex),
  );
  held.forEach(([, i], j) => {
    predicted[i] = tagged[j];
  });
}
let jackRight = 0;
let jackAll = 0;
examples.forEach((ex, i) => {
  for (let k = 0; k < ex.lex.n; k++, jackAll++) if (predicted[i][k] === ex.gold[k]) jackRight++;
});
log(`jackknifed tags (${folds} folds): ${pct(jackRight / jackAll)}% joint tag accuracy on train`);

const tagger = trainTagger(examples, tagNames.length, TAGGER_BITS, tagEpochs, seededRandom(Number(opt.seed)));
const lemmas = trainLemmatizer(train);
log(`tagger trained; lemmatizer: ${lemmas.rules.size} rules, ${lemmas.exceptions.size} exceptions`);
const tagOnly = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, lemmas, null);
const devTags = scoreTreebank(tagOnly, dev);
log(`dev: UPOS ${pct(devTags.upos)} XPOS ${pct(devTags.xpos)} lemma ${pct(devTags.lemma)}`);

const labels = [...new Set(train.flatMap((s) => s.rels))].sort();
const labelIndex = new Map(labels.map((l, i) => [l, i]));
let lifts = 0;
const parseData = train.map((s, i) => {
  const n = s.forms.length;
  const gold = Int32Array.from(s.heads, (h) => (h < 0 ? n : h));
  lifts += projectivize(gold);
  return { x: { n, word: examples[i].lex.word, tag: predicted[i] }, gold };
});
log(`projectivized training trees: ${lifts} arcs lifted`);

const devInputs = dev.map((s) => s.forms);
void devInputs;
const parserModel = trainParser(parseData, PARSER_BITS, Number(opt["parser-epochs"]), seededRandom(Number(opt.seed) + 101), (e, avg) => {
  if (e % 3 !== 2) {
    log(`parser epoch ${e + 1}`);
    return;
  }
  const a = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, lemmas, {
    labels: ["root", "dep"],
    parser: avg(),
    labeler: { nClasses: 2, score: (_f, _n, out) => out.fill(0) },
  });
  log(`parser epoch ${e + 1}: dev UAS ${pct(scoreTreebank(a, dev).uas)}`);
});

const labelData = train.map((s, i) => ({
  x: parseData[i].x,
  heads: Int32Array.from(s.heads),
  labels: Int32Array.from(s.rels, (r) => labelIndex.get(r) ?? 0),
}));
const labelerModel = trainLabeler(
  labelData,
  labels.length,
  labelIndex.get("root") ?? -1,
  LABELER_BITS,
  Number(opt["labeler-epochs"]),
  seededRandom(Number(opt.seed) + 202),
);
log("labeler trained");

const float = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, lemmas, {
  labels,
  parser: parserModel,
  labeler: labelerModel,
});
const fs = scoreTreebank(float, dev);
log(`dev (float): UPOS ${pct(fs.upos)} UAS ${pct(fs.uas)} LAS ${pct(fs.las)} LAS-full ${pct(fs.lasFull)}`);

const out = resolve(opt.out);
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, TAGGER_FILE),
  packTagger({ tags: tagNames, model: QuantizedModel.from(tagger.model, 1e-3), tagDict: tagger.tagDict, lemmas }),
);
writeFileSync(
  join(out, PARSER_FILE),
  packParser({
    labels,
    parser: QuantizedModel.from(parserModel, 1e-3),
    labeler: QuantizedModel.from(labelerModel, 1e-3),
  }),
);
const t = loadTagger(out);
const q = makeAnalyzer(t.tags, t.model, t.tagDict, t.lemmas, loadParser(out));
const qs = scoreTreebank(q, dev);
log(
  `dev (quantized): UPOS ${pct(qs.upos)} XPOS ${pct(qs.xpos)} lemma ${pct(qs.lemma)} UAS ${pct(qs.uas)} LAS ${pct(qs.las)} — ${Math.round(qs.tokens / qs.seconds)} tokens/s`,
);
if (opt.test) {
  const ts = scoreTreebank(q, ewt("test"));
  log(`test (quantized): UPOS ${pct(ts.upos)} UAS ${pct(ts.uas)} LAS ${pct(ts.las)}`);
}
log(`done: models written to ${out}; training took ${((Date.now() - T0) / 60000).toFixed(1)} min`);
