import { Readability } from "@mozilla/readability";
import { type DomDocument, type DomElement, selectAll } from "./dom.js";
import { cleanBlocks } from "./html-clean.js";
import { type Block, blocksOf } from "./html-text.js";

export interface HtmlBody {
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
}

/** Below this many characters readability's result is judged a failure and the fallback runs. */
const MIN_BODY = 250;

/**
 * The article body of a parsed page as paragraphs: readability first, the densest paragraph
 * container as fallback, then boilerplate clean-up. Mutates `doc` (readability prunes it).
 */
export function extractBody(doc: DomDocument, title: string | null): HtmlBody {
  const captions: string[] = [];
  const fallback = densestContainer(doc, captions);
  let blocks = readabilityBlocks(doc, captions);
  if (textLength(blocks) < MIN_BODY && textLength(fallback) > textLength(blocks)) blocks = fallback;
  return { paragraphs: cleanBlocks(blocks, title), captions };
}

function readabilityBlocks(doc: DomDocument, captions: string[]): Block[] {
  try {
    const reader = new Readability(doc as never, { serializer: (el: unknown) => el, charThreshold: 300 });
    const result = reader.parse();
    const content = result?.content as DomElement | null | undefined;
    return content ? blocksOf(content, captions) : [];
  } catch {
    return [];
  }
}

/** The element whose direct `<p>` children hold the most text; computed before readability prunes the page. */
function densestContainer(doc: DomDocument, captions: string[]): Block[] {
  const score = new Map<DomElement, number>();
  for (const p of selectAll(doc, "p")) {
    const parent = p.parentNode as DomElement | null;
    if (!parent) continue;
    const len = (p.textContent ?? "").trim().length;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  return best ? blocksOf(best, captions) : [];
}

function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}
