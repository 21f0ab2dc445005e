import type { Tree } from "./tree.js";

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);
const INNER = new Set(["ADJ", "NOUN", "PROPN", "NUM", "SYM", "ADV"]);

export interface Premodifiers {
  /** A possessor in front of the noun ("its", "Japan 's"), or -1. */
  readonly possessor: number;
  /** Nominals joined by hyphens or slashes right before the noun ("China-US", "Russia/Ukraine"). */
  readonly linked: readonly number[];
}

/**
 * Reads the words in front of an event noun left to right as written, whatever the parser made of
 * them: "its just concluded 2+2 dialogues", "the first China-US high-level meeting".
 */
export function premodifiers(tree: Tree, i: number): Premodifiers {
  let possessor = -1;
  const words: number[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const upos = tree.upos(k);
    const w = tree.word(k);
    if (upos === "PRON" && POSSESSIVE_PRONOUNS.has(w.toLowerCase())) {
      possessor = k;
      break;
    }
    if (w === "'s" || w === "'" || w === "’s") {
      possessor = k - 1;
      break;
    }
    const participle = upos === "VERB" && ["VBN", "VBD"].includes(tree.xpos(k));
    if (!(INNER.has(upos) || participle || ((upos === "PUNCT" || upos === "SYM") && /^[-–/]$/.test(w)))) break;
    words.unshift(k);
  }
  const linked: number[] = [];
  words.forEach((k, n) => {
    const prev = words[n - 1];
    const next = words[n + 1];
    const joins = (j: number | undefined) => j !== undefined && /^[-–/]$/.test(tree.word(j));
    if (tree.upos(k) === "PROPN" && (joins(prev) || joins(next))) linked.push(k);
  });
  return { possessor, linked };
}
