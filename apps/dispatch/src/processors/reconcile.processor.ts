import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { DispatchReconciler } from '../dispatch-reconciler';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';

/** Dispatch's periodic reconcile of the queues against PostgreSQL (a BullMQ job scheduler drives it). */
@Processor(QueueName.DispatchMaintenance, WORKER_OPTIONS[QueueName.DispatchMaintenance])
export class ReconcileProcessor extends WorkerHost {
  constructor(
    private readonly registry: JobRegistry,
    reconciler: DispatchReconciler,
  ) {
    super();
    registry.handle(JobName.Reconcile, () => reconciler.reconcile('scheduled'));
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}
