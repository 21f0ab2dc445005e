/** A half-open range of JavaScript string indices into a Doc's text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The text a span covers. Offsets are the single source of truth; never store a copy. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function span(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The character span from token `first` to token `end - 1` (a half-open token range). */
export function tokenRangeSpan(tokens: readonly Span[], first: number, end: number): Span {
  const a = tokens[first];
  const b = tokens[end - 1];
  if (!a || !b || end <= first) throw new RangeError(`invalid token range [${first}, ${end})`);
  return { start: a.start, end: b.end };
}

/**
 * Index of the first token that starts at or after `offset`, or -1 (like `findIndex`). Tokens are in
 * text order and do not overlap, so this is a binary search.
 */
export function firstTokenFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/**
 * Index of the first token that ends after `offset` (tokens.length when none), by binary search: the
 * first token a span starting at `offset` can overlap.
 */
export function firstTokenEndingAfter(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token overlapping `span`, or -1 (like `findIndex` with `overlaps`), by binary search. */
export function firstTokenOverlapping(tokens: readonly Span[], span: Span): number {
  const lo = firstTokenEndingAfter(tokens, span.start);
  const t = tokens[lo];
  return t !== undefined && t.start < span.end && span.start < t.end ? lo : -1;
}

/** Whether span p is the possessor right before span `of` in text ("Putin" of "Putin's envoy"). */
export function possessorOf(text: string, p: Span, of: Span): boolean {
  return p.end < of.start && /^['’]s\s+$/.test(text.slice(p.end, of.start));
}
