/**
 * How long one chunk of 10,000 users takes inside the database on the shipped release, in each
 * mode. Opt-in (it measures, it does not check parity):
 *   CARDGENIUS_CHUNK_TIMING=1 npx vitest run test/parity/chunk-timing.test.ts
 * CARDGENIUS_CHUNK_TIMING_USERS changes the chunk size; CARDGENIUS_CHUNK_TIMING_TMP_TABLE_SIZE
 * (bytes) replaces runChunk's session tmp_table_size / max_heap_table_size (CHUNK_TMP_TABLE_BYTES);
 * CARDGENIUS_CHUNK_TIMING_MODES (e.g. `statements`) limits the modes measured.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import { compileRelease } from '../../src/compiler/compile-release.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { applyRelease } from '../../src/db/apply-release.js';
import { runChunk, type ChunkMode } from '../../src/db/run-chunk.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import { loadUsers, resetUsers } from './support/parity-harness.js';
import { sampleUsers, withIds } from './support/parity-users.js';
import { serverDialect } from './support/parity-scenario.js';

const enabled = process.env['CARDGENIUS_CHUNK_TIMING'] === '1';
const users = Number(process.env['CARDGENIUS_CHUNK_TIMING_USERS'] ?? 10_000);
const tmpTableSize = process.env['CARDGENIUS_CHUNK_TIMING_TMP_TABLE_SIZE'];
const modes = (process.env['CARDGENIUS_CHUNK_TIMING_MODES'] ?? 'statements,procedure').split(',') as ChunkMode[];

describeWithDatabase('chunk timing', () => {
  const database = useTestDatabase();

  it.runIf(enabled)(`one chunk of ${users} users on cards/2026-04, in each mode`, async () => {
    const catalog = new URL('../../cards/', import.meta.url).pathname;
    const release = loadRelease(catalog, '2026-04');
    const mapping = loadInputMapping(catalog, release);
    const { db } = database();
    const dialect = await serverDialect(db);
    const compiled = compileRelease(release, mapping, dialect);
    await applyRelease(db, compiled, dialect);
    // Valid users only (a negative or NULL column would shrink the chunk's real work).
    const sampled = sampleUsers(mapping, users * 2, 99)
      .filter((user) => Object.values(user.values).every((value) => value !== null && !value.startsWith('-')))
      .slice(0, users);
    const chunk = withIds('T', sampled);
    await loadUsers(db, mapping, chunk);
    const results: string[] = [];
    for (const mode of modes) {
      await resetUsers(db);
      const connection = await db.pool.getConnection();
      try {
        const diskTables = async () => {
          const [status] = await connection.query<RowDataPacket[]>("SHOW SESSION STATUS LIKE 'Created_tmp_disk_tables'");
          return Number(status[0]?.['Value'] ?? 0);
        };
        const diskTablesBefore = await diskTables();
        await connection.beginTransaction();
        const started = performance.now();
        const counts = await runChunk(connection, compiled, { batchId: `timing-${mode}`, firstUserId: chunk[0]?.userId ?? '', lastUserId: chunk.at(-1)?.userId ?? '', mode, ...(tmpTableSize ? { tmpTableBytes: Number(tmpTableSize) } : {}) });
        const milliseconds = performance.now() - started;
        await connection.commit();
        expect(counts.completed + counts.failed).toBe(chunk.length);
        const diskTablesCreated = (await diskTables()) - diskTablesBefore;
        results.push(`${mode}: ${Math.round(milliseconds)} ms (${counts.insertedRows} rows, ${counts.completed} completed, ${counts.failed} failed, ${diskTablesCreated} on-disk temporary tables)`);
      } finally {
        await connection.query('SET SESSION tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT');
        connection.release();
      }
    }
    console.info(`chunk timing, ${chunk.length} users, release ${release.id} (${release.cards.length} cards) on ${dialect.name}: ${results.join('; ')}`);
  }, 1_800_000);
});
