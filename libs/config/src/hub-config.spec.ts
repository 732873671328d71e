import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadHubConfig } from './hub-config';

const base = { PERSON_HASH_KEY: 'a-long-enough-secret-key', KAFKA_SASL_USERNAME: 'hub-ingest', KAFKA_SASL_PASSWORD: 'kafka-secret' };

describe('loadHubConfig', () => {
  it('applies the local defaults and parses the broker list', () => {
    const c = loadHubConfig({ ...base, KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094' });
    expect(c.kafka.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(c.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'hub-ingest', password: 'kafka-secret' });
    expect(c.database.url).toMatch(/^postgresql:\/\//);
    expect(c.ingest.maxMessageBytes).toBe(262144);
    expect(c.http.host).toBe('127.0.0.1');
    expect(c.http.corsOrigins).toEqual([]);
    expect(c.kafka.deadLetterRetentionMs).toBe(72 * 3_600_000);
  });

  it('gives the consumers sane defaults and refuses settings that would cost a busy member its membership', () => {
    const c = loadHubConfig(base).kafka;
    expect(c).toMatchObject({
      sessionTimeoutMs: 30_000,
      heartbeatIntervalMs: 3_000,
      rebalanceTimeoutMs: 60_000,
      maxBytesPerPartition: 1024 * 1024,
      maxSliceMessages: 500,
    });
    expect(loadHubConfig({ ...base, KAFKA_SESSION_TIMEOUT_MS: '10000' }).kafka.heartbeatIntervalMs).toBe(1_000);
    expect(() => loadHubConfig({ ...base, KAFKA_SESSION_TIMEOUT_MS: '90000' })).toThrow(/KAFKA_REBALANCE_TIMEOUT_MS: must be at least/);
    expect(() => loadHubConfig({ ...base, KAFKA_HEARTBEAT_INTERVAL_MS: '15000' })).toThrow(
      /KAFKA_HEARTBEAT_INTERVAL_MS: must be at most a third/,
    );
    expect(() => loadHubConfig({ ...base, INGEST_MAX_MESSAGE_BYTES: '1000000' })).toThrow(
      /KAFKA_MAX_BYTES_PER_PARTITION: must be at least twice/,
    );
  });

  it('refuses a dispatch worker holding more alert jobs than its lock lets it fetch (one round trip each before any renewal)', () => {
    expect(loadHubConfig(base).dispatch).toMatchObject({ lockMs: 30_000, alertConcurrency: 200 });
    // What the no-fault soak ran with, and lost thousands of locks to on a saturated machine.
    expect(() => loadHubConfig({ ...base, DISPATCH_ALERT_CONCURRENCY: '500' })).toThrow(
      /DISPATCH_LOCK_MS: must be at least 50000 for DISPATCH_ALERT_CONCURRENCY=500/,
    );
    expect(loadHubConfig({ ...base, DISPATCH_ALERT_CONCURRENCY: '500', DISPATCH_LOCK_MS: '50000' }).dispatch.alertConcurrency).toBe(500);
    expect(() => loadHubConfig({ ...base, DISPATCH_LOCK_MS: '2000' })).toThrow(/DISPATCH_LOCK_MS: must be at least 20000/);
  });

  it('takes Redis behind Sentinel: the Sentinels, the master name and their password', () => {
    expect(loadHubConfig(base).redis.sentinel).toBeUndefined();
    const c = loadHubConfig({
      ...base,
      REDIS_SENTINELS: 'sentinel-0.redis:26379, 10.0.0.7:26380',
      REDIS_SENTINEL_NAME: 'hub-redis',
      REDIS_SENTINEL_PASSWORD: 's-secret',
    });
    expect(c.redis.sentinel).toEqual({
      hosts: [
        { host: 'sentinel-0.redis', port: 26379 },
        { host: '10.0.0.7', port: 26380 },
      ],
      name: 'hub-redis',
      password: 's-secret',
    });
    expect(() => loadHubConfig({ ...base, REDIS_SENTINELS: 'sentinel-0' })).toThrow(/REDIS_SENTINELS.*host:port/);
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

  it('refuses the committed development values unless HUB_DEMO_MODE says this is a demo', () => {
    const dev = { ...base, PERSON_HASH_KEY: 'dev-only-person-hash-key-change-me', DATABASE_PASSWORD: 'dev-only-gateway' };
    expect(() => loadHubConfig(dev)).toThrow(
      /PERSON_HASH_KEY: this is a development value[\s\S]*DATABASE_PASSWORD: this is a development value/,
    );
    expect(() => loadHubConfig({ ...dev, NODE_ENV: 'production' })).toThrow(/development value/);
    expect(loadHubConfig({ ...dev, HUB_DEMO_MODE: 'true' }).demoMode).toBe(true);
  });

  it('reads secrets from *_FILE and puts database and Redis credentials into their URLs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-config-'));
    writeFileSync(join(dir, 'key'), 'a-secret-from-a-file-0123\n');
    writeFileSync(join(dir, 'pg'), 'p@ss/word');
    const c = loadHubConfig({
      ...base,
      PERSON_HASH_KEY: undefined,
      PERSON_HASH_KEY_FILE: join(dir, 'key'),
      DATABASE_URL: 'postgresql://hub_gateway@127.0.0.1:5432/suyuan_hub',
      DATABASE_PASSWORD_FILE: join(dir, 'pg'),
      REDIS_USERNAME: 'suyuan-hub',
      REDIS_PASSWORD: 'r-secret',
    });
    expect(c.privacy.personHashKey).toBe('a-secret-from-a-file-0123');
    expect(c.database.url).toBe('postgresql://hub_gateway:p%40ss%2Fword@127.0.0.1:5432/suyuan_hub');
    expect(c.redis.url).toBe('redis://suyuan-hub:r-secret@127.0.0.1:6379/0');
    expect(() => loadHubConfig({ ...base, PERSON_HASH_KEY_FILE: join(dir, 'missing') })).toThrow(
      /not both[\s\S]*PERSON_HASH_KEY_FILE: cannot read/,
    );
  });

  it('needs SASL credentials unless the broker takes none', () => {
    expect(() => loadHubConfig({ PERSON_HASH_KEY: base.PERSON_HASH_KEY })).toThrow(/KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD: required/);
    expect(loadHubConfig({ PERSON_HASH_KEY: base.PERSON_HASH_KEY, KAFKA_SASL_MECHANISM: 'none' }).kafka.sasl).toBeUndefined();
  });
});

describe('dispatch configuration', () => {
  it('checks the deadline and revisit specs at start-up', () => {
    const c = loadHubConfig({ ...base, DISPATCH_DEADLINES: 'red=2s/5s,orange=1h/24h,yellow=24h/72h,blue=3d/7d' });
    expect(c.dispatch.deadlines).toContain('red=2s/5s');
    expect(() => loadHubConfig({ ...base, DISPATCH_DEADLINES: 'red=fast' })).toThrow(
      /DISPATCH_DEADLINES: deadlines: "fast" must be accept\/feedback/,
    );
  });
});

describe('risk configuration', () => {
  it('takes the rule and model version from RISK_RULES_VERSION and refuses an unknown one at start-up', () => {
    expect(loadHubConfig(base).risk.rulesVersion).toMatch(/^risk-/);
    expect(() => loadHubConfig({ ...base, RISK_RULES_VERSION: 'risk-1999.01.01-9' })).toThrow(
      /RISK_RULES_VERSION: unknown rules version "risk-1999.01.01-9" \(known: risk-/,
    );
  });
});

describe('.env.example', () => {
  // Its settings as a user copies them: a stale value there (a rules version no longer registered) stops every app.
  const example: Record<string, string> = {};
  for (const line of readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) example[m[1]] = m[2];
  }

  it('loads as written in demo mode, and pins no rules version (the newest runs)', () => {
    const c = loadHubConfig({ ...example, HUB_DEMO_MODE: 'true' });
    expect(c.risk.rulesVersion).toBe(loadHubConfig(base).risk.rulesVersion);
    // Its commented line uncommented as shown (`RISK_RULES_VERSION=`) is the same as unset.
    expect(loadHubConfig({ ...example, HUB_DEMO_MODE: 'true', RISK_RULES_VERSION: '' }).risk.rulesVersion).toBe(c.risk.rulesVersion);
  });

  it('refuses its committed secrets outside demo mode, naming each', () => {
    const committed = Object.keys(example).filter((k) => /^(dev-only|test-only|change-me)/.test(example[k]));
    expect(committed.length).toBeGreaterThanOrEqual(6);
    let message = '';
    try {
      loadHubConfig(example);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const k of committed) expect(message).toContain(`${k}: this is a development value committed in the repository`);
  });
});
