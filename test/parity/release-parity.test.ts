/**
 * Parity on the shipped release (cards/2026-04, 138 cards): every boundary user derived from its
 * rule tree (at, 0.01 below and 0.01 above each cap, edge and threshold), the extremes, and
 * property-based users, through the procedure and the statements, against the reference engine.
 *
 * CARDGENIUS_PARITY_USERS sets the number of property-based users (default 1,000; the reference
 * engine takes ~10 ms per user on this release, so 20,000 adds a few minutes):
 *   CARDGENIUS_PARITY_USERS=20000 npx vitest run test/parity/release-parity.test.ts
 */
import { expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import { describeReport } from './support/parity-harness.js';
import { generateUser } from '../../src/db/seed-users.js';
import { boundaryUsers, extremeUsers, sampleUsers, withIds, type SpendRow } from './support/parity-users.js';
import { runParityScenario, summarize } from './support/parity-scenario.js';

const CATALOG = new URL('../../cards/', import.meta.url).pathname;
const RELEASE = '2026-04';
const DEFAULT_RANDOM_USERS = 1_000;
const SEED = 42_2026_04;

function randomUserCount(): number {
  const text = process.env['CARDGENIUS_PARITY_USERS']?.trim();
  if (!text) return DEFAULT_RANDOM_USERS;
  const count = Number(text);
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`CARDGENIUS_PARITY_USERS must be a non-negative integer, got "${text}"`);
  return count;
}

describeWithDatabase(`parity: shipped release ${RELEASE}`, () => {
  const database = useTestDatabase();

  it('boundary users of every threshold, extremes and random users: zero differences in both modes', async () => {
    const release = loadRelease(CATALOG, RELEASE);
    const mapping = loadInputMapping(CATALOG, release);
    const boundary = boundaryUsers(release, mapping);
    expect(boundary.length).toBeGreaterThan(500);
    const users = withIds('R', [...boundary, ...extremeUsers(mapping), ...sampleUsers(mapping, randomUserCount(), SEED)]);

    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements', 'procedure'] });
    console.info(summarize(outcome));
    for (const [mode, report] of outcome.reports) {
      expect(report.differences, `${mode}: ${describeReport(report)}`).toBe(0);
      expect(report.completed + report.failed).toBe(users.length);
      expect(outcome.runs.get(mode)?.counts).toEqual({ insertedRows: report.rows, completed: report.completed, failed: report.failed });
    }
  }, 1_800_000);

  it('users as db seed makes them (zero spenders, ties at the pruning threshold, whales): zero differences with card pruning', async () => {
    const release = loadRelease(CATALOG, RELEASE);
    const mapping = loadInputMapping(CATALOG, release);
    const users = withIds(
      'S',
      Array.from({ length: 1_500 }, (_, index) => ({ label: `seeded#${index + 1}`, values: generateUser(SEED, index + 1).spend as SpendRow })),
    );
    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements', 'procedure'] });
    console.info(summarize(outcome));
    // the default compile prunes: most cards are evaluated only for the users their bound lets through
    expect(outcome.compiled.statements.map((statement) => statement.name)).toContain('fill_chunk_candidates');
    for (const [mode, report] of outcome.reports) {
      expect(report.differences, `${mode}: ${describeReport(report)}`).toBe(0);
      expect(report.completed).toBe(users.length);
    }
  }, 1_800_000);
});
