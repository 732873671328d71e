import { Topic, topicName } from '../../libs/contracts/src';
import { startTerminalGateway } from '../../libs/simulation/src';
import { launchChromium, signedIn } from '../../deploy/local/browser';
import { localKeycloak, setConsoleOrigin } from '../../deploy/local/console-origin';
import { KNOWN_VILLAGE, policeIncident } from '../support/builders';
import { appEnv, eventually, startApp } from '../support/infra';
import { localSecret } from '../support/test-env';
import { benchEnvironment, fmt, percentile } from './bench-support';

const CALLS = Number(process.env.BENCH_BOARD_CALLS ?? 20);

/**
 * A red 110 call from upstream to the county duty officer's live board in a real browser (Debian's
 * chromium): the built apps, real sign-in, one call at a time, each from a new household. Baseline in
 * the same run: the same calls from the publish to the assessment stored in PostgreSQL, the pipeline's
 * own part, polled every 5 ms; the rest is the outbox relay, the queue's event, the gateway's push and
 * the page's render.
 */
export async function benchBoard(): Promise<void> {
  const env = await benchEnvironment();
  const terminal = await startTerminalGateway();
  const appsEnv = appEnv(env.db.url, env.topics.suffix, {
    LOG_LEVEL: 'warn',
    DELIVERY_WEBHOOK_URL: `http://127.0.0.1:${terminal.port}/terminal`,
    DELIVERY_SMS_URL: `http://127.0.0.1:${terminal.port}/sms`,
  });
  const apps = await Promise.all((['ingest', 'risk', 'dispatch', 'gateway'] as const).map((a) => startApp(a, appsEnv)));
  const base = `http://127.0.0.1:${apps[3].port}`;
  await setConsoleOrigin(localKeycloak(), base, true);
  const browser = await launchChromium();
  const producer = env.topics.kafka.producer();
  await producer.connect();
  try {
    const { page } = await signedIn(browser, base, 'd4112020000001', localSecret('demo-user-password'));
    await page.getByTestId('live-status').filter({ hasText: '实时推送中' }).waitFor({ timeout: 30_000 });
    const board: number[] = [];
    const stored: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const call = policeIncident({
        incidentNo: `J411202BENCH${String(i).padStart(4, '0')}`,
        receivedAt: new Date().toISOString(),
        address: { text: `新园社区人民路${100 + i}号1单元101室`, divisionCode: KNOWN_VILLAGE },
        persons: [
          { role: 'caller', name: '赵丽娟', gender: 'F', age: 30 },
          { role: 'suspect', name: `孙${i}`, gender: 'M', age: 33 },
        ],
      });
      const card = page.locator(`[data-testid="alert-card"][data-ref="${call.incidentNo}"]`);
      const t0 = Date.now();
      await producer.send({
        topic: topicName(Topic.Police110Incident, env.topics.suffix),
        messages: [{ key: call.incidentNo, value: JSON.stringify(call) }],
      });
      const assessed = eventually(
        'the assessment',
        async () =>
          (await env.pg.query('SELECT 1 FROM risk_assessment WHERE source_ref = $1', [call.incidentNo])).rowCount === 1 && Date.now(),
        30_000,
      );
      await card.waitFor({ timeout: 30_000 });
      board.push(Date.now() - t0);
      stored.push((await assessed) - t0);
    }
    board.sort((a, b) => a - b);
    stored.sort((a, b) => a - b);
    const p = (xs: number[], q: number) => `${fmt(percentile(xs, q))} ms`;
    console.log(`[bench board] ${CALLS} red 110 calls, one at a time, each from a new household`);
    console.log(
      `[bench board] baseline, publish → assessment stored: p50 ${p(stored, 50)}, p99 ${p(stored, 99)}, max ${fmt(stored[stored.length - 1])} ms`,
    );
    console.log(
      `[bench board] publish → on the county officer's board: p50 ${p(board, 50)}, p99 ${p(board, 99)}, max ${fmt(board[board.length - 1])} ms`,
    );
    console.log(
      `board: p50 ${p(board, 50)}, baseline p50 ${p(stored, 50)}, ratio ${(percentile(board, 50) / percentile(stored, 50)).toFixed(2)}`,
    );
  } finally {
    await producer.disconnect();
    await browser.close();
    await setConsoleOrigin(localKeycloak(), base, false).catch(() => undefined);
    await Promise.all(apps.map((a) => a.stop()));
    await terminal.close();
    await env.close();
  }
}
