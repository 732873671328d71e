import type { NormalizedEventV1 } from '@hub/contracts';
import type { Pool } from 'pg';

export interface StoredEventInput {
  event: NormalizedEventV1;
  /** The event as JSON, when the caller serialized it already (it is published as is). */
  json?: string;
  kafka: { topic: string; partition: number; offset: string };
}

function recordKey(e: NormalizedEventV1): string {
  return `${e.source}|${e.sourceRef}`;
}

/**
 * new: first time this revision is stored and it is the newest of its record.
 * duplicate: this revision was stored before (redelivery or a resend); still the newest.
 * superseded: a newer revision of the same record came in the same batch; stored for history only.
 * stale: arrived late, after a newer revision was stored; kept for history, never replaces the newer one.
 */
export type StoreOutcome = 'new' | 'duplicate' | 'superseded' | 'stale';

/**
 * Normalized events in PostgreSQL, written a Kafka batch at a time in one atomic statement. Raw pg: the
 * statement (jsonb_to_recordset, the heads locked in a CTE, a conditional upsert of the heads) is ingest's whole
 * write path and Prisma's client has no form for it. `BENCH_MESSAGES=60000 BENCH_INGEST_INSTANCES=1 npm run
 * bench -- ingest` measured 5,066 msg/s, ratio 0.29 to a bare consumer's multi-row INSERT (2026-12-01 00:33,
 * docs/benchmarks.md).
 */
export class EventStore {
  constructor(private readonly pool: Pool) {}

  async storeBatch(inputs: StoredEventInput[]): Promise<StoreOutcome[]> {
    if (inputs.length === 0) return [];
    // The payload is spliced in as the JSON text the caller already has: serializing each event once
    // instead of twice is a measurable share of ingest's CPU.
    const rows = inputs.map(({ event: e, kafka, json }) => {
      const row = JSON.stringify({
        event_id: e.eventId,
        source: e.source,
        source_ref: e.sourceRef,
        revision: e.revision,
        status: e.status,
        occurred_at: e.occurredAt,
        division_code: e.location.divisionCode,
        household_key: e.householdKey,
        flags: e.flags,
        correlation_id: e.correlationId,
        kafka_topic: kafka.topic,
        kafka_partition: kafka.partition,
        kafka_offset: kafka.offset,
      });
      return `${row.slice(0, -1)},"payload":${json ?? JSON.stringify(e)}}`;
    });
    // Newest revision per record within the batch; the head only moves forward.
    const newest = new Map<string, NormalizedEventV1>();
    for (const { event } of inputs) {
      const cur = newest.get(recordKey(event));
      if (!cur || cur.revision < event.revision) newest.set(recordKey(event), event);
    }
    const heads = [...newest.values()].map((e) => ({
      source: e.source,
      source_ref: e.sourceRef,
      revision: e.revision,
      event_id: e.eventId,
    }));

    // One statement, so one round trip and atomic without an explicit transaction. Every part sees the
    // same snapshot: `prev` reads (and locks) the heads as they were before this batch moves them.
    const { rows: result } = await this.pool.query<{ kind: 'fresh' | 'prev'; ref: string; revision: number | null }>(
      `WITH incoming AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(event_id uuid, source text, source_ref text, revision int,
           status text, occurred_at timestamptz, division_code char(12), household_key text, flags text[], payload jsonb,
           correlation_id text, kafka_topic text, kafka_partition int, kafka_offset bigint)
       ), heads AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS t(source text, source_ref text, revision int, event_id uuid)
       ), prev AS (
         SELECT h.source, h.source_ref, h.revision FROM source_record_head h JOIN heads USING (source, source_ref)
         ORDER BY h.source, h.source_ref FOR UPDATE OF h
       ), inserted AS (
         INSERT INTO normalized_event (event_id, source, source_ref, revision, status, occurred_at, division_code,
           household_key, flags, payload, correlation_id, kafka_topic, kafka_partition, kafka_offset)
         SELECT * FROM incoming ON CONFLICT DO NOTHING RETURNING event_id
       ), moved AS (
         INSERT INTO source_record_head (source, source_ref, revision, event_id)
         SELECT source, source_ref, revision, event_id FROM heads ORDER BY source, source_ref
         ON CONFLICT (source, source_ref) DO UPDATE
           SET revision = EXCLUDED.revision, event_id = EXCLUDED.event_id, updated_at = now()
           WHERE source_record_head.revision < EXCLUDED.revision
         RETURNING 1
       )
       SELECT 'fresh' AS kind, event_id::text AS ref, NULL::int AS revision FROM inserted
       UNION ALL SELECT 'prev', source || '|' || source_ref, revision FROM prev`,
      [`[${rows.join(',')}]`, JSON.stringify(heads)],
    );
    const fresh = new Set(result.filter((r) => r.kind === 'fresh').map((r) => r.ref));
    const previous = new Map(result.filter((r) => r.kind === 'prev').map((r) => [r.ref, r.revision ?? 0]));
    // Both copies of a resent message can arrive in one batch: the INSERT stores the first and skips the
    // second, so only the first copy is new (otherwise both would be published downstream).
    const taken = new Set<string>();
    return inputs.map(({ event }) => {
      if (event.revision < (previous.get(recordKey(event)) ?? 0)) return 'stale';
      if (event.revision < newest.get(recordKey(event))!.revision) return 'superseded';
      if (!fresh.has(event.eventId) || taken.has(event.eventId)) return 'duplicate';
      taken.add(event.eventId);
      return 'new';
    });
  }
}
