import type { Provider } from '@nestjs/common';
import { DATABASE, HUB_CONFIG, type HubCoreOptions, KAFKA, LOGGER, untilAvailable } from '@hub/app-core';
import type { HubConfig } from '@hub/config';
import { type DispatchRules, EscalationPolicy } from '@hub/domain';
import { areaDirectoryOf, GridTaskCommands } from '@hub/grid-tasks';
import { DispatchQueues, queueMetrics, redisConnectionOptions } from '@hub/messaging';
import { type Logger, MetricsRegistry, stageLatency } from '@hub/observability';
import { type Database, DeliveryStore, GridTaskReads, PgGridTaskRepository, StoredAreaIndex, TaskEventLog } from '@hub/persistence';
import type { Kafka, Producer } from 'kafkajs';
import { HttpChannel, type OutboundChannel } from './outbound-channel';

export const TASK_EVENT_PRODUCER = Symbol('TASK_EVENT_PRODUCER');
export const DISPATCH_COUNTERS = Symbol('DISPATCH_COUNTERS');
export const OUTBOUND_CHANNELS = Symbol('OUTBOUND_CHANNELS');

export type OutboundChannels = Record<'webhook' | 'sms', OutboundChannel>;
export type DispatchCounters = ReturnType<typeof dispatchCounters>;

export function dispatchCounters(m: MetricsRegistry) {
  return {
    alerts: m.counter('dispatch_alerts_total', 'alerts applied to grid tasks, by outcome and routing method', ['outcome', 'route']),
    alertBatches: m.counter('dispatch_alert_batches_total', 'transactions that applied a batch of alerts', []),
    alertBatchesFailed: m.counter(
      'dispatch_alert_batches_failed_total',
      'alert batches whose transaction failed as a whole, by whether their alerts were then tried one by one',
      ['split'],
    ),
    statements: m.counter('dispatch_db_statements_total', 'SQL statements sent by grid task commands (BEGIN and COMMIT included)', []),
    statementSeconds: m.counter(
      'dispatch_db_statement_seconds_total',
      'Time grid task commands waited on each statement (round trip included), by statement',
      ['statement'],
    ),
    redisRoundTrips: m.counter('dispatch_schedule_round_trips_total', 'Redis round trips spent scheduling the work of applied alerts', []),
    alertSeconds: m.counter(
      'dispatch_alert_batch_seconds_total',
      'Time alert batches spent per stage: waiting (a job held before its batch started), database (the transaction), scheduling (addBulk)',
      ['stage'],
    ),
    deadlinesMissed: m.counter('dispatch_deadlines_missed_total', 'deadlines that passed and escalated a task, by kind', ['kind']),
    escalations: m.counter('dispatch_escalations_total', 'escalations whose duty officers were alerted', []),
    deliveryAttempts: m.counter('dispatch_delivery_attempts_total', 'delivery attempts, by channel and result', ['channel', 'ok']),
    deliveries: m.counter(
      'hub_deliveries_total',
      'Delivery attempts by channel and status: sent, retrying (it failed, another attempt comes), failed (given up)',
      ['channel', 'status'],
    ),
    stage: stageLatency(m),
  };
}

/** dispatch's part of the core set: JIT off for its sessions (openDatabase says why). */
export const DISPATCH_CORE: HubCoreOptions = { noJit: true, whileDatabaseLost: 'jobs retry until it is back' };

/**
 * dispatch's own providers (beside the core set of @hub/app-core), each built by a factory from the
 * validated configuration Nest injects: the area index (loaded before the first job), the grid task
 * commands, the stores, the queues, the channels and the task event producer.
 */
export function dispatchProviders(): Provider[] {
  return [
    { provide: DISPATCH_COUNTERS, useFactory: dispatchCounters, inject: [MetricsRegistry] },
    {
      provide: StoredAreaIndex,
      useFactory: async (db: Database, log: Logger): Promise<StoredAreaIndex> => {
        const areas = new StoredAreaIndex(db.pool);
        const loaded = await untilAvailable('loading the area index', () => areas.refresh(), log);
        if (!loaded.grids)
          log.warn('no grids loaded: every alert will go to manual dispatch (run `npm run hubctl -- seed-areas` or import-areas)');
        log.info(loaded, 'areas loaded');
        return areas;
      },
      inject: [DATABASE, LOGGER],
    },
    {
      provide: GridTaskCommands,
      useFactory: (c: HubConfig, db: Database, areas: StoredAreaIndex, count: DispatchCounters): GridTaskCommands => {
        const rules: DispatchRules = {
          policy: EscalationPolicy.fromSpecs(c.dispatch.deadlines, c.dispatch.revisits, c.dispatch.supervisedFactor),
          workerCeiling: c.dispatch.workerCeiling,
        };
        const repo = new PgGridTaskRepository(db.pool, (n, statement, seconds) => {
          count.statements({}, n);
          if (statement) count.statementSeconds({ statement }, seconds ?? 0);
        });
        return new GridTaskCommands(repo, rules, areaDirectoryOf(areas));
      },
      inject: [HUB_CONFIG, DATABASE, StoredAreaIndex, DISPATCH_COUNTERS],
    },
    { provide: GridTaskReads, useFactory: (db: Database) => new GridTaskReads(db.pool), inject: [DATABASE] },
    { provide: DeliveryStore, useFactory: (db: Database) => new DeliveryStore(db.pool), inject: [DATABASE] },
    { provide: TaskEventLog, useFactory: (db: Database) => new TaskEventLog(db.pool), inject: [DATABASE] },
    {
      provide: DispatchQueues,
      useFactory: (c: HubConfig, m: MetricsRegistry): DispatchQueues => {
        const queues = new DispatchQueues(redisConnectionOptions(c.redis), c.instance, {
          attempts: c.delivery.attempts,
          backoffMs: c.delivery.backoffMs,
        });
        queueMetrics(m, queues.queues.values());
        return queues;
      },
      inject: [HUB_CONFIG, MetricsRegistry],
    },
    {
      provide: OUTBOUND_CHANNELS,
      useFactory: (c: HubConfig): OutboundChannels => ({
        webhook: new HttpChannel('webhook', c.delivery.webhookUrl, c.delivery.timeoutMs),
        sms: new HttpChannel('sms', c.delivery.smsUrl, c.delivery.timeoutMs),
      }),
      inject: [HUB_CONFIG],
    },
    {
      provide: TASK_EVENT_PRODUCER,
      // acks=all, one request in flight (the task events' order), not idempotent: kafkajs' idempotent producer
      // sticks after a broker failover (tulios/kafkajs#598); a retried send may repeat an event, which carries its id.
      useFactory: async (kafka: Kafka, log: Logger): Promise<Producer> => {
        const producer = kafka.producer({ maxInFlightRequests: 1 });
        await untilAvailable('connecting the task-event producer', () => producer.connect(), log);
        return producer;
      },
      inject: [KAFKA, LOGGER],
    },
  ];
}
