import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.js";

/** A block of text from the DOM, with the tag that opened it (`p`, `h2`, `li`, ...). */
export interface Block {
  readonly tag: string;
  readonly text: string;
}

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TD",
  "TH",
  "THEAD",
  "TR",
  "UL",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "OBJECT",
  "EMBED",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
]);

/**
 * The text of an element as blocks: block elements split paragraphs, inline text is joined with
 * whitespace collapsed. `<figcaption>` text goes to `captions`, not to the blocks.
 */
export function blocksOf(root: DomNode, captions: string[] = []): Block[] {
  const blocks: Block[] = [];
  let buf = "";
  let tag = "P";
  const flush = (): void => {
    const t = buf.replace(/\s+/g, " ").trim();
    if (t) blocks.push({ tag: tag.toLowerCase(), text: t });
    buf = "";
  };
  const walk = (node: DomNode, blockTag: string): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as DomNode;
      if (child.nodeType === TEXT_NODE) {
        if (buf === "") tag = blockTag;
        buf += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIP.has(name)) continue;
      if (name === "FIGCAPTION") {
        const c = (child.textContent ?? "").replace(/\s+/g, " ").trim();
        if (c && !captions.includes(c)) captions.push(c);
        continue;
      }
      if (isHidden(child as DomElement)) continue;
      if (BLOCK.has(name)) {
        flush();
        if (name !== "BR") walk(child, headingOr(name, blockTag));
        flush();
      } else walk(child, blockTag);
    }
  };
  walk(root, "P");
  flush();
  return blocks;
}

function headingOr(name: string, outer: string): string {
  return /^(H[1-6]|LI|TD|TH|BLOCKQUOTE|PRE)$/.test(name) ? name : name === "P" ? "P" : outer;
}

function isHidden(el: DomElement): boolean {
  if (typeof el.getAttribute !== "function") return false;
  if (el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Blocks joined as paragraphs separated by one blank line. */
export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join("\n\n");
}
