import { Inject, Injectable } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { RevisitDueV1 } from '@hub/contracts';
import { DISPATCH_DEPS, type DispatchDeps, parseJob } from './dispatch-deps';

/** A revisit (回访) came due: remind the grid worker. The revisit itself is recorded through the API. */
@Injectable()
export class RevisitProcessor extends WorkerHost {
  constructor(@Inject(DISPATCH_DEPS) private readonly d: DispatchDeps) {
    super();
  }

  async process(job: Job): Promise<{ reminded: number }> {
    const due = parseJob(RevisitDueV1, job);
    const deliveries = await this.d.tasks.revisitReminder(due.taskId, due.revisitNo);
    await Promise.all(deliveries.map((x) => this.d.queues.addDelivery(x)));
    return { reminded: deliveries.length };
  }
}
