import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * Command-line options of a script: `--help` / `-h` prints `usage` and exits 0; an unknown option or
 * a missing value prints the problem and the usage and exits 2.
 */
export function scriptArgs<T extends ParseArgsConfig>(
  name: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (err) {
    process.stderr.write(`${name}: ${err instanceof Error ? err.message : String(err)}\n${usage}\n`);
    process.exit(2);
  }
}
