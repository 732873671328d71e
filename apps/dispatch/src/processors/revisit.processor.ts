import { Processor } from '@nestjs/bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues } from '@hub/messaging';
import { JobRegistry } from '../job-registry';
import { WORKER_OPTIONS } from '../worker-options';
import { RegistryWorker } from './registry-worker';

/** A revisit (回访) came due: remind the grid worker. The revisit itself is recorded through the API. */
@Processor(QueueName.TaskRevisits, WORKER_OPTIONS[QueueName.TaskRevisits])
export class RevisitProcessor extends RegistryWorker {
  constructor(registry: JobRegistry, commands: GridTaskCommands, queues: DispatchQueues) {
    super(registry);
    registry.handle(JobName.RevisitDue, async (due) => {
      const changed = await commands.remindRevisit.execute(due.taskId, due.revisitNo);
      const deliveries = changed?.work.deliveries ?? [];
      await queues.scheduleMany([{ taskId: due.taskId, deadline: null, revisit: null, escalations: [], deliveries }]);
      return { reminded: deliveries.length };
    });
  }
}
