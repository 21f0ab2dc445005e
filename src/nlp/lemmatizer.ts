/** A suffix rule: drop `cut` characters from the lowercased form, then append `add`. */
export interface LemmaRule {
  readonly cut: number;
  readonly add: string;
}

/** Lemmatizer tables: learned suffix rules per XPOS plus exceptions for seen words. */
export interface LemmaTables {
  /** "XPOS\tsuffix" -> rule, for suffixes of length 0..MAX_SUFFIX. */
  readonly rules: ReadonlyMap<string, LemmaRule>;
  /** "XPOS\tlowercased form" -> lemma, where the rules would be wrong. */
  readonly exceptions: ReadonlyMap<string, string>;
}

export const MAX_SUFFIX = 5;

/** The rule that turns `form` into `lemma` (lowercase comparison). */
export function ruleFor(form: string, lemma: string): LemmaRule {
  const f = form.toLowerCase();
  const l = lemma.toLowerCase();
  let p = 0;
  while (p < f.length && p < l.length && f[p] === l[p]) p++;
  return { cut: f.length - p, add: l.slice(p) };
}

/** Lemma by the suffix rules alone (longest matching suffix wins). */
export function applyRules(tables: LemmaTables, form: string, xpos: string): string {
  const low = form.toLowerCase();
  for (let k = Math.min(MAX_SUFFIX, low.length); k >= 0; k--) {
    const rule = tables.rules.get(`${xpos}\t${low.slice(low.length - k)}`);
    if (rule && rule.cut <= low.length) return low.slice(0, low.length - rule.cut) + rule.add;
  }
  return low;
}

/** Lemma of a token: proper nouns keep their form; others are lowercased. */
export function lemmatize(tables: LemmaTables, form: string, upos: string, xpos: string): string {
  const exc = tables.exceptions.get(`${xpos}\t${form.toLowerCase()}`);
  if (exc !== undefined) return exc;
  if (upos === "PROPN") return form;
  return applyRules(tables, form, xpos);
}
