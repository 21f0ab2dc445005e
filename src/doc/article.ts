/** Where an article came from. `path` is the file, `url` the article's own address when known. */
export interface Source {
  readonly path: string | null;
  readonly url: string | null;
}

/**
 * One article after ingest: normalized (NFC) body text and metadata.
 * `published` is ISO 8601: with an offset when the input states one (or `--timezone` gives it),
 * a local date-time without offset otherwise, `null` when unknown.
 */
export interface Article {
  readonly kind: "Article";
  readonly text: string;
  readonly title: string | null;
  readonly section: string | null;
  readonly published: string | null;
  readonly modified: string | null;
  readonly byline: string | null;
  readonly captions: readonly string[];
  readonly source: Source;
}

export function makeArticle(fields: Partial<Omit<Article, "kind">> & { text: string }): Article {
  return Object.freeze({
    kind: "Article" as const,
    text: toNFC(fields.text),
    title: fields.title ?? null,
    section: fields.section ?? null,
    published: fields.published ?? null,
    modified: fields.modified ?? null,
    byline: fields.byline ?? null,
    captions: Object.freeze([...(fields.captions ?? [])]),
    source: Object.freeze({ path: fields.source?.path ?? null, url: fields.source?.url ?? null }),
  });
}

/** NFC, skipping the full pass when no character could compose (all below U+0300). */
export function toNFC(text: string): string {
  return /[\u0300-\u{10FFFF}]/u.test(text) ? text.normalize("NFC") : text;
}
