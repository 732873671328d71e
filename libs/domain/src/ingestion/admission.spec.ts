import { admitUpstreamMessage, type AdmissionContext, eventIdFor } from './admission';
import { PersonIdentity } from '../identity/person-identity';
import { Rejection, type RejectionCode } from './rejection';

const NOW = new Date('2026-11-27T04:00:00.000Z');
const ctx: AdmissionContext = {
  policy: { maxMessageBytes: 4096, maxTextChars: 200, futureToleranceMinutes: 10 },
  identity: new PersonIdentity('unit-test-key-0123456789'),
  divisions: { isKnown: (c) => c.startsWith('4112') },
  now: NOW,
  correlationId: 'corr-1',
};

const incident = () => ({
  schemaVersion: 1,
  incidentNo: 'J41120220261127001',
  revision: 1,
  status: 'received',
  receivedAt: '2026-11-27T03:50:00+08:00',
  category: { code: '04', name: '纠纷' },
  subCategory: { code: '040101', name: '家庭纠纷' },
  callText: '报警人称其丈夫酒后打人。',
  address: { text: '新园社区人民路12号', divisionCode: '411202001001' },
  policeStation: { code: 'PS1', name: '湖滨派出所' },
  persons: [{ role: 'caller', name: '李秀英', idNumber: '411202199003150023', phone: '13903981234' }],
});

const admit = (value: unknown) =>
  admitUpstreamMessage('police110', Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), ctx);

function rejectionOf(value: unknown): RejectionCode {
  try {
    admit(value);
  } catch (e) {
    if (e instanceof Rejection) return e.code;
    throw e;
  }
  throw new Error('was admitted');
}

describe('admitUpstreamMessage', () => {
  it('normalizes a valid incident: deterministic id, hashed and masked persons, household key', () => {
    const e = admit(incident());
    expect(e.eventId).toBe(eventIdFor('police110', 'J41120220261127001', 1));
    expect(e.occurredAt).toBe('2026-11-26T19:50:00.000Z');
    expect(e.persons[0]).toMatchObject({ idMasked: '4112**********0023', phoneMasked: '139****1234', nameMasked: '李*英', idValid: true });
    expect(JSON.stringify(e)).not.toContain('411202199003150023');
    expect(e.householdKey).toMatch(/^hh_/);
    expect(e.flags).toEqual([]);
    expect(e.correlationId).toBe('corr-1');
  });

  it.each<[string, unknown, RejectionCode]>([
    ['not JSON', '{"schemaVersion":1,', 'not_json'],
    ['JSON of the wrong shape', [1, 2, 3], 'wrong_shape'],
    ['a missing version', { ...incident(), schemaVersion: undefined }, 'unsupported_version'],
    ['an unknown version', { ...incident(), schemaVersion: 2 }, 'unsupported_version'],
    ['a missing required field', { ...incident(), callText: undefined }, 'missing_field'],
    ['a wrong type', { ...incident(), revision: 'one' }, 'wrong_type'],
    ['an invalid date', { ...incident(), receivedAt: '2026-13-45 25:00' }, 'invalid_date'],
    ['a date beyond tolerance in the future', { ...incident(), receivedAt: '2026-11-27T05:00:00Z' }, 'future_date'],
    ['a text over the limit', { ...incident(), callText: '吵'.repeat(201) }, 'text_too_long'],
    ['an oversized message', { ...incident(), callText: 'x'.repeat(5000) }, 'message_too_large'],
    ['a malformed division code', { ...incident(), address: { text: 'x', divisionCode: '4112' } }, 'invalid_value'],
  ])('rejects %s', (_, value, code) => {
    expect(rejectionOf(value)).toBe(code);
  });

  it('passes with a flag: an invalid ID number, an unknown division, an empty text', () => {
    const e = admit({
      ...incident(),
      callText: '  ',
      address: { text: '外地', divisionCode: '110105001001' },
      persons: [{ role: 'caller', name: '张三', idNumber: '411202199003150024' }],
    });
    expect(e.flags).toEqual(['empty_text', 'invalid_id_number', 'unknown_division']);
    expect(e.persons[0].idValid).toBe(false);
  });

  it('accepts a small clock skew', () => {
    expect(() => admit({ ...incident(), receivedAt: '2026-11-27T04:05:00Z' })).not.toThrow();
  });

  it('gives each rejection a Chinese and an English sentence', () => {
    try {
      admit({ ...incident(), revision: 'one' });
    } catch (e) {
      expect((e as Rejection).zh).toMatch(/^字段类型错误: revision/);
      expect((e as Rejection).en).toMatch(/^a field has the wrong type: revision/);
    }
    expect.assertions(2);
  });
});

describe('admitUpstreamMessage at the boundary', () => {
  it.each<[string, unknown, RejectionCode]>([
    ['a revision past a PostgreSQL integer', { ...incident(), revision: 2_147_483_648 }, 'invalid_value'],
    ['a date in year 0000', { ...incident(), receivedAt: '0000-01-01T00:00:00Z' }, 'invalid_date'],
  ])('rejects %s', (_, value, code) => expect(rejectionOf(value)).toBe(code));

  it('cleans NUL and lone surrogates from every text and flags the event', () => {
    const e = admit({ ...incident(), callText: '丈夫\u0000打人\ud800', persons: [{ role: 'caller', name: '李\u0000秀英' }] });
    expect(e.texts.main).toBe('丈夫打人');
    expect(e.persons[0].name).toBe('李秀英');
    expect(e.flags).toContain('text_cleaned');
  });

  it('dead-letters bytes that are not UTF-8 with their own reason, and reads GB18030 when declared', () => {
    // All ASCII but the call text, which is 打人 in GBK bytes (what an older system writes).
    const ascii = {
      ...incident(),
      category: { code: '04', name: 'dispute' },
      subCategory: undefined,
      address: { text: 'Renmin Road 12', divisionCode: '411202001001' },
      policeStation: { code: 'PS1', name: 'Hubin' },
      persons: [],
      callText: 'X',
    };
    const [head, tail] = JSON.stringify(ascii).split('"X"');
    const gbk = Buffer.concat([Buffer.from(`${head}"`), Buffer.from([0xb4, 0xf2, 0xc8, 0xcb]), Buffer.from(`"${tail}`)]);
    expect(() => admitUpstreamMessage('police110', gbk, ctx)).toThrow(expect.objectContaining({ code: 'invalid_encoding' }));
    const e = admitUpstreamMessage('police110', gbk, { ...ctx, charset: 'GBK' });
    expect(e.texts.main).toBe('打人');
    expect(e.flags).toContain('transcoded_gb18030');
  });

  it('carries the flags found before the value was read', () => {
    expect(
      admitUpstreamMessage('police110', Buffer.from(JSON.stringify(incident())), { ...ctx, flags: ['correlation_id_replaced'] }).flags,
    ).toEqual(['correlation_id_replaced']);
  });
});
