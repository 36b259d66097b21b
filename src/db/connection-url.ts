import { InvalidDatabaseUrlError } from './errors.js';

/** Where the engine looks when no `--database-url` is given. */
export const DATABASE_URL_ENV = 'CARDGENIUS_DATABASE_URL';
export const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306/cashkaro';

const DEFAULT_PORT = 3306;
const SUPPORTED_SCHEMES = new Set(['mysql:', 'mariadb:']);
const SUPPORTED_PARAMS = new Set(['socketPath']);

/** A parsed connection URL. Carries the password, so never log it: log `redacted`. */
export interface DatabaseConnectionSettings {
  readonly host: string;
  readonly port: number;
  readonly user: string | undefined;
  readonly password: string | undefined;
  /** Absent for a server-level URL (`mysql://root@host:3306`), as the test harness uses. */
  readonly database: string | undefined;
  readonly socketPath: string | undefined;
  /** The URL with any password replaced by `***`: the only form fit for messages and logs. */
  readonly redacted: string;
}

/** The CLI value wins, then `CARDGENIUS_DATABASE_URL`, then the local default. Empty values count as unset. */
export function resolveDatabaseUrl(
  cliValue?: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const fromCli = cliValue?.trim();
  if (fromCli) return fromCli;
  const fromEnv = env[DATABASE_URL_ENV]?.trim();
  if (fromEnv) return fromEnv;
  return DEFAULT_DATABASE_URL;
}

/**
 * Replaces the password of a connection URL with `***`. Works on text, not on a parsed URL, so a
 * string the URL parser rejects or misreads (an unencoded `/` or `#` in the password) is still
 * redacted; when in doubt it hides too much (everything up to the last `@`), never too little.
 */
export function redactUrl(url: string): string {
  const schemeEnd = url.indexOf('://');
  let redacted = url;
  if (schemeEnd >= 0) {
    const authorityStart = schemeEnd + 3;
    const userInfoEnd = url.lastIndexOf('@');
    if (userInfoEnd > authorityStart) {
      const userInfo = url.slice(authorityStart, userInfoEnd);
      const colon = userInfo.indexOf(':');
      if (colon >= 0) {
        redacted = `${url.slice(0, authorityStart + colon)}:***${url.slice(userInfoEnd)}`;
      }
    }
  }
  return redacted.replace(/([?&](?:password|passwd|pwd)=)[^&#]*/gi, '$1***');
}

/** Parses `mysql://user:pass@host:port/db?socketPath=...` (or `mariadb://`); percent-decodes user, password and database. */
export function parseDatabaseUrl(url: string): DatabaseConnectionSettings {
  const redacted = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Node's URL error carries the raw input (with the password) in `input`: never rethrow it.
    throw new InvalidDatabaseUrlError(`Invalid database URL ${redacted}: expected mysql://user:password@host:port/database`);
  }
  if (!SUPPORTED_SCHEMES.has(parsed.protocol)) {
    throw new InvalidDatabaseUrlError(`Invalid database URL ${redacted}: scheme must be mysql:// or mariadb://`);
  }
  for (const key of parsed.searchParams.keys()) {
    if (!SUPPORTED_PARAMS.has(key)) {
      throw new InvalidDatabaseUrlError(
        `Invalid database URL ${redacted}: unsupported parameter "${key}" (supported: ${[...SUPPORTED_PARAMS].join(', ')})`,
      );
    }
  }
  const database = decode(parsed.pathname.replace(/^\//, ''), redacted);
  if (database.includes('/')) {
    throw new InvalidDatabaseUrlError(`Invalid database URL ${redacted}: the path must be a single database name`);
  }
  const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (hostname === '') {
    throw new InvalidDatabaseUrlError(`Invalid database URL ${redacted}: missing host`);
  }
  return {
    host: hostname,
    port: parsed.port === '' ? DEFAULT_PORT : Number(parsed.port),
    user: emptyToUndefined(decode(parsed.username, redacted)),
    password: emptyToUndefined(decode(parsed.password, redacted)),
    database: emptyToUndefined(database),
    socketPath: emptyToUndefined(parsed.searchParams.get('socketPath') ?? ''),
    redacted,
  };
}

function decode(component: string, redacted: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    throw new InvalidDatabaseUrlError(`Invalid database URL ${redacted}: bad percent-encoding`);
  }
}

function emptyToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}
