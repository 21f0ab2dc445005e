import type { AttacheError } from "../../errors/catalogue.js";

/** What a format reader found, before dates are normalized and the Article is made. */
export interface Draft {
  readonly text: string;
  readonly title?: string | null;
  readonly section?: string | null;
  /** Dates as written in the input; normalized later. */
  readonly published?: string | null;
  readonly modified?: string | null;
  readonly byline?: string | null;
  readonly captions?: readonly string[];
  readonly url?: string | null;
  readonly bodyOffset?: number | null;
}

export type DraftItem =
  | { readonly ok: true; readonly draft: Draft; readonly origin: string }
  | { readonly ok: false; readonly error: AttacheError; readonly origin: string };

/** Collapses runs of whitespace and trims: for titles and other one-line fields. */
export function oneLine(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}
