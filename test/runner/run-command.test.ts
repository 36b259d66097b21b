/**
 * End to end with the real compiler and chunk SQL, on a 12-card excerpt of the 2026-04 release
 * (test/runner/fixtures/catalog, so the file stays fast): the
 * `run`, `status` and `db` commands, concurrent runners, a runner killed with SIGKILL mid-chunk,
 * a killed connection, and test mode. A trigger on card_recommendations counts every committed
 * insert per user: exactly 10 means the user was written by exactly one committed chunk.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import type { Release } from '../../src/catalog/rule-tree.js';
import { PACKAGE_ROOT } from '../../src/cli/project-paths.js';
import { compileRelease, type CompiledRelease } from '../../src/compiler/compile-release.js';
import { dialectByName } from '../../src/compiler/dialects/index.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { applyRelease } from '../../src/db/apply-release.js';
import { createDatabase, type Database } from '../../src/db/pool.js';
import { runChunk } from '../../src/db/run-chunk.js';
import { serverInfo } from '../../src/db/server-info.js';
import { readRun } from '../../src/runner/run-ledger.js';
import { runBatch } from '../../src/runner/run-batch.js';
import type { ChunkExecutor } from '../../src/runner/run-types.js';
import { describeWithDatabase, onServer, requireServerUrl, useTestDatabase } from '../support/test-database.js';
import { TEN_RANKS, createAuditTable, userOutcomes } from './support/runner-fixtures.js';
import { logLines, runRunnerCli, spawnRunnerCli } from './support/runner-cli.js';

const RELEASE_ID = '2099-02-runner';
const CATALOG = join(PACKAGE_ROOT, 'test', 'runner', 'fixtures', 'catalog');

/** The CLI on the fixture catalog. */
function cli(...args: string[]) {
  return runRunnerCli('--catalog-dir', CATALOG, '--release', RELEASE_ID, ...args);
}

describeWithDatabase('cardgenius run / status / db (real chunk SQL)', () => {
  const testDb = useTestDatabase();
  let release: Release;
  let compiled: CompiledRelease;

  beforeAll(async () => {
    const { db } = testDb();
    release = loadRelease(CATALOG, RELEASE_ID);
    const dialect = dialectByName((await serverInfo(db)).flavor);
    compiled = compileRelease(release, loadInputMapping(CATALOG, release), dialect);
    await applyRelease(db, compiled, dialect);
    await createAuditTable(db);
    await sql`
      CREATE TRIGGER \`cg_test_audit_insert\` AFTER INSERT ON \`card_recommendations\` FOR EACH ROW
      INSERT INTO \`cg_test_audit\` (\`user_id\`, \`batch_id\`, \`connection_id\`) VALUES (NEW.\`user_id\`, NEW.\`batch_id\`, CONNECTION_ID())
    `.execute(db.kysely);
  });

  beforeEach(async () => {
    const { db } = testDb();
    for (const table of ['card_recommendations', 'cg_test_audit', 'cg_lease', 'cg_run', 'user_spending_data']) {
      await sql`DELETE FROM ${sql.id(table)}`.execute(db.kysely);
    }
  });

  const url = () => testDb().url;
  const executor =
    (mode: 'procedure' | 'statements' = 'procedure'): ChunkExecutor =>
    (connection, range) =>
      runChunk(connection, compiled, { ...range, mode });

  async function seed(users: number, startId = 1): Promise<void> {
    const result = await cli('db', 'seed', '--users', String(users), '--start-id', String(startId), '--seed', '11', '--database-url', url());
    expect(result.code).toBe(0);
  }

  /** Every user completed with ranks 1-10 from one batch, written once (10 audited inserts). */
  async function expectAllCompletedOnce(db: Database, except: readonly string[] = []): Promise<void> {
    for (const [id, outcome] of await userOutcomes(db)) {
      if (except.includes(id)) continue;
      expect({ id, ...outcome }).toEqual({ id, status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1, audits: 10 });
    }
  }

  it('db init creates a missing database and migrates it; again, nothing to do', async () => {
    const name = `cg_test_${Math.random().toString(16).slice(2, 14)}`;
    const target = new URL(requireServerUrl());
    target.pathname = `/${name}`;
    try {
      const first = await cli('db', 'init', '--database-url', target.toString());
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toBe(`created database ${name}\n${name}: applied 0001_prd_tables, 0002_engine_bookkeeping, 0003_runner_bookkeeping\n`);
      const again = await cli('--json', 'db', 'init', '--database-url', target.toString());
      expect(JSON.parse(again.stdout)).toEqual({ database: name, created: false, applied: [] });

      // A database without the release installed: the run refuses before touching anyone (exit 2).
      const refused = await cli('run', '--mode', 'initial', '--database-url', target.toString());
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`release ${RELEASE_ID} is not installed`);
      expect(refused.stderr).toContain(`cardgenius apply --release ${RELEASE_ID}`);
    } finally {
      await onServer(requireServerUrl(), (admin) => sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.kysely));
    }
  });

  it('run --mode initial: every user once, invalid users failed with a reason, one JSON line per chunk; status shows the run', async () => {
    const { db } = testDb();
    await seed(900);
    await sql`UPDATE \`user_spending_data\` SET \`avg_amazon_gmv\` = -1 WHERE \`user_id\` IN (${'U00000007'}, ${'U00000500'})`.execute(db.kysely);

    const result = await cli('run', '--mode', 'initial', '--chunk-size', '300', '--batch-id', 'BATCH_E2E_1', '--database-url', url());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = logLines(result.stdout);
    const messages = lines.map((line) => line['msg']);
    expect(messages[0]).toBe('run started: 900 users to process');
    expect(messages.slice(-2)).toEqual(['post-run checks passed', 'run partial']);
    // One line per chunk, and nothing else in between when all goes well.
    const chunks = lines.slice(1, -2);
    expect(chunks.every((line) => line['msg'] === 'chunk committed' && line['level'] === 'info' && line['batch_id'] === 'BATCH_E2E_1')).toBe(true);
    expect(chunks.reduce((sum, line) => sum + Number(line['users']), 0)).toBe(900);
    expect(chunks[0]).toMatchObject({ attempts: 1, ranges: 1, progress: { total: 900 } });
    expect(lines.at(-1)).toMatchObject({ summary: { status: 'partial', usersCompleted: 898, usersFailed: 2, chunks: chunks.length } });

    await expectAllCompletedOnce(db, ['U00000007', 'U00000500']);
    const { rows } = await sql<{ user_id: string; processing_error: string }>`
      SELECT \`user_id\`, \`processing_error\` FROM \`user_spending_data\` WHERE \`processing_status\` = ${'failed'} ORDER BY \`user_id\`
    `.execute(db.kysely);
    expect(rows).toEqual([
      { user_id: 'U00000007', processing_error: 'invalid input: avg_amazon_gmv is negative (-1.00)' },
      { user_id: 'U00000500', processing_error: 'invalid input: avg_amazon_gmv is negative (-1.00)' },
    ]);
    expect(await readRun(db, 'BATCH_E2E_1')).toMatchObject({ status: 'partial', releaseId: RELEASE_ID, sqlSha256: compiled.procedureSha256 });

    const status = await runRunnerCli('status', '--database-url', url());
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/BATCH_E2E_1\s+initial\s+2099-02-runner\s+partial/);
    expect(status.stdout).toContain('invalid input: avg_amazon_gmv is negative (-1.00)');
    const json = await runRunnerCli('--json', 'status', '--database-url', url());
    const report = JSON.parse(json.stdout) as { users: { completed: number; failed: number }; runs: { batchId: string }[] };
    expect(report.users).toMatchObject({ completed: 898, failed: 2 });
    expect(report.runs[0]?.batchId).toBe('BATCH_E2E_1');
  });

  it('two runners at once never write a user twice', async () => {
    const { db } = testDb();
    await seed(800);
    const pools = await Promise.all([1, 2].map(() => createDatabase(url(), { connectionLimit: 4 })));
    try {
      const summaries = await Promise.all(
        pools.map((pool, index) =>
          runBatch({
            db: pool,
            mode: 'initial',
            batchId: `BATCH_E2E_PAR_${index}`,
            release: { id: RELEASE_ID, sqlSha256: compiled.procedureSha256 },
            executor: executor(index === 0 ? 'procedure' : 'statements'),
            chunkSize: 100,
            workers: 2,
          }),
        ),
      );
      expect(summaries.map((summary) => summary.status)).toEqual(['succeeded', 'succeeded']);
      expect(summaries.reduce((sum, summary) => sum + summary.usersCompleted, 0)).toBe(800);
    } finally {
      await Promise.all(pools.map((pool) => pool.close()));
    }
    await expectAllCompletedOnce(db);
  });

  it('a runner killed with SIGKILL mid-chunk leaves nothing half-written; the next run finishes every user once', async () => {
    const { db } = testDb();
    await seed(1000);
    const child = spawnRunnerCli(['--catalog-dir', CATALOG, '--release', RELEASE_ID, 'run', '--mode', 'initial', '--chunk-size', '200', '--workers', '2', '--lease-seconds', '2', '--batch-id', 'BATCH_KILLED', '--database-url', url()]);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = once(child, 'exit');

    // Wait for a committed chunk, then for a chunk transaction with uncommitted writes.
    const deadline = Date.now() + 30_000;
    while (!stdout.includes('chunk committed')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`child never committed a chunk: ${stdout}${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (;;) {
      const { rows } = await sql<{ modified: string }>`
        SELECT \`t\`.\`trx_rows_modified\` AS \`modified\`
        FROM \`information_schema\`.\`INNODB_TRX\` AS \`t\`
        JOIN \`information_schema\`.\`PROCESSLIST\` AS \`p\` ON \`p\`.\`ID\` = \`t\`.\`trx_mysql_thread_id\`
        WHERE \`p\`.\`DB\` = DATABASE() AND \`t\`.\`trx_rows_modified\` > 100 AND \`p\`.\`ID\` <> CONNECTION_ID()
      `.execute(db.kysely);
      if (rows.length > 0) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no chunk in flight to kill: ${stdout}${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await exited;

    // Nothing half-written: every user has all 10 rows (and is completed) or none.
    const afterKill = await userOutcomes(db);
    let pending = 0;
    for (const [id, outcome] of afterKill) {
      if (outcome.rows === 0) {
        expect({ id, status: outcome.status, audits: outcome.audits }).toMatchObject({ id, audits: 0 });
        if (outcome.status === 'pending') pending += 1;
      } else {
        expect({ id, ...outcome }).toEqual({ id, status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1, audits: 10 });
      }
    }
    expect(pending).toBeGreaterThan(0);
    expect(await readRun(db, 'BATCH_KILLED')).toMatchObject({ status: 'running' });

    // The dead runner's leases expire (2 s); the next run reclaims and finishes everything.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const next = await cli('run', '--mode', 'initial', '--chunk-size', '500', '--lease-seconds', '30', '--batch-id', 'BATCH_AFTER_KILL', '--database-url', url());
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(logLines(next.stdout).at(-1)).toMatchObject({ summary: { status: 'succeeded', usersReclaimed: pending } });
    await expectAllCompletedOnce(db);
  });

  it('retries a chunk whose connection is killed mid-chunk and completes the run', async () => {
    const { db } = testDb();
    await seed(300);
    const killer = await db.pool.getConnection();
    let calls = 0;
    const killing: ChunkExecutor = async (connection, range) => {
      calls += 1;
      await runChunk(connection, compiled, { ...range, mode: 'procedure' });
      if (calls > 1) return;
      // The chunk's rows are written (uncommitted) when the connection dies.
      const sleeping = connection.query('SELECT SLEEP(10)').then(
        () => new Error('not killed'),
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      await killer.query(`KILL CONNECTION ${Number(connection.threadId)}`);
      throw await sleeping;
    };
    try {
      const summary = await runBatch({
        db,
        mode: 'initial',
        batchId: 'BATCH_E2E_KILLCONN',
        release: { id: RELEASE_ID, sqlSha256: compiled.procedureSha256 },
        executor: killing,
        chunkSize: 300,
        workers: 1,
        backoff: { baseMs: 10, maxMs: 50 },
      });
      expect(summary).toMatchObject({ status: 'succeeded', usersCompleted: 300, retries: 1 });
    } finally {
      killer.release();
    }
    await expectAllCompletedOnce(db);
  });

  it('run --mode test works on copies made from the real tables and leaves those alone', async () => {
    const { db } = testDb();
    await seed(400);
    const result = await cli('run', '--mode', 'test', '--limit', '150', '--chunk-size', '100', '--database-url', url());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(logLines(result.stdout)[0]).toMatchObject({ msg: 'test tables created', copiedUsers: 150 });
    const copies = await userOutcomes(db, { input: 'user_spending_data_test', output: 'card_recommendations_test' });
    expect(copies.size).toBe(150);
    for (const outcome of copies.values()) expect(outcome).toMatchObject({ status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1 });
    const { rows } = await sql<{ processing_status: string; users: string }>`
      SELECT \`processing_status\`, COUNT(*) AS \`users\` FROM \`user_spending_data\` GROUP BY \`processing_status\`
    `.execute(db.kysely);
    expect(rows).toEqual([{ processing_status: 'new', users: '400' }]);
    await sql`DROP TABLE \`card_recommendations_test\`, \`user_spending_data_test\``.execute(db.kysely);
  });

  describe('exit codes', () => {
    it('2 for a bad option, 3 for an unreachable database', async () => {
      expect((await cli('run', '--mode', 'monthly')).code).toBe(2);
      expect((await cli('run', '--mode', 'initial', '--workers', '0')).code).toBe(2);
      const unreachable = await cli('run', '--mode', 'initial', '--database-url', 'mysql://root@127.0.0.1:1/cashkaro');
      expect(unreachable.code).toBe(3);
      expect(unreachable.stderr).toMatch(/^error: Cannot connect to database mysql:\/\/root@127\.0\.0\.1:1\/cashkaro/);
    });
  });
});
