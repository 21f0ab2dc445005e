import { isUtf8 } from "node:buffer";
import { toNFC } from "../../doc/article.js";
import { type AttacheError, attacheError } from "../../errors/catalogue.js";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: AttacheError };

/** Share of U+FFFD replacement characters above which invalid UTF-8 is refused. */
const MAX_REPLACEMENT_RATIO = 0.01;
/** Up to this many replacements are always tolerated (a stray bad byte in a long article). */
const MIN_REPLACEMENTS_TOLERATED = 8;
const SNIFF_BYTES = 4096;

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip data", [0x1f, 0x8b]],
  ["WebAssembly/ELF binary", [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Bytes -> text: BOM (UTF-8, UTF-16 LE/BE), then a charset declared in `<meta>` or the XML
 * declaration, else UTF-8. Line ends become `\n`; the result is NFC.
 */
export function decodeBytes(bytes: Uint8Array, input: string): Decoded {
  const loc = { input };
  if (bytes.length === 0) return { ok: false, error: attacheError("E_EMPTY", loc) };
  const bom = bomEncoding(bytes);
  let encoding = bom?.encoding ?? null;
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (!encoding) {
    const magic = MAGIC.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
    if (magic) return { ok: false, error: attacheError("E_BINARY", loc, magic[0]) };
    if (hasNul(bytes)) return { ok: false, error: attacheError("E_BINARY", loc, "NUL bytes") };
    encoding = declaredEncoding(bytes);
  }
  if (encoding && encoding !== "utf-8") {
    const text = decodeWith(encoding, body);
    if (text === null) return { ok: false, error: attacheError("E_ENCODING", loc, `unsupported charset ${encoding}`) };
    return finish(text, encoding, input);
  }
  if (isUtf8(body))
    return finish(Buffer.from(body.buffer, body.byteOffset, body.length).toString("utf8"), "utf-8", input);
  const text = new TextDecoder("utf-8").decode(body);
  const bad = countChar(text, 0xfffd);
  if (bad > MIN_REPLACEMENTS_TOLERATED && bad > text.length * MAX_REPLACEMENT_RATIO) {
    const detail = `${bad} invalid UTF-8 sequences in ${body.length} bytes`;
    return { ok: false, error: attacheError("E_ENCODING", loc, detail) };
  }
  return finish(text, "utf-8", input);
}

function finish(raw: string, encoding: string, input: string): Decoded {
  const text = toNFC(normalizeNewlines(raw));
  if (text.trim() === "") return { ok: false, error: attacheError("E_EMPTY", { input }) };
  if (controlRatio(text) > 0.1) {
    return { ok: false, error: attacheError("E_BINARY", { input }, "control characters") };
  }
  return { ok: true, text, encoding };
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function hasNul(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (b[i] === 0) return true;
  return false;
}

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i;
const XML_ENCODING = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/;

/** The charset an HTML or XML head declares, lower-cased TextDecoder label, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** windows-1252 characters at 0x80-0x9F (Node's TextDecoder decodes that label as latin-1). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWith(encoding: string, bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder(encoding).decode(bytes);
    if (encoding !== "windows-1252") return text;
    return text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] as string);
  } catch {
    return null;
  }
}

function normalizeNewlines(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

function countChar(s: string, code: number): number {
  let n = 0;
  for (let i = s.indexOf(String.fromCharCode(code)); i !== -1; i = s.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
}

/** Share of C0 control characters other than tab, newline, form feed in the first 4 K characters. */
function controlRatio(s: string): number {
  const n = Math.min(s.length, SNIFF_BYTES);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

export { toNFC };
