/**
 * The batch coordinator (PRD 5.1 step 1): N workers, each on its own connection, claim chunks of
 * `new` users and process each in one fenced transaction, until no `new` user is left (or
 * --limit is reached). Expired leases are reclaimed at the start, periodically, and before the
 * run gives up for lack of work; every step is written to the run ledger and reported as an
 * event. The post-run checks (PRD 10.2) close the run.
 */
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Database } from '../db/pool.js';
import { runPostRunChecks, type PostRunCheckResult } from '../db/post-run-checks.js';
import { serverInfo } from '../db/server-info.js';
import { tableIdentifier } from '../db/sql-identifier.js';
import { DEFAULT_BACKOFF, backoffDelay, sleep, type BackoffPolicy } from './backoff.js';
import { claimChunk, type UserIdRegion } from './claim-chunk.js';
import { ConnectionSlot } from './connection-slot.js';
import { RunConfigurationError } from './errors.js';
import { reclaimExpiredLeases, resetFailedUsers, type ReleasedUsers } from './lease.js';
import { processChunk, type ChunkHooks, type ChunkOutcome, type RankingInversion } from './process-chunk.js';
import { ProgressTracker, type ProgressSnapshot } from './progress.js';
import { finishRun, markAbandonedRuns, recordProgress, startRun, type LedgerDelta } from './run-ledger.js';
import {
  PRODUCTION_TABLES,
  type ChunkExecutor,
  type ClaimStrategy,
  type ClaimedChunk,
  type RunMode,
  type RunRelease,
  type RunnerTables,
} from './run-types.js';
import { countOf, type RunnerConnection } from './sql.js';
import { chooseIsolationLevel, type IsolationLevel } from './transaction.js';
import { describeError, isConnectionLost, isSystematicError, isTransientError } from './transient-errors.js';

export const RUN_DEFAULTS = {
  chunkSize: 10_000,
  /** Suited to a small database server; each worker holds one connection (the pool needs workers + 2). */
  workers: 2,
  /** Must outlast one chunk transaction plus its retry backoff (PRD 6.1: < 10 min per 10K chunk). */
  leaseSeconds: 600,
  /** Transaction attempts per claimed chunk (1 + 3 retries, PRD 7.1). */
  maxChunkAttempts: 4,
  /** Failed chunk attempts a user may be part of before it is marked failed. */
  maxUserAttempts: 3,
} as const;

/**
 * A failed claim changed nothing (its transaction rolled back), and a claim next to a chunk in
 * flight is a natural deadlock victim (both lock the boundary between their ranges), so claims
 * get a larger retry budget than chunks before the run gives up.
 */
const CLAIM_ATTEMPTS = 10;

export interface RunBatchOptions {
  readonly db: Database;
  readonly mode: RunMode;
  readonly batchId: string;
  readonly release: RunRelease;
  readonly executor: ChunkExecutor;
  readonly tables?: RunnerTables;
  readonly chunkSize?: number;
  readonly workers?: number;
  /** Claim at most this many users in this run (re-claims of released users count again). */
  readonly limit?: number;
  readonly leaseSeconds?: number;
  /** PRD 7.2: reset `failed` users to `new` first, so this run processes them again. */
  readonly retryFailed?: boolean;
  /** Default: `skip-locked` when the server supports it. */
  readonly claimStrategy?: ClaimStrategy;
  /** Default: READ COMMITTED unless the server binary-logs in STATEMENT format (see transaction.ts). */
  readonly isolation?: IsolationLevel;
  readonly maxChunkAttempts?: number;
  readonly maxUserAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /** Heartbeat and reclaim period. Default min(30 s, lease / 2). */
  readonly housekeepingIntervalMs?: number;
  /** Run the PRD 10.2 checks at the end (default true); `expectedPerUser` is min(10, cards). */
  /** PRD 10.2 checks after the run: over this batch's rows (default), or the whole tables ('tables'). */
  readonly postRunChecks?: false | { readonly expectedPerUser: number; readonly scope?: 'batch' | 'tables' };
  /** Stop claiming; chunks in flight finish (or are released), then the run closes as failed. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
  readonly hooks?: ChunkHooks;
}

export interface ChunkSummary {
  readonly worker: number;
  readonly sequence: number;
  readonly users: number;
  readonly firstUserId: string;
  readonly lastUserId: string;
}

export type RunEvent =
  | {
      readonly type: 'run-started';
      readonly batchId: string;
      readonly mode: RunMode;
      readonly resumed: boolean;
      readonly releaseId: string;
      readonly sqlSha256: string;
      readonly tables: RunnerTables;
      readonly workers: number;
      readonly chunkSize: number;
      readonly leaseSeconds: number;
      readonly claimStrategy: ClaimStrategy;
      readonly isolation: IsolationLevel;
      readonly limit: number | undefined;
      readonly usersToProcess: number;
    }
  | { readonly type: 'failed-users-reset'; readonly users: number }
  | { readonly type: 'leases-reclaimed'; readonly leases: number; readonly returnedToNew: number; readonly failed: number }
  | ({ readonly type: 'chunk-claimed'; readonly ownerToken: string } & ChunkSummary)
  | { readonly type: 'claim-retry'; readonly worker: number; readonly attempt: number; readonly delayMs: number; readonly error: string }
  | ({ readonly type: 'chunk-retry'; readonly attempt: number; readonly delayMs: number; readonly error: string } & ChunkSummary)
  | ({
      readonly type: 'chunk-committed';
      readonly completed: number;
      readonly failed: number;
      readonly attempts: number;
      readonly ranges: number;
      readonly durationMs: number;
      readonly progress: ProgressSnapshot;
    } & ChunkSummary)
  | ({
      readonly type: 'chunk-released';
      readonly reason: 'lease-lost' | 'retries-exhausted' | 'error' | 'interrupted';
      readonly error: string;
      readonly attempts: number;
      readonly returnedToNew: number | undefined;
      readonly failed: number | undefined;
      readonly releaseError: string | undefined;
      readonly durationMs: number;
      readonly progress: ProgressSnapshot;
    } & ChunkSummary)
  | { readonly type: 'ledger-error'; readonly error: string }
  | { readonly type: 'run-stopping'; readonly reason: 'error' | 'interrupted'; readonly error: string }
  | { readonly type: 'post-run-checks'; readonly failing: readonly { readonly name: string; readonly rows: number }[] }
  | {
      readonly type: 'users-left-pending';
      readonly users: number;
      /** When the last of their leases expires (UTC); null for users pending without a lease. */
      readonly leasesExpireBy: string | null;
    }
  | { readonly type: 'run-finished'; readonly summary: RunSummary };

export type RunStatus = 'succeeded' | 'partial' | 'failed';

/** Why a failed run failed, for the command's exit code. */
export type RunFailureKind = 'database-unreachable' | 'configuration' | 'interrupted' | 'checks-failed' | 'internal';

export interface RunSummary {
  readonly batchId: string;
  readonly mode: RunMode;
  readonly status: RunStatus;
  readonly failure: RunFailureKind | undefined;
  readonly error: string | undefined;
  /** The error object behind `failure` (for the command's logs). */
  readonly cause: unknown;
  readonly releaseId: string;
  readonly sqlSha256: string;
  readonly tables: RunnerTables;
  readonly usersClaimed: number;
  readonly usersCompleted: number;
  readonly usersFailed: number;
  readonly usersReclaimed: number;
  readonly usersReset: number;
  readonly chunks: number;
  readonly retries: number;
  readonly chunksReleased: number;
  readonly leasesLost: number;
  readonly elapsedMs: number;
  readonly usersPerMinute: number;
  /** `pending` users this run could not take: other runners' live leases (or no lease at all). */
  readonly usersLeftPending: number;
  readonly checks: readonly PostRunCheckResult[] | undefined;
}

interface Counters {
  usersClaimed: number;
  usersCompleted: number;
  usersFailed: number;
  usersReclaimed: number;
  usersReset: number;
  chunks: number;
  retries: number;
  chunksReleased: number;
  leasesLost: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RunConfigurationError(`${name} must be a positive integer, got ${value}`);
  return value;
}

export async function runBatch(options: RunBatchOptions): Promise<RunSummary> {
  const { db, mode, batchId, release, executor } = options;
  const tables = options.tables ?? PRODUCTION_TABLES;
  const chunkSize = positiveInteger('chunk size', options.chunkSize ?? RUN_DEFAULTS.chunkSize);
  const workerCount = positiveInteger('workers', options.workers ?? RUN_DEFAULTS.workers);
  const leaseSeconds = positiveInteger('lease seconds', options.leaseSeconds ?? RUN_DEFAULTS.leaseSeconds);
  const maxChunkAttempts = positiveInteger('chunk attempts', options.maxChunkAttempts ?? RUN_DEFAULTS.maxChunkAttempts);
  const maxUserAttempts = positiveInteger('user attempts', options.maxUserAttempts ?? RUN_DEFAULTS.maxUserAttempts);
  const limit = options.limit === undefined ? undefined : positiveInteger('limit', options.limit);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const housekeepingIntervalMs = options.housekeepingIntervalMs ?? Math.min(30_000, (leaseSeconds * 1000) / 2);
  const emit = (event: RunEvent) => options.onEvent?.(event);
  // Each worker holds a connection for the whole run; housekeeping holds one; ledger writes borrow one.
  const connectionLimit = db.pool.pool.config.connectionLimit ?? 10;
  if (connectionLimit < workerCount + 2) {
    throw new RunConfigurationError(
      `${workerCount} workers need a pool of at least ${workerCount + 2} connections (this one allows ${connectionLimit})`,
    );
  }
  const claimStrategy = options.claimStrategy ?? ((await serverInfo(db)).supportsSkipLocked ? 'skip-locked' : 'locking-read');
  const isolation = options.isolation ?? (await withConnection(db, chooseIsolationLevel));

  await markAbandonedRuns(db);
  const { resumed } = await startRun(db, {
    batchId,
    mode,
    release,
    tables,
    workers: workerCount,
    chunkSize,
    leaseSeconds,
    runner: `${hostname()}:${process.pid}`.slice(0, 100),
  });

  const counters: Counters = {
    usersClaimed: 0,
    usersCompleted: 0,
    usersFailed: 0,
    usersReclaimed: 0,
    usersReset: 0,
    chunks: 0,
    retries: 0,
    chunksReleased: 0,
    leasesLost: 0,
  };
  let tracker = new ProgressTracker(0);
  let stop: { readonly reason: 'error' | 'interrupted'; readonly error: unknown } | undefined;
  const requestStop = (reason: 'error' | 'interrupted', error: unknown) => {
    if (stop !== undefined) return;
    stop = { reason, error };
    emit({ type: 'run-stopping', reason, error: describeError(error) });
  };
  const onAbort = () => requestStop('interrupted', new Error('interrupted'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const record = async (delta: LedgerDelta) => {
    for (const [key, value] of Object.entries(delta) as [keyof Counters, number][]) counters[key] += value;
    try {
      await recordProgress(db, batchId, delta);
    } catch (error) {
      emit({ type: 'ledger-error', error: describeError(error) });
    }
  };

  // Housekeeping: heartbeat + reclaim of expired leases, on its own connection, never two at once.
  const housekeepingSlot = new ConnectionSlot(db.pool, isolation);
  let housekeeping: Promise<number> | undefined;
  const runHousekeeping = (): Promise<number> => {
    housekeeping ??= (async () => {
      try {
        const reclaimed = await reclaimExpiredLeases(await housekeepingSlot.get(), tables, maxUserAttempts);
        const users = reclaimed.returnedToNew + reclaimed.failed;
        if (users > 0) {
          emit({ type: 'leases-reclaimed', ...reclaimed });
          tracker.addTotal(reclaimed.returnedToNew);
          if (limit !== undefined) tracker.capTotal(limit);
          tracker.record(0, reclaimed.failed);
        }
        await record({ usersReclaimed: users, usersFailed: reclaimed.failed });
        return reclaimed.returnedToNew;
      } catch (error) {
        housekeepingSlot.discard();
        if (!isTransientError(error)) throw error;
        emit({ type: 'ledger-error', error: `housekeeping: ${describeError(error)}` });
        return 0;
      } finally {
        housekeeping = undefined;
      }
    })();
    return housekeeping;
  };

  let timer: NodeJS.Timeout | undefined;
  let checks: PostRunCheckResult[] | undefined;
  // Ranking inversions the chunks found in their own rows (process-chunk.ts), the first 100.
  const inversions: RankingInversion[] = [];
  let checksFailure: string | undefined;
  let usersLeftPending = 0;
  try {
    if (options.retryFailed) {
      const users = await resetFailedUsers(await housekeepingSlot.get(), tables);
      emit({ type: 'failed-users-reset', users });
      await record({ usersReset: users });
    }
    await runHousekeeping();
    const usersToProcess = await countNewUsers(db, tables, limit);
    tracker = new ProgressTracker(usersToProcess);
    emit({
      type: 'run-started',
      batchId,
      mode,
      resumed,
      releaseId: release.id,
      sqlSha256: release.sqlSha256,
      tables,
      workers: workerCount,
      chunkSize,
      leaseSeconds,
      claimStrategy,
      isolation,
      limit,
      usersToProcess,
    });

    timer = setInterval(() => {
      runHousekeeping().catch((error: unknown) => requestStop('error', error));
    }, housekeepingIntervalMs);
    timer.unref();

    let budget = limit ?? Number.POSITIVE_INFINITY;
    // Users not claimed yet, as counted at the start: near the end the chunks shrink (to a quarter
    // chunk at least) so the workers finish together instead of one running the last chunk alone.
    let unclaimed = usersToProcess;
    let sequence = 0;
    let inFlight = 0;
    let waiting: (() => void)[] = [];
    const chunkEnded = () => {
      inFlight -= 1;
      const wake = waiting;
      waiting = [];
      for (const resolve of wake) resolve();
    };

    // Each worker starts in its own slice of the `new` users (see workerRegions), so the chunks in
    // flight at one time are far apart in user_id order; a worker whose slice is done claims from
    // anywhere.
    const regions = await workerRegions(db, tables, workerCount, usersToProcess, chunkSize);
    const claimWithRetries = async (slot: ConnectionSlot, worker: number, size: number): Promise<ClaimedChunk | undefined> => {
      sequence += 1;
      const chunkSequence = sequence;
      for (let attempt = 1; ; attempt += 1) {
        try {
          const region = regions[worker - 1];
          const claimed = await claimChunk(await slot.get(), {
            tables,
            batchId,
            size,
            leaseSeconds,
            strategy: claimStrategy,
            sequence: chunkSequence,
            ...(region ? { region } : {}),
          });
          if (claimed === undefined && region !== undefined) {
            regions[worker - 1] = undefined;
            attempt = 0;
            continue;
          }
          return claimed;
        } catch (error) {
          slot.discard();
          if (!isTransientError(error) || attempt >= Math.max(maxChunkAttempts, CLAIM_ATTEMPTS) || stop !== undefined) throw error;
          const delayMs = backoffDelay(attempt, backoff);
          emit({ type: 'claim-retry', worker, attempt, delayMs, error: describeError(error) });
          await record({ retries: 1 });
          await sleep(delayMs, options.signal);
        }
      }
    };

    const handleOutcome = async (worker: number, chunk: ClaimedChunk, outcome: ChunkOutcome) => {
      const summary: ChunkSummary = {
        worker,
        sequence: chunk.sequence,
        users: chunk.userIds.length,
        firstUserId: chunk.firstUserId,
        lastUserId: chunk.lastUserId,
      };
      if (outcome.kind === 'committed') {
        for (const inversion of outcome.inversions) if (inversions.length < 100) inversions.push(inversion);
        tracker.record(outcome.counts.completed, outcome.counts.failed);
        await record({
          usersClaimed: chunk.userIds.length,
          usersCompleted: outcome.counts.completed,
          usersFailed: outcome.counts.failed,
          chunks: 1,
        });
        emit({
          type: 'chunk-committed',
          ...summary,
          completed: outcome.counts.completed,
          failed: outcome.counts.failed,
          attempts: outcome.attempts,
          ranges: outcome.ranges,
          durationMs: outcome.durationMs,
          progress: tracker.snapshot(),
        });
        return;
      }
      const released: ReleasedUsers | undefined = outcome.released;
      unclaimed += released?.returnedToNew ?? 0;
      tracker.record(0, released?.failed ?? 0);
      await record({
        usersClaimed: chunk.userIds.length,
        usersFailed: released?.failed ?? 0,
        chunksReleased: 1,
        leasesLost: outcome.reason === 'lease-lost' ? 1 : 0,
      });
      emit({
        type: 'chunk-released',
        ...summary,
        reason: outcome.reason,
        error: describeError(outcome.error),
        attempts: outcome.attempts,
        returnedToNew: released?.returnedToNew,
        failed: released?.failed,
        releaseError: outcome.releaseError === undefined ? undefined : describeError(outcome.releaseError),
        durationMs: outcome.durationMs,
        progress: tracker.snapshot(),
      });
      if (outcome.reason === 'error' && isSystematicError(outcome.error)) requestStop('error', outcome.error);
      // The release itself failed on a dead connection: the database is gone; stop claiming.
      if (outcome.releaseError !== undefined && isConnectionLost(outcome.releaseError)) requestStop('error', outcome.releaseError);
    };

    const worker = async (index: number): Promise<void> => {
      const slot = new ConnectionSlot(db.pool, isolation);
      try {
        while (stop === undefined) {
          const tail = Math.max(Math.ceil(unclaimed / workerCount), Math.ceil(chunkSize / 4));
          const size = Math.min(chunkSize, budget, tail);
          if (size <= 0) break;
          budget -= size;
          const chunk = await claimWithRetries(slot, index, size);
          budget += size - (chunk?.userIds.length ?? 0);
          unclaimed -= chunk?.userIds.length ?? 0;
          if (chunk !== undefined) {
            emit({
              type: 'chunk-claimed',
              worker: index,
              sequence: chunk.sequence,
              users: chunk.userIds.length,
              firstUserId: chunk.firstUserId,
              lastUserId: chunk.lastUserId,
              ownerToken: chunk.ownerToken,
            });
          }
          if (chunk === undefined) {
            // Nothing `new` now. Chunks still in flight may give users back; expired leases may
            // hold some: look again after either, and stop when neither remains.
            if (inFlight > 0) {
              await new Promise<void>((resolve) => waiting.push(resolve));
              continue;
            }
            if ((await runHousekeeping()) > 0) continue;
            break;
          }
          inFlight += 1;
          try {
            const outcome = await processChunk(slot, chunk, {
              tables,
              executor,
              leaseSeconds,
              maxChunkAttempts,
              maxUserAttempts,
              backoff,
              signal: options.signal,
              hooks: options.hooks,
              onRetry: (retry) => {
                emit({
                  type: 'chunk-retry',
                  worker: index,
                  sequence: chunk.sequence,
                  users: chunk.userIds.length,
                  firstUserId: chunk.firstUserId,
                  lastUserId: chunk.lastUserId,
                  ...retry,
                });
                void record({ retries: 1 });
              },
            });
            await handleOutcome(index, chunk, outcome);
          } finally {
            chunkEnded();
          }
        }
      } catch (error) {
        requestStop('error', error);
      } finally {
        slot.discard();
      }
    };

    await Promise.all(Array.from({ length: workerCount }, (_, index) => worker(index + 1)));
    clearInterval(timer);
    timer = undefined;
    await housekeeping?.catch(() => undefined);

    const leftPending = await pendingUsers(db, tables);
    usersLeftPending = leftPending.users;
    if (leftPending.users > 0) emit({ type: 'users-left-pending', ...leftPending });

    if (stop === undefined && options.postRunChecks !== false) {
      checks = await runPostRunChecks(db, {
        inputTable: tables.input,
        outputTable: tables.output,
        expectedPerUser: options.postRunChecks?.expectedPerUser ?? 10,
        ...(options.postRunChecks?.scope === 'tables' ? {} : { batchId, rankingOrderRows: inversions }),
      });
      const failing = checks.filter((check) => check.rows.length > 0);
      emit({ type: 'post-run-checks', failing: failing.map((check) => ({ name: check.name, rows: check.rows.length })) });
      if (failing.length > 0) {
        checksFailure = `post-run checks failed: ${failing
          .map((check) => `${check.name} (${check.rows.length}${check.truncated ? '+' : ''} rows, e.g. user ${firstUser(check)})`)
          .join('; ')}`;
      }
    }
  } catch (error) {
    requestStop('error', error);
  } finally {
    if (timer !== undefined) clearInterval(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await housekeeping?.catch(() => undefined);
    housekeepingSlot.discard();
  }

  const failure = classifyFailure(stop, checksFailure);
  const status: RunStatus = failure !== undefined ? 'failed' : counters.usersFailed > 0 ? 'partial' : 'succeeded';
  const error = checksFailure ?? (stop === undefined ? undefined : stop.reason === 'interrupted' ? 'interrupted' : describeError(stop.error));
  try {
    await finishRun(db, batchId, { status, error });
  } catch (ledgerError) {
    emit({ type: 'ledger-error', error: describeError(ledgerError) });
  }
  const snapshot = tracker.snapshot();
  const summary: RunSummary = {
    batchId,
    mode,
    status,
    failure,
    error,
    cause: stop?.error,
    releaseId: release.id,
    sqlSha256: release.sqlSha256,
    tables,
    ...counters,
    elapsedMs: snapshot.elapsedMs,
    usersPerMinute: snapshot.elapsedMs > 0 ? Math.round(((counters.usersCompleted + counters.usersFailed) / snapshot.elapsedMs) * 600_000) / 10 : 0,
    usersLeftPending,
    checks,
  };
  emit({ type: 'run-finished', summary });
  return summary;
}

function classifyFailure(
  stop: { readonly reason: 'error' | 'interrupted'; readonly error: unknown } | undefined,
  checksFailure: string | undefined,
): RunFailureKind | undefined {
  if (stop?.reason === 'interrupted') return 'interrupted';
  if (stop !== undefined) {
    const { error } = stop;
    if (error instanceof Error && error.name === 'DatabaseUnreachableError') return 'database-unreachable';
    if (isConnectionLost(error)) return 'database-unreachable';
    if (error instanceof RunConfigurationError) return 'configuration';
    if (error instanceof Error && (error.name === 'ReleaseNotInstalledError' || error.name === 'ReleaseHashMismatchError')) return 'configuration';
    return 'internal';
  }
  return checksFailure === undefined ? undefined : 'checks-failed';
}

function firstUser(check: PostRunCheckResult): string {
  const row = check.rows[0] as { user_id?: string } | undefined;
  return row?.user_id ?? '?';
}

async function withConnection<T>(db: Database, work: (connection: RunnerConnection) => Promise<T>): Promise<T> {
  const connection = await db.pool.getConnection();
  try {
    return await work(connection);
  } finally {
    connection.release();
  }
}

async function pendingUsers(db: Database, tables: RunnerTables): Promise<{ users: number; leasesExpireBy: string | null }> {
  const { rows } = await sql<{ users: string; expire_by: string | null }>`
    SELECT COUNT(*) AS \`users\`, MAX(\`l\`.\`lease_expires_at\`) AS \`expire_by\`
    FROM ${tableIdentifier(tables.input)} AS \`u\`
    LEFT JOIN \`cg_lease\` AS \`l\` ON \`l\`.\`input_table\` = ${tables.input} AND \`l\`.\`user_id\` = \`u\`.\`user_id\`
    WHERE \`u\`.\`processing_status\` = ${'pending'}
  `.execute(db.kysely);
  return { users: countOf(rows[0]?.users), leasesExpireBy: rows[0]?.expire_by ?? null };
}

/**
 * Splits the `new` users into one contiguous slice of user ids per worker (quantiles of the
 * current `new` users). Why: the chunk statements scan a user_id range, and a range scan also
 * locks the first row past its end, the next chunk's first user. Chunks claimed one after the
 * other from the same place would each wait for the one before to commit, so two workers would
 * run one at a time. Slices keep the chunks in flight apart.
 */
async function workerRegions(
  db: Database,
  tables: RunnerTables,
  workers: number,
  newUsers: number,
  chunkSize: number,
): Promise<(UserIdRegion | undefined)[]> {
  const regions: (UserIdRegion | undefined)[] = Array.from({ length: workers }, () => undefined);
  // Slices are whole chunks long, so only the last one ends in a short chunk.
  const step = Math.ceil(newUsers / workers / chunkSize) * chunkSize;
  const pivots: string[] = [];
  for (let offset = step; workers > 1 && offset < newUsers && pivots.length < workers - 1; offset += step) {
    const { rows } = await sql<{ user_id: string }>`
      SELECT \`user_id\` FROM ${tableIdentifier(tables.input)}
      WHERE \`processing_status\` = ${'new'}
      ORDER BY \`user_id\`
      LIMIT 1 OFFSET ${offset}
    `.execute(db.kysely);
    const pivot = rows[0]?.user_id;
    if (pivot === undefined) break;
    pivots.push(pivot);
  }
  if (pivots.length === 0) return regions;
  for (let index = 0; index <= pivots.length; index += 1) regions[index] = { from: pivots[index - 1], before: pivots[index] };
  return regions;
}

async function countNewUsers(db: Database, tables: RunnerTables, limit: number | undefined): Promise<number> {
  const { rows } = await sql<{ users: string }>`
    SELECT COUNT(*) AS \`users\` FROM ${tableIdentifier(tables.input)} WHERE \`processing_status\` = ${'new'}
  `.execute(db.kysely);
  const users = countOf(rows[0]?.users);
  return limit === undefined ? users : Math.min(users, limit);
}
