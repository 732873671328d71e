import type { Queue } from 'bullmq';
import type { Admin, Kafka } from 'kafkajs';
import { topicName, type Topic } from '@hub/contracts';
import type { PartitionProgress } from './partition-progress';

/**
 * A /health check that fails when a partition THIS instance owns makes no progress while messages wait: its
 * batch has failed on the same offset for `stallMs`, or it has lag and has not committed for `stallMs` since
 * it was assigned here. Partitions of other instances of the group are theirs to report (judging them here
 * would fail every healthy replica under steady lag, and Kubernetes would restart it). An instance that has
 * been no member of its group for `stallMs` while the group's topics have lag fails too.
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
  let admin: Admin | undefined;
  const names = topics.map((t) => topicName(t, topicSuffix));
  /**
   * Since when (as this probe saw it) each partition has had messages waiting at the same committed offset:
   * a partition idle for an hour that receives a message has not stalled, it has work since now.
   */
  const waitingSince = new Map<string, { from: number; since: number }>();
  const probe = async () => {
    const stuck = progress.stuck(stallMs);
    if (stuck.length) {
      const s = stuck[0];
      throw new Error(
        `${stuck.length} partition(s) stuck: ${s.topic}/${s.partition} at offset ${s.offset} failed ${s.failures} times ` +
          `over ${Math.round(s.failingSinceMs / 1000)} s: ${s.error}`,
      );
    }
    const owned = progress.assignment();
    if (!admin) {
      const a = kafka.admin();
      await a.connect();
      admin = a;
    }
    let waiting = 0;
    let groupWaiting = 0;
    try {
      for (const topic of names) {
        const mine = 'partitions' in owned ? new Set(owned.partitions.filter((p) => p.topic === topic).map((p) => p.partition)) : undefined;
        const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
        for (const end of ends) {
          const at = committed?.partitions.find((p) => p.partition === end.partition);
          const from = at && Number(at.offset) >= 0 ? Number(at.offset) : Number(end.low);
          const lag = Math.max(0, Number(end.high) - from);
          groupWaiting += lag;
          const key = `${topic}/${end.partition}`;
          const seen = waitingSince.get(key);
          if (lag === 0) waitingSince.delete(key);
          else if (!seen || seen.from !== from) waitingSince.set(key, { from, since: now() });
          if (!mine?.has(end.partition)) continue;
          waiting += lag;
          // Waiting for as long as the probe has seen it wait, and nothing committed here meanwhile.
          const last = Math.max(progress.lastProgressAt(topic, end.partition) ?? now(), waitingSince.get(key)?.since ?? now());
          if (lag > 0 && now() - last >= stallMs) {
            throw new NoProgress(
              `${topic}/${end.partition}: ${lag} messages wait at offset ${from} and nothing was committed for ${Math.round((now() - last) / 1000)} s`,
            );
          }
        }
      }
    } catch (e) {
      if (!(e instanceof NoProgress)) {
        await admin.disconnect().catch(() => undefined);
        admin = undefined;
      }
      throw e;
    }
    if ('notMemberSinceMs' in owned && groupWaiting > 0 && owned.notMemberSinceMs >= stallMs) {
      throw new NoProgress(
        `not a member of group ${groupId} for ${Math.round(owned.notMemberSinceMs / 1000)} s while ${groupWaiting} messages wait`,
      );
    }
    return 'partitions' in owned ? { waiting, partitions: owned.partitions.length } : { waiting, member: false };
  };
  return { probe, close: async () => void (await admin?.disconnect().catch(() => undefined)) };
}

/** The probe's own verdict (not a failure to ask the broker, which resets its admin client). */
class NoProgress extends Error {}

/** How many delayed jobs, soonest due first, the queue probe reads to find the ones retrying after a failure. */
const DELAYED_LOOKED_AT = 100;

/**
 * A /health check that fails when a BullMQ queue makes no progress while work waits, naming the queue and
 * the job id:
 * - a job ready to run (waiting, or prioritized) for `stallMs` that no worker took;
 * - a job that keeps failing: back in `delayed` for its next retry, first tried `stallMs` ago or more
 *   (with its attempts and last error). A job delayed by design (a deadline, a revisit) has made no attempt
 *   and is not judged. Only the `DELAYED_LOOKED_AT` delayed jobs due soonest are read, which is where
 *   retries with backoff sit; scheduled jobs are due hours or days later.
 */
export function queueProgressProbe(
  queues: Iterable<Queue>,
  stallMs: number,
  now: () => number = Date.now,
): () => Promise<Record<string, unknown>> {
  const list = [...queues];
  return async () => {
    let waiting = 0;
    let retrying = 0;
    for (const q of list) {
      const [[oldest], [first], delayed, counts] = await Promise.all([
        q.getJobs(['wait'], 0, 0, true),
        q.getJobs(['prioritized'], 0, 0, true),
        q.getJobs(['delayed'], 0, DELAYED_LOOKED_AT - 1, true),
        q.getJobCounts('wait', 'prioritized'),
      ]);
      waiting += (counts.wait ?? 0) + (counts.prioritized ?? 0);
      for (const ready of [oldest, first]) {
        const readySince = ready ? ready.timestamp + (ready.delay ?? 0) : 0;
        if (ready && now() - readySince >= stallMs) {
          throw new Error(`queue ${q.name}: job ${ready.id} has waited ${Math.round((now() - readySince) / 1000)} s and no worker took it`);
        }
      }
      const failing = delayed.filter((j) => j && j.attemptsMade > 0);
      retrying += failing.length;
      // The one failing longest: first due when it was added plus the delay it was added with (opts.delay;
      // the job's own `delay` field is overwritten with each backoff), tried and not done since.
      const worst = failing.map((j) => ({ job: j, since: j.timestamp + (j.opts.delay ?? 0) })).sort((a, b) => a.since - b.since)[0];
      if (worst && now() - worst.since >= stallMs) {
        const j = worst.job;
        throw new Error(
          `queue ${q.name}: job ${j.id} keeps failing: ${j.attemptsMade} attempts over ${Math.round((now() - worst.since) / 1000)} s, ` +
            `retrying with backoff; last error: ${(j.failedReason ?? '').slice(0, 300)}`,
        );
      }
    }
    return { waiting, retrying };
  };
}
