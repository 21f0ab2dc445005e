import type { Lexicon } from "./lexicon/schema.js";
import type { TriggerMatch } from "./match.js";
import { caseOf, type Tree } from "./tree.js";

/**
 * Whether an act is only the content of a commitment ("agreed to restore relations", "pledged to
 * establish ties", "agreed to share more data"): its clause is the complement of an intent verb
 * (family=intent), directly or as a conjunct of that complement, and either its code is listed in
 * promised.tsv or the act has no time of its own (`dated`: "agreed to launch joint patrols next month"
 * is a concrete plan, coded as planned; the dev gold codes undated acts agreed to, "agreed to share more
 * satellite data", as the agreement only). Such an act is not coded.
 */
export function promisedOnly(
  lex: Lexicon,
  tree: Tree,
  matches: readonly (TriggerMatch | null)[],
  cameo: string,
  clause: number,
  dated: boolean,
): boolean {
  if (dated && !lex.promised.some((c) => cameo.startsWith(c))) return false;
  let c = clause;
  for (let hops = 0; c >= 0 && hops < 4; hops++) {
    const rel = tree.rel(c);
    const parent = tree.head(c);
    if (parent < 0) return false;
    if (rel === "conj") {
      c = parent;
      continue;
    }
    const complement = rel === "xcomp" || (rel === "advcl" && caseOf(tree, c) === "to");
    return complement && matches[parent]?.entry.family === "intent";
  }
  return false;
}
