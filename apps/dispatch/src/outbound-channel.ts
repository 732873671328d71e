import type { StoredDelivery } from '@hub/persistence';

export interface ChannelOutcome {
  ok: boolean;
  httpStatus?: number;
  error?: string;
  /** The gateway refused the message itself (a 4xx other than 408/429): sending it again will not help. */
  permanent?: boolean;
}

/** One outbound channel (mobile-terminal webhook, SMS gateway). Pluggable per recipient kind. */
export interface OutboundChannel {
  readonly kind: 'webhook' | 'sms';
  send(d: StoredDelivery): Promise<ChannelOutcome>;
}

/**
 * Both gateways take an HTTP POST. The delivery id goes as Idempotency-Key, so a retry after a lost
 * response is not shown twice by a gateway that honours it. SMS carries text only.
 */
export class HttpChannel implements OutboundChannel {
  constructor(
    readonly kind: 'webhook' | 'sms',
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  async send(d: StoredDelivery): Promise<ChannelOutcome> {
    const body =
      this.kind === 'sms'
        ? { account: d.terminalId, text: d.message.text }
        : { deliveryId: d.deliveryId, terminalId: d.terminalId, recipientKind: d.recipientKind, purpose: d.purpose, ...d.message };
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': d.deliveryId },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { ok: true, httpStatus: res.status };
      const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
      return { ok: false, httpStatus: res.status, error: `${this.kind} gateway answered HTTP ${res.status}`, permanent };
    } catch (e) {
      return { ok: false, error: `${this.kind} gateway unreachable: ${(e as Error).message}` };
    }
  }
}
