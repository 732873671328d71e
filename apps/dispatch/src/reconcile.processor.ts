import { Inject, Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { ReconcileV1 } from '@hub/contracts';
import { DISPATCH_DEPS, type DispatchDeps, parseJob } from './dispatch-deps';

/** Dispatch's periodic reconcile of the queues against PostgreSQL (a BullMQ job scheduler drives it). */
@Injectable()
export class ReconcileProcessor extends WorkerHost {
  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  async process(job: Job): Promise<Record<string, number>> {
    parseJob(ReconcileV1, job);
    return this.d.reconciler.reconcile('scheduled');
  }
}
