/**
 * Claiming a chunk: the first N `new` users by user_id become `pending` under a fresh lease
 * (owner token + expiry in cg_lease), atomically, in one short transaction of their own.
 */
import { randomUUID } from 'node:crypto';
import type { ClaimStrategy, ClaimedChunk, RunnerTables } from './run-types.js';
import { beginTransaction, rollbackQuietly } from './transaction.js';
import { placeholders, quoteTable, runStatement, selectRows, slices, type RunnerConnection } from './sql.js';

/** IN lists and multi-row VALUES stay well under the 65,535 placeholders a statement may bind. */
export const ID_BATCH = 1_000;

export interface ClaimOptions {
  readonly tables: RunnerTables;
  readonly batchId: string;
  /** At most this many users. */
  readonly size: number;
  readonly leaseSeconds: number;
  readonly strategy: ClaimStrategy;
  /** Numbers the chunk within its runner (for logs). */
  readonly sequence: number;
  /** Only users in [from, before) (a worker's region, see run-batch.ts); the whole table when absent. */
  readonly region?: UserIdRegion;
}

/** A slice of the user_id space: `from` inclusive, `before` exclusive; an absent bound is open. */
export interface UserIdRegion {
  readonly from: string | undefined;
  readonly before: string | undefined;
}

/**
 * Claims up to `size` `new` users, or returns undefined when there are none (to this claimer:
 * with `skip-locked`, users another claimer is taking right now are passed over, not waited for).
 *
 * The locking read holds the chosen rows until commit, so the conditional UPDATE
 * (`… AND processing_status = 'new'`) changes exactly them, and the lease rows carry a token no
 * other claim can have. The input table has no column for the token, which is why the claim is
 * a locking read plus an UPDATE by id rather than a bare `UPDATE … LIMIT`: only the ids read
 * under lock say which rows this claim took.
 */
export async function claimChunk(connection: RunnerConnection, options: ClaimOptions): Promise<ClaimedChunk | undefined> {
  if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`claim size must be a positive integer, got ${options.size}`);
  const input = quoteTable(options.tables.input);
  const ownerToken = randomUUID();
  // SKIP LOCKED: https://dev.mysql.com/doc/refman/8.4/en/innodb-locking-reads.html#innodb-locking-reads-nowait-skip-locked
  // and https://mariadb.com/kb/en/select/#skip-locked (10.6+).
  const lockClause = options.strategy === 'skip-locked' ? 'FOR UPDATE SKIP LOCKED' : 'FOR UPDATE';

  await acquireClaimLock(connection, options.tables.input);
  await beginTransaction(connection);
  try {
    const bounds: string[] = [];
    const values: (string | number)[] = [];
    if (options.region?.from !== undefined) {
      bounds.push('AND `user_id` >= ?');
      values.push(options.region.from);
    }
    if (options.region?.before !== undefined) {
      bounds.push('AND `user_id` < ?');
      values.push(options.region.before);
    }
    const rows = await selectRows<{ user_id: string }>(
      connection,
      `SELECT \`user_id\` FROM ${input}
       WHERE \`processing_status\` = 'new' ${bounds.join(' ')}
       ORDER BY \`user_id\`
       LIMIT ?
       ${lockClause}`,
      [...values, options.size],
    );
    const first = rows[0];
    const last = rows.at(-1);
    if (first === undefined || last === undefined) {
      await connection.rollback();
      return undefined;
    }
    const userIds = rows.map((row) => row.user_id);

    let claimed = 0;
    for (const ids of slices(userIds, ID_BATCH)) {
      claimed += await runStatement(
        connection,
        `UPDATE ${input}
         SET \`processing_status\` = 'pending', \`updated_at\` = CURRENT_TIMESTAMP
         WHERE \`processing_status\` = 'new' AND \`user_id\` IN (${placeholders(ids.length)})`,
        ids,
      );
    }
    if (claimed !== userIds.length) {
      // Cannot happen while the rows are locked; refuse rather than lease users we did not take.
      throw new Error(`claim changed ${claimed} of ${userIds.length} locked users`);
    }

    // The attempts column is left alone on conflict: it counts failures across claims.
    for (const ids of slices(userIds, ID_BATCH)) {
      const values: (string | number)[] = [];
      for (const id of ids) values.push(options.tables.input, id, options.batchId, ownerToken, options.leaseSeconds);
      values.push(options.batchId, ownerToken, options.leaseSeconds);
      await runStatement(
        connection,
        `INSERT INTO \`cg_lease\` (\`input_table\`, \`user_id\`, \`batch_id\`, \`owner_token\`, \`lease_expires_at\`)
         VALUES ${ids.map(() => '(?, ?, ?, ?, NOW(3) + INTERVAL ? SECOND)').join(', ')}
         ON DUPLICATE KEY UPDATE \`batch_id\` = ?, \`owner_token\` = ?, \`lease_expires_at\` = NOW(3) + INTERVAL ? SECOND`,
        values,
      );
    }
    await connection.commit();
    return {
      sequence: options.sequence,
      ownerToken,
      batchId: options.batchId,
      userIds,
      firstUserId: first.user_id,
      lastUserId: last.user_id,
    };
  } catch (error) {
    await rollbackQuietly(connection);
    throw error;
  } finally {
    await releaseClaimLock(connection, options.tables.input);
  }
}

/** How long a claimer waits for another's claim to finish (claims take milliseconds). */
const CLAIM_LOCK_TIMEOUT_SECONDS = 30;

/** Server-wide named lock per database and input table; names are limited to 64 characters. */
const CLAIM_LOCK_NAME = "CONCAT('cg_claim_', SHA1(CONCAT(DATABASE(), '.', ?)))";

export class ClaimLockTimeoutError extends Error {
  override readonly name = 'ClaimLockTimeoutError';
  /** Retried like a lock wait timeout. */
  readonly errno = 1205;
  readonly code = 'ER_LOCK_WAIT_TIMEOUT';
}

/**
 * Claims run one at a time per input table. Each then takes the first N `new` users as one
 * contiguous run of ids; concurrent SKIP LOCKED claims would instead interleave (each passing
 * over the rows the other is locking), which fragments chunk ranges and makes chunk
 * transactions lock each other's users, trading throughput for deadlocks. A claim is a few
 * milliseconds of a chunk's seconds, so the queue costs nothing measurable. The lock is the
 * session's: a claimer that dies releases it with its connection.
 */
async function acquireClaimLock(connection: RunnerConnection, inputTable: string): Promise<void> {
  const [row] = await selectRows<{ acquired: number | string | null }>(
    connection,
    `SELECT GET_LOCK(${CLAIM_LOCK_NAME}, ?) AS \`acquired\``,
    [inputTable, CLAIM_LOCK_TIMEOUT_SECONDS],
  );
  if (Number(row?.acquired) !== 1) {
    throw new ClaimLockTimeoutError(`another claim held the claim lock for ${inputTable} for ${CLAIM_LOCK_TIMEOUT_SECONDS} s`);
  }
}

async function releaseClaimLock(connection: RunnerConnection, inputTable: string): Promise<void> {
  try {
    await selectRows(connection, `SELECT RELEASE_LOCK(${CLAIM_LOCK_NAME}) AS \`released\``, [inputTable]);
  } catch {
    // A dead connection has released it already.
  }
}
