import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SPEND_COLUMNS, formatUserId, generateUser, paiseToDecimal, seedUsers } from '../../src/db/seed-users.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

const TWO_DECIMALS = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;

describe('generated users', () => {
  it('have fixed-width ids, so id order is number order', () => {
    expect(formatUserId(1)).toBe('U00000001');
    expect(formatUserId(12_345_678)).toBe('U12345678');
    expect(() => formatUserId(0)).toThrow(RangeError);
    expect(() => formatUserId(100_000_000)).toThrow(RangeError);
  });

  it('print paise as exact 2-decimal strings', () => {
    expect([0, 5, 100, 123_456_789].map(paiseToDecimal)).toEqual(['0.00', '0.05', '1.00', '1234567.89']);
  });

  it('are the same for the same seed and user, and differ across seeds', () => {
    expect(generateUser(7, 42)).toEqual(generateUser(7, 42));
    expect(generateUser(7, 42)).not.toEqual(generateUser(8, 42));
  });

  it('have a skewed, realistic shape over 100,000 users', () => {
    const count = 100_000;
    let zeros = 0;
    let allZero = 0;
    let whales = 0;
    let confirmedBelow = 0;
    let malformed = 0;
    const amazon: number[] = [];
    for (let number = 1; number <= count; number += 1) {
      const { spend } = generateUser(3, number);
      const values = SPEND_COLUMNS.map((column) => spend[column]);
      for (const value of values) if (value === null || !TWO_DECIMALS.test(value)) malformed += 1;
      const amounts = values.map(Number);
      const [amz = 0, flip = 0, myn = 0, ajio = 0, groc = 0, confirmed = 0] = amounts;
      const named = [amz, flip, myn, ajio, groc];
      zeros += named.filter((value) => value === 0).length;
      if (amounts.every((value) => value === 0)) allZero += 1;
      if (named.some((value) => value >= 1_000_000)) whales += 1;
      if (confirmed < named.reduce((sum, value) => sum + value, 0)) confirmedBelow += 1;
      if (amz > 0) amazon.push(amz);
    }
    expect(malformed).toBe(0);
    amazon.sort((left, right) => left - right);
    // ~30% zeros per column (plus the all-zero users), a few all-zero users, ~0.5% above ₹10 lakh.
    expect(zeros / (count * 5)).toBeGreaterThan(0.3);
    expect(zeros / (count * 5)).toBeLessThan(0.37);
    expect(allZero / count).toBeGreaterThan(0.02);
    expect(allZero / count).toBeLessThan(0.06);
    expect(whales / count).toBeGreaterThan(0.003);
    expect(whales / count).toBeLessThan(0.008);
    // Confirmed is usually at least the five stores' sum, sometimes below it.
    expect(confirmedBelow / count).toBeGreaterThan(0.08);
    expect(confirmedBelow / count).toBeLessThan(0.16);
    // Many small spenders: the median Amazon spender is in the low thousands.
    const median = amazon[Math.floor(amazon.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(1_000);
    expect(median).toBeLessThan(3_000);
  });

  it('use NULL only in columns that allow it', () => {
    const nullable = new Set(['avg_myntra_gmv'] as const);
    let nulls = 0;
    for (let number = 1; number <= 5_000; number += 1) {
      const { spend } = generateUser(5, number, nullable);
      for (const column of SPEND_COLUMNS) {
        if (spend[column] === null) {
          expect(column).toBe('avg_myntra_gmv');
          nulls += 1;
        }
      }
      expect(generateUser(5, number).spend.avg_myntra_gmv).not.toBeNull();
    }
    expect(nulls).toBeGreaterThan(50);
  });
});

describeWithDatabase('seedUsers', () => {
  const testDb = useTestDatabase();

  it('inserts a range deterministically, exactly as generated, and leaves existing ids alone', async () => {
    const { db } = testDb();
    const first = await seedUsers(db, { users: 12_000, seed: 9, startId: 1, batchSize: 5_000 });
    expect(first).toMatchObject({ inserted: 12_000, existing: 0, firstUserId: 'U00000001', lastUserId: 'U00012000', nullableColumns: [] });

    const { rows } = await sql<Record<string, string>>`
      SELECT \`user_id\`, ${sql.join(SPEND_COLUMNS.map((column) => sql.id(column)))}, \`processing_status\`
      FROM \`user_spending_data\` WHERE \`user_id\` IN (${'U00000001'}, ${'U00007777'}) ORDER BY \`user_id\`
    `.execute(db.kysely);
    expect(rows).toEqual(
      [1, 7_777].map((number) => {
        const user = generateUser(9, number);
        return { user_id: user.user_id, ...user.spend, processing_status: 'new' };
      }),
    );

    // A changed user is not overwritten by a re-seed; an overlapping range only adds the new ids.
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'completed'} WHERE \`user_id\` = ${'U00000002'}`.execute(db.kysely);
    const again = await seedUsers(db, { users: 13_000, seed: 9, startId: 1 });
    expect(again).toMatchObject({ inserted: 1_000, existing: 12_000 });
    const { rows: counts } = await sql<{ users: string; completed: string }>`
      SELECT COUNT(*) AS \`users\`, SUM(\`processing_status\` = ${'completed'}) AS \`completed\` FROM \`user_spending_data\`
    `.execute(db.kysely);
    expect(counts).toEqual([{ users: '13000', completed: '1' }]);
  });

  it('writes NULLs where the table allows them', async () => {
    const { db } = testDb();
    await sql`CREATE TABLE \`spend_nullable\` LIKE \`user_spending_data\``.execute(db.kysely);
    await sql`ALTER TABLE \`spend_nullable\` MODIFY \`avg_ajio_gmv\` DECIMAL(12, 2) NULL`.execute(db.kysely);
    const result = await seedUsers(db, { users: 2_000, seed: 1, table: 'spend_nullable' });
    expect(result.nullableColumns).toEqual(['avg_ajio_gmv']);
    const { rows } = await sql<{ ajio: string; others: string }>`
      SELECT SUM(\`avg_ajio_gmv\` IS NULL) AS \`ajio\`,
        SUM(\`avg_amazon_gmv\` IS NULL OR \`avg_flipkart_gmv\` IS NULL OR \`avg_confirmed_gmv\` IS NULL) AS \`others\`
      FROM \`spend_nullable\`
    `.execute(db.kysely);
    expect(Number(rows[0]?.ajio)).toBeGreaterThan(20);
    expect(Number(rows[0]?.others)).toBe(0);
  });

  it('refuses a table that does not exist', async () => {
    const { db } = testDb();
    await expect(seedUsers(db, { users: 1, seed: 1, table: 'no_such_table' })).rejects.toThrow(/does not exist/);
  });
});
