/**
 * Whether a failure can pass by itself (a dependency unreachable: retry with backoff, never set aside), is a
 * fault of the code or the deployment (a missing grant, column or table: every message fails alike, so
 * retry with backoff until it is mended, never set aside, /health reports no progress), or belongs to the
 * data (retrying cannot help: find the message at fault and set it aside), decided by the error's class,
 * not its text.
 */
export type FailureClass = 'transient' | 'fault' | 'permanent' | 'unknown';

/** Whether a failure of this class may set a message aside (dead-letter topic, failed job). */
export function blamesTheMessage(kind: FailureClass): boolean {
  return kind === 'permanent' || kind === 'unknown';
}

/** Node's socket and DNS errors: the peer is away or unreachable. */
const TRANSIENT_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ESOCKETTIMEDOUT',
]);

/**
 * PostgreSQL SQLSTATE classes (Appendix A of its manual):
 * - transient: 08 connection exception, 53 insufficient resources (too many connections, out of memory,
 *   disk full), 57P0x operator intervention (shutdown, cannot connect now, idle timeout), 57014 statement
 *   cancelled, 40001/40P01 serialization failure and deadlock, 55P03 lock not available;
 * - permanent (the row's own value): 21 cardinality (the same key twice in one statement), 22 data exception
 *   (bad encoding, value out of range, NUL in text), 23 integrity constraint, 27 triggered data change,
 *   44 WITH CHECK OPTION, 54 program limit (an index row or a value too large);
 * - fault: every other class. 42 (42501 permission denied, 42703 undefined column, 42P01 undefined table,
 *   a syntax error), 0A feature not supported, 28 authorization, 3D/3F no such database or schema, 55
 *   object not in prerequisite state, other 57 operator intervention, 58 system error, F0 configuration,
 *   XX internal error, and any class PostgreSQL adds later: no message is to blame for them, and a valid
 *   message set aside because of a grant is worse than a partition that waits (and says so at /health).
 */
function classOfSqlState(code: string): FailureClass | undefined {
  // Prisma's own codes (P1001, P2002…) look like SQLSTATEs; PostgreSQL's P0 class is PL/pgSQL's.
  if (!/^[0-9A-Z]{5}$/.test(code) || /^P[1-9][0-9]{3}$/.test(code)) return undefined;
  const cls = code.slice(0, 2);
  if (cls === '08' || cls === '53' || /^57P0[1-5]$/.test(code) || code === '57014') return 'transient';
  if (code === '40001' || code === '40P01' || code === '55P03') return 'transient';
  if (['21', '22', '23', '27', '44', '54'].includes(cls)) return 'permanent';
  return 'fault';
}

/**
 * Prisma's own connection codes: its client raises these, not the socket's errno, when the database cannot
 * be reached (P1001), times out (P1002, P1008), closes the connection (P1017) or has no pooled connection free
 * in time (P2024); a refused login (P1000), a missing database (P1003) or refused access (P1010) is the
 * deployment's. Errors PostgreSQL itself returns reach here through the driver adapter with their SQLSTATE.
 */
const PRISMA_CODES: Record<string, FailureClass> = {
  P1001: 'transient',
  P1002: 'transient',
  P1008: 'transient',
  P1017: 'transient',
  P2024: 'transient',
  P1000: 'fault',
  P1003: 'fault',
  P1010: 'fault',
};

/** Messages pg, ioredis and kafkajs use when a connection went away (they carry no code). */
const TRANSIENT_MESSAGE =
  /Connection terminated|connection (?:timeout|closed|is closed)|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (?:starting up|shutting down|in recovery mode)|Stream isn't writeable|Connection is closed|MaxRetriesPerRequestError|Reached the max retries per request|socket hang up|getaddrinfo/i;

/** kafkajs marks its errors `retriable` (broker away, leader moving, request timed out). */
const KAFKAJS_TRANSIENT = new Set([
  'KafkaJSConnectionError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSConnectionClosedError',
  'KafkaJSLockTimeout',
]);

export function classifyFailure(error: unknown): FailureClass {
  let e: unknown = error;
  // Follow causes (kafkajs's NumberOfRetriesExceeded, Prisma's adapter errors) to the one that says most.
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const err = e as {
      code?: unknown;
      errno?: unknown;
      name?: unknown;
      message?: unknown;
      retriable?: unknown;
      cause?: unknown;
      originalError?: unknown;
    };
    if (typeof err.code === 'string') {
      if (TRANSIENT_ERRNO.has(err.code)) return 'transient';
      if (PRISMA_CODES[err.code]) return PRISMA_CODES[err.code];
      const sql = classOfSqlState(err.code);
      if (sql) return sql;
    }
    if (typeof err.name === 'string' && err.name.startsWith('KafkaJS')) {
      if (err.retriable === true || KAFKAJS_TRANSIENT.has(err.name)) return 'transient';
    }
    if (typeof err.message === 'string' && TRANSIENT_MESSAGE.test(err.message)) return 'transient';
    // A value the process itself cannot hold (a string past V8's limit, a date it cannot print) is the record's fault.
    if (e instanceof RangeError) return 'permanent';
    e = err.cause ?? err.originalError;
  }
  return 'unknown';
}

/** The SQLSTATE of a PostgreSQL error (or of its cause), for the dead-letter detail. */
export function sqlStateOf(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const err = e as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && !/^P[1-9][0-9]{3}$/.test(err.code)) return err.code;
    e = err.cause ?? err.originalError;
  }
  return undefined;
}
