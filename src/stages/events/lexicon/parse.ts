import { attacheError } from "../../../errors/catalogue.js";
import { type Condition, Effect, Family, type TriggerEntry } from "./schema.js";

const VALUE_KINDS = new Set([
  "prt",
  "obj",
  "objmod",
  "objprep",
  "obl",
  "xcomp",
  "head",
  "mod",
  "goal",
  "comp",
  "compsubj",
  "subj",
  "label",
  "verdict",
  "obln",
  "story",
  "case",
]);
const BARE_KINDS = new Set([
  "pass",
  "act",
  "objactor",
  "objparty",
  "objthing",
  "objevent",
  "joint",
  "unlabelled",
  "labelled",
  "intrans",
  "noterms",
  "question",
  "speech",
  "conditional",
  "igo",
  "objplace",
  "objarmed",
]);

/** Named word classes of the lexicon (classes.tsv), referred to as `@name` in a list of lemmas. */
export type WordClasses = ReadonlyMap<string, readonly string[]>;

/** A `|`-separated list of lemmas, lower-cased, each `@name` replaced by the lemmas of that class. */
export function lemmaList(raw: string, classes: WordClasses, where: string): string[] {
  return raw
    .toLowerCase()
    .split("|")
    .filter(Boolean)
    .flatMap((w) => {
      if (!w.startsWith("@")) return [w];
      const members = classes.get(w.slice(1));
      if (!members) throw attacheError("E_LEXICON", { input: where }, `unknown word class "${w}"`);
      return members;
    });
}

/** Parses the `when` column: `obj=treaty|deal obl=with pass` ("-" for none). */
export function parseWhen(when: string, where: string, classes: WordClasses = new Map()): Condition[] {
  if (when === "-") return [];
  return when.split(/\s+/).map((part) => {
    const eq = part.indexOf("=");
    const kind = eq < 0 ? part : part.slice(0, eq);
    if (eq < 0) {
      if (!BARE_KINDS.has(kind)) throw attacheError("E_LEXICON", { input: where }, `unknown condition "${part}"`);
      return { kind } as Condition;
    }
    if (!VALUE_KINDS.has(kind)) throw attacheError("E_LEXICON", { input: where }, `unknown condition "${part}"`);
    const raw = part.slice(eq + 1);
    const values = raw === "*" ? "*" : new Set(lemmaList(raw, classes, where));
    return { kind, values } as Condition;
  });
}

/** What a family's complement becomes when the entry does not say: requested acts are not coded. */
const FAMILY_INNER: Record<Family, Effect> = {
  appeal: "drop",
  demand: "drop",
  intent: "planned",
  reject: "negated",
  threaten: "hypothetical",
};

function specificity(when: readonly Condition[]): number {
  return when.reduce((n, c) => n + ("values" in c && c.values !== "*" ? 2 : 1), 0);
}

/** Builds a trigger entry from one validated TSV row. */
export function toTrigger(
  rule: string,
  lemma: string,
  pos: "V" | "A" | "N",
  when: string,
  cameo: string,
  flags: string,
  where: string,
  classes: WordClasses = new Map(),
): TriggerEntry {
  const f = new Map<string, string>();
  for (const part of flags === "-" ? [] : flags.split(/\s+/)) {
    const eq = part.indexOf("=");
    f.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? "" : part.slice(eq + 1));
  }
  const known = new Set([
    "sym",
    "inner",
    "family",
    "target",
    "plover",
    "mode",
    "mirror",
    "dest",
    "host",
    "state",
    "refused",
  ]);
  for (const k of f.keys()) {
    if (!known.has(k)) throw attacheError("E_LEXICON", { input: where }, `unknown flag "${k}" in ${rule}`);
  }
  const inner = f.get("inner");
  const family = f.get("family");
  const parsedInner = inner === undefined ? null : Effect.safeParse(inner);
  const parsedFamily = family === undefined ? null : Family.safeParse(family);
  if (parsedInner && !parsedInner.success) throw attacheError("E_LEXICON", { input: where }, `bad inner= in ${rule}`);
  if (parsedFamily && !parsedFamily.success)
    throw attacheError("E_LEXICON", { input: where }, `bad family= in ${rule}`);
  const conditions = parseWhen(when, where, classes);
  return Object.freeze({
    rule,
    lemma: lemma.toLowerCase(),
    pos,
    when: conditions,
    cameo,
    symmetric: f.has("sym"),
    inner: parsedInner?.success ? parsedInner.data : parsedFamily?.success ? FAMILY_INNER[parsedFamily.data] : null,
    family: parsedFamily?.success ? parsedFamily.data : null,
    targets: f.get("target")?.split(",") ?? null,
    plover: f.get("plover") ?? null,
    mode: f.get("mode") ?? null,
    mirror: f.get("mirror") ?? null,
    dest: f.has("dest"),
    host: f.has("host"),
    state: f.get("state") ?? null,
    refused: f.get("refused") ?? null,
    specificity: specificity(conditions),
  });
}

/** Splits a TSV file into rows of cells, skipping blank and `#` lines; keeps 1-based line numbers. */
export function tsvRows(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === "" || l.startsWith("#")) return;
    out.push({ line: i + 1, cells: l.split("\t").map((c) => c.trim()) });
  });
  return out;
}
