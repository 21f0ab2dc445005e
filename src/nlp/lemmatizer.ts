import { candidates, type Inflection, inflectionBit, inflectionOf, lemmaClass, PREFIXES } from "./morphology.js";

/**
 * Lemmatizer tables learned from a treebank. Lookups back off from the exact tag to the coarse
 * class to the bare form; forms seen in none of them get morphological candidates checked
 * against the known-lemma vocabulary, and a spelling heuristic when no candidate is known.
 */
export interface LemmaTables {
  /** "XPOS\tlowercased form" -> lemma, where the coarser levels would be wrong. */
  readonly exceptions: ReadonlyMap<string, string>;
  /** "class\tlowercased form" -> lemma (class: V, N, J, R or the XPOS itself; see `lemmaClass`). */
  readonly classExceptions: ReadonlyMap<string, string>;
  /** Lowercased form -> lemma for forms with one lemma in training (used for inflected tags only). */
  readonly formExceptions: ReadonlyMap<string, string>;
  /** Known lemma (lowercase) -> word-class bits (see morphology.ts). */
  readonly vocab: ReadonlyMap<string, number>;
}

const WORDLIKE = /^[a-z][a-z']*$/i;
/** Short all-capital words keep a final S: PBS, USGS, AIDS (but NGOs, MPs lose theirs). */
const ACRONYM = /^[A-Z]{1,3}S$/;
/** Numbers with thousands separators lose them (treebank convention): 12,000 -> 12000. */
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Lemma of a token: proper nouns keep their form (plural ones lose the plural); others are lowercased. */
export function lemmatize(tables: LemmaTables, form: string, upos: string, xpos: string): string {
  const low = form.toLowerCase();
  const exc = tables.exceptions.get(`${xpos}\t${low}`);
  if (exc !== undefined) return exc;
  if (upos === "PROPN") return xpos === "NNPS" ? guess(tables, form, "plural") : form;
  if (xpos === "NNS" && ACRONYM.test(form) && !tables.classExceptions.has(`N\t${low}`)) return low;
  return lemmaBelowTag(tables, low, xpos);
}

/** The lemma from the class, form and morphology levels (no exact-tag exceptions, not a proper noun). */
export function lemmaBelowTag(tables: LemmaTables, low: string, xpos: string): string {
  const cls = lemmaClass(xpos);
  const byClass = tables.classExceptions.get(`${cls}\t${low}`);
  if (byClass !== undefined) return byClass;
  const infl = inflectionOf(xpos);
  if (infl === "none") return xpos === "CD" && GROUPED_NUMBER.test(low) ? low.replaceAll(",", "") : low;
  const byForm = tables.formExceptions.get(low);
  if (byForm !== undefined) return byForm;
  const dash = low.lastIndexOf("-");
  if (dash > 0 && dash < low.length - 2) {
    // re-elected -> re-elect, cease-fires -> cease-fire; "cross-border" read as a comparative keeps its
    // form unless its tail's stem is a known word
    const tail = low.slice(dash + 1);
    const stem = lemmaBelowTag(tables, tail, xpos);
    const degree = infl === "er" || infl === "est";
    if (degree && stem !== tail && !tables.vocab.has(stem)) return low;
    return low.slice(0, dash + 1) + stem;
  }
  return guess(tables, low, infl, cls);
}

/**
 * The first candidate that is a known lemma of the right class, else of any class, else an
 * irregular or known stem behind a prefix (overtook -> overtake, reimposed -> reimpose), else the
 * spelling heuristic's first candidate.
 */
export function guess(tables: LemmaTables, form: string, infl: Inflection, cls = "N"): string {
  const cands = candidates(form, infl);
  const known = pickKnown(tables, cands, infl);
  if (known !== undefined) return known;
  const low = form.toLowerCase();
  if (WORDLIKE.test(low)) {
    for (const p of PREFIXES) {
      if (!low.startsWith(p) || low.length - p.length < 3) continue;
      const rest = low.slice(p.length);
      const irregular = tables.classExceptions.get(`${cls}\t${rest}`) ?? tables.formExceptions.get(rest);
      if (irregular !== undefined && irregular !== rest) return form.slice(0, p.length) + irregular;
      // only the best guess for the stem, so "pre+sumed" cannot pick "sum"
      const [best] = candidates(rest, infl);
      if (best !== rest && ((tables.vocab.get(best) ?? 0) & inflectionBit(infl)) !== 0) {
        return form.slice(0, p.length) + best;
      }
    }
  }
  return cands[0];
}

function pickKnown(
  tables: LemmaTables,
  cands: readonly string[],
  infl: Inflection,
  sameClassOnly = false,
): string | undefined {
  const bit = inflectionBit(infl);
  for (const c of cands) if (((tables.vocab.get(c.toLowerCase()) ?? 0) & bit) !== 0) return c;
  if (sameClassOnly) return undefined;
  for (const c of cands) if (tables.vocab.has(c.toLowerCase())) return c;
  return undefined;
}

/** What the lemmatizer needs of one tag class, worked out once. */
interface TagLemmaInfo {
  readonly upos: string;
  readonly xpos: string;
  readonly infl: Inflection;
  /** Exact-tag exceptions of this XPOS, by lowercased form. */
  readonly byTag: ReadonlyMap<string, string>;
  /** Class exceptions of this XPOS's lemma class, by lowercased form. */
  readonly byClass: ReadonlyMap<string, string>;
}

const NO_EXCEPTIONS: ReadonlyMap<string, string> = new Map();

/** Split "key\tform" -> lemma entries into key -> (form -> lemma). */
function byKey(entries: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [k, lemma] of entries) {
    const tab = k.indexOf("\t");
    if (tab < 0) continue; // no key: never looked up by `lemmatize` either
    const key = k.slice(0, tab);
    let m = out.get(key);
    if (!m) {
      m = new Map();
      out.set(key, m);
    }
    m.set(k.slice(tab + 1), lemma);
  }
  return out;
}

/**
 * `lemmatize` for the tag classes of a tagger, with the exception tables split by tag and by class
 * once, so that a token costs lookups by its lowercased form and no key building. `lemma(form, t)`
 * equals `lemmatize(tables, form, upos[t], xpos[t])`.
 */
export class Lemmatizer {
  private readonly info: readonly TagLemmaInfo[];
  private readonly nounClass: ReadonlyMap<string, string>;

  constructor(
    readonly tables: LemmaTables,
    upos: readonly string[],
    xpos: readonly string[],
  ) {
    const byTag = byKey(tables.exceptions);
    const byClass = byKey(tables.classExceptions);
    this.info = xpos.map((x, t) => ({
      upos: upos[t],
      xpos: x,
      infl: inflectionOf(x),
      byTag: byTag.get(x) ?? NO_EXCEPTIONS,
      byClass: byClass.get(lemmaClass(x)) ?? NO_EXCEPTIONS,
    }));
    this.nounClass = byClass.get("N") ?? NO_EXCEPTIONS;
  }

  /** Lemma of `form` tagged with tag class `t` (the order of the lists given to the constructor). */
  lemma(form: string, t: number): string {
    const tag = this.info[t];
    const low = form.toLowerCase();
    const exc = tag.byTag.get(low);
    if (exc !== undefined) return exc;
    const xpos = tag.xpos;
    if (tag.upos === "PROPN") return xpos === "NNPS" ? guess(this.tables, form, "plural") : form;
    if (xpos === "NNS" && ACRONYM.test(form) && !this.nounClass.has(low)) return low;
    // the first levels of `lemmaBelowTag`, which the rarer paths below re-enter
    const byClass = tag.byClass.get(low);
    if (byClass !== undefined) return byClass;
    if (tag.infl === "none") return xpos === "CD" && GROUPED_NUMBER.test(low) ? low.replaceAll(",", "") : low;
    const byForm = this.tables.formExceptions.get(low);
    if (byForm !== undefined) return byForm;
    return lemmaBelowTag(this.tables, low, xpos);
  }
}
