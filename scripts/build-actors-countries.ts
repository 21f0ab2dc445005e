/**
 * One-off generator: data/lexicons/actors/countries.json from the `world-countries` package
 * (ODbL 1.0). Run after `npx tsc`: `node dist/scripts/build-actors-countries.js`.
 * Hand-written additions (short and former names, extra adjectives, seats of power) live in
 * data/lexicons/actors/country-extras.json and are merged at load time, not here.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  region: string;
  subregion?: string;
}

const require = createRequire(import.meta.url);
const countries = require("world-countries") as WorldCountry[];

const latin = /^[A-Za-z][A-Za-z .'-]+$/;

function names(c: WorldCountry): string[] {
  const out = new Set<string>([c.name.common, c.name.official]);
  for (const alt of c.altSpellings) {
    if (alt.length >= 3 && latin.test(alt) && !alt.includes(",")) out.add(alt);
  }
  return [...out];
}

const rows = countries
  .map((c) => ({
    code: c.cca3,
    name: c.name.common,
    names: names(c),
    adjectives: c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])].filter((a) => a.length > 0) : [],
    capitals: (c.capital ?? []).filter((x) => latin.test(x)),
    region: c.region,
    subregion: c.subregion ?? null,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const out = join(process.cwd(), "data/lexicons/actors/countries.json");
writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);
process.stdout.write(`wrote ${rows.length} countries to ${out}\n`);
