import type { Mention } from "../../doc/layers/mentions.js";
import { addMention, type Draft } from "./builder.js";
import type { ResolveCtx } from "./resolve.js";

/* Actors described by a head noun ("Kyrgyz troops", "the EU ambassador") and international organizations. */

/** "Kyrgyz troops", "Taiwan's defence ministry", "protesters": an actor described by its head noun. */
export function description(r: ResolveCtx, m: Mention, head: string): void {
  const text = descriptionName(r, m);
  // "Kurdish rebels": a group named by a people that spans several states is itself, not the last rebels
  const people = m.country === null && r.lex.peoples.has(r.word(m.firstToken) ?? "");
  if (m.country === null && !people) {
    const earlier = r.drafts.latest(m.firstToken, (d) => d.key.startsWith("desc:") && d.key.endsWith(`:${head}`));
    if (earlier !== null) {
      addMention(earlier, m);
      return;
    }
  }
  // "Southeast Asian foreign ministers" acting together are their regional organization (ASEAN)
  const bloc = m.country === null ? undefined : r.lex.regionBlocs.get(m.country);
  if (bloc !== undefined && r.lex.words.personGroupNouns.has(head)) {
    addMention(igoDraft(r, bloc), m);
    return;
  }
  const key = people ? `desc:-:${text}` : `desc:${m.country ?? "-"}:${head}`;
  const title = r.lex.titles.has(head) && !r.lex.groupHeads.has(head);
  const d =
    r.drafts.get(key) ??
    r.drafts.create({
      key,
      name: text,
      kind: title ? "person" : r.lex.orgHeads.has(head) ? "organization" : "group",
      country: m.country,
      sector: m.country !== null && isIgo(r, m.country) && m.sector === "GOV" ? "IGO" : m.sector,
      role: title ? head : null,
      roleSpan: null,
      roleSource: title ? "text" : null,
      nameWords: [],
    });
  addMention(d, m);
}

/** "Nigeria's foreign minister" and "two Nigerian ministers" are named "Nigerian foreign minister", "Nigerian ministers". */
function descriptionName(r: ResolveCtx, m: Mention): string {
  let from = m.firstToken;
  while (
    from < m.endToken - 1 &&
    /^[\d.,]+$|^(one|two|three|four|five|six|seven|eight|nine|ten|several|some)$/i.test(r.word(from) ?? "")
  )
    from++;
  const words = r.wordsIn(from, m.endToken);
  const owner = words.findIndex((w) => w === "'s" || w === "'");
  if (owner > 0 && m.country !== null) {
    const adjective = r.lex.demonyms.get(m.country);
    if (adjective !== undefined) return [adjective, ...words.slice(owner + 1)].join(" ");
  }
  return words.join(" ").replace(/ 's\b/g, "'s");
}

/** The actor of an international organization by its code, shared with its name in the text ("EU", "ASEAN"). */
export function igoDraft(r: ResolveCtx, code: string): Draft {
  const name = (r.lex.names.get(code) ?? []).find((e) => e.kind === "igo")?.name ?? code;
  return (
    r.drafts.get(`org:${code}`) ??
    r.drafts.create({
      key: `org:${code}`,
      name: code,
      kind: "organization",
      country: code,
      sector: "IGO",
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: name.split(/\s+/),
    })
  );
}

export function isIgo(r: ResolveCtx, code: string): boolean {
  return (r.lex.names.get(code) ?? []).some((e) => e.kind === "igo");
}
