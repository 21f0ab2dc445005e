import { gunzipSync, gzipSync } from "node:zlib";

/** Typed arrays a model file may hold. */
export type ModelArray = Float32Array | Int16Array | Int32Array | Uint8Array;

interface ArrayEntry {
  readonly name: string;
  readonly type: "f32" | "i16" | "i32" | "u8";
  readonly offset: number;
  readonly length: number;
}

const MAGIC = "ATTM1\n";

/**
 * Serialize a JSON-able header and named typed arrays into one gzipped buffer:
 * magic, u32 header length, header JSON, then each array 8-byte aligned.
 */
export function packModel(header: unknown, arrays: Readonly<Record<string, ModelArray>>): Buffer {
  const entries: ArrayEntry[] = [];
  let offset = 0;
  for (const [name, arr] of Object.entries(arrays)) {
    offset = align8(offset);
    entries.push({ name, type: typeOf(arr), offset, length: arr.length });
    offset += arr.byteLength;
  }
  const head = Buffer.from(JSON.stringify({ header, arrays: entries }), "utf8");
  const start = align8(MAGIC.length + 4 + head.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(head.length, MAGIC.length);
  head.copy(out, MAGIC.length + 4);
  entries.forEach((e, i) => {
    const arr = Object.values(arrays)[i];
    Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, start + e.offset);
  });
  return gzipSync(out, { level: 9 });
}

/** Inverse of `packModel`: the header (unvalidated) and the arrays by name. */
export function unpackModel(gz: Buffer): { header: unknown; arrays: Map<string, ModelArray> } {
  // One output chunk of the size the gzip footer announces avoids concatenating copies.
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  const raw = gunzipSync(gz, { chunkSize: Math.max(64 * 1024, size + 1) });
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not an Attaché model file");
  const headLen = raw.readUInt32LE(MAGIC.length);
  const meta = JSON.parse(raw.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headLen)) as {
    header: unknown;
    arrays: ArrayEntry[];
  };
  const start = align8(MAGIC.length + 4 + headLen);
  // Typed views need aligned offsets: view the inflated buffer in place when it is aligned,
  // otherwise copy the body once into a fresh ArrayBuffer.
  let buf: ArrayBuffer;
  let base: number;
  if ((raw.byteOffset + start) % 8 === 0 && raw.buffer instanceof ArrayBuffer) {
    buf = raw.buffer;
    base = raw.byteOffset + start;
  } else {
    const body = new Uint8Array(raw.length - start);
    body.set(raw.subarray(start));
    buf = body.buffer;
    base = 0;
  }
  const arrays = new Map<string, ModelArray>();
  for (const e of meta.arrays) arrays.set(e.name, view(buf, base, e));
  return { header: meta.header, arrays };
}

function view(buf: ArrayBuffer, base: number, e: ArrayEntry): ModelArray {
  const at = base + e.offset;
  switch (e.type) {
    case "f32":
      return new Float32Array(buf, at, e.length);
    case "i16":
      return new Int16Array(buf, at, e.length);
    case "i32":
      return new Int32Array(buf, at, e.length);
    case "u8":
      return new Uint8Array(buf, at, e.length);
  }
}

function typeOf(a: ModelArray): ArrayEntry["type"] {
  if (a instanceof Float32Array) return "f32";
  if (a instanceof Int16Array) return "i16";
  if (a instanceof Int32Array) return "i32";
  return "u8";
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
