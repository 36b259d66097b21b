/**
 * The runner core against a real server, with a SQL stand-in for runChunk (same contract), so
 * claims, leases, fencing, retries and the ledger are tested apart from the compiled release.
 */
import { sql } from 'kysely';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/pool.js';
import { claimChunk } from '../../src/runner/claim-chunk.js';
import { readRun } from '../../src/runner/run-ledger.js';
import { runBatch, type RunBatchOptions, type RunEvent } from '../../src/runner/run-batch.js';
import { PRODUCTION_TABLES, type ClaimStrategy } from '../../src/runner/run-types.js';
import { statusReport } from '../../src/runner/status-report.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import {
  FAST_BACKOFF,
  TEN_RANKS,
  createAuditTable,
  deferred,
  fakeExecutor,
  resetRunnerTables,
  insertSpendingUsers,
  userId,
  userOutcomes,
} from './support/runner-fixtures.js';

const RELEASE = { id: '2099-01-test', sqlSha256: 'a'.repeat(64) };

describeWithDatabase('runBatch (runner core, stand-in executor)', () => {
  const testDb = useTestDatabase();

  beforeAll(async () => {
    await createAuditTable(testDb().db);
  });
  beforeEach(async () => {
    await resetRunnerTables(testDb().db);
  });

  function options(overrides: Partial<RunBatchOptions> & Pick<RunBatchOptions, 'batchId'>): RunBatchOptions {
    return {
      db: testDb().db,
      mode: 'initial',
      release: RELEASE,
      executor: fakeExecutor(),
      chunkSize: 10,
      workers: 2,
      backoff: FAST_BACKOFF,
      ...overrides,
    };
  }

  async function statusOf(ids: readonly string[]): Promise<Record<string, string | null>> {
    const { rows } = await sql<{ user_id: string; processing_status: string | null }>`
      SELECT \`user_id\`, \`processing_status\` FROM \`user_spending_data\` WHERE \`user_id\` IN (${sql.join(ids)})
    `.execute(testDb().db.kysely);
    return Object.fromEntries(rows.map((row) => [row.user_id, row.processing_status]));
  }

  it('processes every new user once, in chunks, and records the run in the ledger', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 95);
    const events: RunEvent[] = [];
    const summary = await runBatch(options({ batchId: 'BATCH_BASIC', workers: 3, onEvent: (event) => events.push(event) }));

    expect(summary).toMatchObject({ status: 'succeeded', usersClaimed: 95, usersCompleted: 95, usersFailed: 0, chunksReleased: 0 });
    // 10 chunks of at most 10 users; a worker done with its slice may take a short one elsewhere.
    const committed = events.filter((event) => event.type === 'chunk-committed');
    expect(committed).toHaveLength(summary.chunks);
    expect(summary.chunks).toBeGreaterThanOrEqual(10);
    expect(committed.every((event) => event.type === 'chunk-committed' && event.users <= 10)).toBe(true);
    for (const [id, outcome] of await userOutcomes(db)) {
      expect({ id, ...outcome }).toEqual({ id, status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1, audits: 1 });
    }
    const { rows } = await sql<{ batch_id: string; rows: string }>`
      SELECT \`batch_id\`, COUNT(*) AS \`rows\` FROM \`card_recommendations\` GROUP BY \`batch_id\`
    `.execute(db.kysely);
    expect(rows).toEqual([{ batch_id: 'BATCH_BASIC', rows: '950' }]);
    expect(await readRun(db, 'BATCH_BASIC')).toMatchObject({
      mode: 'initial',
      status: 'succeeded',
      releaseId: RELEASE.id,
      sqlSha256: RELEASE.sqlSha256,
      usersClaimed: 95,
      usersCompleted: 95,
      usersFailed: 0,
      chunks: summary.chunks,
      workers: 3,
      chunkSize: 10,
    });
    const { rows: leases } = await sql`SELECT * FROM \`cg_lease\``.execute(db.kysely);
    expect(leases).toEqual([]);
    expect(events[0]).toMatchObject({ type: 'run-started', usersToProcess: 95, claimStrategy: 'skip-locked' });
    expect(events.at(-2)).toEqual({ type: 'post-run-checks', failing: [] });
    expect(events.at(-1)).toMatchObject({ type: 'run-finished' });
  });

  it.each<ClaimStrategy>(['skip-locked', 'locking-read'])(
    'never processes a user twice with concurrent runners (%s claims)',
    async (claimStrategy) => {
      const { db } = testDb();
      await insertSpendingUsers(db, 600);
      // Three runners as three processes would be: each on its own pool.
      const pools = await Promise.all([1, 2, 3].map(() => createDatabase(testDb().url, { connectionLimit: 5 })));
      const summaries = await Promise.all(
        ['BATCH_A', 'BATCH_B', 'BATCH_C'].map((batchId, index) =>
          runBatch(options({ db: pools[index] ?? db, batchId, chunkSize: 7, workers: 3, claimStrategy, postRunChecks: false})),
        ),
      ).finally(() => Promise.all(pools.map((pool) => pool.close())));
      const outcomes = await userOutcomes(db);
      expect(outcomes.size).toBe(600);
      for (const [id, outcome] of outcomes) {
        expect({ id, ...outcome }).toEqual({ id, status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1, audits: 1 });
      }
      expect(summaries.reduce((sum, summary) => sum + summary.usersCompleted, 0)).toBe(600);
      // Every runner got a share (the claims really ran side by side).
      for (const summary of summaries) expect(summary.usersCompleted).toBeGreaterThan(0);
    },
  );

  it('hands the executor only ranges without other leases’ pending users', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 10);
    // Another runner holds U0005 (pending, live lease) inside the range this run will claim.
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'pending'} WHERE \`user_id\` = ${'U0005'}`.execute(db.kysely);
    await sql`
      INSERT INTO \`cg_lease\` (\`input_table\`, \`user_id\`, \`batch_id\`, \`owner_token\`, \`lease_expires_at\`)
      VALUES (${'user_spending_data'}, ${'U0005'}, ${'BATCH_OTHER'}, ${'00000000-0000-4000-8000-000000000005'}, NOW(3) + INTERVAL 1 HOUR)
    `.execute(db.kysely);
    const executor = fakeExecutor();
    const summary = await runBatch(options({ batchId: 'BATCH_GUARD', executor, workers: 1, postRunChecks: false }));

    expect(executor.ranges.map((range) => [range.firstUserId, range.lastUserId])).toEqual([
      ['U0001', 'U0004'],
      ['U0006', 'U0010'],
    ]);
    expect(summary).toMatchObject({ usersCompleted: 9, chunks: 1 });
    const outcomes = await userOutcomes(db);
    expect(outcomes.get('U0005')).toEqual({ status: 'pending', rows: 0, ranks: '', batches: 0, audits: 0 });
  });

  it('fails invalid users with a readable reason while the rest of their chunk completes', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 30, { negative: [3, 17] });
    const summary = await runBatch(options({ batchId: 'BATCH_INVALID', postRunChecks: { expectedPerUser: 10 } }));

    expect(summary).toMatchObject({ status: 'partial', usersCompleted: 28, usersFailed: 2 });
    const { rows } = await sql<{ user_id: string; processing_error: string }>`
      SELECT \`user_id\`, \`processing_error\` FROM \`user_spending_data\` WHERE \`processing_status\` = ${'failed'} ORDER BY \`user_id\`
    `.execute(db.kysely);
    expect(rows).toEqual([
      { user_id: 'U0003', processing_error: 'invalid input: avg_amazon_gmv is negative (-125.50)' },
      { user_id: 'U0017', processing_error: 'invalid input: avg_amazon_gmv is negative (-125.50)' },
    ]);
    expect((await userOutcomes(db)).get('U0004')).toMatchObject({ status: 'completed', rows: 10 });
    expect(await readRun(db, 'BATCH_INVALID')).toMatchObject({ status: 'partial', usersFailed: 2, usersCompleted: 28 });
  });

  it('reclaims users whose lease expired (their runner died) and finishes them', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 25);
    // A runner claimed 10 users with a 1 s lease, then died.
    const connection = await db.pool.getConnection();
    try {
      const dead = await claimChunk(connection, {
        tables: PRODUCTION_TABLES,
        batchId: 'BATCH_DEAD',
        size: 10,
        leaseSeconds: 1,
        strategy: 'skip-locked',
        sequence: 1,
      });
      expect(dead?.userIds).toHaveLength(10);
    } finally {
      connection.release();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const summary = await runBatch(options({ batchId: 'BATCH_RECLAIM' }));
    expect(summary).toMatchObject({ status: 'succeeded', usersReclaimed: 10, usersCompleted: 25 });
    for (const outcome of (await userOutcomes(db)).values()) expect(outcome).toMatchObject({ status: 'completed', rows: 10, audits: 1 });
  });

  it('does not reclaim a pending user whose lease is live', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 12);
    const connection = await db.pool.getConnection();
    try {
      await claimChunk(connection, {
        tables: PRODUCTION_TABLES,
        batchId: 'BATCH_ALIVE',
        size: 2,
        leaseSeconds: 3600,
        strategy: 'skip-locked',
        sequence: 1,
      });
    } finally {
      connection.release();
    }
    const summary = await runBatch(options({ batchId: 'BATCH_NEIGHBOUR', postRunChecks: false }));
    expect(summary).toMatchObject({ usersReclaimed: 0, usersCompleted: 10 });
    expect(await statusOf(['U0001', 'U0002', 'U0003'])).toEqual({ U0001: 'pending', U0002: 'pending', U0003: 'completed' });
  });

  it('fences: a runner that stalled past its lease cannot commit over the runner that took its users', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 10);
    const stalled = deferred();
    const reachedStall = deferred();
    const slowExecutor = fakeExecutor();
    const runA = runBatch(
      options({
        batchId: 'BATCH_STALLED',
        executor: slowExecutor,
        workers: 1,
        leaseSeconds: 1,
        postRunChecks: false,
        hooks: {
          beforeAttempt: async (chunk) => {
            if (chunk.sequence !== 1) return;
            reachedStall.resolve();
            await stalled.promise;
          },
        },
      }),
    );
    await reachedStall.promise;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const other = await createDatabase(testDb().url, { connectionLimit: 3 });
    const summaryB = await runBatch(options({ db: other, batchId: 'BATCH_TAKEOVER', workers: 1, leaseSeconds: 30 })).finally(() => other.close());
    expect(summaryB).toMatchObject({ status: 'succeeded', usersCompleted: 10 });
    stalled.resolve();
    const summaryA = await runA;

    expect(summaryA).toMatchObject({ usersCompleted: 0, leasesLost: 1, chunksReleased: 1 });
    expect(slowExecutor.ranges).toEqual([]);
    for (const outcome of (await userOutcomes(db)).values()) {
      expect(outcome).toEqual({ status: 'completed', rows: 10, ranks: TEN_RANKS, batches: 1, audits: 1 });
    }
    const { rows } = await sql<{ batch_id: string }>`SELECT DISTINCT \`batch_id\` FROM \`card_recommendations\``.execute(db.kysely);
    expect(rows).toEqual([{ batch_id: 'BATCH_TAKEOVER' }]);
  });

  it('rolls back a chunk whose lease expired during its transaction, then processes its users once', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 8);
    const executor = fakeExecutor({
      before: async (_connection, _range, call) => {
        if (call === 1) await new Promise((resolve) => setTimeout(resolve, 1_300));
      },
    });
    const summary = await runBatch(options({ batchId: 'BATCH_SLOW', executor, workers: 1, leaseSeconds: 1 }));

    expect(summary).toMatchObject({ status: 'succeeded', usersCompleted: 8, leasesLost: 1, chunksReleased: 1 });
    for (const outcome of (await userOutcomes(db)).values()) expect(outcome).toMatchObject({ status: 'completed', rows: 10, audits: 1 });
  });

  it('retries a chunk whose connection was killed mid-statement, on a fresh connection', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 20);
    const killer = await db.pool.getConnection();
    const executor = fakeExecutor({
      before: async (connection, _range, call) => {
        if (call !== 1) return;
        const victim = connection.threadId;
        // Uncommitted work first, so the kill has something to throw away.
        await connection.query('UPDATE `user_spending_data` SET `processing_error` = ? WHERE `processing_status` = ?', ['doomed', 'pending']);
        const sleeping = connection.query('SELECT SLEEP(10)').then(
          () => new Error('SLEEP returned: the connection was not killed'),
          (error: unknown) => error,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await killer.query(`KILL CONNECTION ${Number(victim)}`);
        throw await sleeping;
      },
    });
    try {
      const summary = await runBatch(options({ batchId: 'BATCH_KILLED', executor, workers: 1 }));
      expect(summary).toMatchObject({ status: 'succeeded', usersCompleted: 20, retries: 1 });
    } finally {
      killer.release();
    }
    for (const outcome of (await userOutcomes(db)).values()) expect(outcome).toMatchObject({ status: 'completed', rows: 10, audits: 1 });
    const { rows } = await sql`SELECT \`user_id\` FROM \`user_spending_data\` WHERE \`processing_error\` IS NOT NULL`.execute(db.kysely);
    expect(rows).toEqual([]);
    expect(await readRun(db, 'BATCH_KILLED')).toMatchObject({ retries: 1, status: 'succeeded' });
  });

  it('retries deadlocks with backoff, and after the budget sends users back, then to failed', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 12);
    const deadlock = Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
      code: 'ER_LOCK_DEADLOCK',
      errno: 1213,
    });
    const executor = fakeExecutor({
      before: async (_connection, range) => {
        // U0005 is poison: every chunk holding it deadlocks.
        if (range.firstUserId <= 'U0005' && range.lastUserId >= 'U0005') throw deadlock;
      },
    });
    const events: RunEvent[] = [];
    const summary = await runBatch(
      options({ batchId: 'BATCH_POISON', executor, workers: 1, chunkSize: 4, maxChunkAttempts: 2, onEvent: (event) => events.push(event) }),
    );

    // U0005-U0008 take three released chunks (one per user attempt), then fail; the rest complete.
    expect(summary).toMatchObject({ status: 'partial', usersCompleted: 8, usersFailed: 4, chunksReleased: 3, retries: 3 });
    const { rows } = await sql<{ user_id: string; processing_error: string }>`
      SELECT \`user_id\`, \`processing_error\` FROM \`user_spending_data\` WHERE \`processing_status\` = ${'failed'} ORDER BY \`user_id\`
    `.execute(db.kysely);
    expect(rows.map((row) => row.user_id)).toEqual(['U0005', 'U0006', 'U0007', 'U0008']);
    expect(rows[0]?.processing_error).toBe(
      'engine: processing failed 3 times; last error: ER_LOCK_DEADLOCK 1213: Deadlock found when trying to get lock; try restarting transaction',
    );
    expect(events.filter((event) => event.type === 'chunk-released').map((event) => event.type === 'chunk-released' && event.reason)).toEqual([
      'retries-exhausted',
      'retries-exhausted',
      'retries-exhausted',
    ]);
    const { rows: leases } = await sql`SELECT * FROM \`cg_lease\``.execute(db.kysely);
    expect(leases).toEqual([]);
  });

  it('stops the run on a systematic error, leaving no user pending', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 30);
    const missingTable = Object.assign(new Error("Table 'x.card_recommendations_gone' doesn't exist"), {
      code: 'ER_NO_SUCH_TABLE',
      errno: 1146,
    });
    const executor = fakeExecutor({
      before: () => Promise.reject(missingTable),
    });
    const summary = await runBatch(options({ batchId: 'BATCH_BROKEN', executor, workers: 2 }));

    expect(summary).toMatchObject({ status: 'failed', failure: 'internal', usersCompleted: 0 });
    expect(summary.error).toContain('ER_NO_SUCH_TABLE');
    const counts = await sql<{ processing_status: string; users: string }>`
      SELECT \`processing_status\`, COUNT(*) AS \`users\` FROM \`user_spending_data\` GROUP BY \`processing_status\`
    `.execute(db.kysely);
    expect(counts.rows).toEqual([{ processing_status: 'new', users: '30' }]);
    expect(await readRun(db, 'BATCH_BROKEN')).toMatchObject({ status: 'failed' });
  });

  it('--retry-failed resets failed users to new and processes them', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 15);
    await sql`
      UPDATE \`user_spending_data\` SET \`processing_status\` = ${'failed'}, \`processing_error\` = ${'old error'}
      WHERE \`user_id\` IN (${'U0002'}, ${'U0009'})
    `.execute(db.kysely);
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'completed'} WHERE \`user_id\` <> ${'U0002'} AND \`user_id\` <> ${'U0009'}`.execute(
      db.kysely,
    );
    const summary = await runBatch(options({ batchId: 'BATCH_RETRY', retryFailed: true, postRunChecks: false }));
    expect(summary).toMatchObject({ usersReset: 2, usersCompleted: 2, status: 'succeeded' });
    expect(await statusOf(['U0002', 'U0009'])).toEqual({ U0002: 'completed', U0009: 'completed' });
  });

  it('--limit caps the users claimed', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 40);
    const summary = await runBatch(options({ batchId: 'BATCH_LIMIT', limit: 25, postRunChecks: false }));
    // 10 + 10, then the last 5 split so both workers finish together (3 + 2)
    expect(summary).toMatchObject({ usersClaimed: 25, usersCompleted: 25, chunks: 4 });
    const { rows } = await sql<{ users: string }>`
      SELECT COUNT(*) AS \`users\` FROM \`user_spending_data\` WHERE \`processing_status\` = ${'new'}
    `.execute(db.kysely);
    expect(rows).toEqual([{ users: '15' }]);
  });

  it('fails the run loudly when a post-run check finds rows', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 5);
    // Someone else's broken output: a completed user with 3 rows.
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'completed'} WHERE \`user_id\` = ${'U0005'}`.execute(db.kysely);
    for (const rank of [1, 2, 3]) {
      await sql`
        INSERT INTO \`card_recommendations\` (\`user_id\`, \`rank\`, \`card_name\`, \`total_savings_yearly\`, \`joining_fees\`,
          \`total_extra_benefits\`, \`net_savings\`)
        VALUES (${'U0005'}, ${rank}, ${'X'}, 1, 0, 0, 1)
      `.execute(db.kysely);
    }
    const summary = await runBatch(options({ batchId: 'BATCH_CHECKED' }));
    expect(summary).toMatchObject({ status: 'failed', failure: 'checks-failed', usersCompleted: 4 });
    expect(summary.error).toBe('post-run checks failed: recommendation-count (1 rows, e.g. user U0005)');
    expect(await readRun(db, 'BATCH_CHECKED')).toMatchObject({ status: 'failed', error: summary.error });
  });

  it('finds a ranking inversion in the rows a chunk wrote (checked inside the chunk), and another batch\'s only with the tables scope', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 6);
    const base = fakeExecutor();
    // The chunk writes U0003's rank 3 below its rank 4.
    const executor = async (connection: Parameters<typeof base>[0], range: Parameters<typeof base>[1]) => {
      await base(connection, range);
      await connection.query("UPDATE `card_recommendations` SET `net_savings` = 1 WHERE `user_id` = 'U0003' AND `rank` = 3");
    };
    const summary = await runBatch(options({ batchId: 'BATCH_INVERTED', executor, chunkSize: 2 }));
    expect(summary).toMatchObject({ status: 'failed', failure: 'checks-failed', usersCompleted: 6 });
    expect(summary.error).toBe('post-run checks failed: ranking-order (1 rows, e.g. user U0003)');
    // The next batch's chunks write good rows: its own checks pass; the whole-table query still sees U0003.
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'new'} WHERE \`user_id\` <> ${'U0003'}`.execute(db.kysely);
    expect(await runBatch(options({ batchId: 'BATCH_NEXT' }))).toMatchObject({ status: 'succeeded', usersCompleted: 5 });
    await sql`UPDATE \`user_spending_data\` SET \`processing_status\` = ${'new'} WHERE \`user_id\` <> ${'U0003'}`.execute(db.kysely);
    const whole = await runBatch(options({ batchId: 'BATCH_TABLES', postRunChecks: { expectedPerUser: 10, scope: 'tables' } }));
    expect(whole).toMatchObject({ status: 'failed', failure: 'checks-failed' });
    expect(whole.error).toBe('post-run checks failed: ranking-order (1 rows, e.g. user U0003)');
  });

  it('resumes a batch id with the same mode and release, and refuses one that differs', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 10);
    await runBatch(options({ batchId: 'BATCH_SAME', limit: 4, postRunChecks: false }));
    const resumed = await runBatch(options({ batchId: 'BATCH_SAME', postRunChecks: false }));
    expect(resumed.usersCompleted).toBe(6);
    expect(await readRun(db, 'BATCH_SAME')).toMatchObject({ usersCompleted: 10, status: 'succeeded' });
    await expect(runBatch(options({ batchId: 'BATCH_SAME', mode: 'weekly' }))).rejects.toThrow(/already belongs to a run with mode initial/);
  });

  it('an interrupted run releases nothing half-done and closes as failed', async () => {
    const { db } = testDb();
    await insertSpendingUsers(db, 50);
    const controller = new AbortController();
    const executor = fakeExecutor({
      before: async (_connection, _range, call) => {
        if (call === 2) controller.abort();
      },
    });
    const summary = await runBatch(options({ batchId: 'BATCH_INT', executor, workers: 1, signal: controller.signal }));
    expect(summary).toMatchObject({ status: 'failed', failure: 'interrupted', usersCompleted: 20 });
    const counts = await sql<{ processing_status: string; users: string }>`
      SELECT \`processing_status\`, COUNT(*) AS \`users\` FROM \`user_spending_data\` GROUP BY \`processing_status\` ORDER BY 1
    `.execute(db.kysely);
    expect(counts.rows).toEqual([
      { processing_status: 'new', users: '30' },
      { processing_status: 'completed', users: '20' },
    ]);
  });

  describe('status report', () => {
    it('shows users by status, throughput, errors and the run', async () => {
      const { db } = testDb();
      await insertSpendingUsers(db, 30, { negative: [7] });
      await runBatch(options({ batchId: 'BATCH_STATUS' }));
      await insertSpendingUsers(db, 5, { from: 31 });

      const report = await statusReport(db, { tables: PRODUCTION_TABLES });
      expect(report.users).toMatchObject({ total: 35, new: 5, pending: 0, completed: 29, failed: 1 });
      expect(report.throughput.usersLastHour).toBe(30);
      expect(report.throughput.lastHour.reduce((sum, bucket) => sum + bucket.users, 0)).toBe(30);
      expect(report.errors).toMatchObject({ lastHour: 1, top: [{ error: 'invalid input: avg_amazon_gmv is negative (-125.50)', users: 1 }] });
      expect(report.runs[0]).toMatchObject({ batchId: 'BATCH_STATUS', status: 'partial', usersCompleted: 29, usersFailed: 1, stale: false });
      expect(report.dashboard).toEqual([
        { metric: 'Total Users', value: 35 },
        { metric: 'Completed', value: 29 },
        { metric: 'Pending', value: 5 },
        { metric: 'Failed', value: 1 },
        { metric: 'Total Recommendations', value: 290 },
        { metric: 'Avg Processing Time (min)', value: 0 },
      ]);
      // 1 of 30 failed: 3.3 %, above the 1 % warning line, below the 5 % critical one.
      expect(report.alerts.map((alert) => alert.code)).toEqual(['error-rate-warning']);
      expect(report.etaSeconds).toBeGreaterThan(0);
    });
  });

  it('identifies users by a fixed-width id, so id order is numeric order', () => {
    expect(userId(7)).toBe('U0007');
  });
});
