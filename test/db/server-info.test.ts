import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeServerVersion, serverInfo } from '../../src/db/server-info.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

describe('describeServerVersion', () => {
  it.each([
    ['10.11.19-MariaDB-0+deb12u1', 'mariadb', '10.11.19', true],
    ['11.4.2-MariaDB-ubu2404', 'mariadb', '11.4.2', true],
    ['10.6.0-MariaDB', 'mariadb', '10.6.0', true],
    ['10.5.22-MariaDB-log', 'mariadb', '10.5.22', false],
    ['8.4.3', 'mysql', '8.4.3', true],
    ['8.0.1', 'mysql', '8.0.1', true],
    ['8.0.0-dmr', 'mysql', '8.0.0', false],
    ['5.7.44-log', 'mysql', '5.7.44', false],
  ] as const)('%s', (text, flavor, version, supportsSkipLocked) => {
    expect(describeServerVersion(text)).toEqual({ flavor, version, supportsSkipLocked });
  });

  it('rejects text that is not a version', () => {
    expect(() => describeServerVersion('unknown')).toThrow(/Unrecognised server version/);
  });
});

describeWithDatabase('serverInfo', () => {
  const testDb = useTestDatabase({ migrate: false });

  it('describes the live server, and SKIP LOCKED works when it says so', async () => {
    const { db } = testDb();
    const info = await serverInfo(db);
    expect(['mariadb', 'mysql']).toContain(info.flavor);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+$/);
    if (info.supportsSkipLocked) {
      await sql`CREATE TABLE \`t\` (\`id\` INT PRIMARY KEY)`.execute(db.kysely);
      await db.kysely.transaction().execute(async (trx) => {
        await sql`SELECT \`id\` FROM \`t\` FOR UPDATE SKIP LOCKED`.execute(trx);
      });
    }
  });
});
