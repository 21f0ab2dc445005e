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
    if (raw.ok) yield* ingestBytes(raw.bytes, raw.path, options);
    else yield { ok: false, origin: raw.path, error: raw.error };
  }
}
