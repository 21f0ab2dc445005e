import { AttacheError } from "../errors/catalogue.js";
import { type Command, type CommandIO, EXIT } from "./command.js";
import { analyzeCommand } from "./commands/analyze.js";
import { ingestCommand } from "./commands/ingest.js";
import { parseCommand } from "./commands/parse.js";
import { showCommand } from "./commands/show.js";

const COMMANDS: readonly Command[] = [analyzeCommand, ingestCommand, showCommand, parseCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Attaché: verifiable political event data from English news.

Usage: attache <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run "attache <command> --help" for a command's options.

Exit codes: 0 all good; 2 some inputs failed (the rest were processed); 1 fatal error.`;
}

/** Run the CLI with these arguments; returns the exit code (never throws). */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
    return name === undefined ? EXIT.FATAL : EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`attache: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.FATAL;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const message =
      err instanceof AttacheError
        ? `${err.code} ${err.message}`
        : String(err instanceof Error ? (err.stack ?? err.message) : err);
    io.stderr.write(`attache ${name}: ${message}\n`);
    return EXIT.FATAL;
  }
}
