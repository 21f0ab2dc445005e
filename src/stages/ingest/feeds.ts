import { attacheError } from "../../errors/catalogue.js";
import { parseDocument } from "./dom.js";
import { type DraftItem, oneLine } from "./draft.js";
import { blocksOf, joinBlocks } from "./html-text.js";

/**
 * RSS 2.0 / Atom: one article per `<item>` or `<entry>`. Scans tags with indexOf (linear time), so
 * a feed cut in half still yields its complete items; the broken tail becomes an E_FEED item.
 */
export function readFeed(xml: string, path: string): DraftItem[] {
  const tag = /<feed\b/.test(xml.slice(0, 4096)) ? "entry" : "item";
  const items: DraftItem[] = [];
  let pos = 0;
  for (let n = 1; ; n++) {
    const open = findOpen(xml, tag, pos);
    if (open === -1) break;
    const origin = `${path}#item${n}`;
    const close = xml.indexOf(`</${tag}>`, open);
    if (close === -1) {
      items.push({ ok: false, origin, error: attacheError("E_FEED", { input: path }, `${tag} ${n} is cut off`) });
      return items;
    }
    items.push(readItem(xml.slice(open, close), path, origin, n));
    pos = close + tag.length + 3;
  }
  if (items.length === 0) {
    items.push({ ok: false, origin: path, error: attacheError("E_FEED", { input: path }, `no <${tag}> elements`) });
  }
  return items;
}

function readItem(block: string, path: string, origin: string, n: number): DraftItem {
  const body = markupText(child(block, ["content:encoded", "content", "description", "summary"]));
  if (!body) {
    return {
      ok: false,
      origin,
      error: attacheError("E_NO_ARTICLE", { input: path }, `${origin}: item ${n} has no text`),
    };
  }
  const draft = {
    text: body,
    title: oneLine(markupText(child(block, ["title"]))),
    url: link(block),
    published: oneLine(
      decodeEntities(child(block, ["pubDate", "published", "dc:date", "updated", "a10:updated"]) ?? ""),
    ),
    modified: oneLine(decodeEntities(child(block, ["updated", "atom:updated"]) ?? "")),
    byline: oneLine(markupText(child(block, ["dc:creator", "author"]))),
    section: oneLine(markupText(child(block, ["category"]))),
  };
  return { ok: true, origin, draft };
}

/** Index of `<tag` followed by `>`, `/` or whitespace, from `from`. */
function findOpen(s: string, tag: string, from: number): number {
  for (let i = s.indexOf(`<${tag}`, from); i !== -1; i = s.indexOf(`<${tag}`, i + 1)) {
    const c = s[i + tag.length + 1];
    if (c === ">" || c === "/" || c === " " || c === "\n" || c === "\t") return i;
  }
  return -1;
}

/** Inner markup of the first child element with one of the names, or null. */
function child(block: string, names: readonly string[]): string | null {
  for (const name of names) {
    const open = findOpen(block, name, 1);
    if (open === -1) continue;
    const gt = block.indexOf(">", open);
    if (gt === -1 || block[gt - 1] === "/") continue;
    const close = block.indexOf(`</${name}>`, gt);
    if (close === -1) continue;
    return block.slice(gt + 1, close);
  }
  return null;
}

function link(block: string): string | null {
  const text = child(block, ["link"]);
  if (text?.trim()) return decodeEntities(stripCdata(text)).trim();
  for (let i = findOpen(block, "link", 0); i !== -1; i = findOpen(block, "link", i + 1)) {
    const tagText = block.slice(i, block.indexOf(">", i) + 1);
    const rel = /\brel\s*=\s*["']([^"']*)["']/.exec(tagText)?.[1] ?? "alternate";
    const href = /\bhref\s*=\s*["']([^"']*)["']/.exec(tagText)?.[1];
    if (href && rel === "alternate") return decodeEntities(href);
  }
  const guid = child(block, ["guid", "id"]);
  return guid && /^\s*https?:\/\//.test(guid) ? guid.trim() : null;
}

/** Element content (CDATA, escaped HTML or inline XHTML) -> plain text with paragraph breaks. */
function markupText(inner: string | null): string | null {
  if (inner === null) return null;
  const raw = stripCdata(inner);
  const html = /<[a-z!/]/i.test(raw) ? raw : decodeEntities(raw);
  if (!/<[a-z!/]/i.test(html)) return html.trim() || null;
  try {
    const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
    const text = doc.body ? joinBlocks(blocksOf(doc.body)) : "";
    return text.trim() || null;
  } catch {
    return null;
  }
}

function stripCdata(s: string): string {
  return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
