/**
 * `npm run train:parser`: rebuild the tagger, lemmatizer, parser and labeller from UD English EWT,
 * deterministically (options: USAGE below). Steps: word clusters (UNGDC + EWT forms), jackknifed
 * tagger, final tagger + lemmatizer, arc-hybrid parser (dynamic oracle, projectivized trees), arc
 * labeller; quantized models written to --out.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { type ConlluSentence, parseConllu } from "../src/nlp/conllu.js";
import { lexicalCodes } from "../src/nlp/lexical.js";
import type { LinearModel } from "../src/nlp/perceptron.js";
import { QuantizedModel } from "../src/nlp/quantized.js";
import { seededRandom } from "../src/nlp/rng.js";
import { SparseModel } from "../src/nlp/sparse.js";
import type { WordClasses } from "../src/nlp/tagger.js";
import { segmentRules } from "../src/stages/segment/rules.js";
import { tokenize } from "../src/stages/segment/tokenizer.js";
import { coarseMap } from "../src/stages/syntax/analyzer.js";
import { ArcLabeler } from "../src/stages/syntax/arc-labeler.js";
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
import { scriptArgs } from "./script-args.js";
import { trainArcLabeler } from "./training/arc-labeler-train.js";
import { wordClusters } from "./training/clusters.js";
import { trainLabeler } from "./training/labeler-train.js";
import { readIrregularForms, readLexiconLemmas, trainLemmatizer } from "./training/lemma-train.js";
import { trainParser } from "./training/parser-train.js";
import { projectivize } from "./training/projective.js";
import { type TagExample, tagAll, trainTagger } from "./training/tagger-train.js";

const USAGE = `Usage: npm run train:parser -- [--data ../shared/data] [--out data/models] [--folds 5]
  [--tagger-epochs 6] [--tagger-bits 18] [--clusters 256,32] [--parser-epochs 12] [--explore 0.8]
  [--labeler-epochs 8] [--parser-bits 22] [--seed N] [--no-arc-labels] [--test]
Rebuilds the tagger, lemmatizer, parser and labeller from UD English EWT (deterministic for a seed).
--test also scores EWT test: do it once, at the end.`;

const OPTIONS = {
  data: { type: "string", default: "../shared/data" },
  out: { type: "string", default: "data/models" },
  folds: { type: "string", default: "5" },
  "tagger-epochs": { type: "string", default: "6" },
  "tagger-bits": { type: "string", default: "18" },
  clusters: { type: "string", default: "256,32" },
  "parser-epochs": { type: "string", default: "12" },
  explore: { type: "string", default: "0.8" },
  "labeler-epochs": { type: "string", default: "8" },
  seed: { type: "string", default: "20210318" },
  "parser-bits": { type: "string", default: "22" },
  "no-arc-labels": { type: "boolean", default: false },
  test: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const opt = scriptArgs("train-parser", USAGE, { options: OPTIONS }).values;
for (const name of [
  "folds",
  "tagger-epochs",
  "tagger-bits",
  "parser-epochs",
  "labeler-epochs",
  "parser-bits",
] as const) {
  if (!/^\d+$/.test(opt[name])) {
    process.stderr.write(`train-parser: --${name} must be a whole number, got "${opt[name]}"\n`);
    process.exit(2);
  }
}

const T0 = Date.now();
const log = (msg: string): void => {
  console.log(`[${((Date.now() - T0) / 1000).toFixed(1)}s] ${msg}`);
};
const pct = (x: number): string => (100 * x).toFixed(2);
const TAGGER_BITS = Number(opt["tagger-bits"]);
const [FINE_CLUSTERS, COARSE_CLUSTERS] = opt.clusters.split(",").map(Number);
const PARSER_BITS = Number(opt["parser-bits"]);
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
const predictedWc: WordClasses[] = new Array(train.length);

// Word clusters from unlabeled text (UN General Debate speeches) plus the treebank's own words.
const rules = segmentRules();
const unlabeled: string[][] = train.map((s) => [...s.forms]);
const debates = gunzipSync(readFileSync(join(resolve(opt.data), "ungdc-2020-2024", "ungdc_sessions75-79.jsonl.gz")));
for (const line of debates.toString("utf8").split("\n")) {
  if (!line.trim()) continue;
  const text = String((JSON.parse(line) as { text?: unknown }).text ?? "");
  for (const para of text.split(/\n+/)) {
    const t = tokenize(para, rules);
    unlabeled.push(t.starts.map((a, i) => para.slice(a, t.ends[i])));
  }
}
const fine = wordClusters(unlabeled, FINE_CLUSTERS, seededRandom(Number(opt.seed) + 303));
const coarse2 = wordClusters(unlabeled, COARSE_CLUSTERS, seededRandom(Number(opt.seed) + 304));
const clusters = new Map<number, number>();
for (const [w, c] of fine) clusters.set(w, c | ((coarse2.get(w) ?? 0) << 16));
log(`word clusters: ${clusters.size} words from ${unlabeled.length} unlabeled sentences`);
for (let f = 0; f < folds; f++) {
  const inFold = (i: number): boolean => i % folds === f;
  const rest = examples.filter((_, i) => !inFold(i));
  const held = examples.map((ex, i) => [ex, i] as const).filter(([, i]) => inFold(i));
  const t = trainTagger(rest, tagNames.length, TAGGER_BITS, tagEpochs, seededRandom(Number(opt.seed) + f), clusters);
  const tagged = tagAll(
    t,
    held.map(([ex]) => ex),
  );
  held.forEach(([, i], j) => {
    predicted[i] = tagged[j].tags;
    predictedWc[i] = tagged[j].wc;
  });
}
let jackRight = 0;
let jackAll = 0;
examples.forEach((ex, i) => {
  for (let k = 0; k < ex.lex.n; k++, jackAll++) if (predicted[i][k] === ex.gold[k]) jackRight++;
});
log(`jackknifed tags (${folds} folds): ${pct(jackRight / jackAll)}% joint tag accuracy on train`);

const tagger = trainTagger(examples, tagNames.length, TAGGER_BITS, tagEpochs, seededRandom(Number(opt.seed)), clusters);
const lemmas = trainLemmatizer(
  train,
  readIrregularForms(join("data", "models", "irregular-forms.tsv")),
  readLexiconLemmas(["verbs.tsv", "verbs-gaps.tsv", "nouns.tsv"].map((f) => join("data", "lexicons", "events", f))),
);
log(
  `tagger trained; lemmatizer: ${lemmas.vocab.size} known lemmas, exceptions ${lemmas.exceptions.size} by tag, ` +
    `${lemmas.classExceptions.size} by class, ${lemmas.formExceptions.size} by form`,
);
const tagOnly = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, tagger.ambiguity, clusters, lemmas, null);
const devTags = scoreTreebank(tagOnly, dev);
log(`dev: UPOS ${pct(devTags.upos)} XPOS ${pct(devTags.xpos)} lemma ${pct(devTags.lemma)}`);

const labels = [...new Set(train.flatMap((s) => s.rels))].sort();
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const coarse = coarseMap(tagNames);
let lifts = 0;
const parseData = train.map((s, i) => {
  const n = s.forms.length;
  const gold = Int32Array.from(s.heads, (h) => (h < 0 ? n : h));
  lifts += projectivize(gold);
  const tags = predicted[i];
  return { x: { n, word: examples[i].lex.word, tag: tags.map((t) => coarse[t]), fine: tags, ...predictedWc[i] }, gold };
});
log(`projectivized training trees: ${lifts} arcs lifted`);

const rootLabel = labelIndex.get("root") ?? -1;
let arcModel: LinearModel | null = null;
if (!opt["no-arc-labels"]) {
  arcModel = trainArcLabeler(
    train.map((s, i) => ({
      x: parseData[i].x,
      gold: parseData[i].gold,
      labels: Int32Array.from(s.rels, (r) => labelIndex.get(r) ?? 0),
    })),
    labels.length,
    rootLabel,
    LABELER_BITS,
    Number(opt["labeler-epochs"]),
    seededRandom(Number(opt.seed) + 404),
  );
  log("arc labeller trained");
}
const arcParts = arcModel ? { arcLabeler: arcModel } : {};

const parserModel = trainParser(
  parseData,
  PARSER_BITS,
  Number(opt["parser-epochs"]),
  seededRandom(Number(opt.seed) + 101),
  (e, avg) => {
    if (e % 3 !== 2) {
      log(`parser epoch ${e + 1}`);
      return;
    }
    const a = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, tagger.ambiguity, clusters, lemmas, {
      labels,
      parser: avg(),
      ...arcParts,
      labeler: { nClasses: labels.length, score: (_f: Uint32Array, _n: number, out: Float32Array) => out.fill(0) },
    });
    log(`parser epoch ${e + 1}: dev UAS ${pct(scoreTreebank(a, dev).uas)}`);
  },
  Number(opt.explore),
  arcModel ? new ArcLabeler(arcModel, rootLabel) : null,
);

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

const float = makeAnalyzer(tagNames, tagger.model, tagger.tagDict, tagger.ambiguity, clusters, lemmas, {
  labels,
  parser: parserModel,
  labeler: labelerModel,
  ...arcParts,
});
const fs = scoreTreebank(float, dev);
log(`dev (float): UPOS ${pct(fs.upos)} UAS ${pct(fs.uas)} LAS ${pct(fs.las)} LAS-full ${pct(fs.lasFull)}`);

const out = resolve(opt.out);
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, TAGGER_FILE),
  packTagger({
    tags: tagNames,
    model: SparseModel.from(tagger.model, 1e-3),
    tagDict: tagger.tagDict,
    ambiguity: tagger.ambiguity,
    clusters,
    lemmas,
  }),
);
writeFileSync(
  join(out, PARSER_FILE),
  packParser({
    labels,
    parser: QuantizedModel.from(parserModel, 1e-3),
    labeler: SparseModel.from(labelerModel, 1e-3),
    ...(arcModel ? { arcLabeler: SparseModel.from(arcModel, 1e-3) } : {}),
  }),
);
const t = loadTagger(out);
const q = makeAnalyzer(t.tags, t.model, t.tagDict, t.ambiguity, t.clusters, t.lemmas, loadParser(out));
const qs = scoreTreebank(q, dev);
log(
  `dev (quantized): UPOS ${pct(qs.upos)} XPOS ${pct(qs.xpos)} lemma ${pct(qs.lemma)} UAS ${pct(qs.uas)} LAS ${pct(qs.las)} — ${Math.round(qs.tokens / qs.seconds)} tokens/s`,
);
if (opt.test) {
  const ts = scoreTreebank(q, ewt("test"));
  log(`test (quantized): UPOS ${pct(ts.upos)} UAS ${pct(ts.uas)} LAS ${pct(ts.las)}`);
}
log(`done: models written to ${out}; training took ${((Date.now() - T0) / 60000).toFixed(1)} min`);
