/**
 * Runs one chunk of a compiled release inside the caller's transaction: either CALLs the installed
 * procedure or executes the same statements with bind parameters. It neither begins, commits nor
 * rolls back; the caller owns the transaction (and its retry).
 *
 * Before touching users it checks cg_release: the release must be installed and its recorded
 * sql_sha256 must be the hash of the compiled procedure.sql, or it refuses with a typed error.
 *
 * It then raises the session's tmp_table_size and max_heap_table_size (CHUNK_TMP_TABLE_BYTES):
 * insert_recommendations passes every (user, card) row of the chunk (138 cards × 10,000 users)
 * through internal temporary tables, which at the servers' 16 MB defaults are converted to on-disk
 * ones. Both are session variables on MySQL 8.0+/8.4 and MariaDB 10.6+ and need no privilege. The
 * SET runs on every chunk (one round trip, idempotent) because the caller's connection may come
 * from a pool and runChunk cannot know what ran on it before; nothing is restored: the values only
 * cap how large this connection's in-memory internal temporary tables may grow before they go to
 * disk, and they suit the next chunk on the same connection too. docs/sql-numerics.md §7.
 */
import type { Connection, PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { CompiledRelease } from '../compiler/compile-release.js';
import type { ChunkParameter } from '../compiler/templates.js';
import { toSafeInteger } from './safe-integer.js';

export type ChunkMode = 'procedure' | 'statements';

export interface RunChunkOptions {
  readonly batchId: string;
  readonly firstUserId: string;
  readonly lastUserId: string;
  readonly mode: ChunkMode;
  /** Session tmp_table_size / max_heap_table_size in bytes; default CHUNK_TMP_TABLE_BYTES. */
  readonly tmpTableBytes?: number;
}

/**
 * In-memory limit for the chunk's internal temporary tables (see the file comment). Measured on
 * cards/2026-04 with 10,000-user chunks on MariaDB 10.11: see docs/sql-numerics.md §7.
 */
export const CHUNK_TMP_TABLE_BYTES = 512 * 1024 * 1024;

export interface ChunkCounts {
  /** Rows inserted into card_recommendations. */
  readonly insertedRows: number;
  /** Users set to 'completed'. */
  readonly completed: number;
  /** Users set to 'failed' (invalid input or output overflow). */
  readonly failed: number;
}

/** The release has no cg_release row: install it (applyRelease or install.sql) first. */
export class ReleaseNotInstalledError extends Error {
  override readonly name = 'ReleaseNotInstalledError';

  constructor(readonly releaseId: string) {
    super(`release ${releaseId} is not installed (no cg_release row): apply it before running chunks`);
  }
}

/** cg_release records another procedure text than the compiled one (stale or foreign install). */
export class ReleaseHashMismatchError extends Error {
  override readonly name = 'ReleaseHashMismatchError';

  constructor(
    readonly releaseId: string,
    readonly installedSha256: string,
    readonly compiledSha256: string,
  ) {
    super(
      `release ${releaseId}: installed procedure sha256 ${installedSha256} differs from the compiled ${compiledSha256} (re-apply the release)`,
    );
  }
}

type ChunkConnection = Pick<Connection | PoolConnection, 'execute'>;

function bind(parameters: readonly ChunkParameter[], options: RunChunkOptions): string[] {
  const values: Record<ChunkParameter, string> = {
    batch_id: options.batchId,
    first_user_id: options.firstUserId,
    last_user_id: options.lastUserId,
  };
  return parameters.map((parameter) => values[parameter]);
}

/** Throws unless cg_release holds this compiled release's procedure hash. */
export async function assertReleaseInstalled(connection: ChunkConnection, compiled: CompiledRelease): Promise<void> {
  const [rows] = await connection.execute<RowDataPacket[]>(
    'SELECT `sql_sha256` FROM `cg_release` WHERE `release_id` = ?',
    [compiled.releaseId],
  );
  const installed = rows[0]?.['sql_sha256'] as string | undefined;
  if (installed === undefined) throw new ReleaseNotInstalledError(compiled.releaseId);
  if (installed !== compiled.procedureSha256) {
    throw new ReleaseHashMismatchError(compiled.releaseId, installed, compiled.procedureSha256);
  }
}

export async function runChunk(connection: ChunkConnection, compiled: CompiledRelease, options: RunChunkOptions): Promise<ChunkCounts> {
  await assertReleaseInstalled(connection, compiled);
  const tmpTableBytes = options.tmpTableBytes ?? CHUNK_TMP_TABLE_BYTES;
  if (!Number.isSafeInteger(tmpTableBytes) || tmpTableBytes < 16 * 1024 * 1024) {
    throw new RangeError(`tmpTableBytes must be an integer of at least 16 MiB, got ${String(tmpTableBytes)}`);
  }
  // A validated integer setting (no run-time user value), rendered as a literal.
  await connection.execute(`SET SESSION tmp_table_size = ${tmpTableBytes}, max_heap_table_size = ${tmpTableBytes}`);
  if (options.mode === 'procedure') {
    const [results] = await connection.execute<RowDataPacket[][]>(compiled.call.sql, bind(compiled.call.parameters, options));
    const row = results[0]?.[0];
    if (!row) throw new Error(`${compiled.procedureName} returned no counts`);
    return {
      insertedRows: toSafeInteger(row['inserted_rows'] as string),
      completed: toSafeInteger(row['completed'] as string),
      failed: toSafeInteger(row['failed'] as string),
    };
  }
  let insertedRows = 0;
  let completed = 0;
  let failed = 0;
  for (const statement of compiled.statements) {
    const [result] = await connection.execute<ResultSetHeader>(statement.sql, bind(statement.parameters, options));
    switch (statement.counts) {
      case 'inserted_rows':
        insertedRows += result.affectedRows;
        break;
      case 'removed_rows':
        insertedRows -= result.affectedRows;
        break;
      case 'completed':
        completed += result.affectedRows;
        break;
      case 'failed':
        failed += result.affectedRows;
        break;
      case null:
        break;
      default: {
        const unreachable: never = statement.counts;
        throw new Error(`unknown count ${String(unreachable)}`);
      }
    }
  }
  return { insertedRows, completed, failed };
}
