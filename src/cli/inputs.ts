import type { Article } from "../doc/article.js";
import { attacheError } from "../errors/catalogue.js";
import { readInputs } from "../io/inputs.js";
import type { PoolItem } from "../pipeline/pool.js";
import { type IngestOptions, ingestBytes } from "../stages/ingest/index.js";

/** Every article (or input error) found in the given paths, in input order. */
export async function* articleItems(
  inputs: readonly string[],
  options: IngestOptions,
  stdin: NodeJS.ReadableStream,
): AsyncGenerator<PoolItem> {
  for await (const raw of readInputs(inputs, stdin)) {
    if (!raw.ok) {
      yield { ok: false, origin: raw.path, error: raw.error };
      continue;
    }
    let items: ReturnType<typeof ingestBytes>;
    try {
      items = ingestBytes(raw.bytes, raw.path, options);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      yield { ok: false, origin: raw.path, error: attacheError("E_INTERNAL", { input: raw.path }, detail) };
      continue;
    }
    for (const item of items) yield item;
  }
}

export type { Article };
