import type { Queue } from 'bullmq';
import type { Admin, Kafka } from 'kafkajs';
import { topicName, type Topic } from '@hub/contracts';
import type { PartitionProgress } from './partition-progress';

/**
 * A /health check that fails when a consumed partition makes no progress while messages wait: its
 * batch has failed on the same offset for `stallMs`, or it has lag and has not committed for `stallMs`.
 * Either is what a stalled partition looks like from outside, whatever the cause.
 */
export function consumerProgressProbe(
  kafka: Kafka,
  groupId: string,
  topics: readonly Topic[],
  topicSuffix: string,
  progress: PartitionProgress,
  stallMs: number,
  now: () => number = Date.now,
): { probe: () => Promise<Record<string, unknown>>; close: () => Promise<void> } {
  const startedAt = now();
  let admin: Admin | undefined;
  const probe = async () => {
    const stuck = progress.stuck(stallMs);
    if (stuck.length) {
      const s = stuck[0];
      throw new Error(
        `${stuck.length} partition(s) stuck: ${s.topic}/${s.partition} at offset ${s.offset} failed ${s.failures} times ` +
          `over ${Math.round(s.failingSinceMs / 1000)} s: ${s.error}`,
      );
    }
    if (!admin) {
      const a = kafka.admin();
      await a.connect();
      admin = a;
    }
    let waiting = 0;
    try {
      for (const topic of topics.map((t) => topicName(t, topicSuffix))) {
        const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
        for (const end of ends) {
          const at = committed?.partitions.find((p) => p.partition === end.partition);
          const from = at && Number(at.offset) >= 0 ? Number(at.offset) : Number(end.low);
          const lag = Math.max(0, Number(end.high) - from);
          waiting += lag;
          const last = progress.lastProgressAt(topic, end.partition) ?? startedAt;
          if (lag > 0 && now() - last >= stallMs) {
            throw new Error(
              `${topic}/${end.partition}: ${lag} messages wait at offset ${from} and nothing was committed for ${Math.round((now() - last) / 1000)} s`,
            );
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Error) || !/messages wait at offset/.test(e.message)) {
        await admin.disconnect().catch(() => undefined);
        admin = undefined;
      }
      throw e;
    }
    return { waiting };
  };
  return { probe, close: async () => void (await admin?.disconnect().catch(() => undefined)) };
}

/**
 * A /health check that fails when a BullMQ queue has a job ready to run for `stallMs` that no worker took
 * (the oldest waiting job's age), naming the queue and the job id.
 */
export function queueProgressProbe(
  queues: Iterable<Queue>,
  stallMs: number,
  now: () => number = Date.now,
): () => Promise<Record<string, unknown>> {
  const list = [...queues];
  return async () => {
    let waiting = 0;
    for (const q of list) {
      const [oldest] = await q.getJobs(['wait'], 0, 0, true);
      waiting += await q.getWaitingCount();
      if (oldest && now() - oldest.timestamp - (oldest.delay ?? 0) >= stallMs) {
        throw new Error(
          `queue ${q.name}: job ${oldest.id} has waited ${Math.round((now() - oldest.timestamp) / 1000)} s and no worker took it`,
        );
      }
    }
    return { waiting };
  };
}
