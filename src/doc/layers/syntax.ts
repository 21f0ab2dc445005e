/**
 * The dependency of the token with the same index: `head` is a doc-level token index
 * (-1 for the sentence root), `rel` a UD basic relation ("nsubj", "obl:tmod", ...).
 */
export interface Dependency {
  readonly head: number;
  readonly rel: string;
}
