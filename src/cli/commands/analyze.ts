import { analyzeStream } from "../../pipeline/pool.js";
import { ARTICLE_FLAGS, ARTICLE_FLAGS_HELP, articleRunOptions, parseCommandArgs } from "../args.js";
import { type Command, EXIT, helpOrNoInputs } from "../command.js";
import { articleItems } from "../inputs.js";

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "print one JSON record per article (JSON Lines)",
  usage: `Usage: attache analyze [options] <inputs...>

Analyse articles and print one record per article as JSON Lines, in input order.
Inputs: files, directories (recursive), "-" for stdin; .gz is read transparently. Plain text (with or
without a news header), HTML, RSS/Atom feeds and JSON Lines ({text, title?, published?, url?}).

Options:
  --pretty            indented JSON, for reading
${ARTICLE_FLAGS_HELP}

Errors go to stderr, one line each, naming the input (and line). Exit codes: 0 all good,
2 some inputs failed (the others were analysed), 1 fatal.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { ...ARTICLE_FLAGS, pretty: { type: "boolean" } });
    const stop = helpOrNoInputs(this, values.help, positionals, io);
    if (stop !== null) return stop;
    const { timezone, published, jobs } = articleRunOptions(values);
    const items = articleItems(positionals, { published, timezone: timezone ?? undefined }, io.stdin);
    let failed = 0;
    for await (const outcome of analyzeStream(items, { jobs, ctx: { timezone } })) {
      if (outcome.ok) {
        const json = values.pretty ? JSON.stringify(outcome.record, null, 2) : JSON.stringify(outcome.record);
        if (!io.stdout.write(`${json}\n`)) await new Promise((r) => io.stdout.once("drain", r));
      } else {
        failed++;
        io.stderr.write(`attache: ${outcome.error.code} ${outcome.error.message}\n`);
      }
    }
    return failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  },
};
