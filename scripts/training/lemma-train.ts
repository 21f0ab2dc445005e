import type { ConlluSentence } from "../../src/nlp/conllu.js";
import { applyRules, type LemmaRule, type LemmaTables, MAX_SUFFIX, ruleFor } from "../../src/nlp/lemmatizer.js";

/**
 * Learn suffix rules (most frequent transformation per XPOS + suffix, with enough support) and
 * exceptions for training words whose majority lemma the rules get wrong.
 */
export function trainLemmatizer(sentences: readonly ConlluSentence[], minSupport = 3): LemmaTables {
  const ruleCounts = new Map<string, Map<string, number>>();
  const lemmaCounts = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string): void => {
    let inner = m.get(k);
    if (!inner) {
      inner = new Map();
      m.set(k, inner);
    }
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const form = s.forms[i];
      const lemma = s.lemmas[i];
      const xpos = s.xpos[i];
      bump(lemmaCounts, `${xpos}\t${form.toLowerCase()}`, lemma);
      if (s.upos[i] === "PROPN") bump(lemmaCounts, `${xpos}\t${form.toLowerCase()}\tPROPN`, lemma);
      if (s.upos[i] === "PROPN") continue;
      const r = ruleFor(form, lemma);
      const key = `${r.cut}\t${r.add}`;
      const low = form.toLowerCase();
      for (let k = 0; k <= Math.min(MAX_SUFFIX, low.length); k++) {
        bump(ruleCounts, `${xpos}\t${low.slice(low.length - k)}`, key);
      }
    }
  }
  const rules = new Map<string, LemmaRule>();
  for (const [k, m] of ruleCounts) {
    const [best, n] = top(m);
    if (n < minSupport) continue;
    const [cut, add] = best.split("\t");
    rules.set(k, { cut: Number(cut), add: add ?? "" });
  }
  const exceptions = new Map<string, string>();
  const tables: LemmaTables = { rules, exceptions };
  for (const [key, m] of lemmaCounts) {
    const [xpos, low, propn] = key.split("\t");
    if (propn !== undefined) continue;
    const [lemma, n] = top(m);
    if (lemma === "_") continue;
    const asPropn = lemmaCounts.get(`${key}\tPROPN`);
    let propnCount = 0;
    for (const c of asPropn?.values() ?? []) propnCount += c;
    let total = 0;
    for (const c of m.values()) total += c;
    if (propnCount * 2 > total) {
      // Proper nouns keep their form; record only lemmas that differ beyond case.
      if (lemma.toLowerCase() !== low) exceptions.set(key, lemma);
    } else if (applyRules(tables, low, xpos) !== lemma && n > 0) {
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
