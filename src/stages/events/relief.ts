import type { CodedEvent, EventParty } from "../../doc/layers/events.js";
import type { Lexicon } from "./lexicon/schema.js";
import { locativePlace } from "./location.js";
import type { Tree } from "./tree.js";

/**
 * The country the article's first disaster struck (disasters.tsv): the place of the disaster noun's own
 * phrase ("floods in Pakistan"), else the place of the verb it is the subject of ("a magnitude 6.4
 * earthquake struck Kerman province"); null when the article tells of none.
 */
export function disasterCountry(lex: Lexicon, tree: Tree): string | null {
  for (let i = 0; i < tree.deps.length; i++) {
    if (tree.upos(i) !== "NOUN" || !lex.disasters.has(tree.lemma(i))) continue;
    const v = tree.head(i);
    const struck = v >= 0 && tree.upos(v) === "VERB" && tree.rel(i) === "nsubj";
    const place = locativePlace(lex, tree, [i], true) ?? (struck ? locativePlace(lex, tree, [v], false) : null);
    if (place) return place.country;
  }
  return null;
}

/** Aid given, or material aid promised (033): the acts whose recipient relief goes to. */
function relief(e: CodedEvent): boolean {
  return e.plover.type === "AID" || (e.cameo?.startsWith("033") ?? false);
}

/**
 * "Japan pledged emergency aid to the Philippines ... the EU released 1.5 million euros for relief work":
 * the one country the article's aid named as its recipient goes to, when the text places no disaster.
 * Null when no aid names a recipient, or several do.
 */
export function aidRecipient(events: readonly CodedEvent[]): string | null {
  const to = new Set(events.filter((e) => relief(e) && e.target?.country).map((e) => e.target?.country));
  return to.size === 1 ? ([...to][0] ?? null) : null;
}

/**
 * "Qatar pledged 10 million dollars for reconstruction", "UN agencies said they were sending 40
 * tonnes of supplies": aid (AID) or a promise of material aid (033) that names no recipient goes to
 * `country` (the one the disaster struck, or the article's aid recipient), unless that is the giver's
 * own. Null otherwise.
 */
export function reliefTarget(e: CodedEvent, country: string | null): EventParty | null {
  if (!country || e.target !== null || e.source.country === country) return null;
  if (!relief(e)) return null;
  return { actor: null, code: country, country, sector: null };
}
