import { classifyFailure, sqlStateOf } from './failure-class';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'ERROR' });
const sysError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });

describe('classifyFailure', () => {
  it.each([
    ['22P05 unsupported Unicode escape sequence (NUL in jsonb)', pgError('22P05')],
    ['22003 integer out of range', pgError('22003')],
    ['22008 date/time field value out of range', pgError('22008')],
    ['22021 invalid byte sequence for encoding', pgError('22021')],
    ['23505 unique violation', pgError('23505')],
    ['23502 not-null violation', pgError('23502')],
    ['RangeError: Invalid string length', new RangeError('Invalid string length')],
  ])('%s is permanent', (_, e) => expect(classifyFailure(e)).toBe('permanent'));

  it.each([
    ['ECONNREFUSED', sysError('ECONNREFUSED')],
    ['ETIMEDOUT', sysError('ETIMEDOUT')],
    ['ECONNRESET', sysError('ECONNRESET')],
    ['57P01 admin shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['57P03 cannot connect now', pgError('57P03', 'the database system is starting up')],
    ['08006 connection failure', pgError('08006')],
    ['53300 too many connections', pgError('53300')],
    ['40P01 deadlock', pgError('40P01')],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pg-pool: timeout exceeded when trying to connect', new Error('timeout exceeded when trying to connect')],
    ['ioredis: Connection is closed.', new Error('Connection is closed.')],
    [
      'kafkajs: a retriable broker error',
      Object.assign(new Error('This server is not the leader for that topic-partition'), { name: 'KafkaJSProtocolError', retriable: true }),
    ],
    ['kafkajs: connection error', Object.assign(new Error('Connection error: connect ECONNREFUSED'), { name: 'KafkaJSConnectionError' })],
    ['a cause that is transient', new Error('query failed', { cause: sysError('ECONNREFUSED') })],
  ])('%s is transient', (_, e) => expect(classifyFailure(e)).toBe('transient'));

  it.each([
    ['a plain Error', new Error('something else')],
    ['42703 undefined column (a code fault, not the data)', pgError('42703')],
    ['a thrown string', 'boom'],
    ['undefined', undefined],
    [
      'kafkajs: a non-retriable protocol error',
      Object.assign(new Error('Topic authorization failed'), { name: 'KafkaJSProtocolError', retriable: false }),
    ],
  ])('%s is unknown', (_, e) => expect(classifyFailure(e)).toBe('unknown'));

  it('reads a data error behind a wrapper', () => {
    expect(classifyFailure(new Error('store failed', { cause: pgError('22P05') }))).toBe('permanent');
    expect(sqlStateOf(new Error('store failed', { cause: pgError('22P05') }))).toBe('22P05');
    expect(sqlStateOf(new Error('no code'))).toBeUndefined();
  });
});
