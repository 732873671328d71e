import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { LOGGER } from '@hub/app-core';
import { type DeliveryRequestedV1, JobName, QueueName } from '@hub/contracts';
import type { Logger } from '@hub/observability';
import { DeliveryStore } from '@hub/persistence';
import { DISPATCH_COUNTERS, type DispatchCounters, OUTBOUND_CHANNELS, type OutboundChannels } from '../dispatch.providers';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';
import { RegistryWorker } from './registry-worker';

/**
 * Sends one delivery on its channel and records the attempt. A failure is rethrown so BullMQ retries
 * with exponential backoff; the last attempt marks the delivery failed, where it stays visible and can
 * be sent again (POST /api/deliveries/:id/retry). Each channel has its own queue and rate limit; both
 * queues carry the same job, so one handler serves both and the queue names the channel.
 */
@Injectable()
export class DeliverySender {
  constructor(
    registry: JobRegistry,
    private readonly deliveries: DeliveryStore,
    @Inject(OUTBOUND_CHANNELS) private readonly channels: OutboundChannels,
    @Inject(DISPATCH_COUNTERS) private readonly count: DispatchCounters,
    @Inject(LOGGER) private readonly log: Logger,
  ) {
    registry.handle(JobName.DeliveryRequested, (req, job) => this.send(req, job));
  }

  private async send(req: DeliveryRequestedV1, job: Job): Promise<{ status: string }> {
    const channel = job.queueName === String(QueueName.DeliveriesSms) ? 'sms' : 'webhook';
    const delivery = await this.deliveries.get(req.deliveryId);
    // Sent already, or superseded by a later round: nothing to do.
    if (!delivery || delivery.status !== 'pending' || delivery.round !== req.round) return { status: delivery?.status ?? 'missing' };
    const started = Date.now();
    const outcome = await this.channels[channel].send(delivery);
    const attempt = job.attemptsMade + 1;
    const final = outcome.ok || !!outcome.permanent || attempt >= (job.opts.attempts ?? 1);
    await this.deliveries.recordAttempt(req, attempt, { ...outcome, durationMs: Date.now() - started }, final);
    this.count.deliveryAttempts({ channel, ok: String(outcome.ok) });
    this.count.deliveries({ channel, status: outcome.ok ? 'sent' : final ? 'failed' : 'retrying' });
    if (outcome.ok) {
      this.count.stage('delivered', job.timestamp);
      return { status: 'sent' };
    }
    this.log.warn(
      { deliveryId: req.deliveryId, channel, attempt, final, httpStatus: outcome.httpStatus, err: outcome.error },
      'delivery failed',
    );
    if (outcome.permanent) throw new UnrecoverableError(outcome.error);
    throw new Error(outcome.error);
  }
}

@Processor(QueueName.DeliveriesWebhook, WORKER_OPTIONS[QueueName.DeliveriesWebhook])
export class WebhookDeliveryProcessor extends RegistryWorker {}

@Processor(QueueName.DeliveriesSms, WORKER_OPTIONS[QueueName.DeliveriesSms])
export class SmsDeliveryProcessor extends RegistryWorker {}
