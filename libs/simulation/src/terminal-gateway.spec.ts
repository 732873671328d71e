import { startTerminalGateway, type TerminalGateway } from './terminal-gateway';

/** The stand-in gateway honours the Idempotency-Key as the delivery contract asks of a real one. */
describe('stand-in terminal gateway', () => {
  let gw: TerminalGateway;
  beforeAll(async () => {
    gw = await startTerminalGateway();
  });
  afterAll(() => gw.close());

  const post = (key: string | undefined, body: object = { terminalId: 'T-1', text: '新任务' }) =>
    fetch(`http://127.0.0.1:${gw.port}/terminal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });

  it('delivers a key once and acknowledges its repeats without delivering them again', async () => {
    expect((await post('d-1')).status).toBe(200);
    const repeat = await post('d-1');
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toEqual({ accepted: true, repeat: true });
    expect((await post('d-2')).status).toBe(200);
    expect(gw.received.map((m) => m.idempotencyKey)).toEqual(['d-1', 'd-2']);
    expect(gw.repeats).toBe(1);
  });

  it('refuses a message without an Idempotency-Key, and everything while refusing', async () => {
    expect((await post(undefined)).status).toBe(400);
    gw.refusing = true;
    expect((await post('d-3')).status).toBe(503);
    gw.refusing = false;
    expect((await post('d-3')).status).toBe(200);
    expect(gw.refused).toBe(1);
    expect(gw.received.map((m) => m.idempotencyKey)).toEqual(['d-1', 'd-2', 'd-3']);
  });
});
