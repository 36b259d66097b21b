/**
 * One parity scenario: compile the release for the test server's dialect, install it, load the
 * users, run the chunk in each mode and compare every user with the oracle.
 */
import type { Release } from '../../../src/catalog/rule-tree.js';
import { compileRelease, type CompileOptions, type CompiledRelease } from '../../../src/compiler/compile-release.js';
import { DIALECTS, type Dialect } from '../../../src/compiler/dialects/index.js';
import type { InputMapping } from '../../../src/contract/input-mapping.js';
import { applyRelease } from '../../../src/db/apply-release.js';
import type { Database } from '../../../src/db/pool.js';
import type { ChunkMode } from '../../../src/db/run-chunk.js';
import { serverInfo } from '../../../src/db/server-info.js';
import {
  allowNullSpend,
  compareStored,
  computeExpected,
  loadUsers,
  referenceOracle,
  resetUsers,
  runChunks,
  type ChunkRun,
  type IdentifiedUser,
  type Oracle,
  type ParityReport,
} from './parity-harness.js';

export async function serverDialect(db: Database): Promise<Dialect> {
  return DIALECTS[(await serverInfo(db)).flavor];
}

export interface ParityScenario {
  readonly db: Database;
  readonly release: Release;
  readonly mapping: InputMapping;
  readonly users: readonly IdentifiedUser[];
  readonly modes: readonly ChunkMode[];
  readonly chunkSize?: number;
  /** Compile options (e.g. mutated templates); the oracle always sees `oracleRelease ?? release`. */
  readonly compileOptions?: CompileOptions;
  /** The release compiled to SQL when it differs from the oracle's (a tampered copy). */
  readonly compiledRelease?: Release;
  readonly oracle?: Oracle;
}

export interface ParityOutcome {
  readonly compiled: CompiledRelease;
  readonly runs: ReadonlyMap<ChunkMode, ChunkRun>;
  readonly reports: ReadonlyMap<ChunkMode, ParityReport>;
  readonly referenceMilliseconds: number;
}

export async function runParityScenario(scenario: ParityScenario): Promise<ParityOutcome> {
  const { db, release, mapping, users } = scenario;
  const dialect = await serverDialect(db);
  const compiled = compileRelease(scenario.compiledRelease ?? release, mapping, dialect, scenario.compileOptions);
  await applyRelease(db, compiled, dialect);
  await allowNullSpend(db, mapping);
  await resetUsers(db);
  await db.pool.query('DELETE FROM `user_spending_data`');
  await loadUsers(db, mapping, users);

  const started = performance.now();
  const expected = await computeExpected(db, mapping, users, scenario.oracle ?? referenceOracle(release, mapping));
  const referenceMilliseconds = performance.now() - started;

  const runs = new Map<ChunkMode, ChunkRun>();
  const reports = new Map<ChunkMode, ParityReport>();
  for (const [index, mode] of scenario.modes.entries()) {
    if (index > 0) await resetUsers(db);
    runs.set(mode, await runChunks(db, compiled, users, { mode, chunkSize: scenario.chunkSize ?? 5_000, batchId: `parity-${mode}` }));
    reports.set(mode, await compareStored(db, expected));
  }
  return { compiled, runs, reports, referenceMilliseconds };
}

/** One line per mode: users, rows, time in the database and in the reference engine. */
export function summarize(outcome: ParityOutcome): string {
  const modes = [...outcome.runs].map(([mode, run]) => {
    const report = outcome.reports.get(mode);
    return `${mode}: ${report?.users ?? 0} users (${report?.completed ?? 0} completed, ${report?.failed ?? 0} failed, ${report?.rows ?? 0} rows) in ${run.chunks} chunk(s), ${Math.round(run.milliseconds)} ms in the database, ${report?.differences ?? 0} difference(s)`;
  });
  return `parity ${outcome.compiled.releaseId} on ${outcome.compiled.dialect}: reference ${Math.round(outcome.referenceMilliseconds)} ms; ${modes.join('; ')}`;
}
