import { accessToken } from './auth';
import { EventStreamParser } from './sse';

/** An answer of the hub that was not a success, with the message to show (the hub's own where it gave one). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_ZH: Record<number, string> = {
  401: '登录已失效，请重新登录',
  403: '无权进行此操作',
  404: '记录不存在或不在您的辖区内',
  409: '当前状态不允许此操作',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂不可用，请稍后再试',
};

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${await accessToken()}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const j = (await res.json().catch(() => ({}))) as { message?: string | string[] };
    const hub = Array.isArray(j.message) ? j.message.join('；') : j.message;
    // The hub's own words for refused changes (409, 400) say what was wrong; access errors get ours.
    throw new ApiError(
      res.status,
      res.status === 409 || res.status === 400 ? (hub ?? STATUS_ZH[res.status]) : (STATUS_ZH[res.status] ?? hub ?? `错误 ${res.status}`),
    );
  }
  return res;
}

export async function get<T>(path: string): Promise<T> {
  return (await (await call('GET', path)).json()) as T;
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await call('POST', path, body);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** A file the hub makes (CSV, Excel), saved through the browser's download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await call('GET', path);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Follows a server-sent event stream of the hub with the signed-in person's token, reconnecting with a
 * fresh token whenever it ends (the hub ends it when the token expires) or breaks. `onOpen` runs on each
 * (re)connection, so the caller can fetch what came while it was away.
 */
export function follow(path: string, on: { open(): void; event(type: string, data: unknown): void; down(): void }): () => void {
  const stop = new AbortController();
  void (async () => {
    let pause = 500;
    while (!stop.signal.aborted) {
      try {
        const res = await fetch(path, {
          headers: { authorization: `Bearer ${await accessToken()}`, accept: 'text/event-stream' },
          signal: stop.signal,
        });
        if (!res.ok || !res.body) throw new ApiError(res.status, STATUS_ZH[res.status] ?? `错误 ${res.status}`);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new EventStreamParser();
        pause = 500;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const e of parser.push(value)) {
            if (e.event === 'ready') on.open();
            on.event(e.event, JSON.parse(e.data));
          }
        }
      } catch {
        if (stop.signal.aborted) return;
        pause = Math.min(pause * 2, 15_000);
      }
      on.down();
      await new Promise((r) => setTimeout(r, pause));
    }
  })();
  return () => stop.abort();
}
