import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { type BatchConsumerOptions, type InboundBatch, KafkaBatchConsumer } from './batch-consumer';

/**
 * A NestJS microservice transport that hands whole partition batches to `@EventPattern(topic)`
 * handlers and commits only after the handler resolved. Nest's built-in Kafka transport consumes one
 * message at a time and commits on its own schedule, which gives neither the throughput nor the
 * commit-after-durable-effect guarantee the feeds need.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private consumer?: KafkaBatchConsumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BatchConsumerOptions,
  ) {
    super();
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    for (const topic of this.options.topics) {
      if (!this.getHandlerByPattern(topic)) {
        callback(new Error(`no @EventPattern handler for topic ${topic}`));
        return;
      }
    }
    try {
      this.consumer = new KafkaBatchConsumer(this.kafka, this.options, (batch) => this.dispatch(batch));
      await this.consumer.start();
      callback();
    } catch (e) {
      callback(e);
    }
  }

  private async dispatch(batch: InboundBatch): Promise<void> {
    const handler = this.getHandlerByPattern(batch.baseTopic)!;
    const result = await handler(batch);
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  on(): never {
    throw new Error('KafkaBatchTransport does not emit events');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }
}
