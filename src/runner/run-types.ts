/** The vocabulary shared by the runner's parts and the commands that drive it. */
import type { RunnerConnection } from './sql.js';

export type RunMode = 'initial' | 'weekly' | 'test';
export const RUN_MODES: readonly RunMode[] = ['initial', 'weekly', 'test'];

/** The two tables a run reads and writes: the PRD's, or the `--mode test` copies. */
export interface RunnerTables {
  readonly input: string;
  readonly output: string;
}

export const PRODUCTION_TABLES: RunnerTables = { input: 'user_spending_data', output: 'card_recommendations' };
export const TEST_TABLES: RunnerTables = { input: 'user_spending_data_test', output: 'card_recommendations_test' };

/**
 * How a chunk is claimed. `skip-locked`: `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent
 * claimers pass each other (MariaDB 10.6+, MySQL 8.0.1+). `locking-read`: a plain
 * `SELECT … FOR UPDATE`, so concurrent claimers queue behind each other; for older servers.
 */
export type ClaimStrategy = 'skip-locked' | 'locking-read';

/** A claimed chunk: the users one worker holds under one lease (owner token), in user_id order. */
export interface ClaimedChunk {
  /** 1, 2, … in claim order within this runner. */
  readonly sequence: number;
  readonly ownerToken: string;
  readonly batchId: string;
  readonly userIds: readonly string[];
  /** Smallest and largest claimed user_id (server collation order). */
  readonly firstUserId: string;
  readonly lastUserId: string;
}

/** A user_id range the chunk executor processes: every `pending` user in it is leased to this chunk. */
export interface ChunkRange {
  readonly batchId: string;
  readonly firstUserId: string;
  readonly lastUserId: string;
}

/**
 * Computes and writes recommendations for the `pending` users of one range, inside the caller's
 * open transaction on `connection`: deletes their previous rows, inserts the new top 10 with the
 * batch id, marks invalid users `failed` and the rest `completed`. It must neither commit nor
 * roll back. In production this is src/db/run-chunk.ts's runChunk with the compiled release.
 */
export type ChunkExecutor = (connection: RunnerConnection, range: ChunkRange) => Promise<unknown>;

/** What a chunk did, counted from the users' statuses after its statements ran. */
export interface ChunkUserCounts {
  readonly completed: number;
  readonly failed: number;
}

/** The release whose SQL the run executes (recorded in the ledger). */
export interface RunRelease {
  readonly id: string;
  readonly sqlSha256: string;
}
