import { getAnalyzer } from "./model-files.js";

/**
 * Time tagging + lemmatizing + parsing of pre-tokenized sentences on this thread (the model is
 * loaded before the clock starts). Example: `benchTagParse([["Talks", "resumed", "."]])`.
 */
export function benchTagParse(
  sentences: readonly (readonly string[])[],
  modelDir?: string,
): {
  tokens: number;
  seconds: number;
  loadSeconds: number;
} {
  const t0 = process.hrtime.bigint();
  const analyzer = modelDir === undefined ? getAnalyzer() : getAnalyzer(modelDir);
  const t1 = process.hrtime.bigint();
  let tokens = 0;
  for (const s of sentences) {
    analyzer.analyze(s);
    tokens += s.length;
  }
  const t2 = process.hrtime.bigint();
  return { tokens, seconds: Number(t2 - t1) / 1e9, loadSeconds: Number(t1 - t0) / 1e9 };
}
