import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

export interface ReceivedMessage {
  channel: 'terminal' | 'sms';
  at: string;
  idempotencyKey?: string;
  body: Record<string, unknown>;
}

export interface TerminalGateway {
  server: Server;
  port: number;
  received: ReceivedMessage[];
  /** Requests answered with an error so far (to show and test retries). */
  refused: number;
  /** Repeats of an Idempotency-Key already delivered: acknowledged (200) and not shown to the recipient again. */
  repeats: number;
  /** While true, every POST is answered 503 (a gateway that is down). */
  refusing: boolean;
  close(): Promise<void>;
}

/**
 * A stand-in for the mobile-terminal gateway and the SMS gateway, for the demo, the tests and the soak:
 * takes POST /terminal and POST /sms, keeps what it received (optionally appended to a JSONL file), and
 * honours the Idempotency-Key as the hub's delivery contract asks of a real gateway (docs/closed-loop.md):
 * a request without one is refused (400), a repeat of a key already delivered is acknowledged (200) and
 * not delivered again. It can refuse the first N requests, every request for a terminal, or everything
 * while `refusing`, to exercise retries.
 */
export async function startTerminalGateway(
  options: {
    port?: number;
    out?: string;
    failFirst?: number;
    failStatus?: number;
    failTerminals?: Set<string>;
    log?: (line: string) => void;
  } = {},
): Promise<TerminalGateway> {
  const received: ReceivedMessage[] = [];
  const seen = new Set<string>();
  const state = { refused: 0, repeats: 0, refusing: false };
  // Hardened like the hub's own surfaces: loopback only, small JSON bodies, no sniffing, no caching.
  const MAX_BODY = 64 * 1024;
  const server = createServer((req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/health') return void res.writeHead(200).end('ok');
      if (size > MAX_BODY) return void res.writeHead(413).end('too large');
      if (req.method === 'POST' && !/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
        return void res.writeHead(415).end('json only');
      const channel = req.url === '/terminal' ? 'terminal' : req.url === '/sms' ? 'sms' : undefined;
      if (req.method !== 'POST' || !channel) return void res.writeHead(404).end();
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return void res.writeHead(400).end('not json');
      }
      const target = typeof body.terminalId === 'string' ? body.terminalId : typeof body.account === 'string' ? body.account : '';
      if (state.refusing || state.refused < (options.failFirst ?? 0) || options.failTerminals?.has(target)) {
        state.refused++;
        return void res.writeHead(options.failStatus ?? 503).end('unavailable');
      }
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || !key) return void res.writeHead(400).end('Idempotency-Key required');
      if (seen.has(key)) {
        state.repeats++;
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"accepted":true,"repeat":true}');
      }
      seen.add(key);
      const msg: ReceivedMessage = { channel, at: new Date().toISOString(), idempotencyKey: key, body };
      received.push(msg);
      if (options.out) appendFileSync(options.out, JSON.stringify(msg) + '\n');
      options.log?.(`[${channel}] → ${target}: ${typeof body.text === 'string' ? body.text : ''}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"accepted":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    server,
    port,
    received,
    get refused() {
      return state.refused;
    },
    get repeats() {
      return state.repeats;
    },
    get refusing() {
      return state.refusing;
    },
    set refusing(on: boolean) {
      state.refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
