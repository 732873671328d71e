import { readFileSync } from 'node:fs';
import { ConfigResourceTypes, type ITopicConfig, Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';
import { TOPIC_SPECS, topicName, type TopicSpec } from '@hub/contracts';
import { registerCompressionCodecs } from './codecs';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicSuffix: string;
  /** SASL (SCRAM) credentials of this client; each app has a user of its own with ACLs on its topics. */
  sasl?: { mechanism: 'scram-sha-256' | 'scram-sha-512' | 'plain'; username: string; password: string };
  /** TLS to the brokers, with the CA that signed them when it is not a public one. */
  ssl?: { caFile?: string };
}

export type KafkaLogSink = (level: 'error' | 'warn' | 'info' | 'debug', msg: string, extra: Record<string, unknown>) => void;

/** kafkajs's own lines through the app's pino logger (its `logger.child({ component: 'kafkajs' })`). */
export function kafkaLogTo(log: {
  error(o: object, m: string): void;
  warn(o: object, m: string): void;
  info(o: object, m: string): void;
  debug(o: object, m: string): void;
}): KafkaLogSink {
  return (level, msg, extra) => log[level](extra, msg);
}

/**
 * The one place a kafkajs client is made. kafkajs 2.2.4 is its last release: keeping it behind this
 * module leaves one place to swap it.
 */
export function createKafka(settings: KafkaSettings, log?: KafkaLogSink): Kafka {
  registerCompressionCodecs();
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    sasl: settings.sasl as SASLOptions | undefined,
    ssl: settings.ssl ? (settings.ssl.caFile ? { ca: [readFileSync(settings.ssl.caFile, 'utf8')] } : true) : undefined,
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 10_000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...extra } = entry;
        const lvl = level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : level === logLevel.INFO ? 'info' : 'debug';
        if (log) log(lvl, `kafkajs: ${message}`, extra);
      },
  });
}

/** Dead-letter topics may hold raw identifiers of rejected messages: their retention is the deployment's choice. */
export interface TopicOverrides {
  deadLetterRetentionMs?: number;
}

function topicConfig(spec: TopicSpec, suffix: string, o: TopicOverrides): ITopicConfig {
  const retention = spec.topic.endsWith('.dlq') && o.deadLetterRetentionMs ? o.deadLetterRetentionMs : spec.retentionMs;
  return {
    topic: topicName(spec.topic, suffix),
    numPartitions: spec.partitions,
    replicationFactor: 1,
    configEntries: [
      { name: 'retention.ms', value: String(retention) },
      { name: 'max.message.bytes', value: String(spec.maxMessageBytes) },
    ],
  };
}

/** Creates every declared topic that does not exist yet; returns the names it created. */
export async function ensureTopics(
  kafka: Kafka,
  suffix: string,
  specs: readonly TopicSpec[] = TOPIC_SPECS,
  overrides: TopicOverrides = {},
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((s) => !existing.has(topicName(s.topic, suffix)));
    const deadLetters = specs.filter((s) => s.topic.endsWith('.dlq') && existing.has(topicName(s.topic, suffix)));
    if (overrides.deadLetterRetentionMs && deadLetters.length) {
      // Existing dead-letter topics follow a changed retention too.
      await admin.alterConfigs({
        validateOnly: false,
        resources: deadLetters.map((s) => ({
          type: ConfigResourceTypes.TOPIC,
          name: topicName(s.topic, suffix),
          configEntries: [{ name: 'retention.ms', value: String(overrides.deadLetterRetentionMs) }],
        })),
      });
    }
    if (missing.length === 0) return [];
    await admin.createTopics({ topics: missing.map((s) => topicConfig(s, suffix, overrides)), waitForLeaders: true });
    return missing.map((s) => topicName(s.topic, suffix));
  } finally {
    await admin.disconnect();
  }
}

export async function deleteTopicsWithSuffix(kafka: Kafka, suffix: string): Promise<void> {
  if (!suffix) throw new Error('refusing to delete unsuffixed topics');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const names = (await admin.listTopics()).filter((t) => t.endsWith(`.${suffix}`));
    if (names.length) await admin.deleteTopics({ topics: names });
  } finally {
    await admin.disconnect();
  }
}

export async function pingKafka(kafka: Kafka): Promise<{ brokers: number }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length };
  } finally {
    await admin.disconnect();
  }
}
