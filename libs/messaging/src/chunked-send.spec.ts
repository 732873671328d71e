import { type Message, Partitioners, type Producer } from 'kafkajs';
import { declaredPartitions, sendInChunks } from './chunked-send';

/** Each send targets one partition (tulios/kafkajs#1303), the partition kafkajs itself would have chosen. */
describe('sendInChunks', () => {
  function recorder() {
    const sends: { topic: string; partitions: number[]; keys: string[] }[] = [];
    const producer = {
      send: async ({ topic, messages }: { topic: string; messages: Message[] }) => {
        sends.push({ topic, partitions: [...new Set(messages.map((m) => m.partition!))], keys: messages.map((m) => String(m.key)) });
        return [];
      },
    } as unknown as Producer;
    return { producer, sends };
  }

  it('knows the declared partitions, test suffix or not, dead-letter topics apart', () => {
    expect(declaredPartitions('hub.event.normalized.v1')).toBe(6);
    expect(declaredPartitions('hub.event.normalized.v1.hubt1234')).toBe(6);
    expect(declaredPartitions('court.filing.registered.v1')).toBe(3);
    expect(declaredPartitions('not.a.hub.topic')).toBeUndefined();
    // The longest declared name wins: a dead-letter topic has its own count, not its source topic's.
    expect(declaredPartitions('hub.event.normalized.v1.dlq')).toBe(1);
    expect(declaredPartitions('hub.event.normalized.v1.dlq.hubt1234')).toBe(1);
  });

  it('sends each partition apart, keyed as kafkajs would, with every message once', async () => {
    const { producer, sends } = recorder();
    const messages = Array.from({ length: 60 }, (_, i) => ({ key: `household-${i % 17}`, value: String(i) }));
    await sendInChunks(producer, 'hub.event.normalized.v1.hubt1', messages);
    expect(sends.every((s) => s.partitions.length === 1)).toBe(true);
    expect(sends.flatMap((s) => s.keys).sort()).toEqual(messages.map((m) => m.key).sort());
    const kafkajs = Partitioners.DefaultPartitioner();
    const meta = Array.from({ length: 6 }, (_, partitionId) => ({ partitionId, leader: 0, replicas: [], isr: [], partitionErrorCode: 0 }));
    for (const s of sends)
      for (const key of s.keys)
        expect(kafkajs({ topic: s.topic, partitionMetadata: meta, message: { key, value: '' } })).toBe(s.partitions[0]);
  });

  it('sends a topic the contracts do not declare as before, in one send', async () => {
    const { producer, sends } = recorder();
    await sendInChunks(producer, 'other.topic', [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    expect(sends).toHaveLength(1);
  });
});
