import { Inject, Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EscalationRaisedV1 } from '@hub/contracts';
import { DISPATCH_DEPS, type DispatchDeps, parseJob } from './dispatch-deps';

/** Alerts the duty officers (值班) on duty at the escalation's centre, on each of their channels. */
@Injectable()
export class EscalationProcessor extends WorkerHost {
  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  async process(job: Job): Promise<{ deliveries: number }> {
    const { escalationId } = parseJob(EscalationRaisedV1, job);
    const deliveries = await this.d.tasks.deliveriesForEscalation(escalationId);
    await Promise.all(deliveries.map((x) => this.d.queues.addDelivery(x)));
    this.d.count.escalations({});
    this.d.log.info({ escalationId, deliveries: deliveries.length }, 'duty officers alerted');
    return { deliveries: deliveries.length };
  }
}
