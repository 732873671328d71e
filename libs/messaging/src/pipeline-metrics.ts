import type { Queue } from 'bullmq';
import type { Admin, Kafka } from 'kafkajs';
import { topicName, type Topic } from '@hub/contracts';
import type { MetricsRegistry } from '@hub/observability';

/**
 * A consumer group's lag per partition (end offset − committed offset), read from the broker when
 * Prometheus scrapes: it keeps growing while the consumer is stalled, which a figure kept by the
 * consumer itself would not show. Returns the admin client's closer for shutdown.
 */
export function consumerLagMetric(
  m: MetricsRegistry,
  kafka: Kafka,
  groupId: string,
  topics: readonly Topic[],
  topicSuffix: string,
): () => Promise<void> {
  let admin: Admin | undefined;
  m.gauge(
    'hub_kafka_consumer_lag',
    'Messages waiting per consumer group and partition: end offset minus committed offset',
    ['group', 'topic', 'partition'],
    async (set) => {
      if (!admin) {
        const a = kafka.admin();
        await a.connect();
        admin = a;
      }
      try {
        for (const topic of topics.map((t) => topicName(t, topicSuffix))) {
          const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
          for (const end of ends) {
            const at = committed?.partitions.find((p) => p.partition === end.partition);
            const from = at && Number(at.offset) >= 0 ? Number(at.offset) : Number(end.low);
            set({ group: groupId, topic, partition: String(end.partition) }, Math.max(0, Number(end.high) - from));
          }
        }
      } catch (e) {
        // A broken connection is opened again at the next scrape.
        await admin.disconnect().catch(() => undefined);
        admin = undefined;
        throw e;
      }
    },
  );
  return async () => {
    await admin?.disconnect().catch(() => undefined);
  };
}

const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'] as const;
/** Ready jobs looked at for the oldest one: all of the waiting list's head, the first of the prioritized set. */
const PRIORITIZED_SAMPLE = 100;

/**
 * Each BullMQ queue's depth per state and the age of its oldest job ready to run (waiting or
 * prioritized; a delayed job counts from when it came due), read from Redis when Prometheus scrapes.
 */
export function queueMetrics(m: MetricsRegistry, queues: Iterable<Queue>): void {
  const list = [...queues];
  m.gauge('hub_queue_jobs', 'Jobs per BullMQ queue and state', ['queue', 'state'], async (set) => {
    for (const q of list) {
      const counts = await q.getJobCounts(...STATES);
      for (const state of STATES) set({ queue: q.name, state }, counts[state] ?? 0);
    }
  });
  m.gauge(
    'hub_queue_oldest_ready_job_age_seconds',
    'Age of the oldest job ready to run per queue (waiting, or prioritized among the first 100), 0 when none waits',
    ['queue'],
    async (set) => {
      const now = Date.now();
      for (const q of list) {
        const jobs = [...(await q.getJobs(['wait'], 0, 0, true)), ...(await q.getJobs(['prioritized'], 0, PRIORITIZED_SAMPLE - 1, true))];
        const readySince = jobs.map((j) => j.timestamp + (j.delay ?? 0));
        set({ queue: q.name }, readySince.length ? Math.max(0, now - Math.min(...readySince)) / 1000 : 0);
      }
    },
  );
}
