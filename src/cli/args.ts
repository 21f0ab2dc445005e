import { type ParseArgsConfig, parseArgs } from "node:util";
import { attacheError } from "../errors/catalogue.js";
import { defaultJobs } from "../pipeline/pool.js";
import { checkTimezone as checkZone } from "../stages/ingest/published.js";

/** Flags shared by the commands that read articles. */
export const ARTICLE_FLAGS = {
  published: { type: "string" },
  timezone: { type: "string" },
  jobs: { type: "string", short: "j" },
  help: { type: "boolean", short: "h" },
} as const;

export const ARTICLE_FLAGS_HELP = `  --published <ISO>   publication date for inputs that lack one (e.g. 2021-03-18T15:34:00+08:00)
  --timezone <IANA>   outlet time zone for inputs that state no offset (e.g. Asia/Shanghai)
  -j, --jobs <N>      worker threads (default: one per core)
  -h, --help          this help`;

/** Parse a command's arguments; unknown or malformed flags become an E_OPTION error. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true as const, strict: true as const });
  } catch (err) {
    throw attacheError("E_OPTION", null, err instanceof Error ? err.message : String(err));
  }
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw attacheError("E_OPTION", null, `--jobs must be a whole number from 1 to 256, got "${value}"`);
  }
  return n;
}

function checkTimezone(value: string | undefined): string | null {
  if (value === undefined) return null;
  const error = checkZone(value, "--timezone");
  if (error) throw error;
  return value;
}

function checkPublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw attacheError("E_DATE", null, value);
  }
  return value;
}

/** The validated run options shared by the commands that read articles. */
export interface ArticleRunOptions {
  readonly timezone: string | null;
  readonly published: string | undefined;
  readonly jobs: number;
}

export function articleRunOptions(values: { timezone?: string; published?: string; jobs?: string }): ArticleRunOptions {
  return {
    timezone: checkTimezone(values.timezone),
    published: checkPublished(values.published),
    jobs: parseJobs(values.jobs),
  };
}
