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
