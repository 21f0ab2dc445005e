import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseTextArticle } from "./text-header.js";

const NBSP = "\u00a0";

describe("parseTextArticle", () => {
  it("splits the news header layout and keeps the body slice exact", () => {
    const raw = [
      `ASIA${NBSP}/${NBSP}DIPLOMACY`,
      "Mongolia and Korea agree on mining partnership",
      "Published: Jun 3, 2022 10:15 AM",
      "The delegations in Ulaanbaatar. Photo: AFP",
      "",
      "The delegations in Ulaanbaatar. Photo: AFP",
      "",
      "ULAANBAATAR — Mongolia and South Korea agreed on Friday to develop two copper mines together.",
      "",
      `Officials said the deal would be signed in Seoul next month.${NBSP}`,
      "",
    ].join("\n");
    const a = parseTextArticle(raw);
    assert.equal(a.section, `ASIA${NBSP}/${NBSP}DIPLOMACY`);
    assert.equal(a.title, "Mongolia and Korea agree on mining partnership");
    assert.equal(a.published, "Jun 3, 2022 10:15 AM");
    assert.deepEqual(a.captions, ["The delegations in Ulaanbaatar. Photo: AFP"]);
    assert.ok(a.body.startsWith("ULAANBAATAR"));
    assert.ok(a.body.endsWith(`next month.${NBSP}`));
    assert.equal(raw.slice(a.bodyOffset ?? -1, (a.bodyOffset ?? 0) + a.body.length), a.body);
    assert.ok(!a.body.includes("Photo:"));
  });

  it("reads the plain layout: headline, blank line, paragraphs", () => {
    const raw =
      "Chad and Niger reopen border\n\nN'DJAMENA, May 2 — Chad and Niger reopened their border on Tuesday.\n\nTraders welcomed it.";
    const a = parseTextArticle(raw);
    assert.equal(a.title, "Chad and Niger reopen border");
    assert.equal(a.section, null);
    assert.equal(a.bodyOffset, 30);
    assert.equal(a.body, raw.slice(30));
  });

  it("takes a byline and removes a caption repeated inside the body", () => {
    const raw =
      "Envoys meet in Oslo\nBy Kari Lund\n\nFirst paragraph of the story here.\n\nEnvoys at the table. Photo: NTB\n\nSecond paragraph.";
    const a = parseTextArticle(raw);
    assert.equal(a.byline, "Kari Lund");
    assert.deepEqual(a.captions, ["Envoys at the table. Photo: NTB"]);
    assert.equal(a.body, "First paragraph of the story here.\n\nSecond paragraph.");
    assert.equal(a.bodyOffset, null);
  });

  it("does not invent a title for text without one", () => {
    const single = "Officials met in Rabat on Monday to discuss fisheries.";
    assert.equal(parseTextArticle(single).title, null);
    assert.equal(parseTextArticle(single).body, single);
    const sentenceFirst = "The talks ended on Monday.\n\nNo agreement was reached.";
    assert.equal(parseTextArticle(sentenceFirst).title, null);
    assert.equal(parseTextArticle(sentenceFirst).bodyOffset, 0);
  });

  it("handles a 50 MB single line in linear time", () => {
    const line = "word ".repeat(10_000_000);
    const a = parseTextArticle(line);
    assert.equal(a.title, null);
    assert.equal(a.body.length, line.length - 1);
  });
});
