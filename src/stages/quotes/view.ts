import type { Doc } from "../../doc/doc.js";
import { layer } from "../../doc/doc.js";
import type { Sentence, Token, TokenTag } from "../../doc/layers/segment.js";
import type { Span } from "../../doc/span.js";
import type { CueEntry, QuoteLexicon } from "./lexicon.js";

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
  readonly texts: readonly string[];
  readonly lowers: readonly string[];
  /** Per token: 0 not yet computed, 1 punctuation only, 2 not. */
  private readonly punct: Uint8Array;
  /** Cue entries of every token, for the last lexicon asked about. */
  private cues: { readonly lex: QuoteLexicon; readonly entries: readonly (CueEntry | null)[] } | null = null;

  constructor(readonly doc: Doc) {
    this.tokens = layer(doc, "tokens");
    this.tags = layer(doc, "tags");
    this.sentences = layer(doc, "sentences");
    this.texts = this.tokens.map((t) => doc.text.slice(t.start, t.end));
    this.lowers = this.texts.map((t) => t.toLowerCase());
    this.punct = new Uint8Array(this.tokens.length);
  }

  get size(): number {
    return this.tokens.length;
  }
  text(i: number): string {
    return this.texts[i] ?? "";
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
    const known = this.punct[i];
    if (known !== undefined && known !== 0) return known === 1;
    const t = this.text(i);
    const punct = /^[^\p{L}\p{N}]+$/u.test(t) && !t.startsWith("'s");
    if (known !== undefined) this.punct[i] = punct ? 1 : 2;
    return punct;
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
  /** The speech-verb entry of token i's form, or null (looked up once per token). */
  cueEntry(lex: QuoteLexicon, i: number): CueEntry | null {
    if (this.cues?.lex !== lex) this.cues = { lex, entries: this.lowers.map((l) => lex.cueForms.get(l) ?? null) };
    return i >= 0 && i < this.lowers.length
      ? (this.cues.entries[i] ?? null)
      : (lex.cueForms.get(this.lower(i)) ?? null);
  }
  /** Per token, 1 when the token lies wholly inside one of `spans` (tokens are in text order). */
  covered(spans: readonly Span[]): Uint8Array {
    const mask = new Uint8Array(this.tokens.length);
    for (const span of spans) {
      for (let i = this.tokenAtOrAfter(span.start); i < this.tokens.length; i++) {
        const t = this.tokens[i] as Token;
        if (t.start > span.end) break;
        if (t.end <= span.end) mask[i] = 1;
      }
    }
    return mask;
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
