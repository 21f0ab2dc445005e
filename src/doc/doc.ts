import type { Article } from "./article.js";
import type { Actor } from "./layers/actors.js";
import type { CodedEvent } from "./layers/events.js";
import type { Mention } from "./layers/mentions.js";
import type { Quote } from "./layers/quotes.js";
import type { Sentence, Token, TokenTag } from "./layers/segment.js";
import type { Dependency } from "./layers/syntax.js";
import type { TimeExpression } from "./layers/times.js";

/** Every annotation layer a stage may assign. Parallel layers (tags, deps) are indexed like `tokens`. */
export interface Layers {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly tags: readonly TokenTag[];
  readonly deps: readonly Dependency[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly events: readonly CodedEvent[];
}

export type LayerName = keyof Layers;

/**
 * An immutable analysed article: the article (whose `text` every span indexes) and the layers
 * assigned so far. Stages never mutate a Doc; they return `withLayers(doc, {...})`.
 */
export interface Doc extends Partial<Layers> {
  readonly article: Article;
  readonly text: string;
}

export function createDoc(article: Article): Doc {
  return Object.freeze({ article, text: article.text });
}

/** A new Doc with the given layers added (or replaced). */
export function withLayers(doc: Doc, layers: Partial<Layers>): Doc {
  return Object.freeze({ ...doc, ...layers });
}

/** The layer, or a clear error naming the stage contract that was broken. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc[name];
  if (value === undefined) {
    throw new Error(`layer "${name}" is missing: a stage that needs it ran before the stage that assigns it`);
  }
  return value as Layers[K];
}
