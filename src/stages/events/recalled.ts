import type { Actor } from "../../doc/layers/actors.js";
import type { CodedEvent } from "../../doc/layers/events.js";
import type { TriggerMatch } from "./match.js";
import { DEFINITE_DETERMINERS, type Tree } from "./tree.js";

/** What an earlier coded act leaves for a later mention of it. */
export interface RecalledDraft {
  readonly event: CodedEvent;
  readonly token: number;
}

/** How many sentences back a bare "the talks" may reach for the talks it names. */
const WINDOW = 4;

/**
 * "China and Japan held talks in Tokyo. ... The talks will resume in May": a definite symmetric event
 * noun with no party of its own names the same act told shortly before (the same word, the same
 * PLOVER type): its parties are that act's. Returns [] when none fits or fewer than two parties remain.
 */
export function recalledParties(
  tree: Tree,
  actors: readonly Actor[],
  drafts: readonly RecalledDraft[],
  m: TriggerMatch,
  plover: string,
  sentenceOf: (token: number) => number,
): Actor[] {
  if (m.entry.pos !== "N" || !m.entry.symmetric) return [];
  if (!tree.kids(m.token, "det").some((d) => DEFINITE_DETERMINERS.has(tree.word(d).toLowerCase()))) return [];
  const here = sentenceOf(m.token);
  const lemma = tree.lemma(m.token);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as RecalledDraft;
    if (d.token >= m.token) continue;
    if (here - sentenceOf(d.token) > WINDOW) break;
    if (tree.lemma(d.token) !== lemma || d.event.plover.type !== plover) continue;
    const ids = new Set(
      drafts
        .filter((o) => o.token === d.token && o.event.plover.type === plover)
        .flatMap((o) => [o.event.source.actor, o.event.target?.actor ?? null]),
    );
    const found = actors.filter((a) => ids.has(a.id));
    return found.length >= 2 ? found : [];
  }
  return [];
}
