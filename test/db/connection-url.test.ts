import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATABASE_URL,
  parseDatabaseUrl,
  redactUrl,
  resolveDatabaseUrl,
} from '../../src/db/connection-url.js';
import { InvalidDatabaseUrlError } from '../../src/db/errors.js';

const SECRET = 'Sup3r$ecret/p@ss:w#rd%';
const ENCODED = encodeURIComponent(SECRET);

describe('resolveDatabaseUrl', () => {
  it('prefers the CLI value, then CARDGENIUS_DATABASE_URL, then the local default', () => {
    const env = { CARDGENIUS_DATABASE_URL: 'mysql://env@db:3306/x' };
    expect(resolveDatabaseUrl('mysql://cli@db:3306/y', env)).toBe('mysql://cli@db:3306/y');
    expect(resolveDatabaseUrl(undefined, env)).toBe('mysql://env@db:3306/x');
    expect(resolveDatabaseUrl('  ', env)).toBe('mysql://env@db:3306/x');
    expect(resolveDatabaseUrl(undefined, { CARDGENIUS_DATABASE_URL: '' })).toBe(DEFAULT_DATABASE_URL);
    expect(DEFAULT_DATABASE_URL).toBe('mysql://root@127.0.0.1:3306/cashkaro');
  });
});

describe('parseDatabaseUrl', () => {
  it('reads every part and percent-decodes credentials', () => {
    const settings = parseDatabaseUrl(`mysql://app%40ck:${ENCODED}@db.internal:3307/cash%2Dkaro`);
    expect(settings).toEqual({
      host: 'db.internal',
      port: 3307,
      user: 'app@ck',
      password: SECRET,
      database: 'cash-karo',
      socketPath: undefined,
      redacted: 'mysql://app%40ck:***@db.internal:3307/cash%2Dkaro',
    });
  });

  it('accepts mariadb://, a default port, no database and a socket path', () => {
    expect(parseDatabaseUrl('mariadb://root@localhost?socketPath=/run/mysqld/mysqld.sock')).toMatchObject({
      host: 'localhost',
      port: 3306,
      user: 'root',
      password: undefined,
      database: undefined,
      socketPath: '/run/mysqld/mysqld.sock',
    });
    expect(parseDatabaseUrl('mysql://root@[::1]:3306/db').host).toBe('::1');
  });

  it.each([
    ['postgres://u:pw@h/db', /scheme/],
    ['mysql://u:pw@h/db?ssl=true', /unsupported parameter "ssl"/],
    ['mysql://u:pw@h/a/b', /single database name/],
    ['not a url at all', /Invalid database URL/],
  ])('rejects %s', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrowError(InvalidDatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrowError(message);
  });

  it('never puts the password in a parse error, even when the URL parser chokes on it', () => {
    for (const url of [`mysql://root:${SECRET}@host/db`, `mysql://root:${ENCODED}@host/db?x=1`, 'mysql://root:12/x@host/db']) {
      let message = '';
      try {
        parseDatabaseUrl(url);
      } catch (error) {
        message = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`;
      }
      expect(message).toContain('Invalid database URL');
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain(ENCODED);
      expect(message).not.toContain('12/x');
    }
  });
});

describe('redactUrl', () => {
  it.each([
    ['mysql://root:pw@127.0.0.1:3306/cashkaro', 'mysql://root:***@127.0.0.1:3306/cashkaro'],
    [`mysql://app:${ENCODED}@h:1/db?socketPath=/s`, 'mysql://app:***@h:1/db?socketPath=/s'],
    // Unencoded `@`, `/`, `#` in the password: hidden up to the last `@`.
    [`mysql://root:${SECRET}@h/db`, 'mysql://root:***@h/db'],
    ['mysql://root:12/x@host/db', 'mysql://root:***@host/db'],
    ['mysql://root@h/db?password=pw&x=1', 'mysql://root@h/db?password=***&x=1'],
    ['mysql://root@127.0.0.1:3306', 'mysql://root@127.0.0.1:3306'],
    ['mysql://h/db', 'mysql://h/db'],
  ])('%s -> %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
