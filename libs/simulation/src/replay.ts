import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Kafka, Message } from 'kafkajs';
import { FEEDS, type FeedSource, Header, topicName } from '@hub/contracts';
import { sendInChunks } from '@hub/messaging';

/** The message key upstream must use: the record's own number, so its revisions stay in order. */
export function upstreamKey(feed: FeedSource, value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const key = feed === 'police110' ? v.incidentNo : feed === 'court' ? v.caseNo : v.petitionNo;
  return typeof key === 'string' ? key : null;
}

export function upstreamMessage(feed: FeedSource, line: string, producer = 'hubctl-replay'): Message {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = undefined; // sent as it is: the hub's answer to a malformed line is part of what a replay shows
  }
  return {
    key: upstreamKey(feed, parsed),
    value: line,
    headers: { [Header.CorrelationId]: randomUUID(), [Header.SchemaVersion]: '1', [Header.Producer]: producer },
  };
}

/** Publishes a JSONL file (one upstream message value per line) to a feed's topic, in order. */
export async function replayFile(kafka: Kafka, feed: FeedSource, file: string, suffix: string): Promise<number> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const topic = topicName(FEEDS[feed].topic, suffix);
  let batch: Message[] = [];
  let sent = 0;
  const flush = async () => {
    if (!batch.length) return;
    await sendInChunks(producer, topic, batch); // one send per partition (tulios/kafkajs#1303)
    sent += batch.length;
    batch = [];
  };
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      batch.push(upstreamMessage(feed, line));
      if (batch.length >= 500) await flush();
    }
    await flush();
    return sent;
  } finally {
    await producer.disconnect();
  }
}
