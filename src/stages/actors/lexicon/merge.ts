import { existsSync } from "node:fs";
import { join } from "node:path";
import { parsePeopleTsv, readTextFile } from "./load.js";
import type { PersonRow } from "./schema.js";

/** Terms of two rows for the same office that share more than this many days are one term twice. */
const OVERLAP_DAYS = 30;
const DAY = 86_400_000;

/** First day of a YYYY / YYYY-MM / YYYY-MM-DD date, as epoch milliseconds. */
function startMs(d: string): number {
  return Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
}

/** Day after a YYYY / YYYY-MM / YYYY-MM-DD end date (the term runs until before it); null = open. */
function endMs(d: string | null): number {
  if (d === null) return Number.POSITIVE_INFINITY;
  if (d.length === 4) return Date.parse(`${Number(d) + 1}-01-01`);
  if (d.length === 7) {
    const [y, m] = d.split("-").map(Number);
    return Date.UTC(y ?? 0, m ?? 0, 1);
  }
  return Date.parse(d);
}

/** Lower case, no diacritics, hyphens and dots as spaces: "Jean-Yves Le Drian" ~ "JEAN_YVES_LE_DRIAN". */
export function personKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-._']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function namesOf(r: PersonRow): Set<string> {
  return new Set([r.name, ...r.aliases].map(personKey));
}

/** Days shared by the terms of two rows (0 when they do not meet). */
export function sharedDays(a: PersonRow, b: PersonRow): number {
  const from = Math.max(startMs(a.start), startMs(b.start));
  const to = Math.min(endMs(a.end), endMs(b.end));
  return to > from ? (to - from) / DAY : 0;
}

/**
 * `row` repeats or contradicts a row of `base`: the same country and role (case-insensitive), and
 * either the same person with terms that meet, or another person over the same months (a second
 * source disagreeing on who held the office: the first source wins).
 */
export function conflictsWith(base: readonly PersonRow[], row: PersonRow): boolean {
  const names = namesOf(row);
  return base.some((b) => {
    if (b.country !== row.country || b.role.toLowerCase() !== row.role.toLowerCase()) return false;
    const days = sharedDays(b, row);
    const same = [...namesOf(b)].some((n) => names.has(n));
    return same ? days > 0 || startMs(b.start) === startMs(row.start) : days > OVERLAP_DAYS;
  });
}

/**
 * people.tsv (hand-written) then people-countryinfo.tsv (generated), both validated; a generated row
 * for an office and months people.tsv already covers is dropped: the hand-written row wins.
 */
export function bundledPeople(dir: string): PersonRow[] {
  const mainFile = join(dir, "people.tsv");
  const main = parsePeopleTsv(mainFile, readTextFile(mainFile));
  const generatedFile = join(dir, "people-countryinfo.tsv");
  if (!existsSync(generatedFile)) return main;
  const generated = parsePeopleTsv(generatedFile, readTextFile(generatedFile));
  return [...main, ...generated.filter((g) => !conflictsWith(main, g))];
}
