import { hashString } from "../../src/nlp/hash.js";
import { normWord } from "../../src/nlp/lexical.js";

/**
 * Distributional word classes from unlabeled text: each frequent word is described by the
 * counts of its left and right neighbours among the most frequent words; spherical k-means
 * groups words with similar contexts. Returns lowercased-word hash -> cluster id (1..k).
 */
export function wordClusters(
  sentences: Iterable<readonly string[]>,
  k: number,
  rand: () => number,
  opts: { minCount?: number; maxVocab?: number; contextWords?: number; iterations?: number } = {},
): Map<number, number> {
  const minCount = opts.minCount ?? 3;
  const maxVocab = opts.maxVocab ?? 20000;
  const nCtx = opts.contextWords ?? 300;
  const iterations = opts.iterations ?? 8;
  const sents: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const words = s.map(normWord);
    sents.push(words);
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const byFreq = [...freq].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = new Map(byFreq.slice(0, maxVocab).map(([w], i) => [w, i]));
  const ctx = new Map(byFreq.slice(0, nCtx).map(([w], i) => [w, i]));
  const dims = 2 * nCtx + 2;
  const counts: Array<Map<number, number>> = Array.from({ length: vocab.size }, () => new Map());
  for (const words of sents) {
    for (let i = 0; i < words.length; i++) {
      const v = vocab.get(words[i]);
      if (v === undefined) continue;
      const l = i > 0 ? (ctx.get(words[i - 1]) ?? nCtx - 1) : nCtx;
      const r = i + 1 < words.length ? (ctx.get(words[i + 1]) ?? nCtx - 1) : nCtx;
      const m = counts[v];
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(nCtx + 1 + r, (m.get(nCtx + 1 + r) ?? 0) + 1);
    }
  }
  // Sparse, log-scaled, unit-length vectors.
  const idx: Int32Array[] = [];
  const val: Float32Array[] = [];
  for (const m of counts) {
    const keys = Int32Array.from(m.keys());
    const vals = Float32Array.from(m.values(), (c) => Math.log1p(c));
    let norm = 0;
    for (const x of vals) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < vals.length; j++) vals[j] /= norm;
    idx.push(keys);
    val.push(vals);
  }
  const n = idx.length;
  const cent = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const w = Math.floor(rand() * n);
    for (let j = 0; j < idx[w].length; j++) cent[c * dims + idx[w][j]] = val[w][j];
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let w = 0; w < n; w++) {
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const base = c * dims;
        for (let j = 0; j < idx[w].length; j++) dot += cent[base + idx[w][j]] * val[w][j];
        if (dot > bestDot) [best, bestDot] = [c, dot];
      }
      assign[w] = best;
    }
    cent.fill(0);
    for (let w = 0; w < n; w++) {
      const base = assign[w] * dims;
      for (let j = 0; j < idx[w].length; j++) cent[base + idx[w][j]] += val[w][j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += cent[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const w = Math.floor(rand() * n);
        for (let j = 0; j < idx[w].length; j++) cent[c * dims + idx[w][j]] = val[w][j];
        continue;
      }
      for (let d = 0; d < dims; d++) cent[c * dims + d] /= norm;
    }
  }
  const out = new Map<number, number>();
  // Keys are signed like `LexicalCodes.word`, so lookups match before and after a model file round trip.
  for (const [w, v] of vocab) out.set(hashString(w) | 0, assign[v] + 1);
  return out;
}
