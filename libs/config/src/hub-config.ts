import { readFileSync } from 'node:fs';
import { DEFAULT_DEADLINES, DEFAULT_REVISITS, parseDeadlines, parseRevisits, RISK_RULES_V1, riskRules } from '@hub/domain';
import { z } from 'zod';

/**
 * Every environment variable the hub reads, validated once at start-up into typed groups.
 * `.env.example` lists the same variables; nothing else in the code reads process.env.
 */
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
/** `a, b,,c` → `['a', 'b', 'c']`. */
const commaList = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((s) => s === 'true' || s === '1');
/** Secrets: given directly or, better, as `<NAME>_FILE` (a mounted secret); see readSecretFiles. */
const SECRETS = [
  'PERSON_HASH_KEY',
  'PERSON_HASH_ROTATION_KEYS',
  'DATABASE_PASSWORD',
  'REDIS_PASSWORD',
  'REDIS_SENTINEL_PASSWORD',
  'KAFKA_SASL_PASSWORD',
  'OIDC_DIRECTORY_CLIENT_SECRET',
  'DEMO_USER_PASSWORD',
] as const;
/** Values committed in the repository (.env.example): refused unless HUB_DEMO_MODE says this is a demo. */
const COMMITTED_VALUE = /^(dev-only|test-only|change-me)/;

/** Alert jobs a dispatch worker holds at once by default; the dispatch benchmark gives its baseline the same. */
export const DEFAULT_ALERT_CONCURRENCY = 200;
/**
 * The Redis round trip a dispatch worker's job lock must allow for each job it holds. BullMQ's worker (6.x) fetches
 * the jobs it holds one round trip at a time, each locked for DISPATCH_LOCK_MS from its fetch, and starts (and
 * renews the lock of) none until it holds them all or the queue is empty: holding 500 at a 30 s lock lost the
 * first jobs' locks whenever a round trip averaged over 60 ms, as it does on a saturated machine.
 */
export const LOCK_MS_PER_HELD_JOB = 100;

const EnvSchema = z.object({
  /** An explicit demo or development run: only then may the committed development secrets be used. */
  HUB_DEMO_MODE: flag,
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** /health reports a partition or queue down when its work has not moved for this long while some waits. */
  HEALTH_STALL_SECONDS: z.coerce.number().int().min(5).max(86_400).default(120),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .default('postgresql://postgres@127.0.0.1:5432/suyuan_hub'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379/0'),
  KAFKA_BROKERS: z.string().min(1).default('127.0.0.1:9092').transform(commaList),
  KAFKA_CLIENT_ID: z.string().min(1).default('suyuan-hub'),
  /** SASL mechanism for every Kafka client (`none` only for a broker without authentication). */
  KAFKA_SASL_MECHANISM: z.enum(['none', 'scram-sha-256', 'scram-sha-512', 'plain']).default('scram-sha-512'),
  KAFKA_SASL_USERNAME: z.string().min(1).max(100).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
  /** TLS to the brokers; KAFKA_SSL_CA_FILE names the CA that signed them when it is not a public one. */
  KAFKA_SSL: flag,
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
  /** The app's own PostgreSQL password (its user is in DATABASE_URL). */
  DATABASE_PASSWORD: z.string().min(1).optional(),
  /** The hub's Redis ACL user and password (BullMQ). */
  REDIS_USERNAME: z.string().min(1).max(100).optional(),
  REDIS_PASSWORD: z.string().min(1).optional(),
  /**
   * Redis behind Sentinel: `host:port,host:port,…` of the Sentinels, asked for the current master of
   * REDIS_SENTINEL_NAME (REDIS_URL's host and port are then unused; its database number still applies).
   */
  REDIS_SENTINELS: z
    .string()
    .default('')
    .transform(commaList)
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'each Sentinel as host:port'))),
  REDIS_SENTINEL_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .default('mymaster'),
  /** The Sentinels' own password (`requirepass` in sentinel.conf), when they have one. */
  REDIS_SENTINEL_PASSWORD: z.string().min(1).optional(),
  /** The city's OpenID Connect provider: issuer as in its tokens, the audience the hub's tokens carry. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).default('suyuan-hub'),
  /** Where the provider publishes its keys; default: Keycloak's path under the issuer. */
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** The console's public client at the provider (authorization code with PKCE). */
  OIDC_CONSOLE_CLIENT_ID: z.string().min(1).max(100).default('hub-console'),
  /** Where the gateway finds the console's build; default: dist/console beside the built apps. */
  CONSOLE_DIR: z.string().min(1).optional(),
  /** hubctl's demo only: the client that creates the demo's people in the provider, and their password. */
  OIDC_DIRECTORY_CLIENT_ID: z.string().min(1).default('hub-directory-sync'),
  OIDC_DIRECTORY_CLIENT_SECRET: z.string().min(1).optional(),
  DEMO_USER_PASSWORD: z.string().min(8).optional(),
  /** Address every HTTP surface (API, health, metrics) listens on; loopback unless a proxy needs more. */
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** Origins allowed to call the API from a browser (comma-separated); none by default. */
  CORS_ORIGINS: z.string().default('').transform(commaList),
  HTTP_BODY_LIMIT_KB: z.coerce.number().int().min(1).max(1024).default(64),
  /** Requests per minute one caller (token subject, else address) may make to the API. */
  RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
  /** How long dead-letter topics keep rejected messages (they may hold raw identifiers): short by default. */
  DEAD_LETTER_RETENTION_HOURS: z.coerce.number().int().min(1).max(2160).default(72),
  /** How long the group waits for a silent consumer before giving its partitions to another. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  /** How often a consumer heartbeats (also from inside long batches); default a tenth of the session, at most 3 s. */
  KAFKA_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).max(100_000).optional(),
  /** How long the group waits for its live members to rejoin during a rebalance; at least the session timeout. */
  KAFKA_REBALANCE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** Most bytes fetched per partition at once; at least twice INGEST_MAX_MESSAGE_BYTES (an oversized message is read and set aside). */
  KAFKA_MAX_BYTES_PER_PARTITION: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  /** Most messages a consumer hands to its store at once; each slice is committed, and a rebalance waits for one slice at most. */
  KAFKA_MAX_SLICE_MESSAGES: z.coerce.number().int().min(1).max(10_000).default(500),
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
  /** Keys of past rotations, oldest first, comma-separated: each wraps the hashes (docs/security.md). */
  PERSON_HASH_ROTATION_KEYS: z
    .string()
    .default('')
    .transform(commaList)
    .refine((keys) => keys.every((k) => k.length >= 16), 'each key must be at least 16 characters'),
  INGEST_MAX_MESSAGE_BYTES: positiveInt.default(256 * 1024),
  INGEST_MAX_TEXT_CHARS: positiveInt.default(8000),
  INGEST_FUTURE_TOLERANCE_MINUTES: positiveInt.default(10),
  /** Partition batches one consumer works on at once (each: store, publish, commit). */
  INGEST_PARTITION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  /** Partition batches one risk process works on at once. */
  RISK_PARTITION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  /** The rule and model version the risk app assesses with; every assessment stores it. Empty, as unset: the newest. */
  RISK_RULES_VERSION: z
    .string()
    .transform((s) => s.trim() || RISK_RULES_V1.version)
    .default(RISK_RULES_V1.version)
    .superRefine((s, ctx) => checkSpec(() => riskRules(s), ctx)),
  GATEWAY_PORT: port.default(3000),
  INGEST_HEALTH_PORT: port.default(3101),
  RISK_HEALTH_PORT: port.default(3102),
  DISPATCH_HEALTH_PORT: port.default(3103),
  OUTBOX_POLL_MS: positiveInt.default(200),
  /** When Redis comes back empty, the outbox rows relayed in this many hours are added again (dispatch skips what it applied). */
  OUTBOX_REPLAY_HOURS: z.coerce
    .number()
    .gt(0)
    .max(24 * 30)
    .default(24),
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
  /**
   * Times a job may stall (its worker killed or starved past the lock) before BullMQ fails it for good. BullMQ's
   * default of 1 fails a job on its second stall whatever its attempts; every dispatch job is idempotent, so a
   * stall is only a delay and must not lose the job.
   */
  DISPATCH_MAX_STALLED: positiveInt.max(1000).default(50),
  /** Period of the reconcile that rebuilds queue jobs from PostgreSQL (also run on every Redis reconnect). */
  DISPATCH_RECONCILE_MS: z.coerce.number().int().min(1000).default(60_000),
  /**
   * Alert jobs a dispatch worker holds at once; they are applied together in batches of DISPATCH_ALERT_BATCH. At most
   * DISPATCH_LOCK_MS / LOCK_MS_PER_HELD_JOB (checked below).
   */
  DISPATCH_ALERT_CONCURRENCY: positiveInt.max(1000).default(DEFAULT_ALERT_CONCURRENCY),
  /** Most alerts applied in one transaction. */
  DISPATCH_ALERT_BATCH: positiveInt.max(1000).default(100),
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

/** Every variable the hub reads, secrets' `<NAME>_FILE` forms included (deployment manifests are checked against it). */
export const HUB_ENV_VARIABLES: readonly string[] = [...Object.keys(EnvSchema.shape), ...SECRETS.map((s) => `${s}_FILE`)];

/** Where the hub's Redis is: one URL, or the Sentinels that know the current master (the URL's db, user and TLS still apply). */
export interface RedisSettings {
  url: string;
  sentinel?: { hosts: { host: string; port: number }[]; name: string; password?: string };
}

export interface HubConfig {
  env: HubEnv['NODE_ENV'];
  log: { level: HubEnv['LOG_LEVEL'] };
  health: { stallMs: number };
  database: { url: string };
  redis: RedisSettings;
  demoMode: boolean;
  kafka: {
    brokers: string[];
    clientId: string;
    topicSuffix: string;
    sessionTimeoutMs: number;
    heartbeatIntervalMs: number;
    rebalanceTimeoutMs: number;
    maxBytesPerPartition: number;
    maxSliceMessages: number;
    sasl?: { mechanism: 'scram-sha-256' | 'scram-sha-512' | 'plain'; username: string; password: string };
    ssl?: { caFile?: string };
    deadLetterRetentionMs: number;
  };
  /** Present when OIDC_ISSUER is set; the gateway refuses to start without it. */
  oidc?: {
    issuer: string;
    audience: string;
    jwksUrl: string;
    clockSkewSeconds: number;
    directory?: { clientId: string; clientSecret: string };
    demoUserPassword?: string;
  };
  http: { host: string; corsOrigins: string[]; bodyLimitKb: number; rateLimitPerMinute: number };
  console: { clientId: string; dir?: string };
  instance: string;
  privacy: { personHashKey: string; rotationKeys: string[] };
  ingest: {
    maxMessageBytes: number;
    maxTextChars: number;
    futureToleranceMinutes: number;
    partitionConcurrency: number;
    healthPort: number;
  };
  risk: { healthPort: number; outboxPollMs: number; outboxReplayHours: number; partitionConcurrency: number; rulesVersion: string };
  dispatch: {
    healthPort: number;
    deadlines: string;
    revisits: string;
    supervisedFactor: number;
    workerCeiling: number;
    lockMs: number;
    maxStalled: number;
    reconcileMs: number;
    taskEventPollMs: number;
    alertConcurrency: number;
    alertBatch: number;
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

/** `<NAME>_FILE` names a file holding the secret (trailing newline dropped); both at once is an error. */
function readSecretFiles(env: NodeJS.ProcessEnv, problems: string[]): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of SECRETS) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (env[name]) problems.push(`${name}: set either ${name} or ${name}_FILE, not both`);
    try {
      out[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (e) {
      problems.push(`${name}_FILE: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return out;
}

/** A URL with the password put in (encoded), so that drivers get user and password from one place. */
function withCredentials(url: string, username: string | undefined, password: string | undefined): string {
  if (!username && !password) return url;
  const u = new URL(url);
  if (username) u.username = encodeURIComponent(username);
  if (password) u.password = encodeURIComponent(password);
  return u.toString();
}

export function loadHubConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const problems: string[] = [];
  const parsed = EnvSchema.safeParse(readSecretFiles(env, problems));
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  if (!e.HUB_DEMO_MODE) {
    for (const name of SECRETS) {
      const value = e[name];
      if ((Array.isArray(value) ? value : [value ?? '']).some((v) => COMMITTED_VALUE.test(v))) {
        problems.push(
          `${name}: this is a development value committed in the repository; give a secret of your own (or set HUB_DEMO_MODE=true for a demo)`,
        );
      }
    }
  }
  if (e.KAFKA_SASL_MECHANISM !== 'none' && (!e.KAFKA_SASL_USERNAME || !e.KAFKA_SASL_PASSWORD)) {
    problems.push(`KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD: required with KAFKA_SASL_MECHANISM=${e.KAFKA_SASL_MECHANISM}`);
  }
  if (e.KAFKA_REBALANCE_TIMEOUT_MS < e.KAFKA_SESSION_TIMEOUT_MS) {
    problems.push('KAFKA_REBALANCE_TIMEOUT_MS: must be at least KAFKA_SESSION_TIMEOUT_MS (a live member needs that long to rejoin)');
  }
  const heartbeatIntervalMs = e.KAFKA_HEARTBEAT_INTERVAL_MS ?? Math.min(3_000, Math.floor(e.KAFKA_SESSION_TIMEOUT_MS / 10));
  if (heartbeatIntervalMs * 3 > e.KAFKA_SESSION_TIMEOUT_MS) {
    problems.push(
      'KAFKA_HEARTBEAT_INTERVAL_MS: must be at most a third of KAFKA_SESSION_TIMEOUT_MS (a late heartbeat would cost the membership)',
    );
  }
  if (e.KAFKA_MAX_BYTES_PER_PARTITION < 2 * e.INGEST_MAX_MESSAGE_BYTES) {
    problems.push(
      'KAFKA_MAX_BYTES_PER_PARTITION: must be at least twice INGEST_MAX_MESSAGE_BYTES, so an oversized message is still read and set aside',
    );
  }
  if (e.DISPATCH_LOCK_MS < e.DISPATCH_ALERT_CONCURRENCY * LOCK_MS_PER_HELD_JOB) {
    problems.push(
      `DISPATCH_LOCK_MS: must be at least ${e.DISPATCH_ALERT_CONCURRENCY * LOCK_MS_PER_HELD_JOB} for DISPATCH_ALERT_CONCURRENCY=${e.DISPATCH_ALERT_CONCURRENCY} ` +
        `(${LOCK_MS_PER_HELD_JOB} ms a held job): a worker fetches the jobs it holds one Redis round trip at a time and renews no lock until it has them all; hold fewer jobs or lengthen the lock`,
    );
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    demoMode: e.HUB_DEMO_MODE,
    env: e.NODE_ENV,
    log: { level: e.LOG_LEVEL },
    health: { stallMs: e.HEALTH_STALL_SECONDS * 1000 },
    database: { url: withCredentials(e.DATABASE_URL, undefined, e.DATABASE_PASSWORD) },
    redis: {
      url: withCredentials(e.REDIS_URL, e.REDIS_USERNAME, e.REDIS_PASSWORD),
      sentinel: e.REDIS_SENTINELS.length
        ? {
            hosts: e.REDIS_SENTINELS.map((hp) => ({
              host: hp.slice(0, hp.lastIndexOf(':')),
              port: Number(hp.slice(hp.lastIndexOf(':') + 1)),
            })),
            name: e.REDIS_SENTINEL_NAME,
            password: e.REDIS_SENTINEL_PASSWORD,
          }
        : undefined,
    },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      topicSuffix: e.TOPIC_SUFFIX,
      sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs,
      rebalanceTimeoutMs: e.KAFKA_REBALANCE_TIMEOUT_MS,
      maxBytesPerPartition: e.KAFKA_MAX_BYTES_PER_PARTITION,
      maxSliceMessages: e.KAFKA_MAX_SLICE_MESSAGES,
      sasl:
        e.KAFKA_SASL_MECHANISM === 'none'
          ? undefined
          : { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME!, password: e.KAFKA_SASL_PASSWORD! },
      ssl: e.KAFKA_SSL ? { caFile: e.KAFKA_SSL_CA_FILE } : undefined,
      deadLetterRetentionMs: e.DEAD_LETTER_RETENTION_HOURS * 3_600_000,
    },
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          audience: e.OIDC_AUDIENCE,
          jwksUrl: e.OIDC_JWKS_URL ?? `${e.OIDC_ISSUER}/protocol/openid-connect/certs`,
          clockSkewSeconds: e.OIDC_CLOCK_SKEW_SECONDS,
          directory: e.OIDC_DIRECTORY_CLIENT_SECRET
            ? { clientId: e.OIDC_DIRECTORY_CLIENT_ID, clientSecret: e.OIDC_DIRECTORY_CLIENT_SECRET }
            : undefined,
          demoUserPassword: e.DEMO_USER_PASSWORD,
        }
      : undefined,
    http: {
      host: e.HTTP_HOST,
      corsOrigins: e.CORS_ORIGINS,
      bodyLimitKb: e.HTTP_BODY_LIMIT_KB,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    console: { clientId: e.OIDC_CONSOLE_CLIENT_ID, dir: e.CONSOLE_DIR },
    instance: e.HUB_INSTANCE,
    privacy: { personHashKey: e.PERSON_HASH_KEY, rotationKeys: e.PERSON_HASH_ROTATION_KEYS },
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
      outboxReplayHours: e.OUTBOX_REPLAY_HOURS,
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
      maxStalled: e.DISPATCH_MAX_STALLED,
      reconcileMs: e.DISPATCH_RECONCILE_MS,
      taskEventPollMs: e.TASK_EVENT_POLL_MS,
      alertConcurrency: e.DISPATCH_ALERT_CONCURRENCY,
      alertBatch: e.DISPATCH_ALERT_BATCH,
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
