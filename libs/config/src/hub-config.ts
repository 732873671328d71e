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
  GATEWAY_PORT: port.default(3000),
  INGEST_HEALTH_PORT: port.default(3101),
  RISK_HEALTH_PORT: port.default(3102),
  DISPATCH_HEALTH_PORT: port.default(3103),
  OUTBOX_POLL_MS: positiveInt.default(200),
});

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
  risk: { healthPort: number; outboxPollMs: number; partitionConcurrency: number };
  dispatch: { healthPort: number };
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
    risk: { healthPort: e.RISK_HEALTH_PORT, outboxPollMs: e.OUTBOX_POLL_MS, partitionConcurrency: e.RISK_PARTITION_CONCURRENCY },
    dispatch: { healthPort: e.DISPATCH_HEALTH_PORT },
    gateway: { port: e.GATEWAY_PORT },
  };
}
