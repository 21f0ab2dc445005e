import { type Doc, withLayers } from "../../doc/doc.js";
import type { Token, TokenTag } from "../../doc/layers/segment.js";
import type { Stage } from "../../pipeline/stage.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import type { Analyzer } from "../syntax/analyzer.js";
import { getAnalyzer } from "../syntax/model-files.js";
import { segmentRules } from "./rules.js";
import { segmentText } from "./segment.js";

/** Sentences, tokens (character offsets), UPOS/PTB tags and lemmas. */
export const segmentStage: Stage = {
  name: "segment",
  requires: [],
  assigns: ["sentences", "tokens", "tags"],
  run(doc: Doc): Doc {
    const rules = segmentRules();
    const { sentences, tokens } = segmentText(doc.text, rules);
    const analyzer = getAnalyzer();
    const names = nameWords(analyzer);
    const tags: TokenTag[] = [];
    for (const s of sentences) {
      const forms: string[] = [];
      for (let k = s.firstToken; k < s.endToken; k++) {
        const t = tokens[k] as Token;
        forms.push(doc.text.slice(t.start, t.end));
      }
      const a = analyzer.analyze(forms, false);
      for (let i = 0; i < forms.length; i++) {
        // "fired tear gas", "closed the border crossing": the words of a listed compound noun are nouns,
        // whatever the tagger said.
        const pair = (k: number) => `${forms[k]?.toLowerCase()} ${forms[k + 1]?.toLowerCase()}`;
        const form = forms[i]?.toLowerCase() ?? "";
        const first = rules.nounCompounds.has(pair(i));
        const second = i > 0 && rules.nounCompounds.has(pair(i - 1));
        const plural = second && form.endsWith("s");
        // "Xi Jinping", "Biden", "Navalny": a word of a known person's name that is no English word is a
        // proper noun, whatever the tagger guessed for a word it never saw ("Xi" as a noun, "Biden" as a number)
        const name = names.has(forms[i] ?? "") && a.upos[i] !== "PROPN";
        tags.push(
          Object.freeze(
            (first || second) && a.upos[i] !== "NOUN"
              ? { upos: "NOUN", xpos: plural ? "NNS" : "NN", lemma: plural ? form.slice(0, -1) : form }
              : name
                ? { upos: "PROPN", xpos: "NNP", lemma: forms[i] ?? "" }
                : { upos: a.upos[i], xpos: a.xpos[i], lemma: a.lemmas[i] },
          ),
        );
      }
    }
    return withLayers(doc, {
      sentences: Object.freeze(sentences),
      tokens: Object.freeze(tokens),
      tags: Object.freeze(tags),
    });
  },
};

let cachedNames: { analyzer: Analyzer; words: Set<string> } | null = null;

/**
 * Capitalized words of the names of the people the actor lexicon knows ("Jinping", "Biden"), less those
 * that are also English words the lemmatizer knows ("Rich", "May", "Bush").
 */
function nameWords(analyzer: Analyzer): ReadonlySet<string> {
  if (cachedNames?.analyzer === analyzer) return cachedNames.words;
  const words = new Set<string>();
  for (const key of actorLexicon().people.keys()) {
    for (const w of key.split(/\s+/)) {
      if (/^\p{Lu}\p{Ll}+$/u.test(w) && !analyzer.lemmas.vocab.has(w.toLowerCase())) words.add(w);
    }
  }
  cachedNames = { analyzer, words };
  return words;
}
