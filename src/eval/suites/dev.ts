import { join } from "node:path";
import { analyzeArticle } from "../../pipeline/analyze.js";
import { ingestBytes } from "../../stages/ingest/index.js";
import { readDevArticles } from "../dev-gold.js";
import { emptyCounts, rate, scoreArticle } from "../dev-score.js";
import type { EvalSuite } from "../suite.js";

/**
 * The whole pipeline on the project's own development articles (../shared/dev, beside the data
 * directory). Development figures, not evaluation results: no floors. A quote's speaker is right
 * when it is the gold speaker's actor: same name, or one of its mentions on a gold mention of it
 * ("Federal Security Service" and "FSB" are one speaker); an anonymous gold speaker needs an
 * anonymous quote.
 * Locations are scored on matched required events: recall over those the gold places, precision
 * over those we place (a place the gold does not give counts as wrong).
 */
const suite: EvalSuite = {
  name: "dev",
  description: "whole pipeline vs the hand-made gold of ../shared/dev (actors, times, quotes, events)",
  requires: "../dev/articles.jsonl",
  floors: {},
  async run(dataDir) {
    const articles = readDevArticles(join(dataDir, "..", "dev", "articles.jsonl"));
    const c = emptyCounts();
    const table: Record<string, string | number>[] = [];
    for (const a of articles) {
      const item = ingestBytes(Buffer.from(a.raw, "utf8"), `${a.id}.txt`, { published: a.published ?? undefined })[0];
      if (!item?.ok) throw new Error(`${a.id}: ingest failed: ${item ? item.error.message : "no article"}`);
      const record = analyzeArticle(item.article);
      const offset = item.bodyOffset;
      if (offset === undefined) throw new Error(`${a.id}: the body is not one slice of the raw file`);
      const before = { ...c };
      scoreArticle(a, record, offset, c);
      table.push({
        article: a.id,
        "actors found": `${c.actorsFound - before.actorsFound}/${c.actorsGold - before.actorsGold}`,
        "times right": `${c.timesValueRight - before.timesValueRight}/${c.timesGold - before.timesGold}`,
        "quotes right": `${c.quotesSpeakerRight - before.quotesSpeakerRight}/${c.quotesGold - before.quotesGold}`,
        "events matched": `${c.eventsMatched - before.eventsMatched}/${c.eventsGold - before.eventsGold}`,
        "events false": c.eventsFalse - before.eventsFalse,
      });
    }
    const precision = rate(c.eventsSystem - c.eventsFalse, c.eventsSystem);
    const recall = rate(c.eventsMatched, c.eventsGold);
    return {
      table,
      metrics: {
        actorRecall: rate(c.actorsFound, c.actorsGold),
        actorCountry: rate(c.actorsCountryRight, c.actorsFound),
        actorSector: rate(c.actorsSectorRight, c.actorsFound),
        mentionRecall: rate(c.mentionsFound, c.mentionsGold),
        timeRecall: rate(c.timesFound, c.timesGold),
        timeValue: rate(c.timesValueRight, c.timesFound),
        quoteRecall: rate(c.quotesFound, c.quotesGold),
        quoteSpeaker: rate(c.quotesSpeakerRight, c.quotesFound),
        eventPrecision: precision,
        eventRecall: recall,
        eventF1: rate(2 * precision * recall, precision + recall),
        eventDate: rate(c.eventsDateRight, c.eventsMatched),
        locationRecall: rate(c.locationsGoldRight, c.locationsGold),
        locationPrecision: rate(c.locationsOursRight, c.locationsOurs),
      },
    };
  },
};

export default suite;
