import { layer } from "../../doc/doc.js";
import type { Draft } from "./builder.js";
import type { ResolveCtx } from "./resolve.js";

/* "one of them ... it", "with one announcing that it ...": an "it" after a partitive "one" is the group. */

const POSSESSIVES = /^(its|their|his|her|our|my|your)$/i;

/** Is the draft named in the plural: a group ("protesters") or an organization with a plural head ("the Houthis")? */
function plural(d: Draft): boolean {
  const last = d.name.split(" ").pop() ?? "";
  return (d.kind === "group" || d.kind === "organization") && /[^s'’]s$/.test(last);
}

/**
 * The group that "one" at token `k` is taken from, for an "it" at token `pos`: "one of them", "one of
 * the two countries" (the actors of its first mention after "of", when that names several or a
 * group); a bare "one" acting ("Carmakers sped up plans, with one announcing ...") takes the latest
 * group named in the plural before it in its sentence or the one before. Null when there is none.
 */
function groupOfOne(r: ResolveCtx, k: number, pos: number): Draft[] | null {
  const tokens = layer(r.doc, "tokens");
  const sentence = (t: number) => tokens[t]?.sentence ?? -1;
  const after = r.word(k + 1)?.toLowerCase();
  if (after === "of") {
    // not a possessive: "one of its citizens ... it" is not the group
    if (POSSESSIVES.test(r.word(k + 2) ?? "")) return null;
    let at = Number.POSITIVE_INFINITY;
    for (const d of r.drafts.list) for (const p of d.positions) if (p > k + 1 && p < k + 8 && p < at) at = p;
    const members = r.drafts.list.filter((d) => d.positions.includes(at));
    if (r.drafts.list.some((d) => d.positions.some((p) => p > at && p < pos))) return null;
    return members.length > 1 || (members.length === 1 && members[0]?.kind === "group") ? members : null;
  }
  // a bare "one" as the subject of a verb: "with one announcing", ", one said"
  const next = r.word(k + 1) ?? "";
  const acts =
    /^(VERB|AUX|ADV)$/.test(layer(r.doc, "tags")[k + 1]?.upos ?? "") ||
    /^[a-z]+(ing|ed)$/.test(next) ||
    r.lex.words.functionWords.has(next);
  if (!acts || !/^(with|,|and|but|while)$/i.test(r.word(k - 1) ?? "")) return null;
  if (r.drafts.list.some((d) => d.positions.some((p) => p > k && p < pos))) return null;
  const group = r.drafts.latest(
    k,
    (d) => plural(d) && d.positions.some((p) => p < k && sentence(p) >= sentence(k) - 1),
  );
  return group === null ? null : [group];
}

/**
 * "The rebel factions met, with one of them announcing that it would disarm": an "it" after "one of
 * [group]" or an acting "one" in its sentence, with no actor named between, stands for that group
 * (its members); null when there is no such "one" or its group is not known.
 */
export function oneOfGroup(r: ResolveCtx, pos: number): Draft[] | null {
  const tokens = layer(r.doc, "tokens");
  const here = tokens[pos]?.sentence ?? -1;
  for (let k = pos - 2; k >= Math.max(0, pos - 15) && tokens[k]?.sentence === here; k--)
    if (r.word(k)?.toLowerCase() === "one") return groupOfOne(r, k, pos);
  return null;
}
