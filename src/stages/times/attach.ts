import type { Doc } from "../../doc/doc.js";
import type { EventDate } from "../../doc/layers/events.js";
import type { TimeExpression } from "../../doc/layers/times.js";
import { isoDay } from "./calendar.js";
import { publicationOf } from "./publication.js";
import { valueBounds } from "./value.js";

const usable = (t: TimeExpression) => t.value !== null && t.grain !== "duration" && t.grain !== "set";

function fromTime(t: TimeExpression): EventDate {
  const { start, end } = valueBounds(t.value as string);
  return { start, end, basis: "text" };
}

/**
 * The date of the event at `tokenIndex`: the time attached to that token or to the clause it hangs
 * from (walking up the dependency tree when the Doc has one; otherwise the time whose anchor is
 * nearest in the same sentence), else the publication day with `basis: "publication"`.
 */
export function dateForToken(doc: Doc, tokenIndex: number): EventDate {
  const times = (doc.times ?? []).filter(usable);
  const at = (tok: number) => times.find((t) => t.anchor === tok);
  const own = at(tokenIndex);
  if (own) return fromTime(own);
  const deps = doc.deps;
  if (deps) {
    let cur = deps[tokenIndex]?.head ?? -1;
    for (let hops = 0; cur >= 0 && hops < 20; hops++) {
      const t = at(cur);
      if (t) return fromTime(t);
      cur = deps[cur]?.head ?? -1;
    }
  } else {
    const sentence = doc.tokens?.[tokenIndex]?.sentence;
    let best: TimeExpression | null = null;
    for (const t of times) {
      if (t.anchor === null || doc.tokens?.[t.anchor]?.sentence !== sentence) continue;
      if (!best || Math.abs((t.anchor ?? 0) - tokenIndex) < Math.abs((best.anchor ?? 0) - tokenIndex)) best = t;
    }
    if (best) return fromTime(best);
  }
  const pub = publicationOf(doc.article.published, null);
  const day = pub ? isoDay(pub.day) : null;
  return { start: day, end: day, basis: "publication" };
}
