import type { Template } from "./feature-templates.js";

/**
 * Values the tagger's templates combine, filled per token in this order by `taggerFeatures`
 * (tagger.ts). w: normalized word, raw: form as written, suf1-4 / pre1, pre3: suffixes and
 * prefixes, shape: word shape, first: 1 at the sentence start; p1, p2: tags of the two previous
 * tokens; m1 / m2 / p1 / p2 suffixes on word atoms: one or two tokens before / after; a0-a2:
 * ambiguity classes of this and the next two words; c0, cm1, cp1: fine clusters, c2, c2p1: coarse
 * clusters; sh* shapes around the word; s3*: three-letter suffixes around it.
 */
export const TAGGER_ATOMS = [
  "one",
  "w",
  "raw",
  "suf1",
  "suf2",
  "suf3",
  "suf4",
  "pre1",
  "pre3",
  "shape",
  "first",
  "p1",
  "p2",
  "wm1",
  "wm2",
  "wp1",
  "wp2",
  "s3m1",
  "s3p1",
  "shm1",
  "shp1",
  "a0",
  "a1",
  "a2",
  "c0",
  "cm1",
  "cp1",
  "c2",
  "c2p1",
] as const;

export type TaggerAtom = (typeof TAGGER_ATOMS)[number];

/**
 * The tagger's feature templates, in the order and with the ids the shipped model was trained
 * with (a template's id is part of its hash: never renumber, append new ones with fresh ids).
 */
export const TAGGER_TEMPLATES: readonly Template<TaggerAtom>[] = [
  [0, "one"],
  [1, "w"],
  [2, "raw"],
  [3, "suf1"],
  [4, "suf2"],
  [5, "suf3"],
  [6, "suf4"],
  [7, "pre1"],
  [8, "pre3"],
  [9, "shape", "first"],
  [10, "p1"],
  [11, "p2"],
  [12, "p1", "p2"],
  [13, "p1", "w"],
  [14, "wm1"],
  [15, "s3m1"],
  [16, "wm2"],
  [17, "wp1"],
  [18, "s3p1"],
  [19, "wp2"],
  [20, "shp1"],
  [21, "wm1", "w"],
  [22, "w", "wp1"],
  [23, "p1", "wp1"],
  [24, "p1", "w", "wp1"],
  [25, "suf3", "wp1"],
  [26, "p1", "suf3"],
  [27, "wm1", "wp1"],
  // ambiguity classes: the tags each word took in training, a proxy for the tags to the right
  [28, "a0"],
  [29, "a0", "a1"],
  [30, "p1", "a0"],
  [31, "p1", "a0", "a1"],
  [32, "w", "a1"],
  [33, "a0", "a1", "a2"],
  [34, "suf3", "a1"],
  [35, "shape", "p1", "a1"],
  // distributional clusters from unlabeled text
  [36, "c0"],
  [37, "c2"],
  [38, "c0", "cp1"],
  [39, "p1", "c0"],
  [40, "cm1"],
  [41, "c2", "c2p1"],
  [42, "suf3", "c0"],
  // capitalisation in context: proper-noun runs, sentence-initial common nouns
  [43, "raw", "first"],
  [44, "wm1", "shape"],
  [45, "shm1", "shape", "shp1"],
  [46, "p1", "shape", "shp1"],
  [47, "c0", "cm1"],
  [48, "p1", "c2p1"],
  [49, "p2", "p1", "w"],
  [50, "suf4", "a1"],
];
