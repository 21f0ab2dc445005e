import type { Actor, ActorKind } from "../../doc/layers/actors.js";
import type { Mention } from "../../doc/layers/mentions.js";
import type { Span } from "../../doc/span.js";

/** A mutable actor while the stage collects mentions. */
export interface Draft {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  role: string | null;
  roleSpan: Span | null;
  roleSource: "text" | "dictionary" | null;
  mentions: Span[];
  /** Token positions of each mention (for recency and sentence windows). */
  positions: number[];
  /** The highest of `positions`, -1 when there are none. */
  top: number;
  /** Words of the name, for surname matching. */
  nameWords: string[];
}

export class Drafts {
  readonly list: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();

  get(key: string): Draft | undefined {
    return this.byKey.get(key);
  }

  create(d: Omit<Draft, "mentions" | "positions" | "top">): Draft {
    const draft: Draft = {
      key: d.key,
      name: d.name,
      kind: d.kind,
      country: d.country,
      sector: d.sector,
      role: d.role,
      roleSpan: d.roleSpan,
      roleSource: d.roleSource,
      mentions: [],
      positions: [],
      top: -1,
      nameWords: d.nameWords,
    };
    this.list.push(draft);
    this.byKey.set(d.key, draft);
    return draft;
  }

  /** Most recent draft (by mention before `pos`) that satisfies `ok`. */
  latest(pos: number, ok: (d: Draft) => boolean, skip: ReadonlySet<Draft> = new Set()): Draft | null {
    // drafts by their latest position before `pos`, the earlier-made first on a tie, so that `ok`
    // (often costly) runs only until one satisfies it; insertion from the newest draft keeps this cheap
    const order: Draft[] = [];
    const lasts: number[] = [];
    for (let index = this.list.length - 1; index >= 0; index--) {
      const d = this.list[index] as Draft;
      let last = d.top < pos ? d.top : -1;
      if (d.top >= pos) for (const p of d.positions) if (p < pos && p > last) last = p;
      if (last < 0) continue;
      // later-made drafts are already in place: this one goes before those with a lower or equal position
      let j = order.length;
      while (j > 0 && (lasts[j - 1] as number) <= last) {
        order[j] = order[j - 1] as Draft;
        lasts[j] = lasts[j - 1] as number;
        j--;
      }
      order[j] = d;
      lasts[j] = last;
    }
    for (const d of order) if (!skip.has(d) && ok(d)) return d;
    return null;
  }
}

export function addMention(d: Draft, m: Pick<Mention, "start" | "end" | "firstToken">): void {
  if (d.mentions.some((s) => s.start === m.start && s.end === m.end)) return;
  d.mentions.push({ start: m.start, end: m.end });
  d.positions.push(m.firstToken);
  if (m.firstToken > d.top) d.top = m.firstToken;
}

/** The actor of a country or an IGO by its code, made on first use (kind "country" or "organization"). */
export function draftOfCountry(
  drafts: Drafts,
  names: ReadonlyMap<string, string>,
  code: string,
  kind: Draft["kind"],
  fallbackName: string,
): Draft {
  const key = `country:${code}`;
  return (
    drafts.get(key) ??
    drafts.create({
      key,
      name: names.get(code) ?? fallbackName,
      kind,
      country: code,
      sector: null,
      role: null,
      roleSpan: null,
      roleSource: null,
      nameWords: [],
    })
  );
}

export function cameoCode(country: string | null, sector: string | null): string | null {
  if (country === null) return sector;
  if (sector === null || sector === "IGO") return country;
  return `${country}${sector}`;
}

/** Final actors: drafts with mentions, ordered by first mention, ids a1, a2, ... */
export function finish(drafts: readonly Draft[]): Actor[] {
  return drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => ({ d, first: Math.min(...d.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ d }, i) => ({
      id: `a${i + 1}`,
      name: d.name,
      kind: d.kind,
      country: d.country,
      sector: d.sector,
      code: cameoCode(d.country, d.sector),
      role: d.role,
      mentions: [...d.mentions].sort((a, b) => a.start - b.start),
      roleSpan: d.roleSpan,
      roleSource: d.roleSource,
    }));
}
