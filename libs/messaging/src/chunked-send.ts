import type { Message, Producer } from 'kafkajs';

/**
 * Sends in chunks well under the topics' 1 MiB max.message.bytes: kafkajs puts every message of one
 * partition into one record batch, and the broker rejects a batch larger than the limit outright.
 */
export async function sendInChunks(producer: Producer, topic: string, messages: Message[], maxChunkBytes = 512 * 1024): Promise<void> {
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
