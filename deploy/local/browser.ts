import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium (installed by the project's setup with apt); playwright-core drives it and downloads nothing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing: npm test installs it (apt-get install -y chromium), or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives each launch a fresh temporary --user-data-dir.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The board's red-alert sound may play without a click in a test run.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
/** A phone as grid workers carry it. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** Opens the console in a new context and signs in through the identity provider's own login form. */
export async function signedIn(
  browser: Browser,
  base: string,
  username: string,
  password: string,
  device = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.waitForSelector('#kc-form-login', { timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${base}/console/**`, { timeout: 30_000 }), page.click('#kc-login')]);
  await page.waitForURL((u) => !u.pathname.endsWith('/callback'), { timeout: 30_000 });
  return { context, page };
}
