import { openStore } from "../../store/index.js";
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
    const store = await openStore(values.db ?? DEFAULT_DB);
    try {
      const record = await store.getRecord(id);
      if (!record) {
        io.stderr.write(`attache show: no record with id "${id}" in ${values.db ?? DEFAULT_DB}\n`);
        return EXIT.SOME_FAILED;
      }
      io.stdout.write(`${values.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};
