import { parentPort } from "node:worker_threads";
import type { Article } from "../doc/article.js";
import { toAttacheError } from "../errors/catalogue.js";
import { analyzeArticle } from "./analyze.js";
import type { StageContext } from "./stage.js";

/** Message from the pool to a worker. */
export interface WorkerRequest {
  readonly seq: number;
  readonly origin: string;
  readonly article: Article;
  readonly ctx: StageContext;
}

if (parentPort) {
  const port = parentPort;
  port.on("message", (req: WorkerRequest) => {
    try {
      port.postMessage({ seq: req.seq, ok: true, record: analyzeArticle(req.article, req.ctx) });
    } catch (err) {
      port.postMessage({ seq: req.seq, ok: false, error: toAttacheError(err, { input: req.origin }).toJSON() });
    }
  });
}
