/**
 * Leases: who may write a `pending` user's results, until when, and what happens to users whose
 * chunk failed or whose runner disappeared.
 *
 * Invariants the statements keep:
 * - a cg_lease row carries the owner token of the last claim of that user; a claim is the only
 *   statement that gives a row a new owner, and it only claims `new` users;
 * - a `pending` user is written only by a transaction that holds (FOR UPDATE) the user's lease
 *   row with its own token, unexpired;
 * - a user leaves `pending` only in such a transaction, or by a reclaim of an expired lease, or
 *   by a release by its owner; each of these conditions on the user still being `pending` under
 *   the same token.
 */
import { randomUUID } from 'node:crypto';
import { ChunkIncompleteError, LeaseLostError } from './errors.js';
import type { ChunkUserCounts, ClaimedChunk, ChunkRange, RunnerTables } from './run-types.js';
import { beginTransaction, rollbackQuietly } from './transaction.js';
import { countOf, placeholders, quoteTable, runStatement, selectRows, slices, type RunnerConnection } from './sql.js';

/**
 * Statements that find a chunk's lease rows by owner token name the index: on a small cg_lease
 * the optimizer would rather scan the primary key, and a scan locks (and waits for) the rows of
 * every other chunk in flight, turning neighbours into deadlock victims.
 */
const LEASE_BY_TOKEN = 'FORCE INDEX (`idx_cg_lease_owner_token`)';

/** processing_error is TEXT; keep what the runner writes short enough to read in a dashboard. */
const MAX_ERROR_TEXT = 1_000;

export function truncateError(text: string): string {
  return text.length <= MAX_ERROR_TEXT ? text : `${text.slice(0, MAX_ERROR_TEXT - 1)}…`;
}

/**
 * The fence, first statement of a chunk transaction: locks the chunk's lease rows, proves they
 * all still carry this chunk's token and have not expired, and renews the lease for the
 * transaction ahead. Throws LeaseLostError otherwise. While the rows are locked nobody can
 * reclaim them, so the lease cannot change hands before this transaction ends.
 */
export async function fenceLease(connection: RunnerConnection, chunk: ClaimedChunk, leaseSeconds: number): Promise<void> {
  const [row] = await selectRows<{ held: string; live: string | null }>(
    connection,
    `SELECT COUNT(*) AS \`held\`, SUM(\`lease_expires_at\` > NOW(3)) AS \`live\`
     FROM \`cg_lease\` ${LEASE_BY_TOKEN} WHERE \`owner_token\` = ? FOR UPDATE`,
    [chunk.ownerToken],
  );
  const held = countOf(row?.held);
  const live = countOf(row?.live);
  if (held !== chunk.userIds.length || live !== held) {
    throw new LeaseLostError(
      held === 0
        ? `chunk ${chunk.sequence}: lease ${chunk.ownerToken} is gone (reclaimed after expiry)`
        : `chunk ${chunk.sequence}: lease ${chunk.ownerToken} holds ${held} of ${chunk.userIds.length} users, ${live} unexpired`,
    );
  }
  await runStatement(
    connection,
    `UPDATE \`cg_lease\` ${LEASE_BY_TOKEN} SET \`lease_expires_at\` = NOW(3) + INTERVAL ? SECOND WHERE \`owner_token\` = ?`,
    [leaseSeconds, chunk.ownerToken],
  );
}

/** The last check before COMMIT: the lease (locked since the fence) must still be unexpired. */
export async function confirmLeaseLive(connection: RunnerConnection, chunk: ClaimedChunk): Promise<void> {
  const [row] = await selectRows<{ live: string }>(
    connection,
    `SELECT COUNT(*) AS \`live\` FROM \`cg_lease\` ${LEASE_BY_TOKEN} WHERE \`owner_token\` = ? AND \`lease_expires_at\` > NOW(3)`,
    [chunk.ownerToken],
  );
  const live = countOf(row?.live);
  if (live !== chunk.userIds.length) {
    throw new LeaseLostError(`chunk ${chunk.sequence}: lease ${chunk.ownerToken} expired during its transaction; rolled back`);
  }
}

/**
 * The user_id ranges this chunk may hand to the executor, which processes every `pending` user of
 * a range. Usually that is the single range [first, last]. But claims can interleave (SKIP LOCKED
 * passes over users another transaction holds; reclaimed or re-loaded users turn `new` between
 * claimed ones), so [first, last] may hold `pending` users of other leases: the chunk's users are
 * then split into maximal runs without them.
 *
 * The `new` and `pending` users of the range stay locked until commit, so none of them can be
 * claimed, or change hands, under the executor's feet. The scan is pinned to the primary key: a
 * plan through idx_processing_status would visit (and wait for) other chunks' users, whose locks
 * READ COMMITTED only lets go of after looking at them. (A row inserted into the range while the
 * chunk runs is not locked under READ COMMITTED: it would have to be claimed within that
 * window too; see docs/runbook.md on loading data during a run.)
 */
export async function leasedRanges(connection: RunnerConnection, tables: RunnerTables, chunk: ClaimedChunk): Promise<ChunkRange[]> {
  const rows = await selectRows<{ user_id: string; status: string; ours: string | number }>(
    connection,
    `SELECT \`u\`.\`user_id\`, \`u\`.\`processing_status\` AS \`status\`,
       EXISTS (
         SELECT 1 FROM \`cg_lease\` AS \`l\`
         WHERE \`l\`.\`input_table\` = ? AND \`l\`.\`user_id\` = \`u\`.\`user_id\` AND \`l\`.\`owner_token\` = ?
       ) AS \`ours\`
     FROM ${quoteTable(tables.input)} AS \`u\` FORCE INDEX (PRIMARY)
     WHERE \`u\`.\`user_id\` BETWEEN ? AND ? AND \`u\`.\`processing_status\` IN ('new', 'pending')
     ORDER BY \`u\`.\`user_id\`
     FOR UPDATE`,
    [tables.input, chunk.ownerToken, chunk.firstUserId, chunk.lastUserId],
  );
  const ranges: ChunkRange[] = [];
  let open: { first: string; last: string } | undefined;
  for (const row of rows) {
    // `new` users are locked, not processed: the executor only touches `pending` ones.
    if (row.status !== 'pending') continue;
    if (Number(row.ours) === 1) {
      if (open) open.last = row.user_id;
      else open = { first: row.user_id, last: row.user_id };
    } else if (open) {
      ranges.push({ batchId: chunk.batchId, firstUserId: open.first, lastUserId: open.last });
      open = undefined;
    }
  }
  if (open) ranges.push({ batchId: chunk.batchId, firstUserId: open.first, lastUserId: open.last });
  return ranges;
}

/** The chunk's users by status after the executor ran; throws if any is still `pending`. */
export async function countChunkOutcome(connection: RunnerConnection, tables: RunnerTables, chunk: ClaimedChunk): Promise<ChunkUserCounts> {
  const rows = await selectRows<{ status: string | null; users: string }>(
    connection,
    `SELECT \`u\`.\`processing_status\` AS \`status\`, COUNT(*) AS \`users\`
     FROM \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN}
     JOIN ${quoteTable(tables.input)} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
     WHERE \`l\`.\`owner_token\` = ?
     GROUP BY \`u\`.\`processing_status\``,
    [chunk.ownerToken],
  );
  const byStatus = new Map(rows.map((row) => [row.status, countOf(row.users)]));
  const stillPending = byStatus.get('pending') ?? 0;
  if (stillPending > 0) {
    throw new ChunkIncompleteError(
      `chunk ${chunk.sequence} (${chunk.firstUserId}..${chunk.lastUserId}): the executor left ${stillPending} of its users pending`,
    );
  }
  return { completed: byStatus.get('completed') ?? 0, failed: byStatus.get('failed') ?? 0 };
}

/** Ends the lease of a chunk whose users are done (same transaction as their results). */
export async function deleteLease(connection: RunnerConnection, chunk: ClaimedChunk): Promise<void> {
  await runStatement(connection, `DELETE \`l\` FROM \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN} WHERE \`l\`.\`owner_token\` = ?`, [
    chunk.ownerToken,
  ]);
}

/**
 * After an uncertain COMMIT (the connection died while committing) the chunk's lease rows are
 * gone either because the commit happened or because someone reclaimed them. The users tell:
 * when none of them is still `pending`, the commit went through.
 */
export async function resolveUncertainCommit(
  connection: RunnerConnection,
  tables: RunnerTables,
  chunk: ClaimedChunk,
): Promise<ChunkUserCounts | undefined> {
  const counts = new Map<string | null, number>();
  for (const ids of slices(chunk.userIds, 1_000)) {
    const rows = await selectRows<{ status: string | null; users: string }>(
      connection,
      `SELECT \`processing_status\` AS \`status\`, COUNT(*) AS \`users\` FROM ${quoteTable(tables.input)}
       WHERE \`user_id\` IN (${placeholders(ids.length)}) GROUP BY \`processing_status\``,
      ids,
    );
    for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + countOf(row.users));
  }
  if ((counts.get('pending') ?? 0) > 0 || (counts.get('new') ?? 0) > 0) return undefined;
  return { completed: counts.get('completed') ?? 0, failed: counts.get('failed') ?? 0 };
}

export interface ReleasedUsers {
  /** Back to `new`, to be claimed again. */
  readonly returnedToNew: number;
  /** Out of attempts: `failed` with the reason. */
  readonly failed: number;
}

interface EndAttemptOptions {
  readonly tables: RunnerTables;
  readonly maxUserAttempts: number;
  /** processing_error of users that ran out of attempts. */
  readonly failureReason: (attempts: number) => string;
}

/**
 * Counts one failed attempt for the users under `token` that are still `pending`, then sends
 * them back to `new`, or to `failed` once they have had `maxUserAttempts`. Runs inside the
 * caller's transaction; lease rows of failed users are dropped (a later --retry-failed starts
 * them afresh), the others are kept, expired, for their attempt count.
 */
async function endAttempt(connection: RunnerConnection, token: string, options: EndAttemptOptions): Promise<ReleasedUsers> {
  const input = quoteTable(options.tables.input);
  await runStatement(
    connection,
    `UPDATE \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN}
     JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
     SET \`l\`.\`attempts\` = \`l\`.\`attempts\` + 1, \`l\`.\`lease_expires_at\` = NOW(3)
     WHERE \`l\`.\`owner_token\` = ? AND \`u\`.\`processing_status\` = 'pending'`,
    [token],
  );
  // One reason per attempt count, so the CASE needs no per-user text.
  const reason = options.failureReason(options.maxUserAttempts);
  await runStatement(
    connection,
    `UPDATE ${input} AS \`u\`
     JOIN \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN} ON \`l\`.\`input_table\` = ? AND \`l\`.\`user_id\` = \`u\`.\`user_id\`
     SET \`u\`.\`processing_status\` = CASE WHEN \`l\`.\`attempts\` >= ? THEN 'failed' ELSE 'new' END,
       \`u\`.\`processing_error\` = CASE WHEN \`l\`.\`attempts\` >= ? THEN ? ELSE \`u\`.\`processing_error\` END,
       \`u\`.\`last_processed_at\` = CASE WHEN \`l\`.\`attempts\` >= ? THEN CURRENT_TIMESTAMP ELSE \`u\`.\`last_processed_at\` END,
       \`u\`.\`updated_at\` = CURRENT_TIMESTAMP
     WHERE \`l\`.\`owner_token\` = ? AND \`u\`.\`processing_status\` = 'pending'`,
    [options.tables.input, options.maxUserAttempts, options.maxUserAttempts, reason, options.maxUserAttempts, token],
  );
  const rows = await selectRows<{ status: string | null; users: string }>(
    connection,
    `SELECT \`u\`.\`processing_status\` AS \`status\`, COUNT(*) AS \`users\`
     FROM \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN} JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
     WHERE \`l\`.\`owner_token\` = ? AND \`u\`.\`processing_status\` IN ('new', 'failed')
     GROUP BY \`u\`.\`processing_status\``,
    [token],
  );
  await runStatement(
    connection,
    `DELETE \`l\` FROM \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN}
     JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
     WHERE \`l\`.\`owner_token\` = ? AND \`u\`.\`processing_status\` = 'failed'`,
    [token],
  );
  const byStatus = new Map(rows.map((row) => [row.status, countOf(row.users)]));
  return { returnedToNew: byStatus.get('new') ?? 0, failed: byStatus.get('failed') ?? 0 };
}

/**
 * Gives back a chunk that could not be committed (retries exhausted, a non-transient error, or
 * a lost lease): whatever of it is still `pending` under this chunk's token goes back to `new`,
 * or to `failed` with `error` once the user is out of attempts. Its own transaction.
 */
export async function releaseChunk(
  connection: RunnerConnection,
  tables: RunnerTables,
  chunk: ClaimedChunk,
  error: string,
  maxUserAttempts: number,
): Promise<ReleasedUsers> {
  await beginTransaction(connection);
  try {
    await selectRows(connection, `SELECT \`user_id\` FROM \`cg_lease\` ${LEASE_BY_TOKEN} WHERE \`owner_token\` = ? FOR UPDATE`, [
      chunk.ownerToken,
    ]);
    const released = await endAttempt(connection, chunk.ownerToken, {
      tables,
      maxUserAttempts,
      failureReason: (attempts) => truncateError(`engine: processing failed ${attempts} times; last error: ${error}`),
    });
    await connection.commit();
    return released;
  } catch (releaseError) {
    await rollbackQuietly(connection);
    throw releaseError;
  }
}

export interface ReclaimResult extends ReleasedUsers {
  /** Expired leases (owner tokens) whose users were taken back. */
  readonly leases: number;
}

/**
 * Takes back users whose lease expired while they were still `pending` (their runner died or
 * stalled): `new` again, or `failed` once out of attempts. Each expired lease is matched by its
 * owner token and expiry in the same conditional UPDATE that moves it to a fresh reclaim token,
 * so a runner that still holds its lease (and so its rows, locked) is never touched.
 */
export async function reclaimExpiredLeases(
  connection: RunnerConnection,
  tables: RunnerTables,
  maxUserAttempts: number,
): Promise<ReclaimResult> {
  const input = quoteTable(tables.input);
  const expired = await selectRows<{ owner_token: string }>(
    connection,
    `SELECT DISTINCT \`l\`.\`owner_token\`
     FROM \`cg_lease\` AS \`l\`
     JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
     WHERE \`l\`.\`input_table\` = ? AND \`l\`.\`lease_expires_at\` < NOW(3) AND \`u\`.\`processing_status\` = 'pending'`,
    [tables.input],
  );
  if (expired.length === 0) return { leases: 0, returnedToNew: 0, failed: 0 };

  let returnedToNew = 0;
  let failed = 0;
  let leases = 0;
  for (const tokens of slices(
    expired.map((row) => row.owner_token),
    500,
  )) {
    // A fresh token per pass: endAttempt counts the users under it.
    const reclaimToken = randomUUID();
    await beginTransaction(connection);
    try {
      const taken = await runStatement(
        connection,
        `UPDATE \`cg_lease\` AS \`l\` ${LEASE_BY_TOKEN}
         JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
         SET \`l\`.\`owner_token\` = ?
         WHERE \`l\`.\`input_table\` = ? AND \`l\`.\`owner_token\` IN (${placeholders(tokens.length)})
           AND \`l\`.\`lease_expires_at\` < NOW(3) AND \`u\`.\`processing_status\` = 'pending'`,
        [reclaimToken, tables.input, ...tokens],
      );
      const released =
        taken === 0
          ? { returnedToNew: 0, failed: 0 }
          : await endAttempt(connection, reclaimToken, {
              tables,
              maxUserAttempts,
              failureReason: (attempts) =>
                `engine: lease expired ${attempts} times before its chunk committed (runner stopped or stalled)`,
            });
      await connection.commit();
      returnedToNew += released.returnedToNew;
      failed += released.failed;
      if (taken > 0) leases += tokens.length;
    } catch (error) {
      await rollbackQuietly(connection);
      throw error;
    }
  }
  return { leases, returnedToNew, failed };
}

/** PRD 7.2 "Reprocess Failed Users": `failed` → `new` with the error cleared and a fresh attempt budget. */
export async function resetFailedUsers(connection: RunnerConnection, tables: RunnerTables): Promise<number> {
  const input = quoteTable(tables.input);
  await beginTransaction(connection);
  try {
    await runStatement(
      connection,
      `DELETE \`l\` FROM \`cg_lease\` AS \`l\`
       JOIN ${input} AS \`u\` ON \`u\`.\`user_id\` = \`l\`.\`user_id\`
       WHERE \`l\`.\`input_table\` = ? AND \`u\`.\`processing_status\` = 'failed'`,
      [tables.input],
    );
    const reset = await runStatement(
      connection,
      `UPDATE ${input}
       SET \`processing_status\` = 'new', \`processing_error\` = NULL, \`updated_at\` = CURRENT_TIMESTAMP
       WHERE \`processing_status\` = 'failed'`,
    );
    await connection.commit();
    return reset;
  } catch (error) {
    await rollbackQuietly(connection);
    throw error;
  }
}
