import type { Provider } from '@nestjs/common';
import {
  type ConsumerSpec,
  consumerProviders,
  DATABASE,
  HUB_CONFIG,
  type HubCoreOptions,
  LOGGER,
  PRODUCER,
  untilAvailable,
} from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { FEEDS } from '@hub/contracts';
import { PersonIdentity } from '@hub/domain';
import { DeadLetterPublisher } from '@hub/messaging';
import { type Logger, MetricsRegistry } from '@hub/observability';
import { type Database, EventStore, StoredDivisionDirectory } from '@hub/persistence';
import type { Producer } from 'kafkajs';
import { FeedIntake } from './feed-intake';

/** ingest's part of the core set: JIT off for its sessions (openDatabase says why). */
export const INGEST_CORE: HubCoreOptions = { noJit: true, whileDatabaseLost: 'queries wait for it to come back' };

/** ingest's consumer: the three upstream feeds. */
export const INGEST_CONSUMER: ConsumerSpec = {
  app: 'ingest',
  topics: Object.values(FEEDS).map((f) => f.topic),
  component: 'feed-consumer',
};

/**
 * ingest's own providers (beside the core set of @hub/app-core), each built by a factory from the validated
 * configuration Nest injects: the feeds' consumer (producer, dead letters, progress, lag), the division
 * directory (loaded before the first batch) and the feed intake over them.
 */
export function ingestProviders(): Provider[] {
  return [
    ...consumerProviders(INGEST_CONSUMER),
    {
      provide: StoredDivisionDirectory,
      useFactory: async (db: Database, log: Logger): Promise<StoredDivisionDirectory> => {
        const divisions = new StoredDivisionDirectory(db.pool);
        await untilAvailable('loading the division directory', () => divisions.refresh(), log);
        return divisions;
      },
      inject: [DATABASE, LOGGER],
    },
    {
      provide: FeedIntake,
      useFactory: (
        c: HubConfig,
        db: Database,
        producer: Producer,
        deadLetters: DeadLetterPublisher,
        divisions: StoredDivisionDirectory,
        log: Logger,
        m: MetricsRegistry,
      ) =>
        new FeedIntake(
          new EventStore(db.pool),
          producer,
          deadLetters,
          { policy: c.ingest, identity: new PersonIdentity(c.privacy.personHashKey, c.privacy.rotationKeys), divisions },
          c.kafka.topicSuffix,
          log.child({ component: 'feed-intake' }),
          m,
        ),
      inject: [HUB_CONFIG, DATABASE, PRODUCER, DeadLetterPublisher, StoredDivisionDirectory, LOGGER, MetricsRegistry],
    },
  ];
}
