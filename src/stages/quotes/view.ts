import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";

const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "``", "''"]);
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "one",
  "some",
  "several",
  "many",
  "most",
  "two",
  "three",
  "both",
  "all",
  "another",
  "other",
  "senior",
]);
const PERSONAL = new Set(["he", "she", "it", "they", "we", "i", "you", "him", "them", "who"]);
const CLAUSE_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "while",
  "when",
  "because",
  "as",
  "if",
  "but",
  "and",
  "or",
  "although",
  "though",
  "since",
  "after",
  "before",
]);
const NOUNISH = new Set(["PROPN", "NOUN", "ADJ", "NUM", "X", "SYM"]);

/** Read-only token helpers over a Doc's tokens, tags and (optional) dependencies. */
export class TokenView {
  readonly tokens: readonly Token[];
  readonly tags: readonly TokenTag[];
  readonly sentences: readonly Sentence[];
  readonly lowers: readonly string[];

  constructor(readonly doc: Doc) {
    this.tokens = layer(doc, "tokens");
    this.tags = layer(doc, "tags");
    this.sentences = layer(doc, "sentences");
    this.lowers = this.tokens.map((t) => doc.text.slice(t.start, t.end).toLowerCase());
  }

  get size(): number {
    return this.tokens.length;
  }
  text(i: number): string {
    const t = this.tokens[i];
    return t ? this.doc.text.slice(t.start, t.end) : "";
  }
  lower(i: number): string {
    return this.lowers[i] ?? "";
  }
  upos(i: number): string {
    return this.tags[i]?.upos ?? "";
  }
  lemma(i: number): string {
    return (this.tags[i]?.lemma ?? this.lower(i)).toLowerCase();
  }
  isQuoteMark(i: number): boolean {
    return QUOTE_CHARS.has(this.text(i));
  }
  isPunct(i: number): boolean {
    return /^[^\p{L}\p{N}]+$/u.test(this.text(i)) && !this.text(i).startsWith("'s");
  }
  isSentenceEnd(i: number): boolean {
    return /^[.?!…]+$/.test(this.text(i));
  }
  isCapitalized(i: number): boolean {
    return /^\p{Lu}/u.test(this.text(i));
  }
  isDeterminer(i: number): boolean {
    return DETERMINERS.has(this.lower(i)) || this.upos(i) === "DET";
  }
  isPersonalPronoun(i: number): boolean {
    return PERSONAL.has(this.lower(i));
  }
  isClauseWord(i: number): boolean {
    return CLAUSE_WORDS.has(this.lower(i));
  }
  isPossessive(i: number): boolean {
    const l = this.lower(i);
    return l === "'s" || l === "’s" || l === "'" || l === "’";
  }
  /** A token that can sit inside a noun phrase chunk (names, nouns, adjectives, determiners, possessives). */
  isChunkToken(i: number): boolean {
    const l = this.lower(i);
    if (this.isPossessive(i)) return true;
    if (l === "-" || l === "&" || l === ".") return this.upos(i - 1) === "PROPN" && this.upos(i + 1) === "PROPN";
    if (this.isQuoteMark(i) || this.isPunct(i)) return false;
    if (this.isDeterminer(i)) return true;
    if (this.isPersonalPronoun(i)) return false;
    const u = this.upos(i);
    if (NOUNISH.has(u)) return !this.isClauseWord(i);
    // A capitalized word inside a sentence is a name part whatever the tagger says.
    const initial = this.tokens[i]?.start === this.sentenceOf(i).start;
    return this.isCapitalized(i) && !initial && !["AUX", "ADP", "CCONJ", "SCONJ", "PRON"].includes(u);
  }
  sentenceOf(i: number): Sentence {
    const s = this.tokens[i]?.sentence ?? 0;
    const sent = this.sentences[s];
    if (!sent) throw new RangeError(`token ${i} has no sentence`);
    return sent;
  }
  /** Token index of the first token starting at or after `offset`, or size. */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Token index of the last token ending at or before `offset`, or -1. */
  tokenBefore(offset: number): number {
    let i = this.tokenAtOrAfter(offset) - 1;
    while (i >= 0 && (this.tokens[i] as Token).end > offset) i--;
    return i;
  }
  /** Dependency children of a token (empty without a syntax layer). */
  children(i: number): number[] {
    const deps = this.doc.deps;
    if (!deps) return [];
    const out: number[] = [];
    const sent = this.sentenceOf(i);
    for (let j = sent.firstToken; j < sent.endToken; j++) if (deps[j]?.head === i) out.push(j);
    return out;
  }
  rel(i: number): string {
    return this.doc.deps?.[i]?.rel ?? "";
  }
  head(i: number): number {
    return this.doc.deps?.[i]?.head ?? -1;
  }
}
