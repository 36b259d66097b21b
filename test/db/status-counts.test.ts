import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { statusCounts } from '../../src/db/status-counts.js';
import { insertUsers } from '../support/fixtures.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

describeWithDatabase('statusCounts (PRD 8.1 / 10.2 query 1)', () => {
  const testDb = useTestDatabase();

  it('reports all four statuses, zeros included', async () => {
    const { db } = testDb();
    expect((await statusCounts(db)).map(({ status, count }) => [status, count])).toEqual([
      ['new', 0],
      ['pending', 0],
      ['completed', 0],
      ['failed', 0],
    ]);
  });

  it('counts users per status with processing times, and a NULL status when present', async () => {
    const { db } = testDb();
    await insertUsers(db, { N1: 'new', N2: 'new', C1: 'completed', C2: 'completed', C3: 'completed', X1: null });
    await sql`
      UPDATE \`user_spending_data\`
      SET \`last_processed_at\` = CASE \`user_id\` WHEN ${'C1'} THEN ${'2025-10-07 02:00:00'} ELSE ${'2025-10-07 03:30:00'} END
      WHERE \`processing_status\` = ${'completed'}
    `.execute(db.kysely);
    expect(await statusCounts(db)).toEqual([
      { status: 'new', count: 2, oldestProcessedAt: null, latestProcessedAt: null },
      { status: 'pending', count: 0, oldestProcessedAt: null, latestProcessedAt: null },
      {
        status: 'completed',
        count: 3,
        oldestProcessedAt: '2025-10-07 02:00:00',
        latestProcessedAt: '2025-10-07 03:30:00',
      },
      { status: 'failed', count: 0, oldestProcessedAt: null, latestProcessedAt: null },
      { status: null, count: 1, oldestProcessedAt: null, latestProcessedAt: null },
    ]);
  });
});
