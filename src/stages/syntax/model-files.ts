import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";
import type { LemmaTables } from "../../nlp/lemmatizer.js";
import { type ModelArray, packModel, unpackModel } from "../../nlp/model-io.js";
import { QuantizedModel } from "../../nlp/quantized.js";
import type { Scorer } from "../../nlp/scorer.js";
import { type SparseArrays, SparseModel } from "../../nlp/sparse.js";
import { Tagger } from "../../nlp/tagger.js";
import { Analyzer } from "./analyzer.js";
import { ArcLabeler } from "./arc-labeler.js";
import { Labeler } from "./labeler.js";
import { Parser } from "./parser.js";

export const TAGGER_FILE = "en-ewt-tagger.bin.gz";
export const PARSER_FILE = "en-ewt-parser.bin.gz";

/** data/models of the installed package (dist/src/stages/syntax -> project root). */
export function defaultModelDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${join("dist", "src")}`) ? "../../../.." : "../../..";
  return join(here, up, "data", "models");
}

const TaggerHeader = z.object({
  kind: z.literal("tagger"),
  tags: z.array(z.string()).min(1),
  mask: z.number().int().positive(),
  lemmas: z.object({
    exceptions: z.array(z.tuple([z.string(), z.string()])),
    classExceptions: z.array(z.tuple([z.string(), z.string()])),
    formExceptions: z.array(z.tuple([z.string(), z.string()])),
    vocab: z.array(z.tuple([z.string().min(1), z.number().int().min(1).max(31)])),
  }),
});

const ParserHeader = z.object({
  kind: z.literal("parser"),
  labels: z.array(z.string()).min(1),
  transitions: z.literal(3),
  labelerMask: z.number().int().positive(),
  arcLabelerMask: z.number().int().positive().optional(),
});

export interface TaggerParts {
  readonly tags: readonly string[];
  readonly model: SparseModel;
  readonly tagDict: ReadonlyMap<number, number>;
  readonly ambiguity: ReadonlyMap<number, number>;
  readonly clusters: ReadonlyMap<number, number>;
  readonly lemmas: LemmaTables;
}

export interface ParserParts {
  readonly labels: readonly string[];
  readonly parser: QuantizedModel;
  readonly labeler: SparseModel;
  /** Incremental labeller whose relations feed the parser's label features (absent in old models). */
  readonly arcLabeler?: SparseModel;
}

function pairs(m: ReadonlyMap<number, number>): Int32Array {
  const out = new Int32Array(m.size * 2);
  let i = 0;
  for (const [a, b] of m) {
    out[i++] = a;
    out[i++] = b;
  }
  return out;
}

function unpairs(a: Int32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i += 2) m.set(a[i], a[i + 1]);
  return m;
}

function sparseArrays(prefix: string, m: SparseModel): Record<string, SparseArrays[keyof SparseArrays]> {
  const out: Record<string, SparseArrays[keyof SparseArrays]> = {};
  for (const [k, v] of Object.entries(m.a)) out[`${prefix}.${k}`] = v;
  return out;
}

function sparseFrom(arrays: Map<string, ModelArray>, prefix: string, nClasses: number, mask: number): SparseModel {
  return new SparseModel(nClasses, mask, {
    keys: arrayOf(arrays, `${prefix}.keys`, Int32Array),
    rowStart: arrayOf(arrays, `${prefix}.rowStart`, Int32Array),
    rowLen: arrayOf(arrays, `${prefix}.rowLen`, Uint8Array),
    cls: arrayOf(arrays, `${prefix}.cls`, Uint8Array),
    val: arrayOf(arrays, `${prefix}.val`, Int16Array),
    scales: arrayOf(arrays, `${prefix}.scales`, Float32Array),
  });
}

export function packTagger(p: TaggerParts): Buffer {
  const header = {
    kind: "tagger",
    tags: p.tags,
    mask: p.model.mask,
    lemmas: {
      exceptions: [...p.lemmas.exceptions],
      classExceptions: [...p.lemmas.classExceptions],
      formExceptions: [...p.lemmas.formExceptions],
      vocab: [...p.lemmas.vocab],
    },
  };
  return packModel(header, {
    ...sparseArrays("tagger", p.model),
    dict: pairs(p.tagDict),
    ambiguity: pairs(p.ambiguity),
    clusters: pairs(p.clusters),
  });
}

export function packParser(p: ParserParts): Buffer {
  const header = {
    kind: "parser",
    labels: p.labels,
    transitions: 3,
    labelerMask: p.labeler.mask,
    ...(p.arcLabeler ? { arcLabelerMask: p.arcLabeler.mask } : {}),
  };
  return packModel(header, {
    parser: p.parser.weights,
    parserScales: p.parser.scales,
    ...sparseArrays("labeler", p.labeler),
    ...(p.arcLabeler ? sparseArrays("arcLabeler", p.arcLabeler) : {}),
  });
}

function read(dir: string, file: string): { header: unknown; arrays: Map<string, ModelArray> } {
  const path = join(dir, file);
  try {
    return unpackModel(readFileSync(path));
  } catch (err) {
    throw attacheError("E_MODEL", { input: path }, err instanceof Error ? err.message : String(err));
  }
}

function arrayOf<T extends ModelArray>(arrays: Map<string, ModelArray>, name: string, type: new () => T): T {
  const a = arrays.get(name);
  if (!(a instanceof type)) throw attacheError("E_MODEL", null, `array "${name}" missing or of the wrong type`);
  return a;
}

export function loadTagger(dir: string): TaggerParts {
  const { header, arrays } = read(dir, TAGGER_FILE);
  const h = TaggerHeader.safeParse(header);
  if (!h.success) throw attacheError("E_MODEL", { input: join(dir, TAGGER_FILE) }, h.error.message);
  const l = h.data.lemmas;
  return {
    tags: h.data.tags,
    model: sparseFrom(arrays, "tagger", h.data.tags.length, h.data.mask),
    tagDict: unpairs(arrayOf(arrays, "dict", Int32Array)),
    ambiguity: unpairs(arrayOf(arrays, "ambiguity", Int32Array)),
    clusters: unpairs(arrayOf(arrays, "clusters", Int32Array)),
    lemmas: {
      exceptions: new Map(l.exceptions),
      classExceptions: new Map(l.classExceptions),
      formExceptions: new Map(l.formExceptions),
      vocab: new Map(l.vocab),
    },
  };
}

export function loadParser(dir: string): ParserParts {
  const { header, arrays } = read(dir, PARSER_FILE);
  const h = ParserHeader.safeParse(header);
  if (!h.success) throw attacheError("E_MODEL", { input: join(dir, PARSER_FILE) }, h.error.message);
  const parts = {
    labels: h.data.labels,
    parser: new QuantizedModel(3, arrayOf(arrays, "parser", Int16Array), arrayOf(arrays, "parserScales", Float32Array)),
    labeler: sparseFrom(arrays, "labeler", h.data.labels.length, h.data.labelerMask),
  };
  const mask = h.data.arcLabelerMask;
  if (mask === undefined) return parts;
  return { ...parts, arcLabeler: sparseFrom(arrays, "arcLabeler", h.data.labels.length, mask) };
}

/** Build an analyzer from model parts (float models in training, quantized ones at run time). */
export function makeAnalyzer(
  tags: readonly string[],
  tagModel: Scorer,
  tagDict: ReadonlyMap<number, number>,
  ambiguity: ReadonlyMap<number, number>,
  clusters: ReadonlyMap<number, number>,
  lemmas: LemmaTables,
  parser: { labels: readonly string[]; parser: Scorer; labeler: Scorer; arcLabeler?: Scorer } | null,
): Analyzer {
  const arc = parser?.arcLabeler
    ? new ArcLabeler(parser.arcLabeler, parser.labels.indexOf("root"), punctuationLabels(tags, parser.labels))
    : null;
  return new Analyzer(
    new Tagger(tagModel, tagDict, ambiguity, clusters),
    tags,
    lemmas,
    parser ? new Parser(parser.parser, arc) : null,
    parser ? new Labeler(parser.labeler, parser.labels, punctuationLabels(tags, parser.labels)) : null,
  );
}

/** Punctuation tags always attach as `punct` (true of every non-root PUNCT token in EWT). */
function punctuationLabels(tags: readonly string[], labels: readonly string[]): Int32Array {
  const punct = labels.indexOf("punct");
  return Int32Array.from(tags, (t) => (t.split("\t")[1] === "PUNCT" ? punct : -1));
}

const cache = new Map<string, Analyzer>();

/** The analyzer from the model files in `dir`, loaded on first use and cached per thread. */
export function getAnalyzer(dir = defaultModelDir(), withParser = true): Analyzer {
  const key = `${dir}\u0000${withParser}`;
  let a = cache.get(key);
  if (!a) {
    const t = loadTagger(dir);
    a = makeAnalyzer(
      t.tags,
      t.model,
      t.tagDict,
      t.ambiguity,
      t.clusters,
      t.lemmas,
      withParser ? loadParser(dir) : null,
    );
    cache.set(key, a);
  }
  return a;
}
