/** Where tests find the real services; deploy/local/test.sh sets these, the defaults match it. */
export function testEnv() {
  const pgBase = process.env.TEST_PG_BASE_URL ?? 'postgresql://postgres@127.0.0.1:5432';
  return {
    PG_BASE_URL: pgBase,
    TEMPLATE_DATABASE: process.env.TEST_TEMPLATE_DATABASE ?? 'suyuan_hub_test_template',
    TEMPLATE_DATABASE_URL: `${pgBase}/${process.env.TEST_TEMPLATE_DATABASE ?? 'suyuan_hub_test_template'}`,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    PERSON_HASH_KEY: 'test-only-person-hash-key-0123456789',
  };
}
