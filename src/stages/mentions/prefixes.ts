/*
 * Look-up shortcuts over the lexicon's phrase keys, built once per key collection. A phrase of
 * several words ("United States of America") can only be a key when each shorter phrase it opens
 * with ("United", "United States", ...) is an opening of some key, so a scan that grows a phrase
 * word by word stops as soon as the phrase opens no key.
 */

import type { ActorLexicon } from "../actors/lexicon/index.js";

type Keys = ReadonlyMap<string, unknown> | ReadonlySet<string>;

/** The openings of the lexicon tables the mention finders scan, looked up once per document. */
export interface LexOpenings {
  readonly names: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly peopleNouns: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  /** See `titleStarts`. */
  readonly titleStarts: ReadonlySet<string>;
}

const lexOpeningSets = new WeakMap<ActorLexicon, LexOpenings>();

export function lexOpenings(lex: ActorLexicon): LexOpenings {
  let o = lexOpeningSets.get(lex);
  if (o === undefined) {
    o = {
      names: openings(lex.names),
      adjectives: openings(lex.adjectives),
      peopleNouns: openings(lex.peopleNouns),
      titles: openings(lex.titles),
      orgHeads: openings(lex.orgHeads),
      titleStarts: titleStarts(lex.titles),
    };
    lexOpeningSets.set(lex, o);
  }
  return o;
}

const openingSets = new WeakMap<Keys, ReadonlySet<string>>();
const titleStartSets = new WeakMap<Keys, ReadonlySet<string>>();

/** Every part of a key before one of its spaces: "United", "United States" for "United States Navy". */
export function openings(keys: Keys): ReadonlySet<string> {
  let set = openingSets.get(keys);
  if (set === undefined) {
    const out = new Set<string>();
    for (const k of keys.keys()) {
      for (let i = k.indexOf(" "); i >= 0; i = k.indexOf(" ", i + 1)) out.add(k.slice(0, i));
    }
    openingSets.set(keys, out);
    set = out;
  }
  return set;
}

/**
 * Every part of a title key before a space, a hyphen or its end ("vice", "vice-president",
 * "deputy", "deputy prime", ...): the first word of any title, as `titleAt` joins them.
 */
export function titleStarts(keys: Keys): ReadonlySet<string> {
  let set = titleStartSets.get(keys);
  if (set === undefined) {
    const out = new Set<string>();
    for (const k of keys.keys()) {
      for (let i = 0; i <= k.length; i++) if (i === k.length || k[i] === " " || k[i] === "-") out.add(k.slice(0, i));
    }
    titleStartSets.set(keys, out);
    set = out;
  }
  return set;
}

/** `map.get("<first> <second>")`, without building the phrase when no key opens with `first` (`opens`: the map's openings). */
export function getPair<V>(
  map: ReadonlyMap<string, V>,
  opens: ReadonlySet<string>,
  first: string,
  second: string,
): V | undefined {
  return opens.has(first) ? map.get(`${first} ${second}`) : undefined;
}

/** `keys.has("<first> <second>")`, without building the phrase when no key opens with `first` (`opens`: their openings). */
export function hasPair(keys: Keys, opens: ReadonlySet<string>, first: string, second: string): boolean {
  return opens.has(first) && keys.has(`${first} ${second}`);
}
