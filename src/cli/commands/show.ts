import { existsSync } from "node:fs";
import type { AttacheRecord } from "../../doc/record.js";
import { describeTarget, isPostgresTarget, openStore, type Store } from "../../store/index.js";
import { parseCommandArgs } from "../args.js";
import { type Command, EXIT } from "../command.js";
import { DEFAULT_DB } from "./ingest.js";

export const showCommand: Command = {
  name: "show",
  summary: "print a stored record by id (or a unique id prefix)",
  usage: `Usage: attache show [options] <id>

Print the stored record with this id as JSON.

Options:
  --db <target>   SQLite file path or postgres:// URL (default: ${DEFAULT_DB})
  --pretty        indented JSON
  -h, --help      this help

Exit codes: 0 found, 2 not found, 1 fatal.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: "string" },
      pretty: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.stdout.write(`${this.usage}\n`);
      return EXIT.OK;
    }
    const id = positionals[0];
    if (positionals.length !== 1 || id === undefined) {
      io.stderr.write(`attache show: expected exactly one id\n${this.usage}\n`);
      return EXIT.FATAL;
    }
    const target = values.db ?? DEFAULT_DB;
    if (!isPostgresTarget(target) && !existsSync(target)) {
      io.stderr.write(`attache show: no store at ${target} (run "attache ingest" first, or give --db)\n`);
      return EXIT.FATAL;
    }
    const store = await openStore(target);
    try {
      const record = await findOne(store, id);
      if (typeof record === "string") {
        io.stderr.write(`attache show: ${record} in ${describeTarget(target)}\n`);
        return EXIT.SOME_FAILED;
      }
      io.stdout.write(`${values.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** The record with this id, or the only one whose id starts with it; a reason when there is none. */
async function findOne(store: Store, id: string): Promise<AttacheRecord | string> {
  const exact = await store.getRecord(id);
  if (exact) return exact;
  const matches = await store.findRecords({ idPrefix: id, limit: 2 });
  if (matches.length === 1 && matches[0]) return matches[0];
  return matches.length === 0 ? `no record with id "${id}"` : `id prefix "${id}" matches more than one record`;
}
