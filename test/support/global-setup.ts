import { Client } from 'pg';
import { createKafka, pingKafka, pingRedis } from '../../libs/messaging/src';
import { testEnv } from './test-env';

/**
 * Integration and e2e tiers need the real services: `npm test` starts them (deploy/local/test.sh).
 * Running jest alone without them fails here, once, with what is missing, not in every test.
 */
export default async function globalSetup(): Promise<void> {
  const env = testEnv();
  const problems: string[] = [];
  await pingKafka(createKafka({ brokers: env.KAFKA_BROKERS.split(','), clientId: 'hub-test-setup', topicSuffix: '' })).catch((e: Error) =>
    problems.push(`Kafka at ${env.KAFKA_BROKERS}: ${e.message}`),
  );
  await pingRedis(env.REDIS_URL).catch((e: Error) => problems.push(`Redis at ${env.REDIS_URL}: ${e.message}`));
  const pg = new Client({ connectionString: env.TEMPLATE_DATABASE_URL });
  await pg
    .connect()
    .then(() => pg.query('SELECT 1 FROM _prisma_migrations LIMIT 1'))
    .catch((e: Error) => problems.push(`PostgreSQL template database ${env.TEMPLATE_DATABASE_URL}: ${e.message}`))
    .finally(() => pg.end().catch(() => undefined));
  if (problems.length) {
    throw new Error(
      `Integration tests need the local services. Run \`npm test\`, or \`npm run infra:up\` first.\n  - ${problems.join('\n  - ')}`,
    );
  }
}
