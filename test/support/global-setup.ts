import IORedis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { kafkaUser, testEnv } from './test-env';

/**
 * Integration and e2e tiers need the real services: `npm test` starts them (deploy/local/test.sh).
 * Running jest alone without them fails here, once, with what is missing, not in every test.
 * (Global setup runs outside jest's module mapping, so it uses the clients directly.)
 */
export default async function globalSetup(): Promise<void> {
  const env = testEnv();
  const problems: string[] = [];
  const admin = new Kafka({
    brokers: env.KAFKA_BROKERS.split(','),
    clientId: 'hub-test-setup',
    sasl: kafkaUser('hub-admin'),
    logLevel: logLevel.NOTHING,
    retry: { retries: 2 },
  }).admin();
  await admin
    .connect()
    .then(() => admin.describeCluster())
    .catch((e: Error) => problems.push(`Kafka at ${env.KAFKA_BROKERS}: ${e.message}`))
    .finally(() => admin.disconnect());
  const redis = new IORedis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis
    .connect()
    .then(() => redis.ping())
    .catch((e: Error) => problems.push(`Redis at ${env.REDIS_URL}: ${e.message}`))
    .finally(() => redis.disconnect());
  const pg = new Client({ connectionString: env.TEMPLATE_DATABASE_URL });
  await pg
    .connect()
    .then(() => pg.query('SELECT 1 FROM _prisma_migrations LIMIT 1'))
    .catch((e: Error) => problems.push(`PostgreSQL template database ${env.TEMPLATE_DATABASE_URL}: ${e.message}`))
    .finally(() => pg.end().catch(() => undefined));
  await fetch(`${env.OIDC_ISSUER}/.well-known/openid-configuration`)
    .then((r) => (r.ok ? undefined : problems.push(`identity provider ${env.OIDC_ISSUER}: HTTP ${r.status}`)))
    .catch((e: Error) => problems.push(`identity provider ${env.OIDC_ISSUER}: ${e.message}`));
  if (problems.length) {
    throw new Error(
      `Integration tests need the local services. Run \`npm test\`, or \`npm run infra:up\` first.\n  - ${problems.join('\n  - ')}`,
    );
  }
}
