import { type Doc, layer, withLayers } from "../../doc/doc.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import type { Stage } from "../../pipeline/stage.js";
import { getAnalyzer } from "./model-files.js";

/** A UD basic dependency tree per sentence (heads are doc-level token indices, -1 for roots). */
export const syntaxStage: Stage = {
  name: "syntax",
  requires: ["sentences", "tokens", "tags"],
  assigns: ["deps"],
  run(doc: Doc): Doc {
    const sentences = layer(doc, "sentences");
    const tokens = layer(doc, "tokens");
    const tags = layer(doc, "tags");
    const analyzer = getAnalyzer();
    const deps: Dependency[] = [];
    for (const s of sentences) {
      const range = tokens.slice(s.firstToken, s.endToken);
      const tg = tags.slice(s.firstToken, s.endToken);
      const a = analyzer.parseTagged(
        range.map((t) => doc.text.slice(t.start, t.end)),
        tg.map((t) => t.upos),
        tg.map((t) => t.xpos),
      );
      for (let i = 0; i < range.length; i++) {
        const h = a.heads[i];
        deps.push(Object.freeze({ head: h < 0 ? -1 : s.firstToken + h, rel: a.rels[i] }));
      }
    }
    return withLayers(doc, { deps: Object.freeze(deps) });
  },
};
