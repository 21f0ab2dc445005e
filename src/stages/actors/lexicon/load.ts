import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { attacheError } from "../../../errors/catalogue.js";
import {
  ORG_COLUMNS,
  type OrgRow,
  orgRowSchema,
  PEOPLE_COLUMNS,
  PEOPLE_GROUP_COLUMNS,
  type PeopleGroupRow,
  type PersonRow,
  peopleGroupRowSchema,
  personRowSchema,
  TERRITORY_COLUMNS,
  type TerritoryRow,
  territoryRowSchema,
} from "./schema.js";

/** data/lexicons/actors of the installed package, found by walking up from this module. */
export function defaultActorDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "data", "lexicons", "actors");
    if (existsSync(join(candidate, "countries.json"))) return candidate;
    dir = resolve(dir, "..");
  }
  throw attacheError("E_LEXICON", null, "data/lexicons/actors not found above the module directory");
}

function issueText(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `field "${i.path.join(".") || "(root)"}": ${i.message}`).join("; ");
}

export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw attacheError("E_LEXICON", { input: path }, (err as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw attacheError("E_LEXICON", { input: path }, issueText(parsed.error.issues));
  return parsed.data;
}

function splitAliases(cell: string): string[] {
  return cell
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parse a TSV lexicon: `#` comments and blank lines skipped; errors name file, line and field. */
function readTsv<T>(
  path: string,
  text: string,
  columns: readonly string[],
  build: (cells: string[]) => unknown,
  schema: z.ZodType<T>,
  check: (row: T) => string | null = () => null,
): T[] {
  const rows: T[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (cells.length < columns.length - 1 || cells.length > columns.length) {
      throw attacheError(
        "E_LEXICON",
        { input: path, line: i + 1 },
        `expected ${columns.length} tab-separated columns (${columns.join(", ")}), found ${cells.length}`,
      );
    }
    while (cells.length < columns.length) cells.push("");
    const parsed = schema.safeParse(build(cells.map((c) => c.trim())));
    if (!parsed.success) {
      throw attacheError("E_LEXICON", { input: path, line: i + 1 }, issueText(parsed.error.issues));
    }
    const problem = check(parsed.data);
    if (problem !== null) throw attacheError("E_LEXICON", { input: path, line: i + 1 }, problem);
    rows.push(parsed.data);
  }
  return rows;
}

export function parsePeopleTsv(path: string, text: string): PersonRow[] {
  return readTsv(
    path,
    text,
    PEOPLE_COLUMNS,
    (c) => ({
      name: c[0],
      aliases: splitAliases(c[1] ?? ""),
      country: c[2],
      sector: c[3],
      role: c[4],
      start: c[5],
      end: c[6] === "" ? null : c[6],
    }),
    personRowSchema,
    // an end by month or year covers its whole month or year: "2010-06" does not end before "2010-06-15"
    (r) =>
      r.end !== null && r.end < r.start && !r.start.startsWith(r.end)
        ? `field "end" (${r.end}) is before "start" (${r.start})`
        : null,
  );
}

export function parseOrgTsv(path: string, text: string): OrgRow[] {
  return readTsv(
    path,
    text,
    ORG_COLUMNS,
    (c) => ({ name: c[0], aliases: splitAliases(c[1] ?? ""), country: c[2] === "" ? null : c[2], sector: c[3] }),
    orgRowSchema,
  );
}

export function parseTerritoryTsv(path: string, text: string): TerritoryRow[] {
  return readTsv(
    path,
    text,
    TERRITORY_COLUMNS,
    (c) => ({
      name: c[0],
      aliases: splitAliases(c[1] ?? ""),
      country: c[2] === "" ? null : c[2],
      adjectives: splitAliases(c[3] ?? ""),
    }),
    territoryRowSchema,
  );
}

export function parsePeopleGroupTsv(path: string, text: string): PeopleGroupRow[] {
  return readTsv(
    path,
    text,
    PEOPLE_GROUP_COLUMNS,
    (c) => ({
      adjectives: splitAliases(c[0] ?? ""),
      nouns: splitAliases(c[1] ?? ""),
      country: c[2] === "" ? null : c[2],
    }),
    peopleGroupRowSchema,
  );
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw attacheError("E_LEXICON", { input: path }, (err as Error).message);
  }
}
