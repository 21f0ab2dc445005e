/** One sentence of a CoNLL-U file: word lines only (multiword ranges and empty nodes dropped). */
export interface ConlluSentence {
  readonly comments: readonly string[];
  readonly forms: readonly string[];
  readonly lemmas: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** 0-based head index per word, -1 for the root. NaN-free: unknown heads ("_") read as -1. */
  readonly heads: readonly number[];
  readonly rels: readonly string[];
  readonly misc: readonly string[];
  /** 1-based line number of the sentence's first line, for error messages. */
  readonly line: number;
}

/** Parse CoNLL-U text. Throws a `SyntaxError` naming the line on a malformed word line. */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  let cur = blank(1);
  const flush = (): void => {
    if (cur.forms.length > 0) out.push(cur);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      flush();
      cur = blank(i + 2);
      continue;
    }
    if (line.startsWith("#")) {
      if (cur.forms.length === 0) cur.line = i + 1;
      cur.comments.push(line);
      continue;
    }
    const cols = line.split("\t");
    const id = cols[0];
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id) || cols.length < 2) {
      throw new SyntaxError(`line ${i + 1}: not a CoNLL-U word line`);
    }
    if (Number(id) !== cur.forms.length + 1) {
      throw new SyntaxError(`line ${i + 1}: word id ${id} out of sequence`);
    }
    const col = (k: number): string => cols[k] ?? "_";
    cur.forms.push(col(1));
    cur.lemmas.push(col(2));
    cur.upos.push(col(3));
    cur.xpos.push(col(4));
    const head = col(6);
    cur.heads.push(/^\d+$/.test(head) ? Number(head) - 1 : -1);
    cur.rels.push(col(7));
    cur.misc.push(col(9));
  }
  flush();
  return out;
}

interface MutableSentence {
  comments: string[];
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  heads: number[];
  rels: string[];
  misc: string[];
  line: number;
}

function blank(line: number): MutableSentence {
  return { comments: [], forms: [], lemmas: [], upos: [], xpos: [], heads: [], rels: [], misc: [], line };
}

/** The universal part of a relation: "nmod:poss" -> "nmod". */
export function universalRel(rel: string): string {
  const i = rel.indexOf(":");
  return i < 0 ? rel : rel.slice(0, i);
}
