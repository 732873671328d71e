import type { Kafka } from 'kafkajs';
import { FEEDS, type FeedSource, Header, topicName } from '@hub/contracts';
import { sendInChunks } from '@hub/messaging';

export interface RedriveResult {
  redriven: number;
  byReason: Record<string, number>;
}

const DEAD_HEADERS = new Set<string>([
  Header.DeadReason,
  Header.DeadMessageZh,
  Header.DeadMessageEn,
  Header.DeadDetail,
  Header.DeadSourceTopic,
  Header.DeadSourcePartition,
  Header.DeadSourceOffset,
  Header.DeadFailedAt,
  Header.DeadConsumer,
]);

/**
 * Sends what waits on a feed's dead-letter topic back to the feed after a fix, with its original key,
 * bytes and headers plus a note of where it came from. Reads from the redrive group's last position
 * up to the end as it was at the start, so messages that fail again land behind it and wait for the
 * next redrive instead of looping. With dryRun nothing is sent or committed: it only counts by reason.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  feed: FeedSource,
  suffix: string,
  instance: string,
  dryRun: boolean,
): Promise<RedriveResult> {
  const dlq = topicName(FEEDS[feed].deadLetterTopic, suffix);
  const target = topicName(FEEDS[feed].topic, suffix);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${instance}.redrive.${feed}`;
  const ends = await admin.fetchTopicOffsets(dlq);
  const committed = await admin.fetchOffsets({ groupId, topics: [dlq] });
  await admin.disconnect();
  const endOf = new Map(ends.map((p) => [p.partition, BigInt(p.high)]));
  const startOf = new Map(committed[0].partitions.map((p) => [p.partition, BigInt(p.offset === '-1' ? '0' : p.offset)]));
  const pending = [...endOf].filter(([p, end]) => (startOf.get(p) ?? 0n) < end);
  const result: RedriveResult = { redriven: 0, byReason: {} };
  if (pending.length === 0) return result;

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: dryRun ? `${groupId}.dry-run.${Date.now()}` : groupId, maxWaitTimeInMs: 100 });
  await Promise.all([producer.connect(), consumer.connect()]);
  const done = new Set<number>();
  try {
    await new Promise<void>((resolve, reject) => {
      consumer
        .subscribe({ topics: [dlq], fromBeginning: true })
        .then(() =>
          consumer.run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const end = endOf.get(batch.partition) ?? 0n;
              const start = startOf.get(batch.partition) ?? 0n;
              const messages = batch.messages.filter((m) => BigInt(m.offset) >= start && BigInt(m.offset) < end);
              for (const m of messages) {
                const reason = m.headers?.[Header.DeadReason]?.toString() ?? 'unknown';
                result.byReason[reason] = (result.byReason[reason] ?? 0) + 1;
              }
              if (!dryRun && messages.length) {
                // One send per partition (sendInChunks, tulios/kafkajs#1303): the DLQ offset is committed after it.
                await sendInChunks(
                  producer,
                  target,
                  messages.map((m) => ({
                    key: m.key,
                    value: m.value,
                    headers: {
                      ...Object.fromEntries(Object.entries(m.headers ?? {}).filter(([k]) => !DEAD_HEADERS.has(k))),
                      [Header.Redriven]: `${dlq}/${batch.partition}/${m.offset}`,
                    },
                  })),
                );
                const last = messages[messages.length - 1].offset;
                await consumer.commitOffsets([{ topic: dlq, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
              }
              result.redriven += dryRun ? 0 : messages.length;
              const lastSeen = BigInt(batch.messages[batch.messages.length - 1]?.offset ?? '-1');
              if (lastSeen + 1n >= end) done.add(batch.partition);
              if (pending.every(([p]) => done.has(p))) resolve();
            },
          }),
        )
        .catch(reject);
    });
  } finally {
    await Promise.all([consumer.disconnect(), producer.disconnect()]);
  }
  return result;
}
