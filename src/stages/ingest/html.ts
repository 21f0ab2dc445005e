import { attacheError } from "../../errors/catalogue.js";
import { parseDocument } from "./dom.js";
import type { DraftItem } from "./draft.js";
import { extractBody, type HtmlBody } from "./html-body.js";
import { extractMeta, type HtmlMeta } from "./html-meta.js";

/** Below this many characters of body text a page holds no article. */
const MIN_ARTICLE = 80;

/** One HTML page -> one article: body via readability + clean-up, metadata from JSON-LD and meta tags. */
export function readHtml(html: string, path: string): DraftItem {
  let meta: HtmlMeta;
  let body: HtmlBody;
  try {
    const doc = parseDocument(html);
    if (!doc.documentElement) throw new Error("no document element");
    meta = extractMeta(doc);
    body = extractBody(doc, meta.title);
  } catch (err) {
    const detail = `unparsable HTML (${err instanceof Error ? err.message : String(err)})`;
    return { ok: false, origin: path, error: attacheError("E_NO_ARTICLE", { input: path }, detail) };
  }
  const text = body.paragraphs.join("\n\n");
  if (text.length < MIN_ARTICLE) {
    return {
      ok: false,
      origin: path,
      error: attacheError("E_NO_ARTICLE", { input: path }, "no article body in the page"),
    };
  }
  return {
    ok: true,
    origin: path,
    draft: {
      text,
      title: meta.title,
      section: meta.section,
      published: meta.published,
      modified: meta.modified,
      byline: meta.byline,
      captions: body.captions,
      url: meta.url,
    },
  };
}
