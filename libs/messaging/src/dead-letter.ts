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
  }
}
