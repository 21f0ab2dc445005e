import type { Actor } from "../../doc/layers/actors.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import type { ActorIndex } from "./actors.js";
import type { Lexicon } from "./lexicon/schema.js";
import { subjectOf } from "./subjects.js";
import type { Tree } from "./tree.js";

/** How far back (in sentences) the earlier mention of a statement is looked for. */
const WINDOW = 4;

/** owned.tsv kinds of nouns that speak or act for their author. */
const AUTHORED = new Set(["communication", "proposal", "policy"]);

/** What the coder knows of an event already coded, for finding the author of a statement. */
export interface AuthorDraft {
  readonly event: CodedEvent;
  readonly token: number;
  readonly clause: number;
}

function dominates(tree: Tree, top: number, k: number): boolean {
  let h = k;
  for (let hops = 0; h >= 0 && hops < 8; hops++, h = tree.head(h)) if (h === top) return true;
  return false;
}

/**
 * The author of a statement that is the subject of an act and names no author of its own ("The
 * statement also urged all parties to ...", "The resolution, which deplores ..."): the actors of the
 * latest earlier mention of the same noun ("the bloc's statements"), else the source of the earlier
 * act that mention belongs to, else the subject of the verb it is the object of ("the assembly adopted a
 * resolution"); a statement read as the subject of
 * a clause hung on the verb that issued it has that verb's subject as author. Returns [] when none is found.
 */
export function statementAuthor(
  lex: Lexicon,
  tree: Tree,
  actors: ActorIndex,
  all: readonly Actor[],
  drafts: readonly AuthorDraft[],
  clause: number,
  sentenceOf: (token: number) => number,
): Actor[] {
  for (const s of subjectOf(tree, actors, clause)) {
    if (tree.upos(s) !== "NOUN" || actors.phrase(s).length) continue;
    const lemma = tree.lemma(s);
    const kind = lex.owned.get(lemma) ?? lex.owned.get(tree.word(s).toLowerCase());
    if (!kind || !AUTHORED.has(kind)) continue;
    // "The party issued a declaration demanding ..." read with the declaration as the subject of
    // "demanding": the statement's author is the subject of the verb that issued it.
    const issued = tree.head(clause);
    if (s < clause && issued >= 0 && issued < s && tree.rel(clause) === "advcl" && tree.upos(issued) === "VERB") {
      const author = subjectOf(tree, actors, issued).flatMap((k) => actors.phrase(k));
      if (author.length) return author;
    }
    for (let k = s - 1; k >= 0 && sentenceOf(s) - sentenceOf(k) <= WINDOW; k--) {
      if (tree.lemma(k) !== lemma) continue;
      const named = actors.phrase(k).filter((a) => a.country !== null);
      if (named.length) return named;
      // (an act of cooperation on the text, "signed a statement"; not one against it, "vetoed a resolution")
      const act = drafts.findLast(
        (d) => d.token < s && (d.token === k || dominates(tree, d.clause, k)) && (d.event.quadClass ?? 0) <= 2,
      );
      const author = act ? all.find((a) => a.id === act.event.source.actor) : undefined;
      if (author) return [author];
      // ("the assembly adopted a resolution", "the ministry issued a statement": no act of its own, the
      // subject of the verb that made the text is its author; not of one that got it, "received a letter")
      const made = tree.head(k);
      if (tree.rel(k) === "obj" && made >= 0 && lex.authoring.has(tree.lemma(made))) {
        const issuer = subjectOf(tree, actors, made).flatMap((x) => actors.phrase(x));
        if (issuer.some((a) => a.country !== null)) return issuer.filter((a) => a.country !== null);
      }
    }
  }
  return [];
}
