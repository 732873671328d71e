import type { IHeaders, Producer } from 'kafkajs';
import { Header } from '@hub/contracts';
import type { InboundMessage } from './batch-consumer';
import { sendInChunks } from './chunked-send';

export interface DeadLetter {
  message: InboundMessage;
  reason: string;
  messageZh: string;
  messageEn: string;
  detail: string;
}

/**
 * Sets rejected messages aside on a dead-letter topic with the original key, bytes and headers, plus
 * context headers in the manner of Kafka Connect's DLQ, so upstream teams can read why and operators can redrive.
 */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly consumerName: string,
    /** Counts what was set aside, per dead-letter topic and reason (hub_dead_letters_total). */
    private readonly counted?: (labels: { topic: string; reason: string }, n: number) => void,
  ) {}

  async publish(deadLetterTopic: string, letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const failedAt = new Date().toISOString();
    await sendInChunks(
      this.producer,
      deadLetterTopic,
      letters.map((l) => ({
        key: l.message.key,
        value: l.message.value,
        headers: {
          ...l.message.headers,
          [Header.DeadReason]: l.reason,
          [Header.DeadMessageZh]: l.messageZh,
          [Header.DeadMessageEn]: l.messageEn,
          [Header.DeadDetail]: l.detail.slice(0, 1000),
          [Header.DeadSourceTopic]: l.message.topic,
          [Header.DeadSourcePartition]: String(l.message.partition),
          [Header.DeadSourceOffset]: l.message.offset,
          [Header.DeadFailedAt]: failedAt,
          [Header.DeadConsumer]: this.consumerName,
        } satisfies IHeaders,
      })),
    );
    const byReason = new Map<string, number>();
    for (const l of letters) byReason.set(l.reason, (byReason.get(l.reason) ?? 0) + 1);
    for (const [reason, n] of byReason) this.counted?.({ topic: deadLetterTopic, reason }, n);
  }
}
