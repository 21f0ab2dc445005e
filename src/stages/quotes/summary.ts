import type { Doc } from "../../doc/doc.js";
import type { SourcingSummary } from "../../doc/layers/quotes.js";

export type { SourcingSummary };

function bump(rec: Record<string, number>, key: string): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

/**
 * Count an article's quotes by named vs anonymous speaker, speaker country and sector.
 * @example sourcingSummary(doc).anonymousShare // 0.4 when 2 of 5 statements rest on "analysts said"
 */
export function sourcingSummary(doc: Doc): SourcingSummary {
  const quotes = doc.quotes ?? [];
  const actors = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  const statements = quotes.filter((q) => !q.partial);
  const byAnonymousClass: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  const perSpeaker = new Map<string, number>();
  let named = 0;
  let anonymous = 0;
  for (const q of statements) {
    if (q.anonymous) {
      anonymous++;
      bump(byAnonymousClass, q.anonymousClass ?? "unknown");
      continue;
    }
    const actor = q.speaker ? actors.get(q.speaker) : undefined;
    if (!actor) continue;
    named++;
    perSpeaker.set(actor.id, (perSpeaker.get(actor.id) ?? 0) + 1);
    bump(byCountry, actor.country ?? "unknown");
    bump(bySector, actor.sector ?? "none");
  }
  return {
    quotes: statements.length,
    direct: statements.filter((q) => q.direct).length,
    indirect: statements.filter((q) => !q.direct).length,
    partial: quotes.length - statements.length,
    named,
    anonymous,
    unattributed: statements.length - named - anonymous,
    anonymousShare: statements.length === 0 ? 0 : anonymous / statements.length,
    byAnonymousClass,
    byCountry,
    bySector,
    bySpeaker: [...perSpeaker.entries()]
      .map(([id, n]) => ({ actor: id, name: actors.get(id)?.name ?? id, quotes: n }))
      .sort((a, b) => b.quotes - a.quotes || a.actor.localeCompare(b.actor)),
  };
}
