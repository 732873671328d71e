import { PersonIdentity } from './person-identity';
import { maskIdentifiersInText } from './text-identifiers';

describe('identifiers inside free text', () => {
  const identity = new PersonIdentity('unit-test-key-0123456789');
  it('masks valid ID and phone numbers and hashes them as the structured fields are', () => {
    const r = maskIdentifiersInText(
      '报警人电话13903981234，身份证411202199003150023，座机0398-2812345，案号(2026)豫1202民初1234号',
      identity,
    );
    expect(r.text).toBe('报警人电话139****1234，身份证4112**********0023，座机039****2345，案号(2026)豫1202民初1234号');
    expect(r.found.map((f) => f.kind)).toEqual(['phone', 'id', 'phone']);
    expect(r.found[1].hash).toBe(identity.hash('id', '411202199003150023'));
    expect(r.found[0].hash).toBe(identity.hash('phone', '13903981234'));
  });

  it('handles separators, +86 and full-width digits, and leaves invalid numbers and longer digit runs alone', () => {
    const r = maskIdentifiersInText(
      '电话 +86 139-0398-1234，号码１３９０３９８１２３４，流水号 2026113012345678901，身份证411202199003150024',
      identity,
    );
    expect(r.found.filter((f) => f.kind === 'phone')).toHaveLength(2);
    expect(r.text).not.toMatch(/1390398|１３９０３９８/);
    expect(r.text).toContain('2026113012345678901');
    expect(r.text).toContain('411202199003150024'); // check digit wrong: not an ID number
  });
});
