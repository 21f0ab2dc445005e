import { withLayers } from "../../doc/doc.js";
import type { Stage } from "../../pipeline/stage.js";
import { codeEvents } from "./code.js";
import { defaultLexicon } from "./lexicon/load.js";

/** Codes CAMEO/PLOVER events from the dependency trees, actors and times. */
export const eventsStage: Stage = {
  name: "events",
  requires: ["sentences", "tokens", "tags", "deps", "actors", "times"],
  assigns: ["events"],
  run(doc) {
    return withLayers(doc, { events: Object.freeze(codeEvents(defaultLexicon(), doc)) });
  },
};

export { codeEvents } from "./code.js";
export { defaultLexicon, loadLexicon } from "./lexicon/load.js";
