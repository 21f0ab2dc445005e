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
