import { ConfigError, loadHubConfig } from './hub-config';

describe('loadHubConfig', () => {
  it('applies the local defaults and parses the broker list', () => {
    const c = loadHubConfig({ PERSON_HASH_KEY: 'a-long-enough-secret-key', KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094' });
    expect(c.kafka.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(c.database.url).toMatch(/^postgresql:\/\//);
    expect(c.ingest.maxMessageBytes).toBe(262144);
  });

  it('names every missing or wrong variable in one message', () => {
    const attempt = () => loadHubConfig({ REDIS_URL: 'http://nope', GATEWAY_PORT: 'eighty' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('PERSON_HASH_KEY');
      expect(msg).toContain('REDIS_URL: must be a redis:// URL');
      expect(msg).toContain('GATEWAY_PORT');
    }
  });

  it('refuses the development hash key in production', () => {
    expect(() => loadHubConfig({ NODE_ENV: 'production', PERSON_HASH_KEY: 'dev-only-person-hash-key' })).toThrow(/development key/);
  });
});

describe('dispatch configuration', () => {
  it('checks the deadline and revisit specs at start-up', () => {
    const c = loadHubConfig({
      PERSON_HASH_KEY: 'a-long-enough-secret-key',
      DISPATCH_DEADLINES: 'red=2s/5s,orange=1h/24h,yellow=24h/72h,blue=3d/7d',
    });
    expect(c.dispatch.deadlines).toContain('red=2s/5s');
    expect(() => loadHubConfig({ PERSON_HASH_KEY: 'a-long-enough-secret-key', DISPATCH_DEADLINES: 'red=fast' })).toThrow(
      /DISPATCH_DEADLINES: deadlines: "fast" must be accept\/feedback/,
    );
  });
});

describe('risk configuration', () => {
  it('takes the rule and model version from RISK_RULES_VERSION and refuses an unknown one at start-up', () => {
    const key = { PERSON_HASH_KEY: 'a-long-enough-secret-key' };
    expect(loadHubConfig(key).risk.rulesVersion).toMatch(/^risk-/);
    expect(() => loadHubConfig({ ...key, RISK_RULES_VERSION: 'risk-1999.01.01-9' })).toThrow(
      /RISK_RULES_VERSION: unknown rules version "risk-1999.01.01-9" \(known: risk-/,
    );
  });
});
