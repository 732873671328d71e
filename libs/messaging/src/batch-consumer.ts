import type { Consumer, EachBatchPayload, IHeaders, Kafka } from 'kafkajs';
import { topicName, type Topic } from '@hub/contracts';

export interface InboundMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
  timestamp: string;
}

/** One partition's slice of messages, handed to a handler that returns only when its effect is durable. */
export interface InboundBatch {
  /** The declared topic (without test suffix): what handlers are registered for. */
  baseTopic: Topic;
  topic: string;
  partition: number;
  messages: InboundMessage[];
}

export type BatchHandler = (batch: InboundBatch) => Promise<void>;

export interface BatchConsumerOptions {
  groupId: string;
  topics: Topic[];
  topicSuffix: string;
  fromBeginning?: boolean;
  /** Must stay above the application's message size limit so an oversized message can still be read and dead-lettered. */
  maxBytesPerPartition?: number;
  sessionTimeout?: number;
  heartbeatInterval?: number;
  partitionsConsumedConcurrently?: number;
}

/**
 * At-least-once consumption with manual commits: the offset after a batch is committed only after the
 * handler resolved, that is after its effect is durable. A handler that throws (a transient failure:
 * database or broker down) leaves the offset where it was, and kafkajs retries the batch with backoff.
 * Permanent failures never throw: handlers dead-letter them and go on, so a poison message cannot stall a partition.
 */
export class KafkaBatchConsumer {
  private consumer?: Consumer;
  private readonly byName = new Map<string, Topic>();

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BatchConsumerOptions,
    private readonly handler: BatchHandler,
  ) {
    for (const t of options.topics) this.byName.set(topicName(t, options.topicSuffix), t);
  }

  async start(): Promise<void> {
    const o = this.options;
    const consumer = this.kafka.consumer({
      groupId: o.groupId,
      sessionTimeout: o.sessionTimeout ?? 30_000,
      // A member that died mid-batch is waited for up to the rebalance timeout before its partitions
      // move; kafkajs's 60 s default would stall failover far longer than a batch ever takes.
      rebalanceTimeout: Math.max(10_000, 2 * (o.sessionTimeout ?? 30_000)),
      heartbeatInterval: o.heartbeatInterval ?? Math.min(3_000, Math.floor((o.sessionTimeout ?? 30_000) / 3)),
      maxBytesPerPartition: o.maxBytesPerPartition ?? 2 * 1024 * 1024,
      maxWaitTimeInMs: 100,
      retry: { initialRetryTime: 300, retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 15_000 },
    });
    this.consumer = consumer;
    // kafkajs restarts a crashed consumer only after errors it deems retriable. A commit refused because the
    // group was reset (a restarted broker forgets its members: "The coordinator is not aware of this member")
    // is not one: the partitions would stay unread for good while /health looks fine (the soak found it).
    consumer.on(consumer.events.CRASH, (e) => {
      if (!e.payload.restart) void this.rejoin(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.byName.keys()], fromBeginning: o.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: o.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.onBatch(payload),
    });
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (!payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
    const baseTopic = this.byName.get(batch.topic);
    if (!baseTopic) throw new Error(`no handler registered for topic ${batch.topic}`);
    await this.handler({
      baseTopic,
      topic: batch.topic,
      partition: batch.partition,
      messages: batch.messages.map((m) => ({
        topic: batch.topic,
        partition: batch.partition,
        offset: m.offset,
        key: m.key,
        value: m.value,
        headers: m.headers ?? {},
        timestamp: m.timestamp,
      })),
    });
    const last = batch.messages[batch.messages.length - 1].offset;
    payload.resolveOffset(last);
    await this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
    await payload.heartbeat();
  }

  /** A new consumer in place of one kafkajs gave up on, tried with doubling pauses until it runs (or stop()). */
  private async rejoin(crashed: Consumer): Promise<void> {
    let current = crashed;
    for (let attempt = 0; this.consumer === current; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(15_000, 1_000 * 2 ** attempt)));
      if (this.consumer !== current) return;
      await current.disconnect().catch(() => undefined);
      try {
        await this.start();
        return;
      } catch {
        current = this.consumer!;
      }
    }
  }

  /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
  async stop(): Promise<void> {
    if (!this.consumer) return;
    await this.consumer.disconnect();
    this.consumer = undefined;
  }
}

export function headerString(headers: IHeaders, name: string): string | undefined {
  const v = headers[name];
  if (v === undefined) return undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return first === undefined ? undefined : first.toString();
}
