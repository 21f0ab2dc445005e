import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { type AttacheError, attacheError } from "../errors/catalogue.js";

/** One input unit: the bytes of a file (or stdin, path `-`), decompressed, or why it could not be read. */
export type RawInput =
  | { readonly ok: true; readonly path: string; readonly bytes: Buffer }
  | { readonly ok: false; readonly path: string; readonly error: AttacheError };

export interface ReadOptions {
  /** Largest input accepted, after decompression. Default 64 MB. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const gunzipAsync = promisify(gunzip);
/** Inside directories only these files (and names without extension) are read; READMEs and images are not. */
const ARTICLE_FILE = /\.(?:txt|text|html?|xhtml|xml|rss|atom|json|jsonl|ndjson)(?:\.gz)?$/i;

/**
 * Files, directories (recursively, sorted; hidden entries and non-article extensions skipped)
 * and `-` for stdin, in the
 * order given. Gzip is decompressed transparently. Never throws: failures are error items.
 */
export async function* readInputs(
  inputs: readonly string[],
  stdin: NodeJS.ReadableStream,
  opts: ReadOptions = {},
): AsyncIterable<RawInput> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === "-") yield await readStdin(stdin, max);
    else yield* readPath(input, max, new Set());
  }
}

async function* readPath(path: string, max: number, seen: Set<string>): AsyncGenerator<RawInput> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (err) {
    yield readError(path, err);
    return;
  }
  if (st.isDirectory()) {
    const id = `${st.dev}:${st.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    yield* readDirectory(path, max, seen);
  } else if (st.isFile()) {
    yield await readOneFile(path, st.size, max);
  } else {
    yield { ok: false, path, error: attacheError("E_READ", { input: path }, "not a regular file or directory") };
  }
}

async function* readDirectory(dir: string, max: number, seen: Set<string>): AsyncGenerator<RawInput> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    yield readError(dir, err);
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (!name.startsWith(".") && (ARTICLE_FILE.test(name) || !name.includes(".")))
      yield* readPath(join(dir, name), max, seen);
  }
}

async function readOneFile(path: string, size: number, max: number): Promise<RawInput> {
  if (size > max) return { ok: false, path, error: attacheError("E_TOO_LARGE", { input: path }, size, max) };
  try {
    return await unpack(path, await readFile(path), max);
  } catch (err) {
    return readError(path, err);
  }
}

async function readStdin(stdin: NodeJS.ReadableStream, max: number): Promise<RawInput> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > max) return { ok: false, path: "-", error: attacheError("E_TOO_LARGE", { input: "-" }, total, max) };
      chunks.push(buf);
    }
  } catch (err) {
    return readError("-", err);
  }
  return unpack("-", Buffer.concat(chunks), max);
}

/** Gunzips when the bytes start with the gzip magic number or the name ends in `.gz`. */
async function unpack(path: string, bytes: Buffer, max: number): Promise<RawInput> {
  const magic = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!magic && !path.toLowerCase().endsWith(".gz")) return { ok: true, path, bytes };
  if (!magic) return { ok: false, path, error: attacheError("E_GZIP", { input: path }, "no gzip header") };
  try {
    return { ok: true, path, bytes: await gunzipAsync(bytes, { maxOutputLength: max }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE") {
      return { ok: false, path, error: attacheError("E_TOO_LARGE", { input: path }, max + 1, max) };
    }
    return { ok: false, path, error: attacheError("E_GZIP", { input: path }, e.message ?? String(err)) };
  }
}

function readError(path: string, err: unknown): RawInput {
  const e = err as NodeJS.ErrnoException;
  const detail = e?.code ? `${e.code}${e.message ? ` (${e.message})` : ""}` : String(err);
  return { ok: false, path, error: attacheError("E_READ", { input: path }, detail) };
}
