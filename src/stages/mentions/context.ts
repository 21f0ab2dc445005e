import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { ActorLexicon } from "../actors/lexicon/index.js";
import { type NameLists, nameLists } from "./name-lists.js";

/** Token-level view of a Doc shared by the mention detectors. */
export interface Ctx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly tags: readonly TokenTag[];
  readonly sentences: readonly Sentence[];
  readonly lex: ActorLexicon;
  readonly names: NameLists;
  /** Token texts with curly apostrophes straightened. */
  readonly words: readonly string[];
  /** Lower-cased words that appear capitalized somewhere not at a sentence start. */
  readonly capitalizedInside: ReadonlySet<string>;
}

export function makeCtx(doc: Doc, lex: ActorLexicon, names: NameLists = nameLists()): Ctx {
  const tokens = layer(doc, "tokens");
  const tags = layer(doc, "tags");
  const sentences = layer(doc, "sentences");
  const words = tokens.map((t) => doc.text.slice(t.start, t.end).replace(/[’‘]/g, "'"));
  const capitalizedInside = new Set<string>();
  for (const s of sentences) {
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      const w = words[i] ?? "";
      if (/^\p{Lu}/u.test(w) && !isAfterOpening(words[i - 1] ?? "")) capitalizedInside.add(w.toLowerCase());
    }
    // words of multi-word capitalized names anywhere ("Zhang Min" makes a sentence-initial "Zhang" a name)
    for (let i = s.firstToken; i + 1 < s.endToken; i++) {
      const a = words[i] ?? "";
      const b = words[i + 1] ?? "";
      if (/^\p{Lu}\p{Ll}/u.test(a) && /^\p{Lu}\p{Ll}/u.test(b)) {
        capitalizedInside.add(a.toLowerCase());
        capitalizedInside.add(b.toLowerCase());
      }
    }
  }
  return { text: doc.text, tokens, tags, sentences, lex, names, words, capitalizedInside };
}

function isAfterOpening(prev: string): boolean {
  return /^["“'(:—–-]$/.test(prev);
}

export function word(ctx: Ctx, i: number): string {
  return ctx.words[i] ?? "";
}

export function lower(ctx: Ctx, i: number): string {
  return word(ctx, i).toLowerCase();
}

export function upos(ctx: Ctx, i: number): string {
  return ctx.tags[i]?.upos ?? "";
}

/** Words joined as the gazetteer keys them. */
export function phrase(ctx: Ctx, from: number, to: number): string {
  return ctx.words.slice(from, to).join(" ");
}

export function isCapitalized(w: string): boolean {
  return /^[\p{Lu}\d]/u.test(w) && /\p{L}/u.test(w);
}

export function isAcronym(w: string): boolean {
  return /^(\p{Lu}\.?){2,}$/u.test(w) || /^\p{Lu}[\p{Lu}\d&+-]+$/u.test(w);
}

export function sentenceStart(ctx: Ctx, i: number): boolean {
  const s = ctx.sentences[ctx.tokens[i]?.sentence ?? -1];
  if (s === undefined) return false;
  if (s.firstToken === i) return true;
  // the first word after opening punctuation or a dateline dash also starts a clause
  return /^["“(—–:]$/.test(word(ctx, i - 1));
}
