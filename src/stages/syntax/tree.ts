import { type Doc, layer } from "../../doc/doc.js";

/** Children lists of every token of a Doc, computed once per Doc. */
export interface Tree {
  readonly doc: Doc;
  readonly kids: ReadonlyArray<readonly number[]>;
}

const trees = new WeakMap<Doc, Tree>();

export function treeOf(doc: Doc): Tree {
  let t = trees.get(doc);
  if (!t) {
    const deps = layer(doc, "deps");
    const kids: number[][] = deps.map(() => []);
    deps.forEach((d, i) => {
      if (d.head >= 0) kids[d.head].push(i);
    });
    t = { doc, kids };
    trees.set(doc, t);
  }
  return t;
}

/** The relation of token i ("nsubj:pass"). */
export function rel(doc: Doc, i: number): string {
  return layer(doc, "deps")[i].rel;
}

/** The universal part of token i's relation ("nsubj" for "nsubj:pass"). */
export function baseRel(doc: Doc, i: number): string {
  const r = rel(doc, i);
  const k = r.indexOf(":");
  return k < 0 ? r : r.slice(0, k);
}

/** Lowercased lemma of token i. */
export function lemmaOf(doc: Doc, i: number): string {
  return layer(doc, "tags")[i].lemma.toLowerCase();
}

/** Text of token i. */
export function formOf(doc: Doc, i: number): string {
  const t = layer(doc, "tokens")[i];
  return doc.text.slice(t.start, t.end);
}
