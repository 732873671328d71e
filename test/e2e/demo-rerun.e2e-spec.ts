import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { tokenOf } from '../support/identity';
import { eventually, freePort, type RunningApp } from '../support/infra';
import { useHubStack } from '../support/hub-stack';

const ROOT = join(__dirname, '..', '..');

/** Runs a command to its end; resolves with its exit code and everything it printed. */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/**
 * The demo's steps (deploy/local/demo-steps.sh, what `npm run demo` runs once the hub is up) twice
 * against the same running hub and database, with an officer acting through the API in between: the
 * second run must succeed, skip what is no longer its to do, and still trace, escalate and count a
 * fresh live case.
 */
describe('the demo run again on the same hub', () => {
  const stack = useHubStack({ terminal: false });
  let apps: RunningApp[] = [];
  let terminal: ChildProcess | undefined;
  let pg: Client;
  let env: Record<string, string>;
  let sampleDir: string;

  beforeAll(async () => {
    pg = stack.pg;
    sampleDir = mkdtempSync(join(tmpdir(), 'demo-rerun-'));
    // The demo's own terminal gateway stand-in: hubctl's command, as `npm run demo` starts it.
    const terminalPort = await freePort();
    terminal = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'apps/hubctl/src/main.ts', 'terminal-gateway', '--port', String(terminalPort)],
      { cwd: ROOT, stdio: 'ignore' },
    );
    await eventually('the terminal gateway stand-in', async () => (await fetch(`http://127.0.0.1:${terminalPort}/health`)).ok);
    env = {
      ...stack.env,
      // Demo pace, shorter still: the live red case escalates 4 s after it is created.
      DISPATCH_DEADLINES: 'red=4s/1m,orange=8s/2m,yellow=5m/30m,blue=30m/2h',
      DISPATCH_RECONCILE_MS: '5000',
      DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminalPort}/terminal`,
      DELIVERY_SMS_URL: `http://127.0.0.1:${terminalPort}/sms`,
      DELIVERY_SMS_RATE: '50',
      TASK_EVENT_POLL_MS: '100',
    };
    apps = await Promise.all((['ingest', 'risk', 'dispatch'] as const).map((a) => stack.start(a, env)));
    apps.push(await stack.start('gateway', env));
  });

  afterAll(() => {
    terminal?.kill('SIGTERM');
    rmSync(sampleDir, { recursive: true, force: true });
  });

  const demoSteps = () =>
    run('bash', ['deploy/local/demo-steps.sh'], {
      ...env,
      GATEWAY_PORT: String(apps[3].port),
      DEMO_SAMPLE_DIR: sampleDir,
      DEMO_DAYS: '1',
      DEMO_PER_DAY: '60',
      DEMO_ESCALATION_WAIT: '60',
      LOG_LEVEL: 'warn',
    });
  const tracedCorrelation = (out: string) => out.match(/traced one red 110 call \S+ \(correlation ([0-9a-f-]{36})\)/)?.[1];

  it('succeeds twice, and the second run skips what is done and still traces and escalates its own live case', async () => {
    const first = await demoSteps();
    expect(first.out).toContain('县级值班 county duty officer');
    if (first.code !== 0) throw new Error(`the first run failed:\n${first.out}`);
    const storedAfterFirst = (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM normalized_event')).rows[0].n;

    // Between the runs the county supervises the first run's live case, red and overdue by now: the
    // second run, which supervises overdue red tasks, must see that and not try again.
    const firstLiveTask = await pg.query<{ task_id: string; division_code: string; escalation_level: string }>(
      `SELECT task_id, division_code, escalation_level FROM grid_task WHERE correlation_id = $1`,
      [tracedCorrelation(first.out)],
    );
    expect(firstLiveTask.rows).toHaveLength(1);
    const { task_id: taskId, division_code: division, escalation_level: escalationLevel } = firstLiveTask.rows[0];
    expect(escalationLevel).not.toBe('village');
    const officer = `D${division.slice(0, 6)}0000001`;
    const supervised = await fetch(`http://127.0.0.1:${apps[3].port}/api/tasks/${taskId}/supervise`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(officer)}` },
      body: JSON.stringify({ reason: '县综治中心督办：两次演示之间人工督办' }),
    });
    expect(supervised.status).toBe(200);

    const second = await demoSteps();
    if (second.code !== 0) throw new Error(`the second run failed:\n${second.out}`);
    // The first run's sample is replayed as it was: generated again, its keys (dated back from the moment it was
    // generated) could cross a midnight and be stored as new events.
    expect(first.out).not.toContain('reusing the sample');
    expect(second.out).toContain('[demo] reusing the sample an earlier run generated');
    // The sample's messages were stored by the first run: the second adds only its live case.
    const storedAfterSecond = (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM normalized_event')).rows[0].n;
    expect(storedAfterSecond).toBe(storedAfterFirst + 1);
    const [firstLive, secondLive] = [tracedCorrelation(first.out), tracedCorrelation(second.out)];
    expect(firstLive).toBeDefined();
    expect(secondLive).toBeDefined();
    expect(secondLive).not.toBe(firstLive);
    // Its own live case, traced through every stage…
    expect(second.out).not.toContain('not reached');
    expect(second.out).toMatch(/网格员终端 grid worker terminal\s+\+\s*\d+ ms/);
    // …handled only where the state allows, saying what it skipped…
    const handling = second.out.split('\n').find((l) => l.includes('simulated handling of'));
    expect(handling).toContain('skipped, the live case 1');
    expect(handling).toMatch(/supervise skipped, already supervised [1-9]/);
    // …left unaccepted and escalated on its deadline…
    const escalated = second.out.match(/unaccepted task escalated on its deadline: ([0-9a-f-]{36})/);
    expect(escalated).not.toBeNull();
    const live = await pg.query<{ correlation_id: string }>('SELECT correlation_id FROM grid_task WHERE task_id = $1', [escalated![1]]);
    expect(live.rows[0].correlation_id).toBe(secondLive);
    // …and counted in the statistics.
    expect(second.out).toContain('诉源治理统计');
    expect(second.out).toMatch(/逾期未受理（已升级）：[1-9]/);
  }, 300_000); // two whole demo runs, each waiting for its live case's deadline
});
