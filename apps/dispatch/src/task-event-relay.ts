import { Inject, Injectable } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { HUB_CONFIG, LOGGER } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { Topic, topicName } from '@hub/contracts';
import { RelayLoop, sendInChunks } from '@hub/messaging';
import type { Logger } from '@hub/observability';
import { TaskEventLog } from '@hub/persistence';
import { TASK_EVENT_PRODUCER } from './dispatch.providers';

/** Publishes stored task events to hub.task.event.v1, keyed by task (in order per task), then marks them. */
@Injectable()
export class TaskEventRelay {
  private readonly loop: RelayLoop;

  constructor(
    events: TaskEventLog,
    @Inject(TASK_EVENT_PRODUCER) producer: Producer,
    @Inject(HUB_CONFIG) config: HubConfig,
    @Inject(LOGGER) log: Logger,
  ) {
    const topic = topicName(Topic.TaskEvent, config.kafka.topicSuffix);
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
      config.dispatch.taskEventPollMs,
      log.child({ component: 'task-events' }),
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
