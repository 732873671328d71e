import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { CHARSET_HEADER, correlationIdFrom, FEEDS, type FeedSource, Header, Topic, topicName } from '@hub/contracts';
import { admitUpstreamMessage, type AdmissionContext, Rejection } from '@hub/domain';
import { type DeadLetter, DeadLetterPublisher, headerString, type InboundBatch, sendInChunks } from '@hub/messaging';
import { type Logger, type MetricsRegistry, stageLatency } from '@hub/observability';
import type { EventStore, StoredEventInput } from '@hub/persistence';

export type AdmissionDeps = Omit<AdmissionContext, 'now' | 'correlationId'>;

type Admitted = StoredEventInput & { json: string };

/**
 * Takes one partition batch of a feed: admits each message or sets it aside with a reason, stores the
 * admitted ones in one transaction, then publishes them on the normalized topic. The caller commits
 * the offsets only after this resolves, so a crash anywhere before leads to redelivery, and the store's
 * idempotency on (source, reference, revision) makes that harmless.
 */
export class FeedIntake {
  private readonly counted: ReturnType<MetricsRegistry['counter']>;
  private readonly rejected: ReturnType<MetricsRegistry['counter']>;
  private readonly stage: ReturnType<typeof stageLatency>;

  constructor(
    private readonly store: EventStore,
    private readonly producer: Producer,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly admission: AdmissionDeps,
    private readonly topicSuffix: string,
    private readonly log: Logger,
    metrics: MetricsRegistry,
  ) {
    this.counted = metrics.counter(
      'hub_ingest_messages_total',
      'Upstream messages by feed and outcome (new, duplicate, superseded, stale, rejected)',
      ['feed', 'outcome'],
    );
    this.rejected = metrics.counter(
      'hub_ingest_rejected_total',
      'Upstream messages set aside on the dead-letter topic, by feed and reason',
      ['feed', 'reason'],
    );
    this.stage = stageLatency(metrics);
  }

  async take(source: FeedSource, batch: InboundBatch): Promise<void> {
    const now = new Date();
    const admitted: Admitted[] = [];
    /** When upstream published each admitted message (the broker's record time). */
    const published: number[] = [];
    const letters: DeadLetter[] = [];

    for (const message of batch.messages) {
      // A header value may be anything (64 KB, a NUL): only a bounded, printable id is carried, logged and stored.
      const correlation = correlationIdFrom(headerString(message.headers, Header.CorrelationId), randomUUID);
      const correlationId = correlation.id;
      try {
        const event = admitUpstreamMessage(source, message.value, {
          ...this.admission,
          now,
          correlationId,
          charset: headerString(message.headers, CHARSET_HEADER),
          flags: correlation.replaced ? ['correlation_id_replaced'] : [],
        });
        admitted.push({
          event,
          json: JSON.stringify(event),
          kafka: { topic: message.topic, partition: message.partition, offset: message.offset },
        });
        published.push(Number(message.timestamp));
      } catch (e) {
        if (!(e instanceof Rejection)) throw e;
        letters.push({ message, reason: e.code, messageZh: e.zh, messageEn: e.en, detail: e.detail });
        this.rejected({ feed: source, reason: e.code });
        this.log.warn(
          { feed: source, reason: e.code, topic: message.topic, offset: message.offset, partition: message.partition, correlationId },
          'message set aside',
        );
      }
    }

    const outcomes = await this.store.storeBatch(admitted);
    const toPublish: Admitted[] = [];
    outcomes.forEach((outcome, i) => {
      this.counted({ feed: source, outcome });
      if (outcome === 'new') this.stage('stored', published[i]);
      // A duplicate is published again: the first attempt may have crashed between store and publish.
      if (outcome === 'new' || outcome === 'duplicate') toPublish.push(admitted[i]);
    });
    this.counted({ feed: source, outcome: 'rejected' }, letters.length);

    await Promise.all([
      sendInChunks(
        this.producer,
        topicName(Topic.NormalizedEvent, this.topicSuffix),
        toPublish.map(({ event, json }) => ({
          key: event.householdKey,
          value: json,
          headers: { [Header.CorrelationId]: event.correlationId, [Header.SchemaVersion]: '1' },
        })),
      ),
      this.deadLetters.publish(topicName(FEEDS[source].deadLetterTopic, this.topicSuffix), letters),
    ]);
    this.log.debug(
      { feed: source, partition: batch.partition, size: batch.messages.length, stored: admitted.length, rejected: letters.length },
      'batch taken',
    );
  }
}
