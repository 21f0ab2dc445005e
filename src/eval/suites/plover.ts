import { join } from "node:path";
import { scoreDev } from "../../stages/events/eval/dev.js";
import { scoreGsr } from "../../stages/events/eval/gsr.js";
import type { EvalSuite } from "../suite.js";

/**
 * PLOVER gold-standard records (CAMEO manual sentences, PLOVER 0.5 names mapped to the 2021 scheme):
 * per-sentence type, source and target of the main event, plus (source, target, type) triple P/R.
 * Also reports event P/R on the dev articles (../shared/dev) when they are present.
 */
const suite: EvalSuite = {
  name: "plover",
  description: "event type / source / target accuracy on PLOVER_GSR_CAMEO (full pipeline, no publication date)",
  requires: "plover/PLOVER_GSR_CAMEO.json",
  floors: { type_accuracy: 0.8, source_accuracy: 0.8, target_accuracy: 0.75 },
  async run(dataDir) {
    const g = await scoreGsr(dataDir);
    const metrics: Record<string, number> = {
      type_accuracy: g.typeAcc,
      source_accuracy: g.sourceAcc,
      target_accuracy: g.targetAcc,
      triple_precision: g.tripleP,
      triple_recall: g.tripleR,
      sentences: g.n,
      sentences_coded: g.coded,
    };
    let details = "";
    try {
      const dev = await scoreDev(join(dataDir, "..", "dev", "articles.jsonl"));
      metrics.dev_precision = dev.precision;
      metrics.dev_recall = dev.recall;
      metrics.dev_cameo_agreement = dev.cameoAgreement;
      details = `dev events: ${dev.tp} matched of ${dev.ours} coded and ${dev.gold} gold`;
    } catch (err) {
      details = `dev articles not scored: ${err instanceof Error ? err.message : String(err)}`;
    }
    return { metrics, table: g.perType, details };
  },
};

export default suite;
