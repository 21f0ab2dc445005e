/**
 * Every error Attaché reports about its input, with a stable code. Messages are made here only,
 * so the CLI, the store and the tests all say the same thing.
 */
export const ERRORS = {
  E_READ: (detail: string) => `cannot read: ${detail}`,
  E_EMPTY: () => "empty input: no text",
  E_BINARY: (what: string) => `binary data, not text (${what})`,
  E_ENCODING: (detail: string) => `invalid text encoding: ${detail}`,
  E_GZIP: (detail: string) => `corrupt or truncated gzip: ${detail}`,
  E_TOO_LARGE: (bytes: number, limit: number) => `input of ${bytes} bytes exceeds the ${limit}-byte limit`,
  E_NO_ARTICLE: (detail: string) => `no article text found: ${detail}`,
  E_FEED: (detail: string) => `malformed feed: ${detail}`,
  E_JSONL: (detail: string) => `malformed JSON line: ${detail}`,
  E_DATE: (value: string) => `invalid date "${value}"`,
  E_TIMEZONE: (value: string) => `unknown IANA time zone "${value}"`,
  E_OPTION: (detail: string) => `invalid option: ${detail}`,
  E_LEXICON: (detail: string) => `invalid lexicon: ${detail}`,
  E_MODEL: (detail: string) => `cannot load model: ${detail}`,
  E_STORE: (detail: string) => `store error: ${detail}`,
  E_PIPELINE: (detail: string) => `pipeline error: ${detail}`,
  E_INTERNAL: (detail: string) => `internal error: ${detail}`,
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Where a problem was found: the input (a path, `-` for stdin, or a URL) and optionally a line. */
export interface ErrorLocation {
  readonly input: string;
  readonly line?: number;
}

export interface ErrorJSON {
  readonly code: ErrorCode;
  readonly message: string;
  readonly detail: string;
  readonly input: string | null;
  readonly line: number | null;
}

export class AttacheError extends Error {
  override readonly name = "AttacheError";
  constructor(
    readonly code: ErrorCode,
    /** The problem, without the location. */
    readonly detail: string,
    readonly location: ErrorLocation | null = null,
  ) {
    super(location ? `${formatLocation(location)}: ${detail}` : detail);
  }

  /** A plain object for JSON output and for crossing worker-thread boundaries. */
  toJSON(): ErrorJSON {
    return {
      code: this.code,
      message: this.message,
      detail: this.detail,
      input: this.location?.input ?? null,
      line: this.location?.line ?? null,
    };
  }
}

function formatLocation(loc: ErrorLocation): string {
  return loc.line === undefined ? loc.input : `${loc.input}:${loc.line}`;
}

/** Build an error from the catalogue: `fail("E_EMPTY", {input: path})`. */
export function attacheError<C extends ErrorCode>(
  code: C,
  location: ErrorLocation | null,
  ...args: Parameters<(typeof ERRORS)[C]>
): AttacheError {
  const make = ERRORS[code] as (...a: unknown[]) => string;
  return new AttacheError(code, make(...args), location);
}

/** Any thrown value as an AttacheError, keeping codes of errors that already are one. */
export function toAttacheError(err: unknown, location: ErrorLocation | null): AttacheError {
  if (err instanceof AttacheError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return attacheError("E_INTERNAL", location, detail);
}

/** Rebuild an error that crossed a thread boundary as JSON. */
export function fromErrorJSON(e: ErrorJSON): AttacheError {
  const location = e.input === null ? null : e.line === null ? { input: e.input } : { input: e.input, line: e.line };
  return new AttacheError(e.code, e.detail, location);
}
