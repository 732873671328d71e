import { parseArgs } from 'node:util';
import { loadHubConfig } from '@hub/config';
import { FeedSource } from '@hub/contracts';
import { applyTopicAcls, createKafka, ensureTopics } from '@hub/messaging';
import { type Database, DispatchStatistics, openDatabase, PipelineTrace, rotatePersonHashes } from '@hub/persistence';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeAsyncApi } from './commands/asyncapi';
import { candidateRules, dateOption, renderBacktest, runBacktest } from './commands/backtest';
import { ClassifySession } from './commands/classify';
import { evalReport } from './commands/evaluate';
import { DEFAULT_OPTIONS, villagesFrom, writeFeeds } from './commands/generate';
import { redriveDeadLetters, replayFile, startTerminalGateway, traceRedCase } from '@hub/simulation';
import { pipelineReport, waitForEscalation, waitForQuiet } from './commands/report';
import { importAreas, seedAreas } from './commands/seed-areas';
import { statsReport } from './commands/stats';
import { simulateHandling } from './commands/simulate-handling';
import { DemoIdentities } from './commands/demo-identities';
import { signInWithPassword } from '@hub/access';

const USAGE = `hubctl: operator tools for suyuan-hub

  hubctl seed-areas                                  load the 三门峡 area hierarchy, grids, workers, duty officers (idempotent)
  hubctl import-areas DIR                            import a real hierarchy from DIR/divisions.csv, grids.csv,
                                                     grid_workers.csv, duty_officers.csv (all or nothing)
  hubctl generate --out DIR [--days N] [--per-day N] [--family-share F] [--repeat-share F]
                  [--cross-feed-share F] [--seed N] [--no-revisions]
                                                     write synthetic feeds as DIR/<feed>.jsonl
  hubctl replay --feed police110|court|petition FILE  publish a JSONL file to the feed's topic
  hubctl redrive --feed police110|court|petition [--dry-run]
                                                     send dead-lettered messages back after a fix
  hubctl topics                                      create every declared topic that is missing
  hubctl kafka-acls                                  write the topic ACLs declared in the contracts (needs a super user)
  hubctl classify < records.jsonl                    assess JSONL records (plain form or feed messages), one JSON line each
  hubctl backtest --rules VERSION|FILE --from DATE --to DATE [--examples N] [--json]
                                                     stored events of a period through a candidate rule/model version:
                                                     alerts it would add, drop, raise or lower, per level and county
  hubctl eval [--errors] [--dev]                     scores per evaluation set and source, engine beside a keyword baseline
  hubctl asyncapi                                    regenerate libs/contracts/asyncapi.json from the schemas
  hubctl terminal-gateway [--port N] [--out FILE] [--fail-first N]
                                                     stand-in mobile-terminal and SMS gateway (demo, tests)
  hubctl simulate-handling [--seed N] [--created-before DATE]
                                                     play grid workers and duty officers through the gateway API on the
                                                     tasks waiting to be accepted (demo); says what it skipped
  hubctl rehash --rotation-key-file FILE             key rotation: wrap every stored person hash with the key in FILE (apps
                                                     stopped, as the schema's owner), then add it to PERSON_HASH_ROTATION_KEYS
  hubctl token --as ID                               sign a person of the local realm in (demo password) and print the
                                                     access token, for curl: -H "authorization: Bearer $(hubctl token --as D4112020000001)"
  hubctl trace-red                                   publish one red 110 call and time it through every stage (exit 1 if a stage is not reached)
  hubctl escalation --from DATE [--wait SECONDS]     wait for a task created after DATE, left unaccepted, to escalate
                                                     on its deadline and show it (exit 1 if none)
  hubctl stats [--area CODE] [--from DATE] [--to DATE] [--json]
                                                     the figures the city is judged by (default: the city, last 30 days)
  hubctl report [--wait SECONDS]                     figures per pipeline stage and the most urgent cases
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      feed: { type: 'string' },
      out: { type: 'string' },
      days: { type: 'string' },
      'per-day': { type: 'string' },
      'family-share': { type: 'string' },
      'repeat-share': { type: 'string' },
      'cross-feed-share': { type: 'string' },
      seed: { type: 'string' },
      'no-revisions': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      wait: { type: 'string' },
      errors: { type: 'boolean' },
      dev: { type: 'boolean' },
      port: { type: 'string' },
      area: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
      'fail-first': { type: 'string' },
      rules: { type: 'string' },
      examples: { type: 'string' },
      'created-before': { type: 'string' },
      as: { type: 'string' },
      'rotation-key-file': { type: 'string' },
    },
  });
  if (command === 'classify') {
    // Offline and side-effect free: needs no configuration, writes nothing but stdout.
    const session = new ClassifySession(undefined, process.env.PERSON_HASH_KEY);
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      process.stdout.write(JSON.stringify(session.line(line)) + '\n');
    }
    return;
  }
  if (command === 'eval') {
    console.log(evalReport(values));
    return;
  }
  if (command === 'terminal-gateway') {
    // Needs no configuration: it stands in for systems outside the hub.
    const gw = await startTerminalGateway({
      port: Number(values.port ?? 3180),
      out: values.out,
      failFirst: Number(values['fail-first'] ?? 0),
      log: (line) => console.log(line),
    });
    console.log(`terminal gateway stand-in on http://127.0.0.1:${gw.port} (POST /terminal, POST /sms)`);
    await new Promise<void>((resolve) => process.once('SIGTERM', resolve));
    await gw.close();
    return;
  }
  if (command === 'asyncapi') {
    console.log(`wrote ${writeAsyncApi()}`);
    return;
  }
  const config = loadHubConfig();
  const feedOf = () => {
    const f = FeedSource.safeParse(values.feed);
    if (!f.success) throw new UsageError('--feed must be police110, court or petition');
    return f.data;
  };
  const num = (name: keyof typeof values, fallback: number) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number`);
    return n;
  };

  // One pool per command, closed whatever happens.
  const withDatabase = async (max: number, work: (pool: Database['pool'], db: Database) => Promise<void>) => {
    const db = openDatabase(config.database.url, { max });
    try {
      await work(db.pool, db);
    } finally {
      await db.close();
    }
  };

  switch (command) {
    case 'seed-areas': {
      await withDatabase(2, async (pool) => {
        console.log(await seedAreas(pool));
      });
      return;
    }
    case 'import-areas': {
      if (!positionals[0]) throw new UsageError('import-areas needs a directory of CSV files');
      await withDatabase(2, async (pool) => {
        console.log(await importAreas(pool, positionals[0]));
      });
      return;
    }
    case 'generate': {
      if (!values.out) throw new UsageError('--out DIR is required');
      const db = openDatabase(config.database.url, { max: 1 });
      const villages = await villagesFrom(db.pool).finally(() => db.close());
      const counts = writeFeeds(values.out, {
        ...DEFAULT_OPTIONS,
        seed: num('seed', DEFAULT_OPTIONS.seed),
        days: num('days', DEFAULT_OPTIONS.days),
        eventsPerDay: num('per-day', DEFAULT_OPTIONS.eventsPerDay),
        familyShare: num('family-share', DEFAULT_OPTIONS.familyShare),
        repeatShare: num('repeat-share', DEFAULT_OPTIONS.repeatShare),
        crossFeedShare: num('cross-feed-share', DEFAULT_OPTIONS.crossFeedShare),
        withRevisions: !values['no-revisions'],
        end: new Date(),
        villages,
      });
      console.log(
        `wrote ${values.out}: ${Object.entries(counts)
          .map(([f, n]) => `${f} ${n}`)
          .join(', ')}`,
      );
      return;
    }
    case 'replay': {
      const file = positionals[0];
      if (!file) throw new UsageError('replay needs a JSONL file');
      const sent = await replayFile(createKafka(config.kafka), feedOf(), file, config.kafka.topicSuffix);
      console.log(`published ${sent} messages from ${file}`);
      return;
    }
    case 'redrive': {
      const feed = feedOf();
      const r = await redriveDeadLetters(createKafka(config.kafka), feed, config.kafka.topicSuffix, config.instance, !!values['dry-run']);
      const reasons =
        Object.entries(r.byReason)
          .map(([k, n]) => `${k}=${n}`)
          .join(' ') || 'none waiting';
      console.log(
        values['dry-run'] ? `dead letters waiting for ${feed}: ${reasons}` : `redrove ${r.redriven} messages of ${feed} (${reasons})`,
      );
      return;
    }
    case 'topics': {
      const created = await ensureTopics(createKafka(config.kafka), config.kafka.topicSuffix, undefined, {
        deadLetterRetentionMs: config.kafka.deadLetterRetentionMs,
      });
      console.log(created.length ? `created: ${created.join(', ')}` : 'all declared topics exist');
      return;
    }
    case 'kafka-acls': {
      console.log(`applied ${await applyTopicAcls(createKafka(config.kafka))} ACL rules`);
      return;
    }
    case 'rehash': {
      const file = values['rotation-key-file'];
      if (!file) throw new UsageError('rehash needs --rotation-key-file FILE');
      const key = readFileSync(file, 'utf8').trim();
      if (key.length < 16) throw new UsageError('the rotation key must be at least 16 characters');
      await withDatabase(2, async (pool) => {
        const n = await rotatePersonHashes(pool, key);
        console.log(
          `rewrapped the person hashes of ${n.events} events, ${n.assessments} assessments, ${n.threads} threads, ${n.tasks} tasks, ${n.outbox} outbox rows; now start the apps with the key added to PERSON_HASH_ROTATION_KEYS`,
        );
      });
      return;
    }
    case 'token': {
      if (!values.as) throw new UsageError('token needs --as ID (e.g. D4112020000001, W4112020010010011, ops-01, audit-01)');
      if (!config.oidc?.demoUserPassword) throw new UsageError('token needs OIDC_ISSUER and DEMO_USER_PASSWORD');
      console.log(
        await signInWithPassword({
          issuer: config.oidc.issuer,
          clientId: 'hub-console',
          redirectUri: 'http://127.0.0.1/callback',
          username: values.as.toLowerCase(),
          password: config.oidc.demoUserPassword,
        }),
      );
      return;
    }
    case 'simulate-handling': {
      const createdBefore = values['created-before'] ? new Date(values['created-before']) : undefined;
      if (createdBefore && Number.isNaN(createdBefore.getTime())) throw new UsageError('--created-before must be a date');
      const { oidc } = config;
      if (!oidc?.directory || !oidc.demoUserPassword)
        throw new UsageError(
          'simulate-handling signs people in: it needs OIDC_ISSUER, OIDC_DIRECTORY_CLIENT_SECRET and DEMO_USER_PASSWORD',
        );
      const people = new DemoIdentities({
        issuer: oidc.issuer,
        directoryClientId: oidc.directory.clientId,
        directoryClientSecret: oidc.directory.clientSecret,
        password: oidc.demoUserPassword,
      });
      console.log(await simulateHandling(`http://127.0.0.1:${config.gateway.port}/api`, people, { seed: num('seed', 7), createdBefore }));
      return;
    }
    case 'escalation': {
      const since = new Date(values.from ?? Date.now());
      if (Number.isNaN(since.getTime())) throw new UsageError('--from must be a date');
      await withDatabase(2, async (pool) => {
        const r = await waitForEscalation(pool, since, num('wait', 120) * 1000);
        console.log(r.text);
        if (!r.found) process.exitCode = 1;
      });
      return;
    }
    case 'trace-red': {
      await withDatabase(2, async (_pool, db) => {
        const r = await traceRedCase(createKafka(config.kafka), new PipelineTrace(db.prisma), config.kafka.topicSuffix);
        console.log(r.text);
        if (!r.complete) process.exitCode = 1;
      });
      return;
    }
    case 'stats': {
      const to = values.to ? new Date(values.to) : new Date();
      const from = values.from ? new Date(values.from) : new Date(to.getTime() - 30 * 86_400_000);
      if (Number.isNaN(to.getTime()) || Number.isNaN(from.getTime()) || from >= to)
        throw new UsageError('--from and --to must be dates, from before to');
      const area = values.area ?? '411200000000';
      if (!/^\d{12}$/.test(area)) throw new UsageError('--area must be a 12-digit division code');
      await withDatabase(4, async (_pool, db) => {
        console.log(await statsReport(new DispatchStatistics(db.prisma), { area, from, to, json: !!values.json }));
      });
      return;
    }
    case 'backtest': {
      if (!values.rules) throw new UsageError('--rules <version|file> is required');
      let rules, from: Date, to: Date;
      try {
        rules = candidateRules(values.rules);
        from = dateOption('from', values.from);
        to = dateOption('to', values.to);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      if (from >= to) throw new UsageError('--from must be before --to');
      const examples = num('examples', 3);
      await withDatabase(2, async (pool) => {
        const report = await runBacktest(pool, { rules, from, to, examples });
        console.log(values.json ? JSON.stringify(report, null, 2) : await renderBacktest(pool, report, from, to));
      });
      return;
    }
    case 'report': {
      await withDatabase(2, async (pool) => {
        const wait = num('wait', 0);
        if (
          wait > 0 &&
          !(await waitForQuiet(createKafka(config.kafka), pool, config.redis, config.instance, config.kafka.topicSuffix, wait * 1000))
        ) {
          console.log(`(the pipeline was still busy after ${wait} s; figures below are partial)`);
        }
        console.log(await pipelineReport(pool));
      });
      return;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
