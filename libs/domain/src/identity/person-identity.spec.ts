import {
  isValidIdNumber,
  isValidPhone,
  maskIdNumber,
  maskName,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
  PersonIdentity,
} from './person-identity';

describe('person identity', () => {
  it('checks the GB 11643 check character and the birth date', () => {
    expect(isValidIdNumber('411202199003150023')).toBe(true);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('411202199003150024')).toBe(false); // wrong check character
    expect(isValidIdNumber('411202199002300021')).toBe(false); // 30 February
    expect(isValidIdNumber('41120219900315002')).toBe(false); // 17 characters
  });

  it('folds full-width digits, spaces and a lower-case x as clerks type them', () => {
    expect(normalizeIdNumber('１１０１０５ 19491231002x')).toBe('11010519491231002X');
    expect(normalizePhone('+86 139-0398-1234')).toBe('13903981234');
    expect(isValidPhone('13903981234')).toBe(true);
    expect(isValidPhone('0398-2812345'.replace('-', ''))).toBe(true);
    expect(isValidPhone('12345')).toBe(false);
  });

  it('masks for display as GB/T 35273 suggests', () => {
    expect(maskIdNumber('411202199003150023')).toBe('4112**********0023');
    expect(maskPhone('13903981234')).toBe('139****1234');
    expect(maskName('李秀英')).toBe('李*英');
    expect(maskName('王伟')).toBe('王*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });

  it('hashes with the key: stable for one key, different for another, never the raw value', () => {
    const a = new PersonIdentity('key-number-one-0123456789');
    const b = new PersonIdentity('key-number-two-0123456789');
    const h = a.hash('id', '411202199003150023');
    expect(h).toBe(a.hash('id', '411202199003150023'));
    expect(h).not.toBe(b.hash('id', '411202199003150023'));
    expect(h).not.toBe(a.hash('phone', '411202199003150023'));
    expect(h).not.toContain('411202');
    expect(() => new PersonIdentity('short')).toThrow();
  });
});
