/**
 * The arithmetic partials, run on the real server under hostile settings: the exact division of
 * an earn rate and the pro-rata split must equal the contract's divideRounded whatever
 * div_precision_increment says (0 and 30 here; the default is 4).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { RowDataPacket } from 'mysql2/promise';
import { planEarn } from '../../src/compiler/exact-division.js';
import { SQL_TYPE_TEXT } from '../../src/compiler/numeric-types.js';
import { createTemplateSet } from '../../src/compiler/templates.js';
import { Decimal, INTERNAL_SCALE, OUTPUT_SCALE, divideRounded } from '../../src/contract/decimal.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

const templates = createTemplateSet();
const cents = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 999_999_999_999 }),
  fc.constantFrom(0, 1, 14_999, 15_000, 15_001, 999_999_999_999),
);
const rate = fc.record({
  units: fc.oneof(fc.integer({ min: 0, max: 50 }).map(String), fc.integer({ min: 1, max: 99_999 }).map((value) => new Decimal(value).dividedBy(1000).toFixed())),
  per: fc.oneof(fc.constantFrom('1', '3', '7.5', '33', '50', '100', '150', '200'), fc.integer({ min: 1, max: 9_999 }).map((value) => new Decimal(value).dividedBy(10).toFixed())),
});

describeWithDatabase('exact arithmetic in SQL', () => {
  const database = useTestDatabase();

  it.each([0, 30])('earn units = ROUND_HALF_AWAY(spend × units / per, 6) with div_precision_increment = %i', async (increment) => {
    const connection = await database().db.pool.getConnection();
    try {
      await connection.query(`SET SESSION div_precision_increment = ${increment}`);
      const spends = fc.sample(cents, { seed: 11, numRuns: 400 }).map((value) => new Decimal(value).dividedBy(100));
      await connection.query('DROP TEMPORARY TABLE IF EXISTS `cg_spends`');
      await connection.query('CREATE TEMPORARY TABLE `cg_spends` (`id` INT PRIMARY KEY, `cg_s` DECIMAL(16, 2) NOT NULL)');
      await connection.query(`INSERT INTO \`cg_spends\` VALUES ${spends.map((spend, index) => `(${index}, ${spend.toFixed(2)})`).join(', ')}`);
      for (const earn of fc.sample(rate, { seed: 5, numRuns: 40 })) {
        const parsed = { units: new Decimal(earn.units), per: new Decimal(earn.per) };
        const expression = templates.renderInline('{{> earn-units}}', { source: 'cg_s', earn: planEarn(parsed), types: SQL_TYPE_TEXT });
        const [rows] = await connection.query<RowDataPacket[]>(`SELECT \`id\`, ${expression} AS \`units\` FROM \`cg_spends\` ORDER BY \`id\``);
        for (const row of rows) {
          const spend = spends[row['id'] as number] ?? new Decimal(0);
          const expected = divideRounded(spend.times(parsed.units), parsed.per, INTERNAL_SCALE).toFixed(INTERNAL_SCALE);
          expect(`${earn.units}/${earn.per} on ${spend.toFixed(2)}: ${String(row['units'])}`).toBe(`${earn.units}/${earn.per} on ${spend.toFixed(2)}: ${expected}`);
        }
      }
    } finally {
      await connection.query('SET SESSION div_precision_increment = DEFAULT');
      connection.release();
    }
  }, 120_000);

  it.each([0, 30])('pro-rata share = ROUND_HALF_AWAY(units × input / spend, 2) with div_precision_increment = %i', async (increment) => {
    const connection = await database().db.pool.getConnection();
    try {
      await connection.query(`SET SESSION div_precision_increment = ${increment}`);
      const cases = fc.sample(
        fc.record({ units: fc.integer({ min: 0, max: 999_999_999_999_999 }), input: cents, other: cents }),
        { seed: 3, numRuns: 1_000 },
      ).map(({ units, input, other }) => {
        const share = new Decimal(input).dividedBy(100);
        const total = share.plus(new Decimal(other).dividedBy(100));
        // units are 0 when the category's spend is 0
        return { units: total.isZero() ? new Decimal(0) : new Decimal(units).dividedBy(1_000_000), input: share, total };
      });
      await connection.query('DROP TEMPORARY TABLE IF EXISTS `cg_shares`');
      await connection.query(
        'CREATE TEMPORARY TABLE `cg_shares` (`id` INT PRIMARY KEY, `cg_u_x` DECIMAL(24, 6) NOT NULL, `cg_in_x` DECIMAL(16, 2) NOT NULL, `cg_s_x` DECIMAL(16, 2) NOT NULL)',
      );
      await connection.query(
        `INSERT INTO \`cg_shares\` VALUES ${cases.map((entry, index) => `(${index}, ${entry.units.toFixed(6)}, ${entry.input.toFixed(2)}, ${entry.total.toFixed(2)})`).join(', ')}`,
      );
      const expression = templates.renderInline('{{> prorata-share}}', { units: 'cg_u_x', prorata: { input: 'cg_in_x', total: 'cg_s_x' }, types: SQL_TYPE_TEXT });
      const [rows] = await connection.query<RowDataPacket[]>(`SELECT \`r\`.\`id\`, ${expression} AS \`share\` FROM \`cg_shares\` AS \`r\` INNER JOIN \`cg_shares\` AS \`s\` ON \`s\`.\`id\` = \`r\`.\`id\` ORDER BY \`r\`.\`id\``);
      expect(rows).toHaveLength(cases.length);
      for (const row of rows) {
        const entry = cases[row['id'] as number];
        if (!entry) throw new Error('missing case');
        const expected = entry.total.isZero() ? '0.00' : divideRounded(entry.units.times(entry.input), entry.total, OUTPUT_SCALE).toFixed(OUTPUT_SCALE);
        expect(String(row['share'])).toBe(expected);
      }
    } finally {
      await connection.query('SET SESSION div_precision_increment = DEFAULT');
      connection.release();
    }
  }, 120_000);
});
