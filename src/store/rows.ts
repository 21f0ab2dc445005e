import type { AttacheRecord } from "../doc/record.js";
import type { ActorRow, ArticleRow, EventRow, MentionRow, QuoteRow, SentenceRow, TimeRow } from "./schema.js";

/** The rows of one record, table by table, in the order they must be inserted (parents first). */
export interface RecordRows {
  readonly article: ArticleRow;
  readonly sentences: readonly SentenceRow[];
  readonly actors: readonly ActorRow[];
  readonly mentions: readonly MentionRow[];
  readonly times: readonly TimeRow[];
  readonly quotes: readonly QuoteRow[];
  readonly events: readonly EventRow[];
}

export function recordRows(record: AttacheRecord, createdAt: string): RecordRows {
  const id = record.id;
  return {
    article: {
      id,
      schema_version: record.schema,
      source_path: record.source.path,
      source_url: record.source.url,
      title: record.title,
      section: record.section,
      published: record.published,
      text: record.text,
      captions: JSON.stringify(record.captions),
      record: JSON.stringify(record),
      created_at: createdAt,
    },
    sentences: record.sentences.map((s, idx) => ({ article_id: id, idx, span_start: s.start, span_end: s.end })),
    actors: record.actors.map((a, idx) => ({
      article_id: id,
      actor_id: a.id,
      idx,
      name: a.name,
      kind: a.kind,
      country: a.country,
      sector: a.sector,
      code: a.code,
      role: a.role,
    })),
    mentions: record.actors.flatMap((a) =>
      a.mentions.map((m, idx) => ({ article_id: id, actor_id: a.id, idx, span_start: m.start, span_end: m.end })),
    ),
    times: record.times.map((t, idx) => ({
      article_id: id,
      idx,
      span_start: t.start,
      span_end: t.end,
      value: t.value,
      grain: t.grain,
    })),
    quotes: record.quotes.map((q, idx) => ({
      article_id: id,
      idx,
      speaker: q.speaker,
      speaker_text: q.speakerText,
      anonymous: q.anonymous,
      anonymous_class: q.anonymousClass,
      cue_start: q.cue.start,
      cue_end: q.cue.end,
      content_start: q.content.start,
      content_end: q.content.end,
      direct: q.direct,
      partial: q.partial,
    })),
    events: record.events.map((e, idx) => ({
      article_id: id,
      idx,
      cameo: e.cameo,
      plover_type: e.plover.type,
      plover_mode: e.plover.mode,
      source_actor: e.source.actor,
      source_code: e.source.code,
      source_country: e.source.country,
      source_sector: e.source.sector,
      target_actor: e.target?.actor ?? null,
      target_code: e.target?.code ?? null,
      target_country: e.target?.country ?? null,
      target_sector: e.target?.sector ?? null,
      date_start: e.date.start,
      date_end: e.date.end,
      date_basis: e.date.basis,
      status: e.status,
      location_name: e.location?.name ?? null,
      location_country: e.location?.country ?? null,
      location_lat: e.location?.lat ?? null,
      location_lon: e.location?.lon ?? null,
      sentence: e.sentence,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      rule: e.rule,
      goldstein: e.goldstein,
      quad_class: e.quadClass,
      count: e.count ?? null,
    })),
  };
}
