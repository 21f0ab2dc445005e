/** A plain-text article split into its header fields and body. */
export interface TextArticle {
  readonly title: string | null;
  readonly section: string | null;
  /** The date as written on a `Published:` line, unparsed. */
  readonly published: string | null;
  readonly byline: string | null;
  readonly captions: readonly string[];
  readonly body: string;
  /**
   * Index of `body` in the input when the body is one contiguous slice of it
   * (`input.slice(bodyOffset, bodyOffset + body.length) === body`); null when lines inside it were removed.
   */
  readonly bodyOffset: number | null;
}

interface Line {
  readonly start: number;
  readonly text: string;
}

const MAX_HEADER_LINE = 300;
const SECTION = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\s&/,.'’-]*$/u;
const PUBLISHED = /^(?:Published|Updated|Posted|Date)\s*:\s*(.+)$/i;
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,8}\s*$/u;
const CAPTION = /\b(?:Photo|Photograph|Image|Picture|Credit|File photo)s?\s*:\s*\S/i;
const SENTENCE_END = /[.;:]["'”’]?$/;

/**
 * Splits the common news header off a plain-text article: section line in capitals, headline,
 * `Published: ...`, bylines and photo captions; or, in the plain layout, a headline line followed
 * by a blank line. The body keeps its characters exactly; header and caption lines are removed.
 */
export function parseTextArticle(input: string): TextArticle {
  const lines = splitLines(input);
  let i = skipBlank(lines, 0);
  let section: string | null = null;
  let title: string | null = null;
  let published: string | null = null;
  let byline: string | null = null;
  const captions: string[] = [];
  const first = lines[i];
  const second = lines[i + 1];
  if (first && second && isSection(first.text) && isHeadline(second.text)) {
    section = first.text.trim();
    title = second.text.trim();
    i += 2;
  } else if (first && isHeadline(first.text) && headlineFollowedByBody(lines, i)) {
    title = first.text.trim();
    i += 1;
  }
  // Header lines: dates, bylines and captions, separated or not by blank lines.
  for (i = skipBlank(lines, i); i < lines.length; i = skipBlank(lines, i + 1)) {
    const t = (lines[i] as Line).text.trim();
    if (t.length > MAX_HEADER_LINE) break;
    const pub = PUBLISHED.exec(t);
    if (pub) published ??= (pub[1] as string).trim();
    else if (BYLINE.test(t)) byline ??= t.slice(3).trim();
    else if (CAPTION.test(t)) addCaption(captions, t);
    else break;
  }
  return { title, section, published, byline, ...body(lines, i, captions), captions };
}

function body(lines: readonly Line[], from: number, captions: string[]): { body: string; bodyOffset: number | null } {
  let last = lines.length - 1;
  while (last >= from && (lines[last] as Line).text.trim() === "") last--;
  if (last < from) return { body: "", bodyOffset: null };
  const kept: Line[] = [];
  let removed = false;
  for (let i = from; i <= last; i++) {
    const line = lines[i] as Line;
    const t = line.text.trim();
    const isCaption = t.length <= MAX_HEADER_LINE && (captions.includes(t) || isStandaloneCaption(lines, i));
    if (isCaption) {
      addCaption(captions, t);
      removed = true;
      if (lines[i + 1]?.text.trim() === "") i++;
    } else kept.push(line);
  }
  const text = kept.map((l) => l.text).join("\n");
  const start = (lines[from] as Line).start;
  return { body: trimTrailingBreaks(text), bodyOffset: removed ? null : start };
}

/** A caption paragraph inside the body: one short line ending with `Photo: X`, blank lines around it. */
function isStandaloneCaption(lines: readonly Line[], i: number): boolean {
  const t = (lines[i] as Line).text.trim();
  const blankAround = (lines[i - 1]?.text.trim() ?? "") === "" && (lines[i + 1]?.text.trim() ?? "") === "";
  return blankAround && t.length < 200 && /\b(?:Photo|Photograph|Image|Picture)s?\s*:\s*[^.]{1,60}\.?$/i.test(t);
}

/** Drops trailing newlines, spaces and tabs, keeping a final no-break space as written. */
function trimTrailingBreaks(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === "\n" || s[end - 1] === " " || s[end - 1] === "\t")) end--;
  return s.slice(0, end);
}

function addCaption(captions: string[], t: string): void {
  if (!captions.includes(t)) captions.push(t);
}

function isSection(t: string): boolean {
  const s = t.trim();
  return s.length >= 2 && s.length <= 80 && SECTION.test(s) && /\p{Lu}{2}/u.test(s);
}

function isHeadline(t: string): boolean {
  const s = t.trim();
  if (s.length < 3 || s.length > 200 || s.split(/\s+/).length > 30) return false;
  if (PUBLISHED.test(s) || BYLINE.test(s)) return false;
  return !SENTENCE_END.test(s) || /\.\.\.$|…$/.test(s);
}

/** Plain layout: the headline is alone in its paragraph and more text follows. */
function headlineFollowedByBody(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  if (next.text.trim() === "") return skipBlank(lines, i + 1) < lines.length;
  return PUBLISHED.test(next.text.trim()) || BYLINE.test(next.text.trim());
}

function skipBlank(lines: readonly Line[], i: number): number {
  let j = i;
  while (j < lines.length && (lines[j] as Line).text.trim() === "") j++;
  return j;
}

function splitLines(s: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let nl = s.indexOf("\n"); nl !== -1; nl = s.indexOf("\n", start)) {
    out.push({ start, text: s.slice(start, nl) });
    start = nl + 1;
  }
  out.push({ start, text: s.slice(start) });
  return out;
}
