/**
 * Which database errors are worth retrying with a fresh connection, and which end the chunk.
 *
 * A transient error says nothing about the chunk's data: the transaction was chosen as a
 * deadlock victim, waited too long for a lock, or lost its connection (server restart, network,
 * `KILL CONNECTION`). The server has rolled the transaction back (or will, when it notices the
 * dead connection), so running the whole chunk again is safe.
 */

/** Server error numbers. https://dev.mysql.com/doc/mysql-errors/8.4/en/server-error-reference.html */
const TRANSIENT_ERRNOS: ReadonlyMap<number, string> = new Map([
  [1205, 'ER_LOCK_WAIT_TIMEOUT'],
  [1213, 'ER_LOCK_DEADLOCK'],
  [1053, 'ER_SERVER_SHUTDOWN'],
  // MariaDB reports a deadlock or lock wait on the table-level AUTO-INC lock that
  // INSERT … SELECT takes (innodb_autoinc_lock_mode = 1, its default) as this, not as 1213.
  [1467, 'ER_AUTOINC_READ_FAILED'],
  [1317, 'ER_QUERY_INTERRUPTED'],
  // MariaDB's "Connection was killed" (KILL CONNECTION of a session that was running a query).
  [1927, 'ER_CONNECTION_KILLED'],
  // MySQL 8.0.24+: "The client was disconnected by the server because of inactivity".
  [4031, 'ER_CLIENT_INTERACTION_TIMEOUT'],
  [1158, 'ER_NET_READ_ERROR'],
  [1159, 'ER_NET_READ_INTERRUPTED'],
  [1160, 'ER_NET_ERROR_ON_WRITE'],
  [1161, 'ER_NET_WRITE_INTERRUPTED'],
  // Client errors (CR_*), which some drivers surface with an errno.
  [2006, 'CR_SERVER_GONE_ERROR'],
  [2013, 'CR_SERVER_LOST'],
]);

/** Driver and socket codes for a connection that died under us. */
const CONNECTION_LOST_CODES: ReadonlySet<string> = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_PACKETS_OUT_OF_ORDER',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_CLIENT_INTERACTION_TIMEOUT',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
]);

const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  ...CONNECTION_LOST_CODES,
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_AUTOINC_READ_FAILED',
  'ER_QUERY_INTERRUPTED',
  'ER_NET_READ_ERROR',
  'ER_NET_READ_INTERRUPTED',
  'ER_NET_ERROR_ON_WRITE',
  'ER_NET_WRITE_INTERRUPTED',
]);

interface ErrorFields {
  readonly code: string | undefined;
  readonly errno: number | undefined;
  readonly fatal: boolean;
  readonly message: string;
}

function fieldsOf(error: unknown): ErrorFields {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  return {
    code: typeof record['code'] === 'string' ? record['code'] : undefined,
    errno: typeof record['errno'] === 'number' ? record['errno'] : undefined,
    fatal: record['fatal'] === true,
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * mysql2 rejects a command queued on a connection it already knows to be dead with this message
 * and no code; it is the same lost connection, seen one statement later.
 */
const CLOSED_STATE = /can't add new command when connection is in closed state|connection is in closed state/i;

/** True when the connection this error came from must not be used again. */
export function isConnectionLost(error: unknown): boolean {
  const { code, errno, fatal, message } = fieldsOf(error);
  if (fatal) return true;
  if (code !== undefined && CONNECTION_LOST_CODES.has(code)) return true;
  if (errno !== undefined && [1053, 1927, 2006, 2013, 4031].includes(errno)) return true;
  return CLOSED_STATE.test(message);
}

/** True when retrying the same work on a fresh connection may succeed. */
export function isTransientError(error: unknown): boolean {
  const { code, errno } = fieldsOf(error);
  if (errno !== undefined && TRANSIENT_ERRNOS.has(errno)) return true;
  if (code !== undefined && TRANSIENT_CODES.has(code)) return true;
  return isConnectionLost(error);
}

/** `ER_LOCK_DEADLOCK (1213): Deadlock found...`: the code and number when known, for logs and the ledger. */
export function describeError(error: unknown): string {
  const { code, errno, message } = fieldsOf(error);
  const tag = [code, errno === undefined ? undefined : String(errno)].filter((part) => part !== undefined);
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
  return tag.length > 0 && !message.includes(tag[0] ?? '') ? `${tag.join(' ')}: ${name}${message}` : `${name}${message}`;
}

/**
 * Server errors that no retry and no other chunk will get past: the schema, the grants or the
 * SQL itself is wrong. A chunk failing with one of them stops the run instead of releasing
 * chunk after chunk. (Data errors, such as an out-of-range value, stay per-chunk.)
 */
const SYSTEMATIC_ERRNOS: ReadonlySet<number> = new Set([
  1044, // ER_DBACCESS_DENIED_ERROR
  1045, // ER_ACCESS_DENIED_ERROR
  1046, // ER_NO_DB_ERROR
  1049, // ER_BAD_DB_ERROR
  1054, // ER_BAD_FIELD_ERROR
  1064, // ER_PARSE_ERROR
  1142, // ER_TABLEACCESS_DENIED_ERROR
  1143, // ER_COLUMNACCESS_DENIED_ERROR
  1146, // ER_NO_SUCH_TABLE
  1290, // ER_OPTION_PREVENTS_STATEMENT (read-only server)
  1305, // ER_SP_DOES_NOT_EXIST
  1318, // ER_SP_WRONG_NO_OF_ARGS
  1370, // ER_PROCACCESS_DENIED_ERROR
  1792, // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
]);

const SYSTEMATIC_ERROR_NAMES: ReadonlySet<string> = new Set([
  'ReleaseNotInstalledError',
  'ReleaseHashMismatchError',
  'ChunkIncompleteError',
]);

export function isSystematicError(error: unknown): boolean {
  if (error instanceof Error && SYSTEMATIC_ERROR_NAMES.has(error.name)) return true;
  const { errno } = fieldsOf(error);
  return errno !== undefined && SYSTEMATIC_ERRNOS.has(errno);
}
