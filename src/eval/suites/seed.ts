import { join } from "node:path";
import { analyzeSeed, describeEvents, fits, REQUIRED } from "../../stages/events/eval/seed.js";
import type { EvalSuite } from "../suite.js";

/** The reference article: which of the required events the pipeline finds, and every event it codes. */
const suite: EvalSuite = {
  name: "seed",
  description: "required events of the reference article (Lavrov's visit to China, 18 March 2021)",
  requires: "../seed/000_69dea6fa310e0472.txt",
  floors: { required_found: 1 },
  async run(dataDir) {
    const doc = await analyzeSeed(join(dataDir, "..", "seed", "000_69dea6fa310e0472.txt"));
    const events = doc.events ?? [];
    const table = REQUIRED.map((r) => {
      const hit = events.find((e) => fits(e, r));
      return {
        required: r.what,
        source: r.source,
        target: r.target,
        type: r.plover,
        found: hit ? hit.rule : "MISSING",
      };
    });
    const found = table.filter((t) => t.found !== "MISSING").length;
    return {
      metrics: { required_found: found / REQUIRED.length, required_total: REQUIRED.length, events: events.length },
      table,
      details: describeEvents(doc),
    };
  },
};

export default suite;
