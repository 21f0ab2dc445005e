import type { CommandIO } from "./command.js";

/** A one-line progress counter on a terminal; plain log lines otherwise. */
export class Progress {
  private shown = false;
  private last = 0;
  constructor(private readonly io: CommandIO) {}

  update(t: { read: number; stored: number; duplicates: number; failed: readonly unknown[] }): void {
    if (!this.io.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.io.stderr.write(
      `\r\x1b[K${t.read} read · ${t.stored} stored · ${t.duplicates} duplicates · ${t.failed.length} failed`,
    );
    this.shown = true;
  }

  log(line: string, error = false): void {
    if (this.shown) this.io.stderr.write("\r\x1b[K");
    (error ? this.io.stderr : this.io.stdout).write(`${line}\n`);
  }

  done(): void {
    if (this.shown) this.io.stderr.write("\r\x1b[K");
  }
}
