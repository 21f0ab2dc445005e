import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordRows } from "./rows.js";
import { fixtureRecord } from "./testing/fixture.js";

describe("recordRows", () => {
  const record = fixtureRecord();
  const rows = recordRows(record, "2024-05-17T07:00:00.000Z");

  it("keeps the whole record as JSON on the article row", () => {
    assert.equal(rows.article.id, record.id);
    assert.deepEqual(JSON.parse(rows.article.record), record);
    assert.deepEqual(JSON.parse(rows.article.captions), record.captions);
    assert.equal(rows.article.source_path, "fixtures/korhonen.txt");
    assert.equal(rows.article.source_url, null);
  });

  it("flattens actor mentions with their actor id", () => {
    assert.equal(rows.actors.length, 2);
    assert.deepEqual(
      rows.mentions.map((m) => [m.actor_id, m.idx, record.text.slice(m.span_start, m.span_end)]),
      [
        ["a1", 0, "Finnish President Anna Korhonen"],
        ["a1", 1, "Korhonen"],
        ["a2", 0, "Japan"],
      ],
    );
  });

  it("spreads event fields into columns and nulls an absent target and location", () => {
    const [visit, signing] = rows.events;
    assert.ok(visit && signing);
    assert.equal(record.text.slice(visit.trigger_start, visit.trigger_end), "visit");
    assert.deepEqual(
      [
        visit.source_country,
        visit.target_country,
        visit.plover_type,
        visit.plover_mode,
        visit.location_name,
        visit.count,
      ],
      ["FIN", "JPN", "CONSULT", "visit", "Tokyo", null],
    );
    assert.deepEqual(
      [signing.target_actor, signing.target_code, signing.location_lat, signing.date_basis, signing.count],
      [null, null, null, "publication", 1],
    );
  });

  it("maps quote spans and flags", () => {
    const [q] = rows.quotes;
    assert.ok(q);
    assert.equal(record.text.slice(q.cue_start, q.cue_end), "told");
    assert.equal(
      record.text.slice(q.content_start, q.content_end),
      "Our two countries share an interest in open sea lanes",
    );
    assert.deepEqual([q.direct, q.partial, q.anonymous], [true, false, false]);
  });
});
