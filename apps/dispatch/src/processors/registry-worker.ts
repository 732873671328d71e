import { Inject, Injectable } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { LOGGER } from '@hub/app-core';
import type { Logger } from '@hub/observability';
import { JobRegistry } from '../job-registry';

/**
 * A BullMQ worker whose jobs go through the job registry: each parsed by its schema, then run by the one
 * handler registered for its name. A subclass only declares its queue (@Processor with its options);
 * the handlers register themselves where they are built. Every failure is logged with its queue and job,
 * and the worker's own errors (Redis away) go to the app's logger, not BullMQ's console fallback.
 */
@Injectable()
export abstract class RegistryWorker extends WorkerHost {
  @Inject(LOGGER) private readonly workerLog!: Logger;

  constructor(protected readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }

  /** Every failure names its queue and job; a retried one says which attempt it was. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.workerLog.warn(
      {
        queue: job?.queueName,
        jobId: job?.id,
        job: job?.name,
        attempt: job?.attemptsMade,
        attempts: job?.opts.attempts,
        err: error.message.slice(0, 500),
      },
      'job failed',
    );
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.workerLog.warn({ queue: this.worker?.name, err: error.message.slice(0, 500) }, 'queue worker error');
  }
}
