import type { Producer } from 'kafkajs';
import { Topic, topicName } from '@hub/contracts';
import { RelayLoop, sendInChunks } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import type { TaskEventLog } from '@hub/persistence';

/** Publishes stored task events to hub.task.event.v1, keyed by task (in order per task), then marks them. */
export class TaskEventRelay {
  private readonly loop: RelayLoop;

  constructor(events: TaskEventLog, producer: Producer, topicSuffix: string, pollMs: number, log: Logger) {
    const topic = topicName(Topic.TaskEvent, topicSuffix);
    this.loop = new RelayLoop(
      'task event relay',
      async () => {
        const batch = await events.unpublished(500);
        if (!batch.length) return 0;
        await sendInChunks(
          producer,
          topic,
          batch.map((e) => ({ key: e.taskId, value: JSON.stringify(e) })),
        );
        await events.markPublished(batch.map((e) => e.sequence));
        return batch.length;
      },
      pollMs,
      log,
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
