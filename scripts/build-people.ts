/**
 * Generator: data/lexicons/actors/people-countryinfo.tsv from the <Leaders> and <Government> sections
 * of ../shared/data/countryinfo/CountryInfo.120116.txt (read at run time; CC BY-SA 3.0, Copyright (c)
 * 2012 Philip A. Schrodt). Keeps, for every country, the heads of state and government and the
 * foreign and defence ministers whose terms reach 1980-01-01 or later (the source's leaders go back
 * further; older news is rare), and drops rows people.tsv already has (same office, same months). Run after `npx tsc -p tsconfig.json`:
 * `node dist/scripts/build-people.js [CountryInfo file]`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePeopleTsv } from "../src/stages/actors/lexicon/load.js";
import { conflictsWith, personKey, sharedDays } from "../src/stages/actors/lexicon/merge.js";
import type { PersonRow } from "../src/stages/actors/lexicon/schema.js";

const SOURCE = process.argv[2] ?? "../shared/data/countryinfo/CountryInfo.120116.txt";
const DIR = "data/lexicons/actors";
const OUT = join(DIR, "people-countryinfo.tsv");

/**
 * <Leaders> sub-sections kept, by their lower-cased tag, and the role they give. Monarchs are left to
 * people.tsv: the source gives reigns that outlive its last update as open.
 */
const LEADER_ROLES: Record<string, string> = {
  presidents: "President",
  president: "President",
  "prime ministers": "government",
  "prime minister": "government",
  premiers: "government",
  chancellors: "Chancellor",
};
/** An office: a role as written, or a kind whose role name depends on the country (ROLE_NAMES). */
type Office = string;
/** <Government> titles kept (whole title, lower case) and the kind of office. */
const GOVERNMENT_TITLES: Record<string, Office> = {
  president: "President",
  "prime minister": "government",
  premier: "government",
  chancellor: "Chancellor",
  "minister of foreign affairs": "foreign",
  "minister of foreign affairs and trade": "foreign",
  "minister of foreign relations": "foreign",
  "minister of foreign relations, international trade, and worship": "foreign",
  "minister of external affairs": "foreign",
  "secretary of foreign relations": "foreign",
  "secretary of state for foreign and commonwealth affairs": "foreign",
  "minister of defense": "defence",
  "minister of national defense": "defence",
  "minister for defense": "defence",
  "secretary of national defense": "defence",
  "secretary of state for defense": "defence",
  "secretary of state for defence": "defence",
};
/** The role name people.tsv uses for each office, where a country names it its own way. */
const ROLE_NAMES: Record<string, Record<string, string>> = {
  government: { CHN: "Premier", "": "Prime Minister" },
  foreign: {
    GBR: "Foreign Secretary",
    USA: "Secretary of State",
    IND: "External Affairs Minister",
    "": "Foreign Minister",
  },
  defence: { GBR: "Defence Secretary", USA: "Secretary of Defense", "": "Defence Minister" },
};
/** <Government> lists office holders from Jan 2003 ("<") to Feb 2011 (">"). */
const GOVERNMENT_FIRST = "2003-01";
const GOVERNMENT_LAST = "2011-02";
/** <Leaders> were kept up to date until about 2009: a "still in office" mark is trusted until then. */
const LEADERS_LAST = "2009-01";
const FROM = "1980-01-01";
/** The date of the CountryInfo file (CountryInfo.120116). */
const SOURCE_DATE = "2012-01-16";
const PARTICLES = new Set([
  "de",
  "da",
  "di",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "van",
  "von",
  "der",
  "zu",
  "bin",
  "ibn",
]);
const ROMAN = /^(i|ii|iii|iv|v|vi)$/;

/** "VLADIMIR_PUTIN_" -> "Vladimir Putin"; "MASSIMO_D'ALEMA_" -> "Massimo D'Alema". */
export function properName(raw: string): string {
  const words = raw
    .replace(/_+$/, "")
    .split(/_+/)
    .filter((w) => w.length > 0);
  return words
    .map((w, i) => {
      const low = w.toLowerCase();
      // "de la Rua": "la" after a particle is one too ("La Russa" alone keeps its capital)
      if (i > 0 && (PARTICLES.has(low) || (low === "la" && PARTICLES.has((words[i - 1] ?? "").toLowerCase()))))
        return low;
      if (ROMAN.test(low) && i > 0) return low.toUpperCase();
      return low
        .replace(/(^|[-'.])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase())
        .replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
    })
    .join(" ");
}

/** "20041131" -> "2004-11-30" (the source has some impossible days); "20040101" stays a day. */
function isoDay(d: string): string {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = Math.min(Number(d.slice(6, 8)), last);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${String(day).padStart(2, "0")}`;
}

interface Term {
  start: string;
  end: string | null;
}

/** A date bracket body: "19990518 - 20060515", ">20060515" (still in office), "<20060531". */
function term(body: string, first: string, last: string): Term | null {
  const range = /^(\d{8})\s*-\s*(\d{8})$/.exec(body);
  if (range) return { start: isoDay(range[1] ?? ""), end: isoDay(range[2] ?? "") };
  const open = /^>\s*(\d{8})$/.exec(body);
  // Still in office at the last update; one taken after it was still held when the file was dated.
  if (open) {
    const start = isoDay(open[1] ?? "");
    return { start, end: start <= last ? last : SOURCE_DATE };
  }
  const before = /^<\s*(\d{8})$/.exec(body);
  if (before) return { start: first, end: isoDay(before[1] ?? "") };
  return null;
}

/** The names of an entry: "{A}{B}" -> [A, B]; "A" -> [A]. */
function entryNames(head: string): string[] {
  const braced = [...head.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
  const names = (braced.length > 0 ? braced : [head.trim()]).map(properName).filter((n) => n.includes(" "));
  return [...new Set(names)];
}

function row(names: string[], country: string, role: string, t: Term): PersonRow {
  return { name: names[0] ?? "", aliases: names.slice(1), country, sector: "GOV", role, start: t.start, end: t.end };
}

function roleName(office: Office, country: string): string {
  const names = ROLE_NAMES[office];
  return names === undefined ? office : (names[country] ?? names[""] ?? office);
}

function leaders(country: string, section: string): PersonRow[] {
  const out: PersonRow[] = [];
  let role: string | null = null;
  for (const line of section.split("\n")) {
    const text = line.replace(/#.*/, "").trim();
    const tag = /^<(\/?)([^>]+)>$/.exec(text);
    if (tag) {
      role = tag[1] === "/" ? null : (LEADER_ROLES[(tag[2] ?? "").toLowerCase()] ?? null);
      continue;
    }
    if (role === null || text === "") continue;
    const head = text.split("[")[0] ?? "";
    const names = entryNames(head);
    if (names.length === 0) continue;
    for (const m of text.matchAll(/\[([^\]:]+)\]/g)) {
      const t = term((m[1] ?? "").trim(), "", LEADERS_LAST);
      if (t !== null && t.start !== "") out.push(row(names, country, roleName(role, country), t));
    }
  }
  return out;
}

function government(country: string, section: string): PersonRow[] {
  const out: PersonRow[] = [];
  for (const line of section.split("\n")) {
    const hash = line.indexOf("#");
    if (hash < 0) continue;
    const titles = line
      .slice(hash + 1)
      .split("&")
      .map((t) =>
        t
          .replace(/"[^"]*"/g, "")
          .trim()
          .toLowerCase(),
      );
    const brackets = [...line.slice(0, hash).matchAll(/\[[A-Z]{3,}\s+([^\]]+)\]/g)].map((m) => (m[1] ?? "").trim());
    // one title per bracket, or one title for all; otherwise which term is which office is unknown
    if (titles.length !== brackets.length && titles.length !== 1) continue;
    const names = entryNames(line.slice(0, hash).split("[")[0] ?? "");
    if (names.length === 0) continue;
    brackets.forEach((b, i) => {
      const title = titles.length === 1 ? (titles[0] ?? "") : (titles[i] ?? "");
      const kind = GOVERNMENT_TITLES[title];
      const t = term(b, GOVERNMENT_FIRST, GOVERNMENT_LAST);
      if (kind !== undefined && t !== null) out.push(row(names, country, roleName(kind, country), t));
    });
  }
  return out;
}

function section(block: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m?.[1] ?? "";
}

function recent(r: PersonRow): boolean {
  return r.end === null || r.end >= FROM;
}

/** Rows of <Government> for a term <Leaders> already gives (same person and office) are dropped. */
function merge(lead: PersonRow[], gov: PersonRow[]): PersonRow[] {
  const kept = [...lead];
  for (const g of gov) {
    const dup = kept.some(
      (k) =>
        k.country === g.country &&
        k.role === g.role &&
        personKey(k.name) === personKey(g.name) &&
        (sharedDays(k, g) > 0 || k.start === g.start),
    );
    if (!dup) kept.push(g);
  }
  return kept;
}

function main(): void {
  const text = readFileSync(SOURCE, "utf8");
  const hand = parsePeopleTsv(join(DIR, "people.tsv"), readFileSync(join(DIR, "people.tsv"), "utf8"));
  const rows: PersonRow[] = [];
  let skipped = 0;
  for (const m of text.matchAll(/<Country>([\s\S]*?)<\/Country>/g)) {
    const block = m[1] ?? "";
    const country = /<CountryCode>([A-Z]{3})<\/CountryCode>/.exec(block)?.[1] ?? "";
    if (country === "") continue;
    const all = merge(leaders(country, section(block, "Leaders")), government(country, section(block, "Government")));
    for (const r of all.filter(recent)) {
      if (conflictsWith(hand, r) || conflictsWith(rows, r)) skipped++;
      else rows.push(r);
    }
  }
  rows.sort(
    (a, b) => a.country.localeCompare(b.country) || a.role.localeCompare(b.role) || a.start.localeCompare(b.start),
  );
  const header = [
    "# GENERATED by scripts/build-people.ts - do not edit; hand-written rows go to people.tsv (which wins).",
    "# Source: CountryInfo.120116.txt, <Leaders> (rulers.org) and <Government> (CIA World Leaders 2003-2011),",
    '# "Copyright (c) 2012 Philip A. Schrodt", licensed CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/).',
    "# This file is a derived work under the same licence. Terms open in the source end at its last update.",
    "# name\taliases (| separated)\tcountry\tsector\trole\tstart\tend",
  ];
  const lines = rows.map((r) =>
    [r.name, r.aliases.join("|"), r.country, r.sector, r.role, r.start, r.end ?? ""].join("\t"),
  );
  writeFileSync(OUT, `${[...header, ...lines].join("\n")}\n`);
  console.log(`${OUT}: ${rows.length} rows (${skipped} skipped: already in people.tsv or repeated)`);
}

main();
