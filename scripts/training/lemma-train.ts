import { readFileSync } from "node:fs";
import type { ConlluSentence } from "../../src/nlp/conllu.js";
import { guess, type LemmaTables, lemmaBelowTag } from "../../src/nlp/lemmatizer.js";
import { ADJ, ADV, classBit, inflectionOf, lemmaClass, NOUN, VERB } from "../../src/nlp/morphology.js";

/** One line of data/models/irregular-forms.tsv: a class letter, the lemma, its irregular forms. */
export interface IrregularEntry {
  readonly cls: "V" | "N" | "J" | "R";
  readonly lemma: string;
  readonly forms: readonly string[];
}

const CLASS_BITS: Record<IrregularEntry["cls"], number> = { V: VERB, N: NOUN, J: ADJ, R: ADV };
const WORD = /^[a-z][a-z'-]*$/;

/** Read and validate the irregular-forms list (throws naming the line on a malformed row). */
export function readIrregularForms(path: string): IrregularEntry[] {
  const out: IrregularEntry[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "" || line.startsWith("#")) return;
      const cols = line.split("\t");
      const cls = cols[0];
      const lemma = cols[1] ?? "";
      const forms = (cols[2] ?? "").split(" ").filter((f) => f !== "");
      if (
        cols.length !== 3 ||
        (cls !== "V" && cls !== "N" && cls !== "J" && cls !== "R") ||
        !WORD.test(lemma) ||
        forms.length === 0 ||
        !forms.every((f) => WORD.test(f))
      ) {
        throw new SyntaxError(`${path}:${i + 1}: expected "V|N|J|R<TAB>lemma<TAB>form form ..." in lowercase`);
      }
      out.push({ cls, lemma, forms });
    });
  return out;
}

/** Extra known lemmas beyond the treebank: word -> class bits. */
export type ExtraVocab = ReadonlyMap<string, number>;

type Counts = Map<string, Map<string, number>>;

function bump(m: Counts, k: string, v: string): void {
  let inner = m.get(k);
  if (!inner) {
    inner = new Map();
    m.set(k, inner);
  }
  inner.set(v, (inner.get(v) ?? 0) + 1);
}

/**
 * Learn the lemmatizer tables: the known-lemma vocabulary (treebank lemmas, irregular lemmas and
 * `extra`), then exceptions from the coarsest level to the finest, each kept only where the
 * levels below it would give another lemma than the training majority.
 */
export function trainLemmatizer(
  sentences: readonly ConlluSentence[],
  irregular: readonly IrregularEntry[] = [],
  extra: ExtraVocab = new Map(),
): LemmaTables {
  const vocab = new Map<string, number>();
  const addVocab = (w: string, bit: number): void => {
    if (WORD.test(w)) vocab.set(w, (vocab.get(w) ?? 0) | bit);
  };
  const exact: Counts = new Map();
  const byClass: Counts = new Map();
  const byForm: Counts = new Map();
  const xposOfClass: Counts = new Map();
  const propn = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const low = s.forms[i].toLowerCase();
      const lemma = s.lemmas[i];
      const xpos = s.xpos[i];
      if (lemma === "_") continue;
      bump(exact, `${xpos}\t${low}`, lemma);
      if (s.upos[i] === "PROPN") {
        propn.set(`${xpos}\t${low}`, (propn.get(`${xpos}\t${low}`) ?? 0) + 1);
        continue;
      }
      addVocab(lemma.toLowerCase(), classBit(s.upos[i]));
      const cls = lemmaClass(xpos);
      bump(byClass, `${cls}\t${low}`, lemma);
      bump(xposOfClass, `${cls}\t${low}`, xpos);
      bump(byForm, low, lemma);
    }
  }
  for (const e of irregular) addVocab(e.lemma, CLASS_BITS[e.cls]);
  for (const [w, bits] of extra) addVocab(w, bits);

  const exceptions = new Map<string, string>();
  const classExceptions = new Map<string, string>();
  const formExceptions = new Map<string, string>();
  const tables: LemmaTables = { exceptions, classExceptions, formExceptions, vocab };

  // Forms with a single lemma in training, for inflected tags the form was not seen with.
  for (const [low, m] of byForm) {
    if (m.size !== 1) continue;
    const [lemma] = top(m);
    if (lemma !== low) formExceptions.set(low, lemma);
  }
  // Class level: where the morphology (with the form level) would miss the majority lemma.
  const seenClass = new Set<string>();
  for (const [key, m] of byClass) {
    seenClass.add(key);
    const [lemma] = top(m);
    const [cls, low] = key.split("\t");
    const [xpos] = top(xposOfClass.get(key) ?? new Map([[cls, 1]]));
    if (lemmaBelowTag(tables, low, xpos) !== lemma) classExceptions.set(key, lemma);
  }
  // Irregular forms the treebank never showed in their class.
  for (const e of irregular) {
    for (const f of e.forms) {
      const key = `${e.cls}\t${f}`;
      if (!seenClass.has(key) && f !== e.lemma) classExceptions.set(key, e.lemma);
    }
  }
  // Exact tag level: where the class level and below would be wrong for this tag.
  for (const [key, m] of exact) {
    const [lemma] = top(m);
    const [xpos, low] = key.split("\t");
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if ((propn.get(key) ?? 0) * 2 > total) {
      // Proper nouns keep their form (plurals lose the plural); record lemmas that differ beyond case.
      const proposed = xpos === "NNPS" ? guess(tables, low, inflectionOf(xpos)) : low;
      if (lemma.toLowerCase() !== proposed) exceptions.set(key, lemma);
    } else if (lemmaBelowTag(tables, low, xpos) !== lemma) {
      exceptions.set(key, lemma);
    }
  }
  return tables;
}

function top(m: Map<string, number>): [string, number] {
  let best = "";
  let n = -1;
  for (const [k, c] of m) if (c > n || (c === n && k < best)) [best, n] = [k, c];
  return [best, n];
}

/**
 * Lemmas of the event lexicons (column 2 of verbs/nouns TSV files, `pos` in column 3: V, A or N):
 * the words the event coder looks for must be known lemmas even when the treebank lacks them.
 */
export function readLexiconLemmas(paths: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const path of paths) {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const [, lemma, pos] = line.split("\t");
      const bit = pos === "V" ? VERB : pos === "N" ? NOUN : pos === "A" ? ADJ : 0;
      if (bit === 0 || lemma === undefined || !WORD.test(lemma)) continue;
      out.set(lemma, (out.get(lemma) ?? 0) | bit);
    }
  }
  return out;
}
