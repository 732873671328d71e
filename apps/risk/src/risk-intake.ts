import { Header, JobName, NormalizedEventV1, QueueName, Topic, topicName, gridAlertJobId, type GridAlertRaisedV1 } from '@hub/contracts';
import {
  assessInOrder,
  correctionKey,
  disputeThreadOf,
  HISTORY_BOUNDS,
  isRepeatPetition,
  personHashesOf,
  type RiskRules,
  type ThreadRecord,
} from '@hub/domain';
import { type DeadLetter, DeadLetterPublisher, headerString, type InboundBatch } from '@hub/messaging';
import { type Logger, type MetricsRegistry, stageLatency } from '@hub/observability';
import type { AssessmentRow, AssessmentStore, OutboxRow } from '@hub/persistence';

const DAY = 86_400_000;

/**
 * Takes a batch of normalized events: assesses each against its thread's history, stores the
 * assessments and, for alerts, an outbox row in the same transaction. The relay hands the outbox to
 * dispatch's queue, so an alert survives Redis being down; the offset is committed after the store.
 */
export class RiskIntake {
  private readonly assessed: ReturnType<MetricsRegistry['counter']>;
  private readonly stageSeconds: ReturnType<MetricsRegistry['counter']>;
  private readonly stage: ReturnType<typeof stageLatency>;
  private readonly historyRows: ReturnType<MetricsRegistry['counter']>;

  constructor(
    private readonly store: AssessmentStore,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly rules: RiskRules,
    private readonly topicSuffix: string,
    private readonly log: Logger,
    metrics: MetricsRegistry,
    private readonly afterStore: () => void,
  ) {
    this.assessed = metrics.counter('hub_risk_assessments_total', 'Assessments stored, by level and whether this was a redelivery', [
      'level',
      'redelivery',
    ]);
    this.stage = stageLatency(metrics);
    this.historyRows = metrics.counter(
      'hub_risk_history_rows_total',
      'Earlier records the history look-up read (bounded per household and person, so flat as a history grows)',
      [],
    );
    this.stageSeconds = metrics.counter(
      'hub_risk_stage_seconds_total',
      'Time spent per stage: parse, history (look-up), rules (classification and scoring), database (store)',
      ['stage'],
    );
  }

  async take(batch: InboundBatch): Promise<void> {
    let mark = performance.now();
    const lap = (stage: string) => {
      const now = performance.now();
      this.stageSeconds({ stage }, (now - mark) / 1000);
      mark = now;
    };
    const events: NormalizedEventV1[] = [];
    /** When ingest published each event (the broker's record time), by event id. */
    const published = new Map<string, number>();
    const letters: DeadLetter[] = [];
    for (const m of batch.messages) {
      let raw: unknown;
      try {
        raw = JSON.parse(m.value?.toString('utf8') ?? '');
      } catch {
        raw = undefined;
      }
      const parsed = NormalizedEventV1.safeParse(raw);
      if (parsed.success) {
        events.push(parsed.data);
        published.set(parsed.data.eventId, Number(m.timestamp));
      } else {
        const detail = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ');
        letters.push({
          message: m,
          reason: 'invalid_normalized_event',
          messageZh: `内部事件格式错误: ${detail}`,
          messageEn: `invalid normalized event: ${detail}`,
          detail,
        });
        this.log.error(
          {
            topic: m.topic,
            offset: m.offset,
            partition: m.partition,
            correlationId: headerString(m.headers, Header.CorrelationId)?.slice(0, 128),
          },
          'normalized event does not parse',
        );
      }
    }
    lap('parse');
    // Set aside after the store: a batch whose store fails is split and taken again, which would set them aside twice.
    const setAside = () => this.deadLetters.publish(topicName(Topic.NormalizedEventDead, this.topicSuffix), letters);
    if (events.length === 0) return setAside();

    const since = new Date(Math.min(...events.map((e) => new Date(e.occurredAt).getTime())) - this.rules.history.windowDays * DAY);
    const households = [...new Set(events.map((e) => e.householdKey))];
    const hashes = [...new Set(events.flatMap(personHashesOf))];
    const known: ThreadRecord[] = (await this.store.priorsFor(households, hashes, since, HISTORY_BOUNDS.priorsPerKey)).map((r) => ({
      ...r,
      source: r.source as ThreadRecord['source'],
      recordId: `${r.source}:${r.sourceRef}#${r.revision}`,
      riskLevel: r.riskLevel as ThreadRecord['riskLevel'],
      cause: r.cause ?? undefined,
    }));

    this.historyRows({}, known.length);
    const keys = [...new Set([...events, ...known].map((r) => `${r.source}|${r.sourceRef}`))];
    const excluded = new Set((await this.store.correctionsFor(keys)).map(([a, b]) => correctionKey(a, b)));
    lap('history');
    const results = assessInOrder(events, known, this.rules, excluded);
    const rows: AssessmentRow[] = [];
    const outbox: OutboxRow[] = [];
    for (const { assessmentId, event: e, assessment: a, personHashes, alert, links, linkedRecords } of results) {
      const thread = disputeThreadOf(e);
      rows.push({
        assessmentId,
        eventId: e.eventId,
        source: e.source,
        sourceRef: e.sourceRef,
        revision: e.revision,
        occurredAt: e.occurredAt,
        householdKey: e.householdKey,
        personHashes,
        threadKey: thread.threadKey,
        threadParties: thread.parties,
        divisionCode: e.location.divisionCode,
        gridCode: e.location.gridCode,
        domain: a.domain,
        familyRomantic: a.familyRomantic,
        relation: a.relation,
        riskScore: a.riskScore,
        riskLevel: a.riskLevel,
        factorCodes: a.factors.map((f) => f.code),
        cause: e.codes.cause,
        repeatPetition: isRepeatPetition(e),
        factors: { factors: a.factors, domainEvidence: a.domainEvidence, thread: { linkedRecords, linksListed: links.length } },
        links,
        rulesVersion: a.rulesVersion,
        correlationId: e.correlationId,
      });
      if (alert) {
        const payload: GridAlertRaisedV1 = {
          schemaVersion: 1,
          assessmentId,
          eventId: e.eventId,
          householdKey: e.householdKey,
          threadKey: thread.threadKey,
          divisionCode: e.location.divisionCode,
          ...(e.location.gridCode ? { gridCode: e.location.gridCode } : {}),
          riskLevel: a.riskLevel,
          riskScore: a.riskScore,
          correlationId: e.correlationId,
          raisedAt: new Date().toISOString(),
          // What dispatch routes by and tells the grid worker: masks only (it reads no table of ours).
          location: e.location,
          brief: {
            persons: e.persons.map((p) => ({ role: p.role, nameMasked: p.nameMasked, ...(p.idMasked ? { idMasked: p.idMasked } : {}) })),
            factorLabels: [...new Set(a.factors.map((f) => f.label))],
          },
        };
        outbox.push({ queue: QueueName.GridAlerts, jobName: JobName.GridAlertRaised, jobId: gridAlertJobId(assessmentId), payload });
      }
    }
    lap('rules');
    const fresh = await this.store.storeBatch(rows, outbox);
    await setAside();
    lap('database');
    for (const r of rows) {
      this.assessed({ level: r.riskLevel, redelivery: String(!fresh.has(r.eventId)) });
      if (fresh.has(r.eventId)) this.stage('assessed', published.get(r.eventId)!);
    }
    const raised = outbox.map((o) => o.payload as GridAlertRaisedV1).filter((p) => fresh.has(p.eventId));
    for (const p of raised) {
      this.log.info(
        { correlationId: p.correlationId, level: p.riskLevel, score: p.riskScore, assessmentId: p.assessmentId },
        'alert raised',
      );
    }
    if (raised.length) this.afterStore();
  }
}
