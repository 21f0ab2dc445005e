import type { Sentence, Token } from "../../doc/layers/segment.js";
import type { SegmentRules } from "./rules.js";
import { sentenceStarts } from "./sentences.js";
import { tokenize } from "./tokenizer.js";

/** Sentences and tokens of a text, every one a character span. */
export function segmentText(text: string, rules: SegmentRules): { sentences: Sentence[]; tokens: Token[] } {
  const toks = tokenize(text, rules);
  const starts = sentenceStarts(text, toks, rules);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (let s = 0; s < starts.length; s++) {
    const first = starts[s];
    const end = s + 1 < starts.length ? starts[s + 1] : toks.starts.length;
    sentences.push(
      Object.freeze({ start: toks.starts[first], end: toks.ends[end - 1], firstToken: first, endToken: end }),
    );
    for (let t = first; t < end; t++)
      tokens.push(Object.freeze({ start: toks.starts[t], end: toks.ends[t], sentence: s }));
  }
  return { sentences, tokens };
}
