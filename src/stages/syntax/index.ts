import { type Doc, layer, withLayers } from "../../doc/doc.js";
import type { Dependency } from "../../doc/layers/syntax.js";
import type { Stage } from "../../pipeline/stage.js";
import { datelineDash } from "./dateline.js";
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
    /** Parses tokens [from, to) of the document as one sentence; returns the root's index. */
    const parse = (from: number, to: number): number => {
      const tg = tags.slice(from, to);
      const a = analyzer.parseTagged(
        tokens.slice(from, to).map((t) => doc.text.slice(t.start, t.end)),
        tg.map((t) => t.upos),
        tg.map((t) => t.xpos),
      );
      let root = -1;
      for (let i = 0; i < to - from; i++) {
        const h = a.heads[i];
        if (h < 0) root = from + i;
        deps.push({ head: h < 0 ? -1 : from + h, rel: a.rels[i] });
      }
      return root;
    };
    for (const s of sentences) {
      // A wire dateline is parsed apart and hangs on the clause's root, its dash on the dateline.
      const dash = datelineDash(doc.text, tokens.slice(s.firstToken, s.endToken));
      if (dash < 0) {
        parse(s.firstToken, s.endToken);
        continue;
      }
      const town = parse(s.firstToken, s.firstToken + dash);
      deps.push({ head: town, rel: "punct" });
      const root = parse(s.firstToken + dash + 1, s.endToken);
      // (each part has a root: the parser always gives one)
      if (town >= 0 && root >= 0) deps[town] = { head: root, rel: "dep" };
    }
    return withLayers(doc, { deps: Object.freeze(deps.map((d) => Object.freeze(d))) });
  },
};
