import { readFileSync } from "node:fs";
import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";

const schema = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  ambiguousMonths: z.array(z.string()),
  weekdays: z.record(z.string(), z.number().int().min(1).max(7)),
  weekdayNamePrefixes: z.array(z.string()),
  numbers: z.record(z.string(), z.number().int().positive()),
  ordinals: z.record(z.string(), z.number().int().min(1).max(4)),
  units: z.record(z.string(), z.enum(["MI", "H", "D", "W", "M", "Y", "DE", "CE", "Q"])),
  dayParts: z.array(z.string()),
  eventNouns: z.array(z.string()),
  sessionNouns: z.array(z.string()),
  anchorPrepositions: z.record(z.string(), z.enum(["after", "before"])),
  futureCues: z.array(z.string()),
  pastAuxiliaries: z.array(z.string()),
  irregularPast: z.array(z.string()),
  invariantPast: z.array(z.string()),
  scheduleModifiers: z.array(z.string()),
  countNouns: z.array(z.string()),
  monthFirstZones: z.array(z.string()),
});

export type UnitCode = "MI" | "H" | "D" | "W" | "M" | "Y" | "DE" | "CE" | "Q";

/** The times lexicon with lists turned into sets for lookup. */
export interface TimesLexicon {
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly weekdayNamePrefixes: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, UnitCode>;
  readonly dayParts: ReadonlySet<string>;
  readonly eventNouns: ReadonlySet<string>;
  readonly sessionNouns: ReadonlySet<string>;
  readonly anchorPrepositions: ReadonlyMap<string, "after" | "before">;
  readonly futureCues: ReadonlySet<string>;
  readonly pastAuxiliaries: ReadonlySet<string>;
  readonly irregularPast: ReadonlySet<string>;
  /** Verbs whose present and past forms coincide ("beat", "set"). */
  readonly invariantPast: ReadonlySet<string>;
  /** Modifiers that make an event noun scheduled ("the scheduled visit"). */
  readonly scheduleModifiers: ReadonlySet<string>;
  readonly countNouns: ReadonlySet<string>;
  readonly monthFirstZones: readonly string[];
}

const LEXICON_URL = new URL("../../../../data/lexicons/times/lexicon.json", import.meta.url);
let cached: TimesLexicon | null = null;

/** Parse and validate lexicon JSON text; throws E_LEXICON when malformed. */
export function parseTimesLexicon(json: string, input = "times lexicon"): TimesLexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw attacheError("E_LEXICON", { input }, (err as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw attacheError("E_LEXICON", { input }, parsed.error.message);
  const l = parsed.data;
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    months: new Map(Object.entries(l.months)),
    ambiguousMonths: lower(l.ambiguousMonths),
    weekdays: new Map(Object.entries(l.weekdays)),
    weekdayNamePrefixes: lower(l.weekdayNamePrefixes),
    numbers: new Map(Object.entries(l.numbers)),
    ordinals: new Map(Object.entries(l.ordinals)),
    units: new Map(Object.entries(l.units)),
    dayParts: lower(l.dayParts),
    eventNouns: lower(l.eventNouns),
    sessionNouns: lower(l.sessionNouns),
    anchorPrepositions: new Map(Object.entries(l.anchorPrepositions)),
    futureCues: lower(l.futureCues),
    pastAuxiliaries: lower(l.pastAuxiliaries),
    irregularPast: lower(l.irregularPast),
    invariantPast: lower(l.invariantPast),
    scheduleModifiers: lower(l.scheduleModifiers),
    countNouns: lower(l.countNouns),
    monthFirstZones: l.monthFirstZones,
  };
}

/** The lexicon shipped in data/lexicons/times, loaded once per thread. */
export function timesLexicon(): TimesLexicon {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(LEXICON_URL, "utf8");
  } catch (err) {
    throw attacheError("E_LEXICON", { input: LEXICON_URL.pathname }, (err as Error).message);
  }
  cached = parseTimesLexicon(text, LEXICON_URL.pathname);
  return cached;
}
