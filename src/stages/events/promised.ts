import type { Lexicon } from "./lexicon/schema.js";
import type { TriggerMatch } from "./match.js";
import { caseOf, type Tree } from "./tree.js";

/**
 * Whether an act is only the content of a commitment ("agreed to restore relations", "pledged to
 * establish ties"): its code is listed in promised.tsv and its clause is the complement of an intent
 * verb (family=intent), directly or as a conjunct of that complement. Such an act is not coded.
 */
export function promisedOnly(
  lex: Lexicon,
  tree: Tree,
  matches: readonly (TriggerMatch | null)[],
  cameo: string,
  clause: number,
): boolean {
  if (!lex.promised.some((c) => cameo.startsWith(c))) return false;
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
