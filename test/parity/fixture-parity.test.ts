/**
 * Parity on the hand-written fixture release (every rule kind, ties, quotes in names): boundary
 * users of every threshold, extremes and property-based users, through the procedure and the
 * statements on a real server, compared with the reference engine to the cent.
 */
import { expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import { describeReport } from './support/parity-harness.js';
import { boundaryUsers, extremeUsers, sampleUsers, withIds } from './support/parity-users.js';
import { runParityScenario, summarize } from './support/parity-scenario.js';

const CATALOG = new URL('../fixtures/compiler-catalog/', import.meta.url).pathname;
const RELEASE = '2099-01-fixture';
/** Property-based users on the fixture; the fixture is small, so the default run is large. */
const RANDOM_USERS = 20_000;
const SEED = 20260401;

describeWithDatabase('parity: fixture release', () => {
  const database = useTestDatabase();

  it('boundary, extreme and random users: zero differences in both modes', async () => {
    const release = loadRelease(CATALOG, RELEASE);
    const mapping = loadInputMapping(CATALOG, release);
    const users = withIds('F', [...boundaryUsers(release, mapping), ...extremeUsers(mapping), ...sampleUsers(mapping, RANDOM_USERS, SEED)]);
    expect(users.length).toBeGreaterThanOrEqual(20_000);

    const outcome = await runParityScenario({ db: database().db, release, mapping, users, modes: ['statements', 'procedure'] });
    console.info(summarize(outcome));
    for (const [mode, report] of outcome.reports) {
      expect(report.differences, `${mode}: ${describeReport(report)}`).toBe(0);
      expect(report.completed + report.failed).toBe(users.length);
      const run = outcome.runs.get(mode);
      expect(run?.counts).toEqual({ insertedRows: report.rows, completed: report.completed, failed: report.failed });
    }
    // The scenario exercised every outcome: completed users, invalid ones, overflowing ones.
    const report = outcome.reports.get('statements');
    expect(report?.completed).toBeGreaterThan(10_000);
    expect(report?.failed).toBeGreaterThan(100);
  }, 600_000);
});
