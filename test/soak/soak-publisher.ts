import type { Message, Producer } from 'kafkajs';
import { sendInChunks } from '@hub/messaging';

/** One upstream message of the soak's plan: its feed topic, the (source|reference|revision) it stands for, the bytes. */
export interface PlannedMessage {
  topic: string;
  key: string;
  message: Message;
}

export interface PublisherReport {
  target: number;
  sent: number;
  seconds: number;
  /** Messages acknowledged per second, from the first due time to the last acknowledgement. */
  achievedRate: number;
  /** The most the acknowledged messages ever trailed the schedule, in seconds of traffic. */
  maxBehindSeconds: number;
  /** Sends that failed (a broker away) and were made again. */
  retries: number;
  /** Achieved at least 98 % of the target: otherwise the run did not show the rate it was asked for. */
  heldRate: boolean;
}

export interface SteadyPublisherOptions {
  rate: number;
  /** Timer period: each tick hands over what fell due since the last one. */
  tickMs?: number;
  /** Sends awaiting their acknowledgement at once; more keep the rate when each takes longer than a tick. */
  maxInFlight?: number;
  /** Most messages in one send. */
  maxBatch?: number;
  log: (line: string) => void;
}

/**
 * Publishes a plan at a steady rate: message i falls due at start + i / rate (the time an upstream system
 * hands it over, which the latency figures start from), a timer hands what fell due to batched sends with
 * several in flight, and a send that fails is made again until it lands (acks=all; a repeat may reach
 * the feed twice, which the hub stores once). It never silently
 * publishes slower: the report gives the achieved rate, how far it trailed the schedule, and whether it
 * held the target.
 */
export class SteadyPublisher {
  private readonly tickMs: number;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;

  constructor(
    private readonly producer: Producer,
    private readonly o: SteadyPublisherOptions,
  ) {
    this.tickMs = o.tickMs ?? 100;
    this.maxInFlight = o.maxInFlight ?? 16;
    this.maxBatch = o.maxBatch ?? 1_000;
  }

  /** Due time (ms since epoch) of message `i` for a run started at `start`. */
  dueAt(start: number, i: number): number {
    return start + Math.floor((i * 1000) / this.o.rate);
  }

  run(plan: PlannedMessage[], start: number, onAcked?: (sent: number) => void): Promise<PublisherReport> {
    const { rate, log } = this.o;
    let due = 0; // messages that fell due so far
    let next = 0; // next message to hand to a send
    let acked = 0;
    let inFlight = 0;
    let retries = 0;
    let maxBehind = 0;
    let lastAck = start;
    let lastReport = start;
    return new Promise((resolve) => {
      const finish = () => {
        clearInterval(timer);
        const seconds = (lastAck - start) / 1000;
        const achievedRate = seconds > 0 ? acked / seconds : 0;
        resolve({
          target: rate,
          sent: acked,
          seconds,
          achievedRate,
          maxBehindSeconds: maxBehind,
          retries,
          heldRate: achievedRate >= 0.98 * rate,
        });
      };
      const send = async (batch: PlannedMessage[]): Promise<void> => {
        const byTopic = new Map<string, Message[]>();
        for (const p of batch) {
          const list = byTopic.get(p.topic);
          if (list) list.push(p.message);
          else byTopic.set(p.topic, [p.message]);
        }
        for (let attempt = 1; ; attempt++) {
          try {
            // One send per partition (sendInChunks): a multi-partition send can be acknowledged with messages
            // dropped when a leader moves during it (tulios/kafkajs#1303).
            await Promise.all([...byTopic].map(([topic, messages]) => sendInChunks(this.producer, topic, messages)));
            return;
          } catch (e) {
            retries++;
            // An outage fails every send for a while: the first failures and then every fiftieth are logged.
            if (attempt <= 2 || retries % 50 === 0) log(`publish retry (${retries} so far): ${(e as Error).message}`);
            await new Promise((r) => setTimeout(r, Math.min(2_000, 200 * attempt)));
          }
        }
      };
      const pump = () => {
        while (inFlight < this.maxInFlight && next < due) {
          const batch = plan.slice(next, Math.min(due, next + this.maxBatch));
          next += batch.length;
          inFlight++;
          void send(batch).then(() => {
            inFlight--;
            acked += batch.length;
            lastAck = Date.now();
            onAcked?.(acked);
            if (acked === plan.length) finish();
            else pump();
          });
        }
      };
      const timer = setInterval(() => {
        const now = Date.now();
        due = Math.min(plan.length, Math.floor(((now - start) * rate) / 1000) + 1);
        maxBehind = Math.max(maxBehind, (due - acked) / rate);
        if (now - lastReport >= 30_000) {
          lastReport = now;
          const t = (now - start) / 1000;
          log(
            `t=${t.toFixed(0)}s published ${acked} (${(acked / t).toFixed(0)}/s of ${rate}/s), ${((due - acked) / rate).toFixed(1)} s behind`,
          );
        }
        pump();
      }, this.tickMs);
      if (plan.length === 0) finish();
    });
  }
}

export function formatPublisher(p: PublisherReport): string {
  const head = `publisher: ${p.sent} messages in ${p.seconds.toFixed(0)} s = ${p.achievedRate.toFixed(0)}/s (target ${p.target}/s), at most ${p.maxBehindSeconds.toFixed(1)} s behind schedule, ${p.retries} sends made again`;
  return p.heldRate ? `${head}: held the rate` : `${head}: FELL SHORT of the target rate; this run does not show ${p.target} events/s`;
}
