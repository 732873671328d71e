import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { PublicRoute } from '@hub/access';
import { CONSOLE_VOCABULARY } from './vocabulary';

export const CONSOLE_FILES = Symbol('CONSOLE_FILES');
export interface ConsoleFiles {
  /** The console's build (vite build → dist/console); absent: the console answers 503 with how to build it. */
  dir: string;
  /** What the browser needs to sign in: the provider's issuer and the console's public client. */
  signIn: { issuer: string; clientId: string };
}

interface FileRes {
  setHeader(name: string, value: string): void;
  status(code: number): FileRes;
  type(t: string): FileRes;
  send(body: string): void;
  redirect(status: number, url: string): void;
  sendFile(path: string, cb: (err?: Error) => void): void;
}

/** The page may run only its own scripts and talk only to the hub and the identity provider. */
export function consoleCsp(providerOrigin: string): string {
  return [
    "default-src 'self'",
    `connect-src 'self' ${providerOrigin}`,
    "script-src 'self'",
    // Ant Design writes its component styles at run time (CSS-in-JS).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The duty officers' console (a single-page app built by Vite) under /console: its files as built, and
 * its index page for every other path under it so that a task's address can be opened directly. The
 * page holds no data; everything it shows comes through the API with the signed-in person's token.
 */
@Controller()
export class ConsoleStaticController {
  private readonly root: string;

  constructor(@Inject(CONSOLE_FILES) private readonly files: ConsoleFiles) {
    this.root = resolve(files.dir);
  }

  @Get()
  @PublicRoute('redirects to the console')
  home(@Res() res: FileRes): void {
    res.redirect(302, '/console/');
  }

  @Get('api/console/config')
  @PublicRoute('what a browser needs to sign in (issuer, public client id) and the words for the hub’s codes; no data')
  config() {
    return { ...this.files.signIn, vocabulary: CONSOLE_VOCABULARY };
  }

  @Get(['console', 'console/*path'])
  @PublicRoute('the console’s static files (no data: the page fetches everything with the user’s token)')
  serve(@Req() req: { path: string }, @Res() res: FileRes): void {
    res.setHeader('Content-Security-Policy', consoleCsp(new URL(this.files.signIn.issuer).origin));
    const index = join(this.root, 'index.html');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('控制台尚未构建：请运行 npm run build（console not built: run npm run build）');
      return;
    }
    const rel = decodeURIComponent(req.path.replace(/^\/console\/?/, ''));
    const file = resolve(this.root, rel);
    const inside = file.startsWith(this.root + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      // Built assets carry a content hash in their names: they may be kept for good.
      if (rel.startsWith('assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      res.sendFile(file, () => undefined);
      return;
    }
    if ((!inside && file !== this.root) || extname(rel)) {
      res.status(404).type('text/plain; charset=utf-8').send('not found');
      return;
    }
    res.sendFile(index, () => undefined);
  }
}
