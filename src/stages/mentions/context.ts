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
  /**
   * Lower-cased words written capitalized inside a sentence as a name's last word ("said Boeing
   * would", "Elena Robles said"), not only as a modifier inside a longer name ("World Bank").
   */
  readonly capitalizedAlone: ReadonlySet<string>;
}

export function makeCtx(doc: Doc, lex: ActorLexicon, names: NameLists = nameLists()): Ctx {
  const tokens = layer(doc, "tokens");
  const tags = layer(doc, "tags");
  const sentences = layer(doc, "sentences");
  const words = tokens.map((t) => doc.text.slice(t.start, t.end).replace(/[’‘]/g, "'"));
  const capitalizedInside = new Set<string>();
  const capitalizedAlone = new Set<string>();
  const upper = (w: string | undefined) => /^\p{Lu}/u.test(w ?? "");
  for (const s of sentences) {
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      const w = words[i] ?? "";
      if (!upper(w) || isAfterOpening(words[i - 1] ?? "")) continue;
      capitalizedInside.add(w.toLowerCase());
      if (!upper(words[i + 1])) capitalizedAlone.add(w.toLowerCase());
    }
    // words of multi-word capitalized names anywhere ("Zhang Min" makes a sentence-initial "Zhang" a
    // name); for capitalizedAlone only runs that do not end in an organization or place noun
    // ("World Bank" does not make "World stocks" a name)
    const title = (w: string | undefined) => /^\p{Lu}\p{Ll}/u.test(w ?? "");
    for (let i = s.firstToken; i + 1 < s.endToken; i++) {
      if (!title(words[i]) || !title(words[i + 1])) continue;
      let e = i + 1;
      while (e < s.endToken && title(words[e])) e++;
      const last = (words[e - 1] ?? "").toLowerCase();
      const generic = lex.orgHeads.has(last) || names.locationHeads.has(last) || lex.groupHeads.has(last);
      for (let k = i; k < e; k++) {
        capitalizedInside.add((words[k] ?? "").toLowerCase());
        if (!generic) capitalizedAlone.add((words[k] ?? "").toLowerCase());
      }
      i = e - 1;
    }
  }
  return { text: doc.text, tokens, tags, sentences, lex, names, words, capitalizedInside, capitalizedAlone };
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
