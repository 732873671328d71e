import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';

/** A revisit (回访) came due: remind the grid worker. The revisit itself is recorded through the API. */
@Processor(QueueName.TaskRevisits, WORKER_OPTIONS[QueueName.TaskRevisits])
export class RevisitProcessor extends WorkerHost {
  constructor(
    private readonly registry: JobRegistry,
    commands: GridTaskCommands,
    queues: DispatchQueues,
  ) {
    super();
    registry.handle(JobName.RevisitDue, async (due) => {
      const changed = await commands.remindRevisit.execute(due.taskId, due.revisitNo);
      const deliveries = changed?.work.deliveries ?? [];
      await queues.scheduleMany([{ taskId: due.taskId, deadline: null, revisit: null, escalations: [], deliveries }]);
      return { reminded: deliveries.length };
    });
  }

  process(job: Job): Promise<unknown> {
    return this.registry.run(job);
  }
}
