import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// One random hash key per test run (never a committed value); the apps of the run get the same one.
const personHashKey = process.env.TEST_PERSON_HASH_KEY ?? randomBytes(24).toString('base64url');

/** The secrets deploy/local generated for this machine (.local/secrets; deploy/local/secrets.sh). */
export function localSecret(name: string): string {
  const file = secretFile(name);
  if (!existsSync(file)) throw new Error(`secret ${name} missing at ${file}: run \`npm test\` (or \`npm run infra:up\`) once`);
  return readFileSync(file, 'utf8').trim();
}

export function secretFile(name: string): string {
  return join(process.env.SECRETS_DIR ?? join(ROOT, '.local', 'secrets'), name);
}

/** Where tests find the real services; deploy/local/test.sh sets these, the defaults match it. */
export function testEnv() {
  const pgBase = process.env.TEST_PG_BASE_URL ?? 'postgresql://postgres@127.0.0.1:5432';
  return {
    PG_BASE_URL: pgBase,
    TEMPLATE_DATABASE: process.env.TEST_TEMPLATE_DATABASE ?? 'suyuan_hub_test_template',
    TEMPLATE_DATABASE_URL: `${pgBase}/${process.env.TEST_TEMPLATE_DATABASE ?? 'suyuan_hub_test_template'}`,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    PERSON_HASH_KEY: personHashKey,
    OIDC_ISSUER: `http://127.0.0.1:${process.env.KEYCLOAK_PORT ?? '8180'}/realms/suyuan`,
    KEYCLOAK_URL: `http://127.0.0.1:${process.env.KEYCLOAK_PORT ?? '8180'}`,
  };
}

/** SASL credentials of a Kafka user of the local broker (hub-admin is its super user). */
export function kafkaUser(name: string): { mechanism: 'scram-sha-512'; username: string; password: string } {
  return { mechanism: 'scram-sha-512', username: name, password: localSecret(`kafka-${name}`) };
}
