import { PassThrough } from "node:stream";
import type { CommandIO } from "./command.js";
import { main } from "./main.js";

/** Run the CLI in-process with captured output; `stdin` is fed from the given text. */
export async function runCli(argv: readonly string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on("data", (c: Buffer) => chunks.out.push(c));
  err.on("data", (c: Buffer) => chunks.err.push(c));
  const input = new PassThrough();
  input.end(stdin);
  const io: CommandIO = { stdin: input, stdout: out, stderr: err, isTTY: false };
  const code = await main(argv, io);
  return { code, out: Buffer.concat(chunks.out).toString("utf8"), err: Buffer.concat(chunks.err).toString("utf8") };
}
