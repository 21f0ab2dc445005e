import type { Mention } from "../../doc/layers/mentions.js";

/**
 * After a name at the start of a paragraph: an optional ", Country" or ", March 17", an optional
 * "(Agency)", then a dash. "MOSCOW, March 17 — ...", "LIMA — ...", "GENEVA (AP) - ...".
 */
const DATELINE_TAIL = /^(?:,[^\n—–]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--?)\s/u;

/** A dateline's place names where the story was filed: places, never actors. */
export function markDatelines(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => (isDateline(text, m) ? { ...m, type: "LOC", place: true } : m));
}

/** Is the mention a name opening a dateline ("HANOI — ...")? */
export function isDateline(text: string, m: Mention): boolean {
  if (m.kind !== "name") return false;
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  if (text.slice(lineStart, m.start).trim() !== "") return false;
  return DATELINE_TAIL.test(text.slice(m.end, m.end + 80));
}
