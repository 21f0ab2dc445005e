import { type LemmaTables, Lemmatizer } from "../../nlp/lemmatizer.js";
import { lexicalCodes } from "../../nlp/lexical.js";
import type { Tagger } from "../../nlp/tagger.js";
import type { Labeler } from "./labeler.js";
import type { Parser } from "./parser.js";

/** Tag class -> index of its UPOS among the distinct UPOS of the tag list. */
export function coarseMap(tagNames: readonly string[]): Int32Array {
  const upos = tagNames.map((t) => t.split("\t")[1] ?? "X");
  const ids = new Map([...new Set(upos)].sort().map((u, i) => [u, i]));
  return Int32Array.from(upos, (u) => ids.get(u) ?? 0);
}

/** Tags, lemmas and (when a parser is given) a labelled dependency tree for one sentence. */
export interface Analysis {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas: readonly string[];
  /** 0-based heads, -1 for the root; empty when parsing was not requested. */
  readonly heads: Int32Array;
  readonly rels: readonly string[];
}

/** The tagger, lemmatizer, parser and labeller run in sequence over tokenized sentences. */
export class Analyzer {
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly tagIndex: Map<string, number>;
  private readonly coarse: Int32Array;
  private readonly lemmatizer: Lemmatizer;

  constructor(
    readonly tagger: Tagger,
    tagNames: readonly string[],
    readonly lemmas: LemmaTables,
    readonly parser: Parser | null,
    readonly labeler: Labeler | null,
  ) {
    this.xpos = tagNames.map((t) => t.split("\t")[0]);
    this.upos = tagNames.map((t) => t.split("\t")[1] ?? "X");
    this.tagIndex = new Map(tagNames.map((t, i) => [t, i]));
    this.coarse = coarseMap(tagNames);
    this.lemmatizer = new Lemmatizer(lemmas, this.upos, this.xpos);
  }

  /** Heads and relations for a sentence whose tags are already known (unknown pairs are re-tagged). */
  parseTagged(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): Analysis {
    const lex = lexicalCodes(forms);
    const wc = this.tagger.wordClasses(lex);
    let tags: Int32Array = Int32Array.from(forms, (_, i) => this.tagIndex.get(`${xpos[i]}\t${upos[i]}`) ?? -1);
    if (tags.includes(-1)) tags = this.tagger.tag(lex, wc);
    const lemmas: string[] = [];
    if (!this.parser || !this.labeler || forms.length === 0) {
      return { upos, xpos, lemmas, heads: new Int32Array(0), rels: [] };
    }
    return { upos, xpos, lemmas, ...this.parseTags(forms.length, lex, wc, tags, this.parser, this.labeler) };
  }

  analyze(forms: readonly string[], parse = true): Analysis {
    const lex = lexicalCodes(forms);
    const wc = this.tagger.wordClasses(lex);
    const tags = this.tagger.tag(lex, wc);
    const n = forms.length;
    const upos: string[] = new Array(n);
    const xpos: string[] = new Array(n);
    const lemmas: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = tags[i];
      upos[i] = this.upos[t];
      xpos[i] = this.xpos[t];
      lemmas[i] = this.lemmatizer.lemma(forms[i], t);
    }
    if (!parse || !this.parser || !this.labeler || forms.length === 0) {
      return { upos, xpos, lemmas, heads: new Int32Array(0), rels: [] };
    }
    return { upos, xpos, lemmas, ...this.parseTags(forms.length, lex, wc, tags, this.parser, this.labeler) };
  }

  /** Parse and label one tagged sentence (the shared tail of `analyze` and `parseTagged`). */
  private parseTags(
    n: number,
    lex: ReturnType<typeof lexicalCodes>,
    wc: ReturnType<Tagger["wordClasses"]>,
    tags: Int32Array,
    parser: Parser,
    labeler: Labeler,
  ): { heads: Int32Array; rels: string[] } {
    const x = { n, word: lex.word, tag: tags.map((t) => this.coarse[t]), fine: tags, ...wc };
    const heads = parser.parse(x);
    const labels = parser.relations(heads) ?? labeler.label(x, heads);
    return { heads, rels: Array.from(labels, (l) => labeler.labels[l] ?? "dep") };
  }
}
