import { type DomDocument, type DomElement, selectAll } from "./dom.js";
import { jsonLdArticles } from "./jsonld.js";
import { type LooseDate, parseLooseDate } from "./published.js";

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "article.published",
  "datepublished",
  "published_time",
  "published-date",
  "publish-date",
  "publishdate",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "citation_publication_date",
  "citation_date",
  "date_published",
  "originalpublicationdate",
  "article_date_original",
  "cxenseparse:recs:publishtime",
  "publication_date",
  "release_date",
];
const WEAK_META = ["date", "dc.date", "dcterms.date", "created", "og:pubdate", "displaydate", "timestamp"];
const MODIFIED_META = ["article:modified_time", "og:updated_time", "datemodified", "dateModified", "last-modified"];

const URL_DATE = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
const DATE_CLASS = /(?:^|[\s_-])(?:date|time|posted|published|pubdate|byline|meta|timestamp|dateline|entry-date)/i;
const VISIBLE_DATE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b/;
const PUBLISHED_CUE = /\b(?:published|posted|first published|date|on)\b[^\n]{0,20}$/i;

/**
 * The page's publication date as written (ISO or free text), chosen by priority: JSON-LD
 * datePublished, publication meta tags, `<time>` marked as publication, a date in the URL,
 * weaker meta, the first `<time>`, a visible date line; modification dates only as a last resort.
 */
export function publicationDate(
  doc: DomDocument,
  meta: ReadonlyMap<string, string>,
  url: string | null,
): string | null {
  const ld = jsonLdArticles(doc);
  const candidates: Array<() => string | null | undefined> = [
    () => ld.find((a) => a.datePublished)?.datePublished,
    () => firstMeta(meta, PUBLISHED_META),
    () => markedTime(doc),
    () => urlDate(url),
    () => ld.find((a) => a.dateCreated)?.dateCreated,
    () => firstMeta(meta, WEAK_META),
    () => firstTime(doc),
    () => visibleDate(doc),
    () => ld.find((a) => a.dateModified)?.dateModified,
    () => firstMeta(meta, MODIFIED_META),
  ];
  let first: LooseDate | null = null;
  let firstValue: string | null = null;
  for (const c of candidates) {
    const v = c()?.trim();
    const d = v ? parseLooseDate(v) : null;
    if (!v || !d) continue;
    if (first === null) {
      if (!isUtcTime(d)) return v;
      [first, firstValue] = [d, v];
      continue;
    }
    const local = localFor(first, d);
    if (local) return local;
  }
  return firstValue;
}

function isUtcTime(d: LooseDate): boolean {
  return d.time !== null && d.offset === 0;
}

/**
 * A UTC time is often the server's clock. When the page also states a local time (with an
 * offset, or a wall-clock time) near it, the local calendar day is the better one.
 */
function localFor(utc: LooseDate, other: LooseDate): string | null {
  const t = utc.time ?? { h: 0, m: 0, s: 0 };
  const instant = Date.UTC(utc.year, utc.month - 1, utc.day, t.h, t.m, t.s);
  if (other.time && other.offset !== null && other.offset !== 0) {
    return new Date(instant + other.offset * 60_000).toISOString().slice(0, 10);
  }
  const day = Date.UTC(other.year, other.month - 1, other.day);
  const near = Math.abs(day - Date.UTC(utc.year, utc.month - 1, utc.day)) <= 86_400_000;
  if (near && other.time && other.offset === null) {
    return `${other.year}-${String(other.month).padStart(2, "0")}-${String(other.day).padStart(2, "0")}`;
  }
  return null;
}

function firstMeta(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k.toLowerCase());
    if (v && parseLooseDate(v)) return v;
  }
  return null;
}

function timeValue(t: DomElement): string | null {
  const v = t.getAttribute("datetime") ?? t.getAttribute("content") ?? t.getAttribute("title") ?? t.textContent;
  return v?.trim() || null;
}

function markedTime(doc: DomDocument): string | null {
  const marked = selectAll(doc, "[itemprop=datePublished], time[pubdate], [class*=publish] time, time[class*=publish]");
  for (const t of marked) {
    const v = timeValue(t);
    if (v && parseLooseDate(v)) return v;
  }
  return null;
}

function firstTime(doc: DomDocument): string | null {
  for (const t of selectAll(doc, "time")) {
    const v = t.getAttribute("datetime")?.trim();
    if (v && parseLooseDate(v)) return v;
  }
  return null;
}

/** `/2020/03/11/` or `-20200311-` in the URL. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return parseLooseDate(iso) ? iso : null;
}

/** A date written in an element whose class names a date, or after a "Published" cue. */
function visibleDate(doc: DomDocument): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const el of selectAll(body, "[class], [id]").slice(0, 5000)) {
    const cls = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (!DATE_CLASS.test(cls)) continue;
    const text = (el.textContent ?? "").slice(0, 300);
    const m = VISIBLE_DATE.exec(text);
    if (m && parseLooseDate(m[0])) return m[0];
  }
  const text = (body.textContent ?? "").slice(0, 200_000);
  let from = 0;
  for (let n = 0; n < 200; n++) {
    const m = VISIBLE_DATE.exec(text.slice(from));
    if (!m) return null;
    const at = from + m.index;
    if (PUBLISHED_CUE.test(text.slice(Math.max(0, at - 40), at)) && parseLooseDate(m[0])) return m[0];
    from = at + m[0].length;
  }
  return null;
}
