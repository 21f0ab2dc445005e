import type { Doc } from "../../doc/doc.js";
import type { Actor } from "../../doc/layers/actors.js";
import type { Tree } from "./tree.js";

/** Which actors cover each token, and pronoun fallbacks, for one Doc. */
export interface ActorIndex {
  readonly byToken: readonly (readonly Actor[])[];
  /** Actors of the noun phrase headed at token i (head, modifiers, appositions, conjuncts). */
  phrase(i: number): Actor[];
}

const PERSON_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);
const THING_PRONOUNS = new Set(["it", "its", "itself"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "theirs", "themselves"]);
const MODIFIER_RELS = new Set(["compound", "amod", "nmod:poss", "flat", "nmod"]);

export function indexActors(doc: Doc, tree: Tree): ActorIndex {
  const tokens = doc.tokens ?? [];
  const actors = doc.actors ?? [];
  const byToken: Actor[][] = tokens.map(() => []);
  const starts: { start: number; actor: Actor }[] = [];
  for (const actor of actors) {
    for (const m of actor.mentions) {
      starts.push({ start: m.start, actor });
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t && t.start < m.end && m.start < t.end && !byToken[i]?.includes(actor)) byToken[i]?.push(actor);
      }
    }
  }
  starts.sort((a, b) => a.start - b.start);

  const resolvePronoun = (i: number): Actor[] => {
    const w = tree.word(i).toLowerCase();
    const fits = (a: Actor) =>
      PERSON_PRONOUNS.has(w) ? a.kind === "person" : THING_PRONOUNS.has(w) ? a.kind !== "person" : true;
    const tok = tokens[i];
    if (!tok) return [];
    // Cataphora: "During his visit, Blinken warned ..." -> the main clause subject.
    const sent = doc.sentences?.[tok.sentence];
    if (sent) {
      for (let r = sent.firstToken; r < sent.endToken; r++) {
        if (tree.head(r) !== -1) continue;
        const subj = tree.kids(r, "nsubj", "nsubj:pass")[0];
        if (subj !== undefined && subj > i) {
          const own = (byToken[subj] ?? []).filter(fits);
          if (own.length) return own.slice(0, 1);
        }
      }
    }
    const minStart = doc.sentences?.[Math.max(0, tok.sentence - 1)]?.start ?? 0;
    for (let k = starts.length - 1; k >= 0; k--) {
      const s = starts[k];
      if (!s || s.start >= tok.start) continue;
      if (s.start < minStart) break;
      if (fits(s.actor)) return [s.actor];
    }
    return [];
  };

  const isPronoun = (i: number) => {
    const w = tree.word(i).toLowerCase();
    return tree.upos(i) === "PRON" && (PERSON_PRONOUNS.has(w) || THING_PRONOUNS.has(w) || PLURAL_PRONOUNS.has(w));
  };

  const headActors = (i: number, depth: number): Actor[] => {
    const own = byToken[i] ?? [];
    if (own.length) return [...own];
    if (isPronoun(i)) return resolvePronoun(i);
    if (depth > 1) return [];
    const out: Actor[] = [];
    for (const c of tree.children[i] ?? []) {
      const rel = tree.rel(c);
      if (!MODIFIER_RELS.has(rel) && rel !== "appos") continue;
      if (rel === "nmod" && !["of", "from"].includes(tree.lemma(tree.kids(c, "case")[0] ?? -1))) continue;
      for (const a of phrase(c, depth + 1)) if (!out.includes(a)) out.push(a);
    }
    return out;
  };

  const phrase = (i: number, depth = 0): Actor[] => {
    const out = headActors(i, depth);
    for (const c of tree.kids(i, "conj")) for (const a of phrase(c, depth)) if (!out.includes(a)) out.push(a);
    return out;
  };

  return { byToken, phrase: (i) => phrase(i) };
}
