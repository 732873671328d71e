import { type Message, Partitioners, type Producer } from 'kafkajs';
import { TOPIC_SPECS } from '@hub/contracts';

/** kafkajs's own default (Java-compatible murmur2) partitioner: the partition a message goes to is the one kafkajs would pick. */
const partitioner = Partitioners.DefaultPartitioner();

/** The declared partition count of a topic name (with or without a test suffix); undefined for a topic the contracts do not declare. */
export function declaredPartitions(topic: string): number | undefined {
  let best: { name: string; partitions: number } | undefined;
  for (const s of TOPIC_SPECS) {
    const name: string = s.topic;
    if ((topic === name || topic.startsWith(`${name}.`)) && (!best || name.length > best.name.length))
      best = { name, partitions: s.partitions };
  }
  return best?.partitions;
}

/**
 * Sends with acks=all, one send per partition (in parallel), each in chunks well under the topics' 1 MiB
 * max.message.bytes (kafkajs puts every message of one partition into one record batch, and the broker
 * rejects a batch larger than the limit outright).
 *
 * One send per partition because kafkajs 2.2.4 can acknowledge a send while dropping messages when a
 * partition's leader moves during it (tulios/kafkajs#1303, open): its retry skips every broker that already
 * answered, including one that has just become the leader of a partition whose old leader failed. A send
 * for one partition has one leader at a time, so its retry goes to the new leader. Found by the soak (a
 * Kafka node killed under load: acknowledged messages missing from the topic); can go with kafkajs.
 */
export async function sendInChunks(producer: Producer, topic: string, messages: Message[], maxChunkBytes = 512 * 1024): Promise<void> {
  const partitions = declaredPartitions(topic);
  if (!partitions) return sendChunked(producer, topic, messages, maxChunkBytes);
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    replicas: [],
    isr: [],
    partitionErrorCode: 0,
  }));
  const byPartition = new Map<number, Message[]>();
  for (const m of messages) {
    const partition = partitioner({ topic, partitionMetadata, message: m });
    const list = byPartition.get(partition);
    if (list) list.push({ ...m, partition });
    else byPartition.set(partition, [{ ...m, partition }]);
  }
  await Promise.all([...byPartition.values()].map((list) => sendChunked(producer, topic, list, maxChunkBytes)));
}

async function sendChunked(producer: Producer, topic: string, messages: Message[], maxChunkBytes: number): Promise<void> {
  let chunk: Message[] = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await producer.send({ topic, acks: -1, messages: chunk });
    chunk = [];
    size = 0;
  };
  for (const m of messages) {
    const bytes = byteLength(m.value) + byteLength(m.key) + 64;
    if (size + bytes > maxChunkBytes) await flush();
    chunk.push(m);
    size += bytes;
  }
  await flush();
}

function byteLength(v: Message['value'] | Message['key']): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'string' ? Buffer.byteLength(v) : v.length;
}
