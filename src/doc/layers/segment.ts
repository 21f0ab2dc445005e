import type { Span } from "../span.js";

/** A sentence: its character span and the half-open range of its tokens in `Doc.tokens`. */
export interface Sentence extends Span {
  readonly firstToken: number;
  readonly endToken: number;
}

/** A token: its character span. The covered text is `doc.text.slice(start, end)`. */
export interface Token extends Span {
  readonly sentence: number;
}

/** Part of speech and lemma of the token with the same index. */
export interface TokenTag {
  readonly upos: string;
  readonly xpos: string;
  readonly lemma: string;
}
