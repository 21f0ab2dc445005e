import type { ConlluSentence } from "../nlp/conllu.js";
import type { Analyzer } from "../stages/syntax/analyzer.js";

/** Lemma accuracy with predicted tags: all tokens, gold verbs, gold nouns, forms unseen in training. */
export interface LemmaScores {
  readonly all: number;
  readonly verbs: number;
  readonly nouns: number;
  readonly unseen: number;
  /** Gold verbs whose form (lowercased) training never showed. */
  readonly unseenVerbs: number;
  readonly unseenTokens: number;
}

/** Lowercased forms of a treebank (what counts as "seen in training"). */
export function formsOf(sentences: readonly ConlluSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const f of s.forms) out.add(f.toLowerCase());
  return out;
}

/** Tag and lemmatize gold-tokenized sentences (no parsing) and score the lemmas by group. */
export function scoreLemmas(
  analyzer: Analyzer,
  sentences: readonly ConlluSentence[],
  seen: ReadonlySet<string>,
): LemmaScores {
  const right = { all: 0, verbs: 0, nouns: 0, unseen: 0, unseenVerbs: 0 };
  const total = { all: 0, verbs: 0, nouns: 0, unseen: 0, unseenVerbs: 0 };
  for (const s of sentences) {
    const a = analyzer.analyze(s.forms, false);
    for (let i = 0; i < s.forms.length; i++) {
      const ok = a.lemmas[i] === s.lemmas[i] ? 1 : 0;
      const unseen = !seen.has(s.forms[i].toLowerCase());
      const verb = s.upos[i] === "VERB";
      const groups: Array<[keyof typeof right, boolean]> = [
        ["all", true],
        ["verbs", verb],
        ["nouns", s.upos[i] === "NOUN"],
        ["unseen", unseen],
        ["unseenVerbs", unseen && verb],
      ];
      for (const [g, on] of groups) {
        if (!on) continue;
        total[g]++;
        right[g] += ok;
      }
    }
  }
  const r = (g: keyof typeof right): number => (total[g] === 0 ? 0 : right[g] / total[g]);
  return {
    all: r("all"),
    verbs: r("verbs"),
    nouns: r("nouns"),
    unseen: r("unseen"),
    unseenVerbs: r("unseenVerbs"),
    unseenTokens: total.unseen,
  };
}
