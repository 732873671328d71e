/**
 * The demo's look at the console: the county duty officer (湖滨区, d4112020000001) signs in in a headless
 * chromium and opens the live alert board; one red 110 call is published upstream and followed through
 * the hub (hubctl trace-red); prints how long after the publish the call was on the officer's board
 * and whether that was within one second (看板到达 0.48 s（1 秒内）), and keeps a screenshot of the board. Usage (as the operator, deploy/local/demo.sh): tsx
 * deploy/local/console-board-check.ts <gateway base URL> [screenshot path]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadHubConfig } from '@hub/config';
import { createKafka } from '@hub/messaging';
import { openDatabase, PipelineTrace } from '@hub/persistence';
import { traceRedCase } from '@hub/simulation';
import { launchChromium, signedIn } from './browser';

const OFFICER = 'd4112020000001';

async function main(): Promise<void> {
  const [base, shot = join(__dirname, '..', '..', '.local', 'screenshots', 'demo-board.png')] = process.argv.slice(2);
  if (!base) throw new Error('usage: console-board-check.ts <gateway base URL> [screenshot path]');
  const config = loadHubConfig();
  const secrets = process.env.SECRETS_DIR ?? join(__dirname, '..', '..', '.local', 'secrets');
  const password = readFileSync(join(secrets, 'demo-user-password'), 'utf8').trim();
  const db = openDatabase(config.database.url, { max: 2 });
  const browser = await launchChromium();
  try {
    const { page } = await signedIn(browser, base, OFFICER, password);
    await page.getByTestId('live-status').filter({ hasText: '实时推送中' }).waitFor({ timeout: 30_000 });
    const banner = page.getByTestId('red-banner');
    const onBoard = banner.waitFor({ timeout: 30_000 }).then(() => Date.now());
    const trace = await traceRedCase(createKafka(config.kafka), new PipelineTrace(db.prisma), config.kafka.topicSuffix);
    const at = await onBoard.catch(() => undefined);
    const shown = (await banner.textContent().catch(() => '')) ?? '';
    console.log(trace.text);
    const ms = at === undefined ? undefined : at - trace.publishedAt;
    if (ms === undefined || !shown.includes(trace.incidentNo)) {
      console.log(`  值班台看板 console board (county)     not reached (signed in as ${OFFICER})`);
      process.exitCode = 1;
      return;
    }
    console.log(`  值班台看板 console board (county)     +${String(ms).padStart(5)} ms  ${OFFICER}, live, without reloading`);
    // The promise officers are given, said plainly: within a second of the publish, or not.
    const seconds = (ms / 1000).toFixed(2);
    console.log(
      ms <= 1000
        ? `看板到达 ${seconds} s（1 秒内）: the red call was on the county officer's board ${seconds} s after it was published, within one second`
        : `看板到达 ${seconds} s（超过 1 秒）: the red call was on the county officer's board ${seconds} s after it was published, NOT within one second`,
    );
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
  } finally {
    await browser.close();
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(`[console] ERROR: ${(e as Error).message}`);
  process.exit(1);
});
