import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";
import { defaultModelDir } from "../syntax/model-files.js";

const RulesFile = z.object({
  titles: z.array(z.string().min(1)),
  enders: z.array(z.string().min(1)),
  prefixes: z.array(z.string().min(1)),
  sentenceStarters: z.array(z.string().min(1)),
  unitSuffixes: z.array(z.string().min(1)),
  nounCompounds: z.array(z.string().regex(/^(\S+ \S+|[^\s-]+-[^\s-]+)$/, "two words, or one word with a hyphen")),
  attributiveParticiples: z.array(z.string().min(1)),
});

/** Tokenizer word lists (lowercase, without final period). */
export interface SegmentRules {
  readonly titles: ReadonlySet<string>;
  readonly enders: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  readonly unitSuffixes: ReadonlySet<string>;
  /** Two-word nouns whose first word the tagger may read as a verb ("tear gas"), as "first second". */
  readonly nounCompounds: ReadonlySet<string>;
  /** The first words of `nounCompounds`. */
  readonly compoundStarts: ReadonlySet<string>;
  /** Participles that are adjectives between a determiner or preposition and a noun ("neighbouring"). */
  readonly attributiveParticiples: ReadonlySet<string>;
}

export const RULES_FILE = "segment-rules.json";

let cached: SegmentRules | null = null;

/** The tokenizer rules from data/models/segment-rules.json, validated and cached. */
export function segmentRules(dir = defaultModelDir()): SegmentRules {
  if (cached) return cached;
  const path = join(dir, RULES_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw attacheError("E_LEXICON", { input: path }, err instanceof Error ? err.message : String(err));
  }
  const r = RulesFile.safeParse(raw);
  if (!r.success) throw attacheError("E_LEXICON", { input: path }, r.error.message);
  const set = (a: readonly string[]): ReadonlySet<string> => new Set(a.map((s) => s.toLowerCase()));
  cached = {
    titles: set(r.data.titles),
    enders: set(r.data.enders),
    prefixes: set(r.data.prefixes),
    sentenceStarters: set(r.data.sentenceStarters),
    unitSuffixes: set(r.data.unitSuffixes),
    nounCompounds: set(r.data.nounCompounds),
    compoundStarts: set(r.data.nounCompounds.map((c) => c.split(" ")[0] ?? "")),
    attributiveParticiples: set(r.data.attributiveParticiples),
  };
  return cached;
}
