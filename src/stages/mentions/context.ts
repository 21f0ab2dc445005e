import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { ActorLexicon } from "../actors/lexicon/index.js";
import { type NameLists, nameLists } from "./name-lists.js";
import { type LexOpenings, lexOpenings } from "./prefixes.js";

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
  /** `words`, lower-cased once per document. */
  readonly lowers: readonly string[];
  /** Does the word open with an upper-case letter? Indexed like `words`. */
  readonly upperInitial: readonly boolean[];
  /** Nationality adjective code of each word as written ("Russian" -> RUS), by token. */
  readonly adjectiveOf: readonly (string | undefined)[];
  /** Openings of the lexicon's phrase keys (see prefixes.ts). */
  readonly opens: LexOpenings;
  /** Per sentence: is it a section line in capitals? Filled on first use (see `shoutedSentence`). */
  readonly shouted: (boolean | undefined)[];
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
  const words = tokens.map((t) => straighten(doc.text.slice(t.start, t.end)));
  const lowers = words.map((w) => w.toLowerCase());
  const upperInitial = words.map((w) => UPPER_INITIAL.test(w));
  const adjectiveOf = words.map((w) => lex.adjectives.get(w));
  const capitalizedInside = new Set<string>();
  const capitalizedAlone = new Set<string>();
  const upper = (i: number) => upperInitial[i] === true;
  for (const s of sentences) {
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      if (!upper(i) || isAfterOpening(words[i - 1] ?? "")) continue;
      const low = lowers[i] ?? "";
      capitalizedInside.add(low);
      if (!upper(i + 1)) capitalizedAlone.add(low);
    }
    // words of multi-word capitalized names anywhere ("Zhang Min" makes a sentence-initial "Zhang" a
    // name); for capitalizedAlone only runs that do not end in an organization or place noun
    // ("World Bank" does not make "World stocks" a name)
    const title = (i: number) => upper(i) && TITLE_CASE.test(words[i] ?? "");
    for (let i = s.firstToken; i + 1 < s.endToken; i++) {
      if (!title(i) || !title(i + 1)) continue;
      let e = i + 1;
      while (e < s.endToken && title(e)) e++;
      const last = lowers[e - 1] ?? "";
      const generic = lex.orgHeads.has(last) || names.locationHeads.has(last) || lex.groupHeads.has(last);
      for (let k = i; k < e; k++) {
        capitalizedInside.add(lowers[k] ?? "");
        if (!generic) capitalizedAlone.add(lowers[k] ?? "");
      }
      i = e - 1;
    }
  }
  const shouted: (boolean | undefined)[] = [];
  return {
    text: doc.text,
    tokens,
    tags,
    sentences,
    lex,
    names,
    words,
    lowers,
    upperInitial,
    adjectiveOf,
    opens: lexOpenings(lex),
    shouted,
    capitalizedInside,
    capitalizedAlone,
  };
}

const UPPER_INITIAL = /^\p{Lu}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const CURLY = /[’‘]/g;

function straighten(w: string): string {
  return w.includes("’") || w.includes("‘") ? w.replace(CURLY, "'") : w;
}

function isAfterOpening(prev: string): boolean {
  return /^["“'(:—–-]$/.test(prev);
}

export function word(ctx: Ctx, i: number): string {
  return ctx.words[i] ?? "";
}

export function lower(ctx: Ctx, i: number): string {
  return ctx.lowers[i] ?? "";
}

/** `ctx.lex.adjectives.get(word(ctx, i))`, looked up once per token. */
export function adjectiveAt(ctx: Ctx, i: number): string | undefined {
  return i >= 0 && i < ctx.adjectiveOf.length ? ctx.adjectiveOf[i] : ctx.lex.adjectives.get("");
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
  // both patterns need a capital, a dot, a digit or a sign as the second character
  const second = w.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^(\p{Lu}\.?){2,}$/u.test(w) || /^\p{Lu}[\p{Lu}\d&+-]+$/u.test(w);
}

export function sentenceStart(ctx: Ctx, i: number): boolean {
  const s = ctx.sentences[ctx.tokens[i]?.sentence ?? -1];
  if (s === undefined) return false;
  if (s.firstToken === i) return true;
  // the first word after opening punctuation or a dateline dash also starts a clause
  return /^["“(—–:]$/.test(word(ctx, i - 1));
}
