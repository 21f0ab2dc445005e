import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { makeArticle } from "../../doc/article.js";
import { createDoc, layer } from "../../doc/doc.js";
import { attacheError, toAttacheError } from "../../errors/catalogue.js";
import { parseConllu } from "../../nlp/conllu.js";
import { segmentStage } from "../../stages/segment/index.js";
import { syntaxStage } from "../../stages/syntax/index.js";
import { getAnalyzer } from "../../stages/syntax/model-files.js";
import { type Command, type CommandIO, EXIT } from "../command.js";

const USAGE = `attache parse [file|-] [--conllu]

Tokenize, tag, lemmatize and parse English text; print CoNLL-U (UD basic dependencies).
  file       text file to read ("-" or nothing: standard input)
  --conllu   the input is already tokenized CoNLL-U (FORM column, one sentence per block);
             print the same sentences with our LEMMA, UPOS, XPOS, HEAD and DEPREL
  --help     show this help

Raw-text output gives each sentence's character range as "# char_range = start:end" and each
token's as "TokenRange=start:end" in MISC (JavaScript string offsets into the input).`;

async function readInput(path: string, io: CommandIO): Promise<string> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw attacheError("E_READ", { input: path }, err instanceof Error ? err.message : String(err));
  }
}

/** CoNLL-U for raw text: segment + syntax stages, offsets in comments and MISC. */
export function conlluFromText(text: string): string {
  const ctx = { timezone: null };
  const doc = syntaxStage.run(segmentStage.run(createDoc(makeArticle({ text })), ctx), ctx);
  const sentences = layer(doc, "sentences");
  const tokens = layer(doc, "tokens");
  const tags = layer(doc, "tags");
  const deps = layer(doc, "deps");
  const out: string[] = [];
  sentences.forEach((s, si) => {
    out.push(`# sent_id = ${si + 1}`);
    out.push(`# text = ${doc.text.slice(s.start, s.end).replace(/\s+/g, " ")}`);
    out.push(`# char_range = ${s.start}:${s.end}`);
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t];
      const h = deps[t].head;
      const misc = [`TokenRange=${tok.start}:${tok.end}`];
      if (t + 1 < s.endToken && tokens[t + 1].start === tok.end) misc.push("SpaceAfter=No");
      out.push(
        [
          t - s.firstToken + 1,
          clean(doc.text.slice(tok.start, tok.end)),
          clean(tags[t].lemma),
          tags[t].upos,
          tags[t].xpos,
          "_",
          h < 0 ? 0 : h - s.firstToken + 1,
          deps[t].rel,
          "_",
          misc.join("|"),
        ].join("\t"),
      );
    }
    out.push("");
  });
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

/** Re-annotate tokenized CoNLL-U: keep ID, FORM, FEATS, MISC and comments; replace the rest. */
export function conlluFromConllu(input: string): string {
  const analyzer = getAnalyzer();
  const out: string[] = [];
  for (const s of parseConllu(input)) {
    const a = analyzer.analyze(s.forms);
    out.push(...s.comments);
    s.forms.forEach((form, i) => {
      const h = a.heads[i];
      out.push(
        [i + 1, form, clean(a.lemmas[i]), a.upos[i], a.xpos[i], "_", h < 0 ? 0 : h + 1, a.rels[i], "_", s.misc[i]].join(
          "\t",
        ),
      );
    });
    out.push("");
  }
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

function clean(s: string): string {
  return s.replace(/[\t\n\r]/g, " ") || "_";
}

export const parseCommand: Command = {
  name: "parse",
  summary: "tokenize, tag and dependency-parse text; print CoNLL-U",
  usage: USAGE,
  async run(argv, io) {
    let opts: { values: { conllu?: boolean; help?: boolean }; positionals: string[] };
    try {
      opts = parseArgs({
        args: [...argv],
        options: { conllu: { type: "boolean" }, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
      });
    } catch (err) {
      io.stderr.write(`${attacheError("E_OPTION", null, err instanceof Error ? err.message : String(err)).message}\n`);
      return EXIT.FATAL;
    }
    if (opts.values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.OK;
    }
    if (opts.positionals.length > 1) {
      io.stderr.write(`${attacheError("E_OPTION", null, "parse takes at most one input").message}\n`);
      return EXIT.FATAL;
    }
    const path = opts.positionals[0] ?? "-";
    try {
      const text = await readInput(path, io);
      if (opts.values.conllu) {
        try {
          io.stdout.write(conlluFromConllu(text));
        } catch (err) {
          if (err instanceof SyntaxError) throw attacheError("E_READ", { input: path }, `not CoNLL-U: ${err.message}`);
          throw err;
        }
      } else {
        io.stdout.write(conlluFromText(text));
      }
      return EXIT.OK;
    } catch (err) {
      io.stderr.write(`${toAttacheError(err, { input: path }).message}\n`);
      return EXIT.FATAL;
    }
  },
};
