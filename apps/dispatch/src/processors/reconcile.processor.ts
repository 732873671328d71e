import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { DispatchReconciler } from '../dispatch-reconciler';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';
import { RegistryWorker } from './registry-worker';

/** Dispatch's periodic reconcile of the queues against PostgreSQL (a BullMQ job scheduler drives it). */
@Processor(QueueName.DispatchMaintenance, WORKER_OPTIONS[QueueName.DispatchMaintenance])
export class ReconcileProcessor extends RegistryWorker {
  constructor(registry: JobRegistry, reconciler: DispatchReconciler) {
    super(registry);
    registry.handle(JobName.Reconcile, () => reconciler.reconcile('scheduled'));
  }
}
