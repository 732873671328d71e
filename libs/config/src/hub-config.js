"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.loadHubConfig = loadHubConfig;
const zod_1 = require("zod");
/**
 * Every environment variable the hub reads, validated once at start-up into typed groups.
 * `.env.example` lists the same variables; nothing else in the code reads process.env.
 */
const port = zod_1.z.coerce.number().int().min(1).max(65535);
const positiveInt = zod_1.z.coerce.number().int().positive();
const bool = zod_1.z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1');
const EnvSchema = zod_1.z.object({
    NODE_ENV: zod_1.z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: zod_1.z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: zod_1.z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
        .default('postgresql://postgres@127.0.0.1:5432/suyuan_hub'),
    REDIS_URL: zod_1.z
        .string()
        .regex(/^rediss?:\/\//, 'must be a redis:// URL')
        .default('redis://127.0.0.1:6379/0'),
    KAFKA_BROKERS: zod_1.z
        .string()
        .min(1)
        .default('127.0.0.1:9092')
        .transform((s) => s.split(',').map((b) => b.trim()).filter(Boolean)),
    KAFKA_CLIENT_ID: zod_1.z.string().min(1).default('suyuan-hub'),
    /** Namespace for consumer groups, BullMQ queue prefix; tests set a unique one per run. */
    HUB_INSTANCE: zod_1.z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only').default('hub'),
    /** Suffix for topic names so that test suites never share topics with the demo. */
    TOPIC_SUFFIX: zod_1.z.string().regex(/^[a-z0-9-]*$/).default(''),
    /** HMAC key that turns ID numbers and phones into linkable hashes. Must be secret in production. */
    PERSON_HASH_KEY: zod_1.z.string().min(16, 'must be at least 16 characters'),
    INGEST_MAX_MESSAGE_BYTES: positiveInt.default(256 * 1024),
    INGEST_MAX_TEXT_CHARS: positiveInt.default(8000),
    INGEST_FUTURE_TOLERANCE_MINUTES: positiveInt.default(10),
    GATEWAY_PORT: port.default(3000),
    INGEST_HEALTH_PORT: port.default(3101),
    RISK_HEALTH_PORT: port.default(3102),
    DISPATCH_HEALTH_PORT: port.default(3103),
    OUTBOX_POLL_MS: positiveInt.default(200),
    PRETTY_LOGS: bool.default(false),
});
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
function loadHubConfig(env = process.env) {
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
        log: { level: e.LOG_LEVEL, pretty: e.PRETTY_LOGS },
        database: { url: e.DATABASE_URL },
        redis: { url: e.REDIS_URL },
        kafka: { brokers: e.KAFKA_BROKERS, clientId: e.KAFKA_CLIENT_ID, topicSuffix: e.TOPIC_SUFFIX },
        instance: e.HUB_INSTANCE,
        privacy: { personHashKey: e.PERSON_HASH_KEY },
        ingest: {
            maxMessageBytes: e.INGEST_MAX_MESSAGE_BYTES,
            maxTextChars: e.INGEST_MAX_TEXT_CHARS,
            futureToleranceMinutes: e.INGEST_FUTURE_TOLERANCE_MINUTES,
            healthPort: e.INGEST_HEALTH_PORT,
        },
        risk: { healthPort: e.RISK_HEALTH_PORT, outboxPollMs: e.OUTBOX_POLL_MS },
        dispatch: { healthPort: e.DISPATCH_HEALTH_PORT },
        gateway: { port: e.GATEWAY_PORT },
    };
}
//# sourceMappingURL=hub-config.js.map