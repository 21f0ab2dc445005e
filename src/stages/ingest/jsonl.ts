import { z } from "zod";
import { attacheError } from "../../errors/catalogue.js";
import type { DraftItem } from "./draft.js";

const Record = z.object({
  text: z.string().min(1),
  title: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  section: z.string().nullish(),
  byline: z.string().nullish(),
});

/** One article per non-blank line `{text, title?, published?, url?}`; a bad line is an error item. */
export function readJsonLines(text: string, path: string): DraftItem[] {
  const items: DraftItem[] = [];
  let start = 0;
  for (let lineNo = 1; start <= text.length; lineNo++) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line !== "") items.push(readLine(line, path, lineNo));
    if (nl === -1) break;
  }
  return items;
}

function readLine(line: string, path: string, lineNo: number): DraftItem {
  const origin = `${path}:${lineNo}`;
  const loc = { input: path, line: lineNo };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, origin, error: attacheError("E_JSONL", loc, (err as Error).message) };
  }
  const parsed = Record.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "not an article object";
    return { ok: false, origin, error: attacheError("E_JSONL", loc, detail) };
  }
  const r = parsed.data;
  const draft = {
    text: r.text,
    title: r.title ?? null,
    published: r.published ?? null,
    url: r.url ?? null,
    section: r.section ?? null,
    byline: r.byline ?? null,
  };
  return { ok: true, origin, draft };
}
