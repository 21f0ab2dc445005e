import { readdirSync, readFileSync } from "node:fs";
import { basename, delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { attacheError } from "../../../errors/catalogue.js";
import { lemmaList, toTrigger, tsvRows } from "./parse.js";
import { placeRows } from "./places.js";
import {
  type CameoInfo,
  CameoRow,
  ClassRow,
  DiscardRow,
  DomesticRow,
  type Effect,
  Family,
  type GoalEntry,
  GoalRow,
  type GroupNoun,
  GroupRow,
  LabelRow,
  type Lexicon,
  LocativeRow,
  MeasureRow,
  type ModalityRole,
  ModalityRow,
  OwnedRow,
  type Place,
  ThreatRow,
  type TriggerEntry,
  TriggerRow,
} from "./schema.js";

/** The lexicon folder shipped with Attaché (data/lexicons/events). */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL("../../../../../data/lexicons/events/", import.meta.url));

function rowsOf<T extends z.ZodType>(schema: T, path: string): { line: number; row: z.infer<T> }[] {
  return tsvRows(readFileSync(path, "utf8")).map(({ line, cells }) => {
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw attacheError(
        "E_LEXICON",
        { input: path, line },
        `${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
      );
    }
    return { line, row: parsed.data };
  });
}

/** The lower-cased lemmas of every one-column file of a prefix ("measures", "proxies", "authoring"). */
function lemmaSet(dirs: readonly string[], prefix: string): Set<string> {
  const out = new Set<string>();
  for (const path of filesOf(dirs, prefix)) {
    for (const { row } of rowsOf(MeasureRow, path)) out.add(row[0].toLowerCase());
  }
  return out;
}

function filesOf(dirs: readonly string[], prefix: string): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      throw attacheError("E_LEXICON", { input: dir }, "lexicon folder not found");
    }
    for (const n of names.sort()) if (n.startsWith(prefix) && n.endsWith(".tsv")) out.push(join(dir, n));
  }
  return out;
}

const stem = (path: string) => basename(path, ".tsv");

/**
 * Loads and validates the event lexicon: the shipped folder plus any user folders (also from the
 * `ATTACHE_EVENT_LEXICONS` environment variable, `:`-separated). Files are picked by name prefix:
 * `classes*.tsv`, `verbs*.tsv`, `nouns*.tsv`, `goals*.tsv`, `modality*.tsv`, `discards*.tsv`, `gazetteer*.tsv`, `groups*.tsv`, `locative*.tsv`, `owned*.tsv`, `threats*.tsv`, `refusals*.tsv`, `pledges*.tsv`, `measures*.tsv`, `tallies*.tsv`, `referents*.tsv`, `labels*.tsv`, `sides*.tsv`, `solitary*.tsv`, `proxies*.tsv`, `authoring*.tsv`, `sessions*.tsv`, `venues*.tsv`, `places*.tsv`, `promised*.tsv`, `domestic*.tsv`, `outcomes*.tsv`, `disasters*.tsv`.
 */
export function loadLexicon(extraDirs: readonly string[] = []): Lexicon {
  const env = process.env.ATTACHE_EVENT_LEXICONS;
  const dirs = [DEFAULT_LEXICON_DIR, ...extraDirs, ...(env ? env.split(delimiter).filter(Boolean) : [])];

  const cameo = new Map<string, CameoInfo>();
  for (const { row } of rowsOf(CameoRow, join(DEFAULT_LEXICON_DIR, "cameo.tsv"))) {
    const [code, plover, mode, goldstein, quad, label] = row;
    cameo.set(code, {
      code,
      plover: plover === "-" ? null : plover,
      mode: mode === "-" ? null : mode,
      goldstein: Number(goldstein),
      quadClass: Number(quad),
      label,
    });
  }
  const checkCode = (code: string, path: string, line: number) => {
    if (!cameo.has(code)) throw attacheError("E_LEXICON", { input: path, line }, `unknown CAMEO code ${code}`);
  };

  const disasters = lemmaSet(dirs, "disasters");
  // word classes first: the trigger and goal files refer to them as @name (disasters.tsv is @disasters)
  const classes = new Map<string, string[]>([["disasters", [...disasters]]]);
  for (const path of filesOf(dirs, "classes")) {
    for (const { line, row } of rowsOf(ClassRow, path)) {
      const [name, lemmas] = row;
      if (classes.has(name)) throw attacheError("E_LEXICON", { input: path, line }, `duplicate word class ${name}`);
      classes.set(name, lemmaList(lemmas, classes, `${path}:${line}`));
    }
  }

  const triggers = new Map<string, TriggerEntry[]>();
  const ids = new Set<string>();
  const rank = new Map<TriggerEntry, number>();
  const triggerFiles = dirs.flatMap((d, k) =>
    [...filesOf([d], "verbs"), ...filesOf([d], "nouns")].map((p) => ({ p, k })),
  );
  for (const { p: path, k: folder } of triggerFiles) {
    for (const { line, row } of rowsOf(TriggerRow, path)) {
      const [id, lemma, pos, when, code, flags] = row;
      const rule = `${stem(path)}/${id}`;
      if (ids.has(rule)) throw attacheError("E_LEXICON", { input: path, line }, `duplicate rule id ${rule}`);
      ids.add(rule);
      checkCode(code, path, line);
      const entry = toTrigger(rule, lemma, pos, when, code, flags, `${path}:${line}`, classes);
      if (entry.mirror) checkCode(entry.mirror, path, line);
      if (entry.state) checkCode(entry.state, path, line);
      if (entry.refused) checkCode(entry.refused, path, line);
      rank.set(entry, folder);
      const list = triggers.get(entry.lemma) ?? [];
      list.push(entry);
      triggers.set(entry.lemma, list);
    }
  }
  // Equally specific entries: a user folder's entry beats a shipped one (later folders win).
  for (const list of triggers.values())
    list.sort((a, b) => b.specificity - a.specificity || (rank.get(b) ?? 0) - (rank.get(a) ?? 0));

  const goals: GoalEntry[] = [];
  for (const path of filesOf(dirs, "goals")) {
    for (const { line, row } of rowsOf(GoalRow, path)) {
      const [id, lemmas, ...codes] = row;
      const byFamily = {} as Record<Family, string | null>;
      Family.options.forEach((fam, i) => {
        const c = codes[i] ?? "-";
        if (c !== "-") checkCode(c, path, line);
        byFamily[fam] = c === "-" ? null : c;
      });
      const words = new Set(lemmaList(lemmas, classes, `${path}:${line}`));
      goals.push({ rule: `${stem(path)}/${id}`, lemmas: words, codes: byFamily });
    }
  }

  const modality = new Map<ModalityRole, Map<string, { rule: string; effect: Effect }>>();
  for (const path of filesOf(dirs, "modality")) {
    for (const { row } of rowsOf(ModalityRow, path)) {
      const [id, lemma, role, effect] = row;
      const m = modality.get(role) ?? new Map();
      m.set(lemma.toLowerCase(), { rule: `${stem(path)}/${id}`, effect });
      modality.set(role, m);
    }
  }

  const discards = new Map<string, { rule: string; domain: string }>();
  for (const path of filesOf(dirs, "discards")) {
    for (const { row } of rowsOf(DiscardRow, path)) {
      const [id, words, domain] = row;
      for (const w of words.toLowerCase().split("|")) discards.set(w, { rule: `${stem(path)}/${id}`, domain });
    }
  }

  const places = new Map<string, Place>();
  // Within a file, a name's later rows are its places elsewhere; a later file's row is what the name
  // means, the earlier file's places of other countries staying its places elsewhere.
  for (const path of filesOf(dirs, "gazetteer")) {
    const seen = new Set<string>();
    for (const place of placeRows(path)) {
      const key = place.name.toLowerCase();
      const known = places.get(key);
      if (known && seen.has(key)) {
        places.set(key, { ...known, others: [...(known.others ?? []), place] });
        continue;
      }
      seen.add(key);
      const { others: _, ...earlier } = known ?? place;
      const elsewhere = known ? [earlier, ...(known.others ?? [])].filter((p) => p.country !== place.country) : [];
      places.set(key, elsewhere.length ? { ...place, others: elsewhere } : place);
    }
  }
  const groups = new Map<string, GroupNoun>();
  for (const path of filesOf(dirs, "groups")) {
    for (const { row } of rowsOf(GroupRow, path)) {
      const [lemma, sector, alone] = row;
      groups.set(lemma.toLowerCase(), { sector, alone: alone === "yes" });
    }
  }
  const locative: string[] = [];
  for (const path of filesOf(dirs, "locative")) {
    for (const { line, row } of rowsOf(LocativeRow, path)) {
      checkCode(row[0], path, line);
      locative.push(row[0]);
    }
  }
  const owned = new Map<string, "communication" | "proposal" | "policy" | "act">();
  for (const path of filesOf(dirs, "owned")) {
    for (const { row } of rowsOf(OwnedRow, path)) owned.set(row[0].toLowerCase(), row[1]);
  }
  const prefixTable = (name: string) => {
    const out: { prefix: string; code: string }[] = [];
    for (const path of filesOf(dirs, name)) {
      for (const { line, row } of rowsOf(ThreatRow, path)) {
        checkCode(row[1], path, line);
        out.push({ prefix: row[0], code: row[1] });
      }
    }
    return out.sort((a, b) => b.prefix.length - a.prefix.length);
  };
  const threats = prefixTable("threats");
  const refusals = prefixTable("refusals");
  const pledges = prefixTable("pledges");
  const measures = lemmaSet(dirs, "measures");
  const tallies = lemmaSet(dirs, "tallies");
  const outcomes = lemmaSet(dirs, "outcomes");
  const referents = lemmaSet(dirs, "referents");
  const promised: string[] = [];
  for (const path of filesOf(dirs, "promised")) {
    for (const { line, row } of rowsOf(LocativeRow, path)) {
      checkCode(row[0], path, line);
      promised.push(row[0]);
    }
  }
  const proxies = lemmaSet(dirs, "proxies");
  const authoring = lemmaSet(dirs, "authoring");
  const sessions = lemmaSet(dirs, "sessions");
  const venues = lemmaSet(dirs, "venues");
  const placeNouns = lemmaSet(dirs, "places");
  const sides: string[] = [];
  for (const path of filesOf(dirs, "sides")) {
    for (const { line, row } of rowsOf(LocativeRow, path)) {
      checkCode(row[0], path, line);
      sides.push(row[0]);
    }
  }
  const solitary: string[] = [];
  for (const path of filesOf(dirs, "solitary")) {
    for (const { line, row } of rowsOf(LocativeRow, path)) {
      checkCode(row[0], path, line);
      solitary.push(row[0]);
    }
  }
  const domestic = new Map<string, "state" | "people">();
  for (const path of filesOf(dirs, "domestic")) {
    for (const { row } of rowsOf(DomesticRow, path)) domestic.set(row[0], row[1]);
  }
  const labels = new Map<string, "negative" | "positive">();
  for (const path of filesOf(dirs, "labels")) {
    for (const { row } of rowsOf(LabelRow, path)) labels.set(row[0].toLowerCase(), row[1]);
  }
  return {
    domestic,
    labels,
    triggers,
    goals,
    modality,
    discards,
    cameo,
    places,
    groups,
    locative,
    owned,
    threats,
    refusals,
    pledges,
    measures,
    tallies,
    referents,
    outcomes,
    disasters,
    sides,
    solitary,
    proxies,
    authoring,
    sessions,
    venues,
    placeNouns,
    promised,
  };
}

let cached: Lexicon | null = null;

/** The default lexicon, loaded once per thread. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
