export type InputFormat = "text" | "html" | "feed" | "jsonl";

const HEAD = 4096;
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|script|link)\b/i;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)\b/;

/** The format of decoded input, judged by content; the file extension only breaks ties. */
export function sniffFormat(text: string, path: string): InputFormat {
  const start = firstNonSpace(text);
  const head = text.slice(start, start + HEAD);
  const ext = extension(path);
  if (head.startsWith("<")) {
    if (FEED_ROOT.test(head) && !/<html\b/i.test(head)) return "feed";
    if (HTML_TAG.test(head)) return "html";
    if (head.startsWith("<?xml")) return ext === "html" || ext === "htm" ? "html" : "feed";
    return ext === "xml" || ext === "rss" || ext === "atom" ? "feed" : "html";
  }
  if (
    head.startsWith("{") &&
    (ext === "jsonl" || ext === "ndjson" || ext === "json" || looksLikeJsonLine(text, start))
  ) {
    return "jsonl";
  }
  return "text";
}

function looksLikeJsonLine(text: string, start: number): boolean {
  const nl = text.indexOf("\n", start);
  const line = text.slice(start, nl === -1 ? text.length : nl).trimEnd();
  if (!line.endsWith("}")) return false;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && /\s/.test(s[i] as string)) i++;
  return i;
}

/** Lower-case extension without the dot, `.gz` ignored: `a/b.HTML.gz` -> `html`. */
export function extension(path: string): string {
  const base = path.toLowerCase().replace(/\.gz$/, "");
  const slash = Math.max(base.lastIndexOf("/"), base.lastIndexOf("\\"));
  const dot = base.lastIndexOf(".");
  return dot > slash ? base.slice(dot + 1) : "";
}
