import { type DomDocument, selectAll } from "./dom.js";
import { publicationDate } from "./html-date.js";
import { jsonLdArticles } from "./jsonld.js";

export interface HtmlMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly modified: string | null;
  readonly byline: string | null;
  readonly section: string | null;
  readonly url: string | null;
}

/** `<meta>` values keyed by lower-cased `property`, `name` or `itemprop` (first value wins). */
export function metaValues(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of selectAll(doc, "meta")) {
    const key = m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop");
    const value = m.getAttribute("content");
    if (key && value?.trim() && !out.has(key.toLowerCase())) out.set(key.toLowerCase(), value.trim());
  }
  return out;
}

/** Title, dates, author, section and canonical URL from JSON-LD, meta tags and `<link rel=canonical>`. */
export function extractMeta(doc: DomDocument, pageUrl: string | null = null): HtmlMeta {
  const meta = metaValues(doc);
  const ld = jsonLdArticles(doc)[0] ?? null;
  const pick = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };
  const canonical = selectAll(doc, 'link[rel="canonical"]')[0]?.getAttribute("href")?.trim() || null;
  const url = absolute(canonical ?? pick("og:url") ?? ld?.url ?? null, pageUrl) ?? pageUrl;
  const h1 = selectAll(doc, "h1")[0]?.textContent?.replace(/\s+/g, " ").trim() || null;
  const title = ld?.headline ?? pick("og:title", "twitter:title", "headline") ?? h1 ?? stripSiteName(doc.title);
  const date = publicationDate(doc, meta, url);
  return {
    title: title ? title.replace(/\s+/g, " ").trim() : null,
    published: date,
    modified: ld?.dateModified ?? pick("article:modified_time", "og:updated_time", "datemodified") ?? null,
    byline: ld?.author ?? pick("author", "article:author", "byl", "parsely-author", "dc.creator") ?? null,
    section: ld?.section ?? pick("article:section", "section", "parsely-section") ?? null,
    url,
  };
}

function stripSiteName(title: string): string | null {
  const t = (title ?? "").replace(/\s+/g, " ").trim();
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/);
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : t;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}
