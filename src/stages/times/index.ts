import type { Doc } from "../../doc/doc.js";
import { layer, withLayers } from "../../doc/doc.js";
import type { TimeExpression, TimeKind } from "../../doc/layers/times.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { type TimesLexicon, timesLexicon } from "./lexicon.js";
import { publicationOf } from "./publication.js";
import { recognize } from "./recognize.js";
import { type Item, isDependent, resolveDependent } from "./relative.js";
import { resolveIndependent } from "./resolve.js";
import type { Sem } from "./sem.js";
import { governorOf, tokensIn } from "./syntax.js";
import { tenseOf } from "./tense.js";
import { buildVocab, type Vocab } from "./vocab.js";

export { dateForToken } from "./attach.js";

let vocab: Vocab | null = null;
function getVocab(): Vocab {
  vocab ??= buildVocab(timesLexicon());
  return vocab;
}

const KIND: Record<Sem["k"], TimeKind> = {
  date: "date",
  range: "range",
  weekday: "weekday",
  relday: "relative",
  relunit: "relative",
  ago: "relative",
  part: "part",
  decade: "decade",
  duration: "duration",
  set: "set",
  shift: "anchored",
  eventref: "anchored",
  discourse: "anchored",
  anniversary: "anniversary",
};

/** Numeric dates are month-first for outlets in the Americas (by zone, else by a negative UTC offset). */
function numericOrder(lex: TimesLexicon, published: string | null, timezone: string | null): "mdy" | "dmy" {
  if (timezone) return lex.monthFirstZones.some((p) => timezone.startsWith(p)) ? "mdy" : "dmy";
  const offset = published ? /([+-])(\d{2}):?\d{2}$/.exec(published) : null;
  if (offset) return offset[1] === "-" && Number(offset[2]) >= 3 ? "mdy" : "dmy";
  return "mdy";
}

/** Find, resolve and attach every time expression of a Doc. */
export function findTimes(doc: Doc, ctx: StageContext): TimeExpression[] {
  const v = getVocab();
  const pub = publicationOf(doc.article.published, ctx.timezone);
  const order = numericOrder(v.lex, doc.article.published, ctx.timezone);
  const items: Item[] = [];
  const tenses: Array<ReturnType<typeof tenseOf>> = [];
  layer(doc, "sentences").forEach((s, si) => {
    for (const c of recognize(v, doc.text, s.start, s.end)) {
      const [first, end] = tokensIn(doc, c.start, c.end);
      const gov = governorOf(doc, v.lex, first, end);
      let anchor = gov.anchor;
      if (c.sem.k === "anniversary") anchor = tokensIn(doc, c.sem.nounStart, c.sem.nounEnd)[0];
      const t = anchor === null ? undefined : doc.tokens?.[anchor];
      const anchorWord = t ? doc.text.slice(t.start, t.end).toLowerCase() : "";
      items.push({ c, sentence: si, anchor, anchorWord, r: null });
      tenses.push(tenseOf(doc, v.lex, gov.verb, gov.anchor));
    }
  });
  items.forEach((it, i) => {
    if (!isDependent(it.c.sem)) it.r = resolveIndependent(it.c.sem, { pub, tense: tenses[i] ?? "unknown", order });
  });
  items.forEach((it, i) => {
    if (isDependent(it.c.sem)) it.r = resolveDependent(items, i, pub, doc.text);
  });
  return items.map((it) => {
    const r = it.r ?? { value: null, grain: "unknown" as const };
    return {
      start: it.c.start,
      end: it.c.end,
      value: r.value,
      grain: r.value === null ? "unknown" : r.grain,
      anchor: it.anchor,
      kind: KIND[it.c.sem.k],
      ...(r.ambiguous ? { ambiguous: true } : {}),
    };
  });
}

/** Time expressions resolved against the publication date and time zone, attached to verbs and event nouns. */
export const timesStage: Stage = {
  name: "times",
  requires: ["sentences", "tokens", "tags", "deps"],
  assigns: ["times"],
  run(doc, ctx) {
    return withLayers(doc, { times: Object.freeze(findTimes(doc, ctx)) });
  },
};
