import { cleanStrings, cleanText, correlationIdFrom, decodeValue } from './boundary';
import { Police110IncidentV1 } from './feeds';
import { Timestamp } from './common';

describe('the boundary rules of the contract', () => {
  it('removes NUL and lone surrogates, keeps valid pairs (emoji) and Chinese text', () => {
    expect(cleanText('打\u0000人')).toEqual({ text: '打人', removed: 1 });
    expect(cleanText('a\ud800b')).toEqual({ text: 'ab', removed: 1 });
    expect(cleanText('a\udc00b\ud83d')).toEqual({ text: 'ab', removed: 2 });
    expect(cleanText('家暴😀')).toEqual({ text: '家暴😀', removed: 0 });
    const raw = { a: ['x\u0000', { 'k\u0000': 'y\ud800' }], n: 1 };
    expect(cleanStrings(raw)).toEqual({ value: { a: ['x', { k: 'y' }], n: 1 }, removed: 3 });
    const clean = { a: 'ok' };
    expect(cleanStrings(clean).value).toBe(clean);
  });

  it('bounds the correlation id: printable ASCII up to 128 characters, otherwise a new one', () => {
    const fresh = () => 'new-id';
    expect(correlationIdFrom('abc-123', fresh)).toEqual({ id: 'abc-123', replaced: false });
    expect(correlationIdFrom(undefined, fresh)).toEqual({ id: 'new-id', replaced: false });
    expect(correlationIdFrom('x'.repeat(128), fresh).replaced).toBe(false);
    expect(correlationIdFrom('x'.repeat(129), fresh)).toEqual({ id: 'new-id', replaced: true });
    expect(correlationIdFrom('x'.repeat(65_536), fresh).replaced).toBe(true);
    expect(correlationIdFrom('a\u0000b', fresh).replaced).toBe(true);
    expect(correlationIdFrom('', fresh).replaced).toBe(true);
  });

  it('refuses bytes that are not UTF-8, reads GB18030 when the header declares it', () => {
    const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GBK
    expect(decodeValue(gbk)).toEqual({ ok: false, detail: 'not valid UTF-8 at byte 0' });
    expect(decodeValue(gbk, 'GBK')).toEqual({ ok: true, text: '你好', transcoded: true });
    expect(decodeValue(gbk, 'gb18030')).toEqual({ ok: true, text: '你好', transcoded: true });
    expect(decodeValue(Buffer.from('{"a":"你好"}'), 'utf-8')).toEqual({ ok: true, text: '{"a":"你好"}', transcoded: false });
    expect(decodeValue(Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, detail: 'not valid UTF-8 at byte 1' });
    expect(decodeValue(Buffer.from('{}'), 'latin1').ok).toBe(false);
  });

  it('range-checks revisions and dates', () => {
    expect(Timestamp.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(Timestamp.safeParse('1989-12-31T23:59:59Z').success).toBe(false);
    expect(Timestamp.safeParse('2026-11-27T03:50:00+08:00').success).toBe(true);
    expect(Timestamp.safeParse('2100-01-01T00:00:00Z').success).toBe(false);
    const revision = Police110IncidentV1.shape.revision;
    expect(revision.safeParse(2_147_483_647).success).toBe(true);
    expect(revision.safeParse(2_147_483_648).success).toBe(false);
  });
});
