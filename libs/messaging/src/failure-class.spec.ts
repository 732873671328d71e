import { blamesTheMessage, classifyFailure, sqlStateOf } from './failure-class';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'ERROR' });
/** As Prisma's client raises it: a code of its own, no errno and no cause. */
const prismaError = (code: string) =>
  Object.assign(new Error('Invalid `prisma.division.findMany()` invocation'), { name: 'PrismaClientKnownRequestError', code });
const sysError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: 'connect' });

describe('classifyFailure', () => {
  it.each([
    ['22P05 unsupported Unicode escape sequence (NUL in jsonb)', pgError('22P05')],
    ['22003 integer out of range', pgError('22003')],
    ['22008 date/time field value out of range', pgError('22008')],
    ['22021 invalid byte sequence for encoding', pgError('22021')],
    ['23505 unique violation', pgError('23505')],
    ['23502 not-null violation', pgError('23502')],
    ['21000 the same key twice in one statement', pgError('21000')],
    ['54000 index row size exceeds maximum (a value too large)', pgError('54000')],
    ['22P02 invalid text representation', pgError('22P02')],
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
    ["Prisma P1001 can't reach the database server", prismaError('P1001')],
    ['Prisma P1017 server closed the connection', prismaError('P1017')],
    ['Prisma P2024 timed out fetching a connection from the pool', prismaError('P2024')],
  ])('%s is transient', (_, e) => expect(classifyFailure(e)).toBe('transient'));

  it.each([
    ['42501 permission denied (a revoked grant)', pgError('42501', 'permission denied for table event')],
    ['42703 undefined column', pgError('42703', 'column "x" does not exist')],
    ['42P01 undefined table', pgError('42P01', 'relation "x" does not exist')],
    ['42601 syntax error', pgError('42601')],
    ['0A000 feature not supported', pgError('0A000')],
    ['28P01 password authentication failed', pgError('28P01')],
    ['3D000 no such database', pgError('3D000')],
    ['57000 operator intervention', pgError('57000')],
    ['58030 I/O error', pgError('58030')],
    ['XX000 internal error', pgError('XX000')],
    ['55000 object not in prerequisite state', pgError('55000')],
    ['a class PostgreSQL adds later', pgError('9Z000')],
    ['a grant fault behind a wrapper', new Error('store failed', { cause: pgError('42501') })],
    ['Prisma P1003 database does not exist', prismaError('P1003')],
    ['Prisma P1000 authentication failed', prismaError('P1000')],
  ])('%s is a fault of the code or deployment: retried, never set aside', (_, e) => {
    expect(classifyFailure(e)).toBe('fault');
    expect(blamesTheMessage(classifyFailure(e))).toBe(false);
  });

  it.each([
    ['a plain Error', new Error('something else')],
    ['a Prisma code, which is no SQLSTATE', Object.assign(new Error('prisma'), { code: 'P2002' })],
    ['a thrown string', 'boom'],
    ['undefined', undefined],
    [
      'kafkajs: a non-retriable protocol error',
      Object.assign(new Error('Topic authorization failed'), { name: 'KafkaJSProtocolError', retriable: false }),
    ],
  ])('%s is unknown', (_, e) => expect(classifyFailure(e)).toBe('unknown'));

  it('blames the message only for its data (permanent) or, after a few attempts, an unknown failure', () => {
    expect(blamesTheMessage('permanent')).toBe(true);
    expect(blamesTheMessage('unknown')).toBe(true);
    expect(blamesTheMessage('transient')).toBe(false);
    expect(blamesTheMessage('fault')).toBe(false);
  });

  it('reads a data error behind a wrapper', () => {
    expect(classifyFailure(new Error('store failed', { cause: pgError('22P05') }))).toBe('permanent');
    expect(sqlStateOf(new Error('store failed', { cause: pgError('22P05') }))).toBe('22P05');
    expect(sqlStateOf(new Error('no code'))).toBeUndefined();
    expect(sqlStateOf(Object.assign(new Error('prisma'), { code: 'P2002' }))).toBeUndefined();
    expect(sqlStateOf(pgError('P0001'))).toBe('P0001');
  });
});
