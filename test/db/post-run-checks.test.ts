import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import {
  checkNullCriticalFields,
  checkRankingOrder,
  checkRecommendationCount,
  runPostRunChecks,
} from '../../src/db/post-run-checks.js';
import { descendingSavings, insertRanking, insertUsers } from '../support/fixtures.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

/** A completed user INVERT whose rank 9 (100.00) is below its rank 10 (100.01), under BATCH_TEST. */
async function insertInvertedUser(db: Parameters<typeof insertUsers>[0]): Promise<void> {
  await insertUsers(db, { INVERT: 'completed' });
  const savings = descendingSavings();
  savings[8] = '100.00';
  savings[9] = '100.01';
  await insertRanking(db, 'INVERT', savings);
}

describeWithDatabase('post-run checks (PRD 10.2)', () => {
  const testDb = useTestDatabase();

  /** A good run: completed users with 10 descending (ties allowed) recommendations; others untouched. */
  beforeEach(async () => {
    const { db } = testDb();
    await sql`DROP TABLE IF EXISTS \`alt_recommendations\``.execute(db.kysely);
    await db.kysely.deleteFrom('user_spending_data').execute();
    await insertUsers(db, { GOOD1: 'completed', GOOD2: 'completed', NEW1: 'new', FAILED1: 'failed', PENDING1: 'pending' });
    await insertRanking(db, 'GOOD1', descendingSavings());
    const withTies = descendingSavings();
    withTies[4] = withTies[3] ?? '';
    await insertRanking(db, 'GOOD2', withTies);
  });

  it('find nothing on good data', async () => {
    expect(await runPostRunChecks(testDb().db)).toEqual([
      { name: 'recommendation-count', rows: [], truncated: false },
      { name: 'null-critical-fields', rows: [], truncated: false },
      { name: 'ranking-order', rows: [], truncated: false },
    ]);
  });

  it('flag completed users without exactly expectedPerUser recommendations', async () => {
    const { db } = testDb();
    await insertUsers(db, { SHORT9: 'completed', NONE0: 'completed' });
    await insertRanking(db, 'SHORT9', descendingSavings().slice(0, 9));
    expect((await checkRecommendationCount(db)).rows).toEqual([
      { user_id: 'NONE0', num_recommendations: 0 },
      { user_id: 'SHORT9', num_recommendations: 9 },
    ]);
    // A catalog with only 9 cards: now the 10-card users are the odd ones.
    expect((await checkRecommendationCount(db, { expectedPerUser: 9 })).rows.map((row) => row.user_id)).toEqual([
      'GOOD1',
      'GOOD2',
      'NONE0',
    ]);
  });

  it('flag a rank whose net savings is below the next rank, including rank 9 vs 10, to the paisa', async () => {
    const { db } = testDb();
    await insertInvertedUser(db);
    expect(await checkRankingOrder(db)).toEqual({
      name: 'ranking-order',
      rows: [{ user_id: 'INVERT', rank: 9, net_savings: '100.00', next_net_savings: '100.01' }],
      truncated: false,
    });
  });

  it('flag NULL critical fields in an output table that allows them', async () => {
    const { db } = testDb();
    // Production tables may lack the PRD's NOT NULLs; plant the row in such a copy.
    await sql`CREATE TABLE \`alt_recommendations\` LIKE \`card_recommendations\``.execute(db.kysely);
    await sql`ALTER TABLE \`alt_recommendations\` MODIFY \`net_savings\` DECIMAL(12, 2) NULL`.execute(db.kysely);
    await sql`INSERT INTO \`alt_recommendations\` SELECT * FROM \`card_recommendations\``.execute(db.kysely);
    await sql`
      UPDATE \`alt_recommendations\` SET \`net_savings\` = NULL
      WHERE \`user_id\` = ${'GOOD1'} AND \`rank\` = ${3}
    `.execute(db.kysely);
    const options = { outputTable: 'alt_recommendations' };
    expect((await checkNullCriticalFields(db, options)).rows).toEqual([
      {
        user_id: 'GOOD1',
        rank: 3,
        card_name: 'Card 3',
        net_savings: null,
        total_savings_yearly: '9800.00',
        joining_fees: '0.00',
      },
    ]);
    expect((await checkNullCriticalFields(db)).rows).toEqual([]);
  });

  it('return at most sampleLimit rows and say when there were more', async () => {
    const { db } = testDb();
    await insertUsers(db, { EMPTY1: 'completed', EMPTY2: 'completed', EMPTY3: 'completed' });
    expect(await checkRecommendationCount(db, { sampleLimit: 2 })).toEqual({
      name: 'recommendation-count',
      rows: [
        { user_id: 'EMPTY1', num_recommendations: 0 },
        { user_id: 'EMPTY2', num_recommendations: 0 },
      ],
      truncated: true,
    });
  });

  it('refuse table names that are not plain identifiers, before any SQL runs', async () => {
    const { db } = testDb();
    for (const outputTable of ['card_recommendations; DROP TABLE `x`', 'db.table', '1table', 'a'.repeat(65), '']) {
      await expect(runPostRunChecks(db, { outputTable })).rejects.toThrow(/Invalid table name/);
    }
    await expect(checkRecommendationCount(db, { expectedPerUser: -1 })).rejects.toThrow(RangeError);
  });

  it('check ranking order over one batch\'s rows when given its id, and take rows the runner already found', async () => {
    const { db } = testDb();
    await insertInvertedUser(db);
    // insertRanking writes under BATCH_TEST: that batch shows the inversion, another batch does not.
    expect((await checkRankingOrder(db, { batchId: 'BATCH_TEST' })).rows.map((row) => row.user_id)).toEqual(['INVERT']);
    expect((await checkRankingOrder(db, { batchId: 'BATCH_OTHER' })).rows).toEqual([]);
    const found = { user_id: 'X', rank: 2, net_savings: '1.00', next_net_savings: '2.00' };
    expect(await checkRankingOrder(db, { rankingOrderRows: [found] })).toEqual({ name: 'ranking-order', rows: [found], truncated: false });
    expect((await checkRankingOrder(db, { rankingOrderRows: [] })).rows).toEqual([]);
  });
});
