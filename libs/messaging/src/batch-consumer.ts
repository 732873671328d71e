import type { Consumer, EachBatchPayload, IHeaders, Kafka } from 'kafkajs';
import { deadLetterTopicOf, topicName, type Topic } from '@hub/contracts';
import type { DeadLetterPublisher } from './dead-letter';
import { blamesTheMessage, classifyFailure, sqlStateOf } from './failure-class';
import { PartitionProgress } from './partition-progress';

/** Set only by the crash tests (test/support/infra.ts); never in a deployment's configuration. */
const CRASH_BEFORE_COMMIT = process.env.HUB_FAILPOINT_CRASH_BEFORE_COMMIT === '1';

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

/** The consumer's own log lines; each names the topic, partition and offsets it is about. */
export interface ConsumerLog {
  info(o: object, m: string): void;
  warn(o: object, m: string): void;
  error(o: object, m: string): void;
}

export interface BatchConsumerOptions {
  groupId: string;
  topics: Topic[];
  topicSuffix: string;
  fromBeginning?: boolean;
  /** Must stay above the application's message size limit so an oversized message can still be read and dead-lettered. */
  maxBytesPerPartition?: number;
  sessionTimeout?: number;
  /** How long the group waits for its live members to rejoin during a rebalance (default 60 s, at least the session). */
  rebalanceTimeout?: number;
  heartbeatInterval?: number;
  partitionsConsumedConcurrently?: number;
  /**
   * Most messages handed to the handler at once: a fetched partition batch is taken in slices of this
   * size, each committed when durable, so that a rebalance waits for one slice at most, never a whole batch.
   */
  maxSliceMessages?: number;
  /** Where a message the handler cannot take on its own goes (`<topic>.dlq`), with reason `store_failed`. */
  deadLetters?: DeadLetterPublisher;
  log?: ConsumerLog;
  /** Shared with /health: which partitions move and which repeat a failure. */
  progress?: PartitionProgress;
  /** Attempts for a failure of unknown class before the batch is split to find a message at fault. */
  unknownFailureAttempts?: number;
  /** Longest pause between retries of a transient failure. */
  maxBackoffMs?: number;
}

/** The consumer settings of the hub's validated configuration (HubConfig's `kafka` group). */
export function consumerTuning(k: {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  maxBytesPerPartition: number;
  maxSliceMessages: number;
}): Pick<BatchConsumerOptions, 'sessionTimeout' | 'heartbeatInterval' | 'rebalanceTimeout' | 'maxBytesPerPartition' | 'maxSliceMessages'> {
  return {
    sessionTimeout: k.sessionTimeoutMs,
    heartbeatInterval: k.heartbeatIntervalMs,
    rebalanceTimeout: k.rebalanceTimeoutMs,
    maxBytesPerPartition: k.maxBytesPerPartition,
    maxSliceMessages: k.maxSliceMessages,
  };
}

const NO_LOG: ConsumerLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The sentences a team reads on the dead-letter topic when the store refused one message. */
const STORE_FAILED = { zh: '数据库拒绝写入该消息', en: 'the database refused to store this message' };
const PROCESSING_FAILED = { zh: '该消息处理失败(非数据库错误)', en: 'processing this message failed (not a database error)' };

/**
 * What the group coordinator answers when this member must rejoin (a rebalance began, its generation is
 * over, it no longer knows the member, or it moved). kafkajs's runner rejoins on exactly these, raw.
 */
const REJOIN_TYPES = new Set(['REBALANCE_IN_PROGRESS', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID', 'NOT_COORDINATOR_FOR_GROUP']);

/** The coordinator's own error inside kafkajs's wrappers (KafkaJSNonRetriableError, …), when it is one of REJOIN_TYPES. */
export function rejoinSignal(e: unknown): (Error & { type: string }) | undefined {
  for (let c = e as { type?: unknown; cause?: unknown } | undefined, depth = 0; c && depth < 5; c = c.cause as typeof c, depth++) {
    if (typeof c.type === 'string' && REJOIN_TYPES.has(c.type)) return c as Error & { type: string };
  }
  return undefined;
}

class Stopped extends Error {
  constructor() {
    super('consumer stopping or partition reassigned; the batch is left to be redelivered');
  }
}

/**
 * At-least-once consumption with manual commits: the offset after a batch is committed only after the
 * handler resolved, that is after its effect is durable. A failure is judged by its class:
 * - transient (database, Redis or broker unreachable) or a fault of the code or deployment (a revoked
 *   grant, a missing column: SQLSTATE class 42 and the like): the same messages are retried with growing
 *   pauses, for as long as it takes; nothing is set aside and nothing is skipped;
 * - permanent (the database refused the data): the batch is split in halves, each taken on its own,
 *   until the one message at fault is found; it goes to the topic's dead-letter topic with reason
 *   `store_failed` and the database's error, and the rest goes on;
 * - unknown: retried a few times, then treated as permanent, so no message stalls a partition for ever.
 */
export class KafkaBatchConsumer {
  private consumer?: Consumer;
  private stopping = false;
  /** Set when the coordinator told this member to rejoin; batches in hand stop after their current slice. */
  private rejoin?: Error;
  private readonly byName = new Map<string, Topic>();
  private readonly log: ConsumerLog;
  private readonly heartbeatMs: number;
  private readonly sliceSize: number;
  readonly progress: PartitionProgress;
  /**
   * Times this consumer joined its group (first join and every rejoin), was told the coordinator no longer
   * knew it (expelled: its session or a rebalance passed without it), and was started anew after a crash.
   */
  readonly membership = { joins: 0, expulsions: 0, restarts: 0 };

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BatchConsumerOptions,
    private readonly handler: BatchHandler,
  ) {
    for (const t of options.topics) this.byName.set(topicName(t, options.topicSuffix), t);
    this.log = options.log ?? NO_LOG;
    this.heartbeatMs = options.heartbeatInterval ?? Math.min(3_000, Math.floor((options.sessionTimeout ?? 30_000) / 3));
    this.sliceSize = options.maxSliceMessages ?? 500;
    this.progress = options.progress ?? new PartitionProgress();
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.run();
  }

  private async run(): Promise<void> {
    const o = this.options;
    const consumer = this.kafka.consumer({
      groupId: o.groupId,
      sessionTimeout: o.sessionTimeout ?? 30_000,
      // How long the coordinator waits for live members to rejoin. A dead member is dropped when its
      // session expires, so this only has to cover a live member finishing its slice on a starved machine;
      // too short, and a busy member is expelled, rejoins as a new one and starts the next rebalance.
      rebalanceTimeout: Math.max(o.rebalanceTimeout ?? 60_000, o.sessionTimeout ?? 30_000),
      heartbeatInterval: o.heartbeatInterval ?? Math.min(3_000, Math.floor((o.sessionTimeout ?? 30_000) / 3)),
      maxBytesPerPartition: o.maxBytesPerPartition ?? 2 * 1024 * 1024,
      maxWaitTimeInMs: 100,
      retry: { initialRetryTime: 300, retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 15_000 },
    });
    this.consumer = consumer;
    this.rejoin = undefined;
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      if (this.consumer !== consumer) return;
      this.rejoin = undefined;
      this.membership.joins++;
      // /health judges only the partitions this instance owns: others' lag is their owners' to report.
      this.progress.assigned(e.payload.memberAssignment);
      this.log.info(
        { groupId: e.payload.groupId, memberId: e.payload.memberId, partitions: e.payload.memberAssignment, tookMs: e.payload.duration },
        'consumer joined its group',
      );
    });
    consumer.on(consumer.events.STOP, () => {
      if (this.consumer === consumer) this.progress.unassigned();
    });
    consumer.on(consumer.events.CRASH, (e) => {
      const { error, groupId, restart } = e.payload;
      if (this.consumer === consumer) this.progress.unassigned();
      this.log.error(
        { groupId, restart, err: error.message },
        restart ? 'consumer crashed; kafkajs restarts it' : 'consumer crashed; starting it again',
      );
      // kafkajs gives up on errors it deems not retriable (a member the coordinator no longer knows after
      // a long stall, for one): the process would live on consuming nothing, so the consumer starts anew.
      if (!restart && !this.stopping && this.consumer === consumer) void this.restartAfter(consumer, 1_000);
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

  private async restartAfter(crashed: Consumer, ms: number): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    for (let attempt = 1; !this.stopping; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(15_000, ms * attempt)));
      if (this.stopping) return;
      try {
        this.membership.restarts++;
        await this.run();
        this.log.info({ groupId: this.options.groupId, attempt }, 'consumer started again');
        return;
      } catch (e) {
        this.log.warn({ groupId: this.options.groupId, attempt, err: errText(e) }, 'consumer could not start again; retrying');
        await this.consumer?.disconnect().catch(() => undefined);
      }
    }
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (!payload.isRunning() || payload.isStale() || batch.messages.length === 0) return;
    const baseTopic = this.byName.get(batch.topic);
    if (!baseTopic) throw new Error(`no handler registered for topic ${batch.topic}`);
    const messages: InboundMessage[] = batch.messages.map((m) => ({
      topic: batch.topic,
      partition: batch.partition,
      offset: m.offset,
      key: m.key,
      value: m.value,
      headers: m.headers ?? {},
      timestamp: m.timestamp,
    }));
    // kafkajs heartbeats only when asked: a long batch (a busy machine, a split to find a poison message)
    // would otherwise outlive the session and lose the group membership.
    const beat = setInterval(() => void this.heartbeat(payload), this.heartbeatMs);
    const started = Date.now();
    try {
      for (let from = 0; from < messages.length; from += this.sliceSize) {
        // Between slices: a rebalance is answered now (the slices taken are committed), and a batch that has
        // run for half the session leaves the rest to the next fetch, which starts after the last commit.
        if (this.rejoin) throw this.rejoin;
        if (from > 0 && Date.now() - started > (this.options.sessionTimeout ?? 30_000) / 2) return;
        const slice = messages.slice(from, from + this.sliceSize);
        await this.settle(baseTopic, slice, payload);
        // Failpoint for the crash tests: die as a crash would, after the slice is durable and before its
        // offset is committed, so the redelivery path is exercised deterministically rather than caught by timing.
        if (CRASH_BEFORE_COMMIT) process.kill(process.pid, 'SIGKILL');
        const last = slice[slice.length - 1].offset;
        payload.resolveOffset(last);
        await this.commit(payload, batch.topic, batch.partition, (BigInt(last) + 1n).toString());
        this.progress.moved(batch.topic, batch.partition);
      }
    } catch (e) {
      if (e instanceof Stopped) return; // not committed: whoever owns the partition next reads the rest again
      throw e;
    } finally {
      clearInterval(beat);
    }
    await this.heartbeat(payload);
    if (this.rejoin) throw this.rejoin;
  }

  /** A heartbeat; the coordinator's request to rejoin is kept for the batches in hand, other failures are left to kafkajs. */
  private async heartbeat(payload: EachBatchPayload): Promise<void> {
    try {
      await payload.heartbeat();
    } catch (e) {
      const signal = rejoinSignal(e);
      if (signal?.type === 'UNKNOWN_MEMBER_ID' && !this.rejoin) this.membership.expulsions++;
      if (signal && !this.rejoin) {
        this.rejoin = signal;
        this.log.warn({ groupId: this.options.groupId, reason: signal.type }, 'group coordinator asks this member to rejoin');
      }
    }
  }

  /**
   * Commits through the batch's own commit (no kafkajs retrier around it): a refusal that means "rejoin"
   * reaches kafkajs's runner as the coordinator's error, and the runner rejoins the group keeping this
   * consumer, instead of crashing it (kafkajs wraps it as not retriable otherwise) and starting a new member,
   * which would begin yet another rebalance for everyone.
   */
  private async commit(payload: EachBatchPayload, topic: string, partition: number, offset: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
        return;
      } catch (e) {
        const signal = rejoinSignal(e);
        if (signal) {
          if (signal.type === 'UNKNOWN_MEMBER_ID' && !this.rejoin) this.membership.expulsions++;
          this.rejoin ??= signal;
          this.log.warn(
            { topic, partition, offset, reason: signal.type },
            'offset commit refused; rejoining the group (the slice is read again)',
          );
          throw signal;
        }
        if (attempt >= 5) throw e;
        this.log.warn({ topic, partition, offset, attempt, err: errText(e) }, 'offset commit failed; retrying');
        await this.pause(Math.min(5_000, 250 * 2 ** attempt), payload);
      }
    }
  }

  /** Takes the messages or sets aside the ones at fault; returns when every one of them is durable somewhere. */
  private async settle(baseTopic: Topic, messages: InboundMessage[], payload: EachBatchPayload): Promise<void> {
    const first = messages[0];
    const where = {
      topic: first.topic,
      partition: first.partition,
      offset: first.offset,
      lastOffset: messages[messages.length - 1].offset,
      count: messages.length,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.handler({ baseTopic, topic: first.topic, partition: first.partition, messages });
        return;
      } catch (e) {
        const kind = classifyFailure(e);
        this.progress.failed(first.topic, first.partition, first.offset, e);
        // Transient failures and faults of the code or deployment never set a message aside, however long they last.
        const giveUp = blamesTheMessage(kind) && (kind === 'permanent' || attempt >= (this.options.unknownFailureAttempts ?? 3));
        if (!giveUp) {
          const pause = Math.min(this.options.maxBackoffMs ?? 10_000, 250 * 2 ** Math.min(attempt, 10));
          // Logged on the first attempts and then every tenth, so an outage does not flood the log. A fault of
          // the code or deployment (a grant, a column) is an error: someone has to mend it before anything moves.
          if (attempt <= 3 || attempt % 10 === 0) {
            const line = { ...where, attempt, failure: kind, sqlState: sqlStateOf(e), err: errText(e), retryInMs: pause };
            if (kind === 'fault')
              this.log.error(line, 'batch failed for a fault of the code or deployment, not its data; retrying with backoff');
            else this.log.warn(line, 'batch failed; retrying with backoff');
          }
          await this.pause(pause, payload);
          continue;
        }
        if (messages.length > 1) {
          this.log.warn(
            { ...where, failure: kind, err: errText(e) },
            'batch failed for its data; splitting it to find the message at fault',
          );
          const mid = messages.length >> 1;
          await this.settle(baseTopic, messages.slice(0, mid), payload);
          await this.settle(baseTopic, messages.slice(mid), payload);
          return;
        }
        await this.setAside(baseTopic, first, e, payload);
        return;
      }
    }
  }

  private async setAside(baseTopic: Topic, message: InboundMessage, error: unknown, payload: EachBatchPayload): Promise<void> {
    const dead = deadLetterTopicOf(baseTopic);
    const where = { topic: message.topic, partition: message.partition, offset: message.offset };
    if (!dead || !this.options.deadLetters) {
      // Nowhere to set it aside: skipping it would lose it, so it is retried (and /health shows the partition stuck).
      this.log.error({ ...where, err: errText(error) }, 'message cannot be taken and the topic has no dead-letter topic');
      await this.pause(this.options.maxBackoffMs ?? 10_000, payload);
      throw error;
    }
    const state = sqlStateOf(error);
    const words = state ? STORE_FAILED : PROCESSING_FAILED;
    const detail = `${state ? `SQLSTATE ${state}: ` : ''}${errText(error)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.deadLetters.publish(topicName(dead, this.options.topicSuffix), [
          {
            message,
            reason: state ? 'store_failed' : 'processing_failed',
            messageZh: `${words.zh}: ${detail}`.slice(0, 500),
            messageEn: `${words.en}: ${detail}`.slice(0, 500),
            detail,
          },
        ]);
        this.log.error(
          { ...where, reason: state ? 'store_failed' : 'processing_failed', err: detail },
          'message set aside on the dead-letter topic',
        );
        return;
      } catch (e) {
        this.log.warn({ ...where, attempt, err: errText(e) }, 'dead-lettering failed; retrying');
        await this.pause(Math.min(10_000, 250 * 2 ** Math.min(attempt, 10)), payload);
      }
    }
  }

  /** Waits, keeping the group membership alive; gives the batch up when the consumer stops or loses the partition. */
  private async pause(ms: number, payload: EachBatchPayload): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!payload.isRunning() || payload.isStale()) throw new Stopped();
      if (this.rejoin) throw this.rejoin; // the partition may go to another member: leave the retry to its owner
      await new Promise((r) => setTimeout(r, Math.min(1_000, until - Date.now())));
      await this.heartbeat(payload);
    }
    if (!payload.isRunning() || payload.isStale()) throw new Stopped();
    if (this.rejoin) throw this.rejoin;
  }

  /** Stops fetching, lets the batch in hand finish and commit, then leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (!this.consumer) return;
    await this.consumer.disconnect();
    this.consumer = undefined;
  }
}

function errText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}

export function headerString(headers: IHeaders, name: string): string | undefined {
  const v = headers[name];
  if (v === undefined) return undefined;
  const first = Array.isArray(v) ? v[0] : v;
  return first === undefined ? undefined : first.toString();
}
