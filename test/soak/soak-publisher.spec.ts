import type { Producer } from 'kafkajs';
import { formatPublisher, type PlannedMessage, SteadyPublisher } from './soak-publisher';

/** The soak's publisher logic with a stand-in producer: every message lands, failures are sent again, a shortfall is said. */
describe('SteadyPublisher', () => {
  const plan = (n: number): PlannedMessage[] =>
    Array.from({ length: n }, (_, i) => ({
      topic: i % 2 ? 'court.filing.registered.v1' : 'petition.case.received.v1',
      key: `k${i}`,
      message: { key: `k${i}`, value: String(i) },
    }));

  function producer(sendMs: number, failFirst = 0) {
    const sent: string[] = [];
    let calls = 0;
    const p = {
      send: async ({ messages }: { topic: string; messages: { value: string }[] }) => {
        await new Promise((r) => setTimeout(r, sendMs));
        if (calls++ < failFirst) throw new Error('broker away');
        for (const m of messages) sent.push(m.value);
      },
    };
    return { producer: p as unknown as Producer, sent };
  }

  it('sends every message, in batches, and sends a failed batch again', async () => {
    const { producer: p, sent } = producer(5, 2);
    const report = await new SteadyPublisher(p, { rate: 400, log: () => undefined }).run(plan(200), Date.now());
    expect(report.sent).toBe(200);
    expect(report.retries).toBeGreaterThanOrEqual(1);
    // A batch whose send failed in part is sent again whole: a repeat may arrive, nothing is missing.
    expect(new Set(sent)).toEqual(new Set(plan(200).map((m) => String(m.message.value))));
  });

  it('says so when the sends cannot keep up with the rate', async () => {
    // One send in flight of at most 5 messages, each taking 200 ms: 25 messages/s at best against 500/s asked.
    const { producer: p } = producer(200);
    const report = await new SteadyPublisher(p, { rate: 500, maxInFlight: 1, maxBatch: 5, log: () => undefined }).run(plan(50), Date.now());
    expect(report.sent).toBe(50);
    expect(report.heldRate).toBe(false);
    expect(report.achievedRate).toBeLessThan(100);
    expect(report.maxBehindSeconds).toBeGreaterThan(0.05); // up to the whole plan (0.1 s of traffic) waiting
    expect(formatPublisher(report)).toMatch(/FELL SHORT of the target rate; this run does not show 500 events\/s/);
  });

  it('gives each message its due time from the rate', () => {
    const pub = new SteadyPublisher(producer(0).producer, { rate: 500, log: () => undefined });
    expect([0, 1, 500, 1000].map((i) => pub.dueAt(1_000, i) - 1_000)).toEqual([0, 2, 1000, 2000]);
  });
});
