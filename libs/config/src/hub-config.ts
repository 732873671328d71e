import { DEFAULT_DEADLINES, DEFAULT_REVISITS, parseDeadlines, parseRevisits, RISK_RULES_V1, riskRules } from '@hub/domain';
import { z } from 'zod';

/**
 * Every environment variable the hub reads, validated once at start-up into typed groups.
 * `.env.example` lists the same variables; nothing else in the code reads process.env.
 */
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .default('postgresql://postgres@127.0.0.1:5432/suyuan_hub'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379/0'),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .default('127.0.0.1:9092')
    .transform((s) =>
      s
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  KAFKA_CLIENT_ID: z.string().min(1).default('suyuan-hub'),
  /** How long the group waits for a silent consumer before giving its partitions to another. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  /** Namespace for consumer groups, BullMQ queue prefix; tests set a unique one per run. */
  HUB_INSTANCE: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only')
    .default('hub'),
  /** Suffix for topic names so that test suites never share topics with the demo. */
  TOPIC_SUFFIX: z
    .string()
    .regex(/^[a-z0-9-]*$/)
    .default(''),
  /** HMAC key that turns ID numbers and phones into linkable hashes. Must be secret in production. */
  PERSON_HASH_KEY: z.string().min(16, 'must be at least 16 characters'),
  INGEST_MAX_MESSAGE_BYTES: positiveInt.default(256 * 1024),
  INGEST_MAX_TEXT_CHARS: positiveInt.default(8000),
  INGEST_FUTURE_TOLERANCE_MINUTES: positiveInt.default(10),
  /** Partition batches one consumer works on at once (each: store, publish, commit). */
  INGEST_PARTITION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  /** Partition batches one risk process works on at once. */
  RISK_PARTITION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  /** The rule and model version the risk app assesses with; every assessment stores it. */
  RISK_RULES_VERSION: z
    .string()
    .default(RISK_RULES_V1.version)
    .superRefine((s, ctx) => checkSpec(() => riskRules(s), ctx)),
  GATEWAY_PORT: port.default(3000),
  INGEST_HEALTH_PORT: port.default(3101),
  RISK_HEALTH_PORT: port.default(3102),
  DISPATCH_HEALTH_PORT: port.default(3103),
  OUTBOX_POLL_MS: positiveInt.default(200),
  /** Per grade, time to accept / time to give feedback: `red=15m/2h,orange=1h/24h,...`. */
  DISPATCH_DEADLINES: z
    .string()
    .default(DEFAULT_DEADLINES)
    .superRefine((s, ctx) => checkSpec(() => parseDeadlines(s), ctx)),
  /** Revisit interval per grade (`none`: closes once verified): `red=7d,orange=14d,yellow=30d,blue=none`. */
  DISPATCH_REVISITS: z
    .string()
    .default(DEFAULT_REVISITS)
    .superRefine((s, ctx) => checkSpec(() => parseRevisits(s), ctx)),
  /** Supervised (督办) tasks get their deadlines multiplied by this. */
  DISPATCH_SUPERVISED_FACTOR: z.coerce.number().gt(0).max(1).default(0.5),
  /** Open tasks a grid worker may hold before the township centre is told. */
  DISPATCH_WORKER_CEILING: positiveInt.default(15),
  /** How long a dispatch worker holds a job before another may take it over (a killed worker's jobs). */
  DISPATCH_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Period of the reconcile that rebuilds queue jobs from PostgreSQL (also run on every Redis reconnect). */
  DISPATCH_RECONCILE_MS: z.coerce.number().int().min(1000).default(60_000),
  TASK_EVENT_POLL_MS: positiveInt.default(300),
  /** The mobile-terminal gateway (移动终端) that takes webhook deliveries. */
  DELIVERY_WEBHOOK_URL: z.url().default('http://127.0.0.1:3180/terminal'),
  /** The SMS gateway. */
  DELIVERY_SMS_URL: z.url().default('http://127.0.0.1:3180/sms'),
  /** Messages per second per channel. */
  DELIVERY_WEBHOOK_RATE: positiveInt.default(50),
  DELIVERY_SMS_RATE: positiveInt.default(5),
  DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  DELIVERY_BACKOFF_MS: positiveInt.default(2_000),
  DELIVERY_TIMEOUT_MS: positiveInt.default(5_000),
});

function checkSpec(parse: () => unknown, ctx: z.RefinementCtx): void {
  try {
    parse();
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
}

export type HubEnv = z.infer<typeof EnvSchema>;

export interface HubConfig {
  env: HubEnv['NODE_ENV'];
  log: { level: HubEnv['LOG_LEVEL'] };
  database: { url: string };
  redis: { url: string };
  kafka: { brokers: string[]; clientId: string; topicSuffix: string; sessionTimeoutMs: number };
  instance: string;
  privacy: { personHashKey: string };
  ingest: {
    maxMessageBytes: number;
    maxTextChars: number;
    futureToleranceMinutes: number;
    partitionConcurrency: number;
    healthPort: number;
  };
  risk: { healthPort: number; outboxPollMs: number; partitionConcurrency: number; rulesVersion: string };
  dispatch: {
    healthPort: number;
    deadlines: string;
    revisits: string;
    supervisedFactor: number;
    workerCeiling: number;
    lockMs: number;
    reconcileMs: number;
    taskEventPollMs: number;
  };
  delivery: {
    webhookUrl: string;
    smsUrl: string;
    webhookRate: number;
    smsRate: number;
    attempts: number;
    backoffMs: number;
    timeoutMs: number;
  };
  gateway: { port: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

export function loadHubConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.PERSON_HASH_KEY.startsWith('dev-only')) {
    throw new ConfigError(['PERSON_HASH_KEY: the development key must not be used in production']);
  }
  return {
    env: e.NODE_ENV,
    log: { level: e.LOG_LEVEL },
    database: { url: e.DATABASE_URL },
    redis: { url: e.REDIS_URL },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      topicSuffix: e.TOPIC_SUFFIX,
      sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
    },
    instance: e.HUB_INSTANCE,
    privacy: { personHashKey: e.PERSON_HASH_KEY },
    ingest: {
      maxMessageBytes: e.INGEST_MAX_MESSAGE_BYTES,
      maxTextChars: e.INGEST_MAX_TEXT_CHARS,
      futureToleranceMinutes: e.INGEST_FUTURE_TOLERANCE_MINUTES,
      partitionConcurrency: e.INGEST_PARTITION_CONCURRENCY,
      healthPort: e.INGEST_HEALTH_PORT,
    },
    risk: {
      healthPort: e.RISK_HEALTH_PORT,
      outboxPollMs: e.OUTBOX_POLL_MS,
      partitionConcurrency: e.RISK_PARTITION_CONCURRENCY,
      rulesVersion: e.RISK_RULES_VERSION,
    },
    dispatch: {
      healthPort: e.DISPATCH_HEALTH_PORT,
      deadlines: e.DISPATCH_DEADLINES,
      revisits: e.DISPATCH_REVISITS,
      supervisedFactor: e.DISPATCH_SUPERVISED_FACTOR,
      workerCeiling: e.DISPATCH_WORKER_CEILING,
      lockMs: e.DISPATCH_LOCK_MS,
      reconcileMs: e.DISPATCH_RECONCILE_MS,
      taskEventPollMs: e.TASK_EVENT_POLL_MS,
    },
    delivery: {
      webhookUrl: e.DELIVERY_WEBHOOK_URL,
      smsUrl: e.DELIVERY_SMS_URL,
      webhookRate: e.DELIVERY_WEBHOOK_RATE,
      smsRate: e.DELIVERY_SMS_RATE,
      attempts: e.DELIVERY_ATTEMPTS,
      backoffMs: e.DELIVERY_BACKOFF_MS,
      timeoutMs: e.DELIVERY_TIMEOUT_MS,
    },
    gateway: { port: e.GATEWAY_PORT },
  };
}
