import { type Article, makeArticle } from "../../doc/article.js";
import { type AttacheError, attacheError, toAttacheError } from "../../errors/catalogue.js";
import type { Draft, DraftItem } from "./draft.js";
import { decodeBytes, toNFC } from "./encoding.js";
import { readFeed } from "./feeds.js";
import { readHtml } from "./html.js";
import { readJsonLines } from "./jsonl.js";
import { checkTimezone, normalizePublished } from "./published.js";
import { sniffFormat } from "./sniff.js";
import { parseTextArticle } from "./text-header.js";

export interface IngestOptions {
  /** ISO date for inputs that state none (`--published`). */
  readonly published?: string | undefined;
  /** IANA zone of the outlet (`--timezone`): gives local times without an offset their offset. */
  readonly timezone?: string | undefined;
}

/**
 * One article or one error per input unit. `origin` is the path, `path:line` for JSON Lines or
 * `path#item3` for feeds. `bodyOffset` (plain text only): where `article.text` starts in the decoded
 * input when the body is a contiguous slice of it.
 */
export type IngestItem =
  | { readonly ok: true; readonly article: Article; readonly origin: string; readonly bodyOffset?: number }
  | { readonly ok: false; readonly error: AttacheError; readonly origin: string };

/** Bytes of one input (file, stdin or URL) -> articles. Never throws: failures are error items. */
export function ingestBytes(bytes: Buffer, path: string, opts: IngestOptions = {}): IngestItem[] {
  try {
    const tz = opts.timezone;
    const tzError = tz === undefined ? null : checkTimezone(tz, path);
    if (tzError) return [{ ok: false, origin: path, error: tzError }];
    let fallback: string | null = null;
    if (opts.published !== undefined) {
      fallback = normalizePublished(opts.published, tz);
      if (!fallback)
        return [{ ok: false, origin: path, error: attacheError("E_DATE", { input: path }, opts.published) }];
    }
    const decoded = decodeBytes(bytes, path);
    if (!decoded.ok) return [{ ok: false, origin: path, error: decoded.error }];
    return ingestText(decoded.text, path).map((item) => finish(item, path, tz, fallback));
  } catch (err) {
    return [{ ok: false, origin: path, error: toAttacheError(err, { input: path }) }];
  }
}

/** Decoded text -> drafts, by sniffed format. */
export function ingestText(text: string, path: string): DraftItem[] {
  switch (sniffFormat(text, path)) {
    case "html":
      return [readHtml(text, path)];
    case "feed":
      return readFeed(text, path);
    case "jsonl":
      return readJsonLines(text, path);
    case "text": {
      const t = parseTextArticle(text);
      const { body, bodyOffset, ...rest } = t;
      return [{ ok: true, origin: path, draft: { ...rest, text: body, bodyOffset } }];
    }
  }
}

function finish(item: DraftItem, path: string, tz: string | undefined, fallback: string | null): IngestItem {
  if (!item.ok) return item;
  const d: Draft = item.draft;
  const text = toNFC(d.text);
  if (text.trim() === "") {
    return {
      ok: false,
      origin: item.origin,
      error: attacheError("E_NO_ARTICLE", { input: item.origin }, "no body text"),
    };
  }
  const published = (d.published ? normalizePublished(d.published, tz) : null) ?? fallback;
  const article = makeArticle({
    text,
    title: d.title ?? null,
    section: d.section ?? null,
    published,
    modified: d.modified ? normalizePublished(d.modified, tz) : null,
    byline: d.byline ?? null,
    captions: d.captions ?? [],
    source: { path, url: d.url ?? null },
  });
  const offset = d.bodyOffset;
  return typeof offset === "number"
    ? { ok: true, origin: item.origin, article, bodyOffset: offset }
    : { ok: true, origin: item.origin, article };
}
