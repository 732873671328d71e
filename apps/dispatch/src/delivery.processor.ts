import { Inject, Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { type Job, UnrecoverableError } from 'bullmq';
import { DeliveryRequestedV1 } from '@hub/contracts';
import { DISPATCH_DEPS, type DispatchDeps, parseJob } from './dispatch-deps';

/**
 * Sends one delivery on its channel and records the attempt. A failure is rethrown so BullMQ retries
 * with exponential backoff; the last attempt marks the delivery failed, where it stays visible and can
 * be sent again (POST /api/deliveries/:id/retry). Each channel has its own queue and rate limit.
 */
abstract class DeliveryProcessor extends WorkerHost {
  protected abstract readonly channel: 'webhook' | 'sms';

  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  async process(job: Job): Promise<{ status: string }> {
    const req = parseJob(DeliveryRequestedV1, job);
    const delivery = await this.d.deliveries.get(req.deliveryId);
    // Sent already, or superseded by a later round: nothing to do.
    if (!delivery || delivery.status !== 'pending' || delivery.round !== req.round) return { status: delivery?.status ?? 'missing' };
    const started = Date.now();
    const outcome = await this.d.channels[this.channel].send(delivery);
    const attempt = job.attemptsMade + 1;
    const final = outcome.ok || !!outcome.permanent || attempt >= (job.opts.attempts ?? 1);
    await this.d.deliveries.recordAttempt(req, attempt, { ...outcome, durationMs: Date.now() - started }, final);
    this.d.count.deliveryAttempts({ channel: this.channel, ok: String(outcome.ok) });
    this.d.count.deliveries({ channel: this.channel, status: outcome.ok ? 'sent' : final ? 'failed' : 'retrying' });
    if (outcome.ok) {
      this.d.count.stage('delivered', job.timestamp);
      return { status: 'sent' };
    }
    this.d.log.warn(
      { deliveryId: req.deliveryId, channel: this.channel, attempt, final, httpStatus: outcome.httpStatus, err: outcome.error },
      'delivery failed',
    );
    if (outcome.permanent) throw new UnrecoverableError(outcome.error);
    throw new Error(outcome.error);
  }
}

@Injectable()
export class WebhookDeliveryProcessor extends DeliveryProcessor {
  protected readonly channel = 'webhook' as const;
}

@Injectable()
export class SmsDeliveryProcessor extends DeliveryProcessor {
  protected readonly channel = 'sms' as const;
}
