import { type Doc, withLayers } from "../../doc/doc.js";
import type { Token, TokenTag } from "../../doc/layers/segment.js";
import type { Stage } from "../../pipeline/stage.js";
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
        tags.push(
          Object.freeze(
            (first || second) && a.upos[i] !== "NOUN"
              ? { upos: "NOUN", xpos: plural ? "NNS" : "NN", lemma: plural ? form.slice(0, -1) : form }
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
