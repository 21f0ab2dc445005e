/** A CLI sub-command: `run` gets the arguments after the command name and returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

/** Streams a command reads and writes, so tests can run commands without a process. */
export interface CommandIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly isTTY: boolean;
}

/** Exit codes, documented in `attache --help` and the README. */
export const EXIT = { OK: 0, FATAL: 1, SOME_FAILED: 2 } as const;

/**
 * The exit code when a command that reads inputs should stop before running: `--help` (0) or no
 * inputs given (1, with the usage on stderr); null when it should run.
 */
export function helpOrNoInputs(
  command: Command,
  help: boolean | undefined,
  inputs: readonly string[],
  io: CommandIO,
): number | null {
  if (help) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.OK;
  }
  if (inputs.length === 0) {
    io.stderr.write(`attache ${command.name}: no inputs given (use "-" for stdin)\n${command.usage}\n`);
    return EXIT.FATAL;
  }
  return null;
}
