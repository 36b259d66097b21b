import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/contract/decimal.js';
import { runCli } from './run-cli.js';

/** The PRD's sample users (technical-prd.md §3.1). */
const PRD_SAMPLES = {
  CK7186246: ['--amazon', '50000', '--flipkart', '30000', '--myntra', '10000', '--ajio', '5000', '--grocery', '15000', '--confirmed', '120000'],
  USER4188152: ['--amazon', '120000', '--flipkart', '20000', '--myntra', '5000', '--ajio', '2000', '--grocery', '8000', '--confirmed', '160000'],
  CUST3267595: ['--amazon', '10000', '--flipkart', '5000', '--myntra', '2000', '--ajio', '1000', '--grocery', '3000', '--confirmed', '22000'],
};

const PRD_COLUMNS = [
  'rank',
  'card_name',
  'card_id',
  'total_savings_yearly',
  'joining_fees',
  'total_extra_benefits',
  'net_savings',
  'amazon_points',
  'flipkart_points',
  'myntra_points',
  'ajio_points',
  'grocery_points',
  'other_online_points',
  'redemption_method',
  'redemption_rate',
];
const POINT_COLUMNS = PRD_COLUMNS.filter((column) => column.endsWith('_points'));
const FIXED_2 = /^-?[0-9]+\.[0-9]{2}$/;

describe('cardgenius recommend --json on the PRD sample users (release 2026-04)', () => {
  it.each(Object.entries(PRD_SAMPLES))('%s gets 10 ranked cards that satisfy the contract invariants', async (_user, args) => {
    const result = await runCli('--release', '2026-04', '--json', 'recommend', ...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = (JSON.parse(result.stdout) as { recommendations: Record<string, string | number>[] }).recommendations;
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(rows.map((row) => row.card_id)).size).toBe(10);
    for (const [index, row] of rows.entries()) {
      expect(Object.keys(row)).toEqual(PRD_COLUMNS);
      for (const column of ['total_savings_yearly', 'joining_fees', 'total_extra_benefits', 'net_savings', ...POINT_COLUMNS]) {
        expect(row[column], column).toMatch(FIXED_2);
      }
      expect(row.redemption_rate).toMatch(/^[0-9]\.[0-9]{4}$/);
      const d = (column: string) => new Decimal(String(row[column]));
      // net_savings = total_savings_yearly − joining_fees + total_extra_benefits (PRD §4.1)
      expect(d('net_savings').equals(d('total_savings_yearly').minus(d('joining_fees')).plus(d('total_extra_benefits')))).toBe(true);
      // Σ monthly points × redemption_rate × 12 = yearly savings, up to the 2-decimal rounding of each column.
      const fromPoints = POINT_COLUMNS.reduce((sum, column) => sum.plus(d(column)), new Decimal(0)).times(d('redemption_rate')).times(12);
      const tolerance = d('redemption_rate').times(12).times('0.005').times(POINT_COLUMNS.length).plus('0.01');
      expect(fromPoints.minus(d('total_savings_yearly')).abs().lessThanOrEqualTo(tolerance), `${String(row.card_id)} points × rate`).toBe(true);
      const next = rows[index + 1];
      if (next) {
        const order = new Decimal(String(next.net_savings)).comparedTo(d('net_savings'));
        expect(order <= 0, 'net_savings is non-increasing').toBe(true);
      }
    }
  });

  it('prints a readable table by default', async () => {
    const result = await runCli('--release', '2026-04', 'recommend', ...PRD_SAMPLES.CUST3267595);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/rank +card +yearly savings +joining fee +extra benefits +net savings +redemption/);
    expect(result.stdout.trim().split('\n')).toHaveLength(13);
  });

  it('--all ranks every card of the release', async () => {
    const result = await runCli('--release', '2026-04', '--json', 'recommend', '--all', '--amazon', '1000');
    expect((JSON.parse(result.stdout) as { recommendations: unknown[] }).recommendations).toHaveLength(138);
  });

  it('rejects a bad option value with a clear message and exit code 2', async () => {
    const negative = await runCli('recommend', '--amazon=-5');
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('invalid input: --amazon is negative (-5.00)');
    const text = await runCli('recommend', '--grocery', 'lots');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('invalid input: --grocery is not a number ("lots")');
    const release = await runCli('--release', '1999-01', 'recommend');
    expect(release.code).toBe(2);
    expect(release.stderr).toContain('unknown release "1999-01"');
    const unknown = await runCli('recommend', '--bogus', '1');
    expect(unknown.code).toBe(2);
  });
});
