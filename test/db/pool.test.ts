import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createDatabase } from '../../src/db/pool.js';
import { describeWithDatabase, requireServerUrl, useTestDatabase } from '../support/test-database.js';

describeWithDatabase('createDatabase', () => {
  const testDb = useTestDatabase({ migrate: false });

  it('returns DECIMAL and BIGINT as exact strings and timestamps as UTC text', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      SELECT CAST('9999999999.99' AS DECIMAL(12, 2)) AS \`money\`,
        CAST('0.10' AS DECIMAL(12, 2)) AS \`dime\`,
        CAST(9007199254740993 AS SIGNED) AS \`big\`,
        COUNT(*) AS \`count\`,
        TIMESTAMP('2025-10-07 02:00:00') AS \`at\`
    `.execute(testDb().db.kysely);
    expect(rows).toEqual([
      { money: '9999999999.99', dime: '0.10', big: '9007199254740993', count: '1', at: '2025-10-07 02:00:00' },
    ]);
  });

  it('sets the session time zone to UTC on every pooled connection', async () => {
    const zones = await Promise.all(
      Array.from({ length: 5 }, () =>
        sql<{ zone: string }>`SELECT @@session.time_zone AS \`zone\`, SLEEP(0.05) AS \`pause\``.execute(testDb().db.kysely),
      ),
    );
    expect(zones.map(({ rows }) => rows[0]?.zone)).toEqual(Array(5).fill('+00:00'));
  });

  it('binds run-time values as parameters and refuses multiple statements', async () => {
    const hostile = "x'; DROP TABLE `t`; --";
    const { rows } = await sql<{ echoed: string }>`SELECT ${hostile} AS \`echoed\``.execute(testDb().db.kysely);
    expect(rows[0]?.echoed).toBe(hostile);
    await expect(sql`SELECT 1; SELECT 2`.execute(testDb().db.kysely)).rejects.toThrow(/syntax/i);
  });

  it('close() is idempotent and works whether or not Kysely ran a query', async () => {
    const unused = await createDatabase(requireServerUrl(), { connectionLimit: 1 });
    await unused.close();
    await unused.close();
    const used = await createDatabase(requireServerUrl(), { connectionLimit: 1 });
    await sql`SELECT 1`.execute(used.kysely);
    await used.close();
    await used.close();
  });
});
