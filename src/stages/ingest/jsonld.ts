import { type DomDocument, selectAll } from "./dom.js";

/** The fields of schema.org article objects found in a page's JSON-LD. */
export interface JsonLdArticle {
  readonly type: string;
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateCreated: string | null;
  readonly dateModified: string | null;
  readonly author: string | null;
  readonly section: string | null;
  readonly url: string | null;
}

const ARTICLE_TYPES =
  /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Posting)$/;
const MAX_OBJECTS = 500;

/** Article-like JSON-LD objects, including those inside `@graph` and arrays; article types first. */
export function jsonLdArticles(doc: DomDocument): JsonLdArticle[] {
  const objects: Record<string, unknown>[] = [];
  for (const script of selectAll(doc, 'script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? "").replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, "");
    try {
      collect(JSON.parse(raw) as unknown, objects, 0);
    } catch {
      // A page's broken JSON-LD is ignored; other signals still apply.
    }
  }
  const found = objects.map(toArticle).filter((a): a is JsonLdArticle => a !== null);
  return [...found.filter((a) => ARTICLE_TYPES.test(a.type)), ...found.filter((a) => !ARTICLE_TYPES.test(a.type))];
}

function collect(v: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || out.length > MAX_OBJECTS) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
  } else if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("@type" in o) out.push(o);
    if (o["@graph"]) collect(o["@graph"], out, depth + 1);
    if (o.mainEntity && typeof o.mainEntity === "object") collect(o.mainEntity, out, depth + 1);
  }
}

function toArticle(o: Record<string, unknown>): JsonLdArticle | null {
  const types = ([] as unknown[]).concat(o["@type"]).filter((t): t is string => typeof t === "string");
  const type = types.find((t) => ARTICLE_TYPES.test(t)) ?? types[0];
  if (!type || !/Article|Posting|Report|WebPage|Blog|CreativeWork|VideoObject/.test(type)) return null;
  return {
    type,
    headline: str(o.headline) ?? str(o.name),
    datePublished: str(o.datePublished),
    dateCreated: str(o.dateCreated) ?? str(o.uploadDate),
    dateModified: str(o.dateModified),
    author: names(o.author ?? o.creator),
    section: str(o.articleSection),
    url: str(o.url) ?? url(o.mainEntityOfPage),
  };
}

function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function url(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object")
    return str((v as Record<string, unknown>)["@id"]) ?? str((v as Record<string, unknown>).url);
  return null;
}

function names(v: unknown): string | null {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list
    .map((a) =>
      typeof a === "string" ? a : a && typeof a === "object" ? str((a as Record<string, unknown>).name) : null,
    )
    .filter((s): s is string => !!s && !/^https?:/.test(s));
  return out.length ? out.join(", ") : null;
}
