import { Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobRegistry } from '../job-registry';

/**
 * A BullMQ worker whose jobs go through the job registry: each parsed by its schema, then run by the one
 * handler registered for its name. A subclass only declares its queue (@Processor with its options);
 * the handlers register themselves where they are built.
 */
@Injectable()
export abstract class RegistryWorker extends WorkerHost {
  constructor(protected readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}
