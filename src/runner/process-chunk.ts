/**
 * One claimed chunk, start to end: a fenced transaction per attempt, retried with backoff on
 * transient errors; when it cannot be committed its users are released, never left `pending`
 * (short of the database itself being gone, when the lease's expiry frees them instead).
 */
import { performance } from 'node:perf_hooks';
import { backoffDelay, sleep, type BackoffPolicy } from './backoff.js';
import type { ConnectionSlot } from './connection-slot.js';
import { LeaseLostError } from './errors.js';
import {
  confirmLeaseLive,
  countChunkOutcome,
  deleteLease,
  fenceLease,
  leasedRanges,
  releaseChunk,
  resolveUncertainCommit,
  type ReleasedUsers,
} from './lease.js';
import type { ChunkUserCounts, ChunkExecutor, ClaimedChunk, RunnerTables } from './run-types.js';
import { countOf, quoteTable, selectRows, type RunnerConnection } from './sql.js';
import { beginTransaction, rollbackQuietly } from './transaction.js';
import { describeError, isConnectionLost, isTransientError } from './transient-errors.js';

export interface ChunkHooks {
  /**
   * Runs before each attempt opens its transaction. A seam for tests (stall a runner past its
   * lease, kill its connection); production passes none.
   */
  readonly beforeAttempt?: (chunk: ClaimedChunk, attempt: number, connection: RunnerConnection) => Promise<void>;
}

export interface ChunkProcessingOptions {
  readonly tables: RunnerTables;
  readonly executor: ChunkExecutor;
  readonly leaseSeconds: number;
  /** Transaction attempts per claim, the first included. */
  readonly maxChunkAttempts: number;
  /** Failed attempts a user may take part in before it is marked `failed`. */
  readonly maxUserAttempts: number;
  readonly backoff: BackoffPolicy;
  /** Aborted: no further retries; the chunk is released. An attempt already running finishes. */
  readonly signal?: AbortSignal;
  readonly random?: () => number;
  readonly onRetry?: (retry: { readonly attempt: number; readonly delayMs: number; readonly error: string }) => void;
  readonly hooks?: ChunkHooks;
}

/** A rank whose net savings is below the next rank's, in the rows a chunk wrote (PRD 10.2 query 4). */
export interface RankingInversion {
  readonly user_id: string;
  readonly rank: number;
  readonly net_savings: string;
  readonly next_net_savings: string;
}

/** Inversions a chunk reports at most (the run keeps the first 100 overall). */
const INVERSIONS_KEPT = 100;

export type ChunkOutcome =
  | {
      readonly kind: 'committed';
      readonly counts: ChunkUserCounts;
      /**
       * PRD 10.2's ranking-order check on the rows this chunk wrote, inside its transaction while
       * they are in the buffer pool (~0.6 s for 10,000 users, spread over the workers); after the
       * run the same check over a 2M-user batch's 20M rows took 115 s.
       */
      readonly inversions: readonly RankingInversion[];
      readonly attempts: number;
      /** User-id ranges handed to the executor (1 unless claims interleaved). */
      readonly ranges: number;
      readonly durationMs: number;
    }
  | {
      readonly kind: 'released';
      readonly reason: 'lease-lost' | 'retries-exhausted' | 'error' | 'interrupted';
      readonly error: unknown;
      readonly attempts: number;
      /** Undefined when even the release failed (then the lease's expiry frees the users). */
      readonly released: ReleasedUsers | undefined;
      readonly releaseError: unknown;
      readonly durationMs: number;
    };

/** A release is retried at least this often (more when chunks may retry more). */
const RELEASE_ATTEMPTS = 6;

interface AttemptState {
  committing: boolean;
}

export async function processChunk(slot: ConnectionSlot, chunk: ClaimedChunk, options: ChunkProcessingOptions): Promise<ChunkOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let commitUncertain = false;

  for (let attempt = 1; ; attempt += 1) {
    const state: AttemptState = { committing: false };
    try {
      const connection = await slot.get();
      await options.hooks?.beforeAttempt?.(chunk, attempt, connection);
      const result = await attemptChunk(connection, chunk, options, commitUncertain, state);
      return { kind: 'committed', counts: result.counts, inversions: result.inversions, attempts: attempt, ranges: result.ranges, durationMs: elapsed() };
    } catch (error) {
      slot.discard();
      // A connection lost while committing leaves the outcome unknown until the next attempt looks.
      commitUncertain = commitUncertain || (state.committing && isConnectionLost(error));
      const reason =
        error instanceof LeaseLostError
          ? 'lease-lost'
          : !isTransientError(error)
            ? 'error'
            : options.signal?.aborted
              ? 'interrupted'
              : attempt >= options.maxChunkAttempts
                ? 'retries-exhausted'
                : undefined;
      if (reason === undefined) {
        const delayMs = backoffDelay(attempt, options.backoff, options.random);
        options.onRetry?.({ attempt, delayMs, error: describeError(error) });
        await sleep(delayMs, options.signal);
        continue;
      }
      const { released, releaseError } = await releaseQuietly(slot, chunk, options, error);
      return { kind: 'released', reason, error, attempts: attempt, released, releaseError, durationMs: elapsed() };
    }
  }
}

async function attemptChunk(
  connection: RunnerConnection,
  chunk: ClaimedChunk,
  options: ChunkProcessingOptions,
  commitUncertain: boolean,
  state: AttemptState,
): Promise<{ counts: ChunkUserCounts; ranges: number; inversions: readonly RankingInversion[] }> {
  if (commitUncertain) {
    const [row] = await selectRows<{ held: string }>(connection, 'SELECT COUNT(*) AS `held` FROM `cg_lease` WHERE `owner_token` = ?', [
      chunk.ownerToken,
    ]);
    if (countOf(row?.held) === 0) {
      const counts = await resolveUncertainCommit(connection, options.tables, chunk);
      if (counts !== undefined) return { counts, ranges: 0, inversions: [] };
    }
  }

  await beginTransaction(connection);
  try {
    await fenceLease(connection, chunk, options.leaseSeconds);
    const ranges = await leasedRanges(connection, options.tables, chunk);
    for (const range of ranges) await options.executor(connection, range);
    const inversions = await rankingInversions(connection, options.tables, chunk);
    const counts = await countChunkOutcome(connection, options.tables, chunk);
    await confirmLeaseLive(connection, chunk);
    await deleteLease(connection, chunk);
    state.committing = true;
    await connection.commit();
    return { counts, ranges: ranges.length, inversions };
  } catch (error) {
    await rollbackQuietly(connection);
    throw error;
  }
}

/**
 * The chunk's users' rows of this batch where a rank's net savings is below the next rank's. The
 * users are found through the chunk's leases (still held here), not the user-id range: a weekly
 * chunk's range holds many other users' rows. STRAIGHT_JOIN keeps the leases first: on a freshly
 * filled output table (stale index statistics: 50,000 rows per user_id estimated) the optimizer
 * chose a full scan of the output per chunk (10 s at 9M rows, the 2M run halved its speed).
 */
async function rankingInversions(connection: RunnerConnection, tables: RunnerTables, chunk: ClaimedChunk): Promise<RankingInversion[]> {
  const rows = await selectRows<RankingInversion>(
    connection,
    `SELECT \`user_id\`, \`rank\`, \`net_savings\`, \`next_net_savings\`
     FROM (
       SELECT STRAIGHT_JOIN \`r\`.\`user_id\`, \`r\`.\`rank\`, \`r\`.\`net_savings\`,
         LEAD(\`r\`.\`net_savings\`) OVER (PARTITION BY \`r\`.\`user_id\` ORDER BY \`r\`.\`rank\`) AS \`next_net_savings\`
       FROM \`cg_lease\` AS \`l\`
       INNER JOIN ${quoteTable(tables.output)} AS \`r\` ON \`r\`.\`user_id\` = \`l\`.\`user_id\`
       WHERE \`l\`.\`owner_token\` = ? AND \`l\`.\`input_table\` = ? AND \`r\`.\`batch_id\` = ?
     ) AS \`ranked\`
     WHERE \`net_savings\` < \`next_net_savings\`
     ORDER BY \`user_id\`, \`rank\`
     LIMIT ${INVERSIONS_KEPT}`,
    [chunk.ownerToken, tables.input, chunk.batchId],
  );
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

/**
 * Releases with the same retry discipline as the chunk itself (a release can be a deadlock victim
 * too). If it still fails, the users stay `pending` under this chunk's lease until it expires and
 * a reclaim (this run's housekeeping or the next run) takes them back.
 */
async function releaseQuietly(
  slot: ConnectionSlot,
  chunk: ClaimedChunk,
  options: ChunkProcessingOptions,
  error: unknown,
): Promise<{ released: ReleasedUsers | undefined; releaseError: unknown }> {
  const attempts = Math.max(options.maxChunkAttempts, RELEASE_ATTEMPTS);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const connection = await slot.get();
      const released = await releaseChunk(connection, options.tables, chunk, describeError(error), options.maxUserAttempts);
      return { released, releaseError: undefined };
    } catch (releaseError) {
      slot.discard();
      if (!isTransientError(releaseError) || attempt >= attempts) return { released: undefined, releaseError };
      // Not cut short by the abort signal: an interrupted run should still give its users back.
      await sleep(backoffDelay(attempt, options.backoff, options.random));
    }
  }
}
