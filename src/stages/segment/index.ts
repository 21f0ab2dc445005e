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
        // "fired tear gas": the first word of a listed compound noun is a noun, whatever the tagger said.
        const compound = rules.nounCompounds.has(`${forms[i]?.toLowerCase()} ${forms[i + 1]?.toLowerCase()}`);
        tags.push(
          Object.freeze(
            compound && a.upos[i] !== "NOUN"
              ? { upos: "NOUN", xpos: "NN", lemma: forms[i]?.toLowerCase() ?? "" }
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
