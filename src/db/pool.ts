import { Kysely, MysqlDialect } from 'kysely';
import { createPool, type Pool } from 'mysql2/promise';
import { parseDatabaseUrl } from './connection-url.js';
import { DatabaseUnreachableError, driverErrorFields } from './errors.js';
import type { DB } from './schema.js';

export interface DatabaseOptions {
  /** Upper bound on open connections (PRD 5.3 allows up to 200). Default 10. */
  readonly connectionLimit?: number;
  /** Milliseconds to wait for a TCP/handshake (PRD 5.3: 30 s). */
  readonly connectTimeoutMs?: number;
}

export interface Database {
  readonly pool: Pool;
  readonly kysely: Kysely<DB>;
  /** The connection URL with the password hidden, for messages and logs. */
  readonly redactedUrl: string;
  /** Ends every connection; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens a pool and proves it can reach the server (one ping), so a wrong host, port, password or
 * database fails here as a `DatabaseUnreachableError` instead of at the first query.
 */
export async function createDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const settings = parseDatabaseUrl(url);
  const pool = createPool({
    host: settings.host,
    port: settings.port,
    user: settings.user,
    password: settings.password,
    database: settings.database,
    socketPath: settings.socketPath,
    connectionLimit: options.connectionLimit ?? 10,
    connectTimeout: options.connectTimeoutMs ?? 30_000,
    waitForConnections: true,
    enableKeepAlive: true,
    // Exact numbers: DECIMAL and BIGINT stay strings; the engine compares decimals as strings.
    decimalNumbers: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    // Timestamps as text in UTC, never through a JS Date in the host's zone.
    dateStrings: true,
    timezone: 'Z',
    multipleStatements: false,
  });
  // Make the server's session zone agree with `timezone: 'Z'`, so NOW() and TIMESTAMP columns read
  // back in UTC on every server. mysql2 runs commands in order, so this precedes any query.
  pool.pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'", (error: unknown) => {
      if (error) connection.destroy();
    });
  });

  const kysely = new Kysely<DB>({ dialect: new MysqlDialect({ pool: pool.pool }) });
  // The pool is ended here, once, and `kysely.destroy()` is never called: Kysely's driver starts
  // lazily and ends the pool only if it ever ran a query, and a second `end()` throws.
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= pool.end());

  try {
    const connection = await pool.getConnection();
    try {
      await connection.ping();
    } finally {
      connection.release();
    }
  } catch (error) {
    await close().catch(() => undefined);
    const fields = driverErrorFields(error, settings.password);
    throw new DatabaseUnreachableError(
      `Cannot connect to database ${settings.redacted}: ${fields.code ? `${fields.code} ` : ''}${fields.message}`,
      fields.code,
      fields.errno,
    );
  }

  return { pool, kysely, redactedUrl: settings.redacted, close };
}
