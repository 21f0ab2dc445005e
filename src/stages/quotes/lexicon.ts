import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";

export type CueKind = "speech" | "tell" | "announce" | "directive" | "opinion" | "cognitive";

export interface CueEntry {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly particles: readonly string[];
  readonly clauseOnly: boolean;
  readonly needsAs: boolean;
  /** A directive whose object and complement are content even without "that" (warned China against ...). */
  readonly objectContent: boolean;
  /** An opinion verb whose quoted fragment is the speaker's own words ("described X as "a defining moment""). */
  readonly ownWords: boolean;
  /** An infinitive right after the verb is the content ("claims to own"). */
  readonly infinitive: boolean;
  /** The object plus a phrase with this preposition is the content ("blamed X on Y"), or null. */
  readonly prepContent: string | null;
}

/** Compiled lookups of data/lexicons/quotes. */
export interface QuoteLexicon {
  /** Lowercased surface form -> cue entry. */
  readonly cueForms: ReadonlyMap<string, CueEntry>;
  readonly cueLemmas: ReadonlyMap<string, CueEntry>;
  readonly statementNouns: ReadonlySet<string>;
  /** "according to" and friends, as lowercased word arrays. */
  readonly according: readonly (readonly string[])[];
  /** Lowercased head noun -> anonymous class. */
  readonly anonymous: ReadonlyMap<string, string>;
  readonly settingNouns: ReadonlySet<string>;
  readonly settingPrepositions: ReadonlySet<string>;
}

const CueFile = z.object({
  verbs: z.array(
    z.object({
      lemma: z.string().min(1),
      kind: z.enum(["speech", "tell", "announce", "directive", "opinion", "cognitive"]),
      forms: z.array(z.string().min(1)).optional(),
      particle: z.string().optional(),
      clauseOnly: z.boolean().optional(),
      needsAs: z.boolean().optional(),
      objectContent: z.boolean().optional(),
      ownWords: z.boolean().optional(),
      infinitive: z.boolean().optional(),
      prepContent: z.string().optional(),
    }),
  ),
  nouns: z.array(z.string().min(1)),
  according: z.array(z.string().min(1)),
});

const AnonymousFile = z.object({ classes: z.record(z.string(), z.array(z.string().min(1))) });
const SettingsFile = z.object({
  settingNouns: z.array(z.string().min(1)),
  settingPrepositions: z.array(z.string().min(1)),
});

/** Regular inflections of a verb lemma: say -> says, said is irregular and listed in the data. */
export function regularForms(lemma: string): string[] {
  const forms = new Set([lemma]);
  const cvc = /[^aeiou][aeiou][bdgmnpt]$/.test(lemma) && lemma.length <= 4;
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (lemma.endsWith("e")) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else if (cvc) {
    const last = lemma.slice(-1);
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

function parseFile<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw attacheError("E_LEXICON", { input: path }, err instanceof Error ? err.message : String(err));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw attacheError("E_LEXICON", { input: path }, `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Compile the three JSON files found in `dir`. */
export function loadQuoteLexicon(dir: string): QuoteLexicon {
  const cues = parseFile(join(dir, "cues.json"), CueFile);
  const anon = parseFile(join(dir, "anonymous.json"), AnonymousFile);
  const settings = parseFile(join(dir, "settings.json"), SettingsFile);
  const cueForms = new Map<string, CueEntry>();
  const cueLemmas = new Map<string, CueEntry>();
  for (const v of cues.verbs) {
    const entry: CueEntry = {
      lemma: v.lemma,
      kind: v.kind,
      particles: v.particle ? v.particle.split("|") : [],
      clauseOnly: v.clauseOnly ?? false,
      needsAs: v.needsAs ?? false,
      objectContent: v.objectContent ?? false,
      ownWords: v.ownWords ?? false,
      infinitive: v.infinitive ?? false,
      prepContent: v.prepContent ?? null,
    };
    cueLemmas.set(v.lemma, entry);
    for (const form of v.forms ?? regularForms(v.lemma)) {
      if (!cueForms.has(form)) cueForms.set(form.toLowerCase(), entry);
    }
  }
  const anonymous = new Map<string, string>();
  for (const [cls, nouns] of Object.entries(anon.classes)) {
    for (const noun of nouns) if (!anonymous.has(noun)) anonymous.set(noun.toLowerCase(), cls);
  }
  return {
    cueForms,
    cueLemmas,
    statementNouns: new Set(cues.nouns.map((n) => n.toLowerCase())),
    according: cues.according.map((a) => a.toLowerCase().split(/\s+/)),
    anonymous,
    settingNouns: new Set(settings.settingNouns.map((n) => n.toLowerCase())),
    settingPrepositions: new Set(settings.settingPrepositions.map((n) => n.toLowerCase())),
  };
}

/** data/lexicons/quotes of the project this module belongs to (found by walking up from here). */
export function defaultLexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "data", "lexicons", "quotes");
    if (existsSync(join(candidate, "cues.json"))) return candidate;
    dir = dirname(dir);
  }
  throw attacheError("E_LEXICON", null, "data/lexicons/quotes not found above the quotes stage");
}

let cached: QuoteLexicon | null = null;

/** The project's quote lexicon, loaded once per thread. */
export function quoteLexicon(): QuoteLexicon {
  cached ??= loadQuoteLexicon(defaultLexiconDir());
  return cached;
}
