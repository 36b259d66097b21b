/**
 * applyRelease and runChunk against a real server: the install is recorded and checked, the chunk
 * runs inside the caller's transaction (a rollback undoes everything), a re-run replaces rows, and
 * users outside the range or not pending are untouched. install.sql / uninstall.sql run through
 * the command-line client when one is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { RowDataPacket } from 'mysql2/promise';
import { expect, it } from 'vitest';
import { loadRelease } from '../../src/catalog/load-release.js';
import { compileRelease } from '../../src/compiler/compile-release.js';
import { DIALECTS } from '../../src/compiler/dialects/index.js';
import { loadInputMapping } from '../../src/contract/input-mapping.js';
import { ProcedureCollationMismatchError, ReleaseDialectMismatchError, applyRelease } from '../../src/db/apply-release.js';
import { parseDatabaseUrl } from '../../src/db/connection-url.js';
import { CHUNK_TMP_TABLE_BYTES, ReleaseHashMismatchError, ReleaseNotInstalledError, runChunk } from '../../src/db/run-chunk.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';
import { loadUsers } from './support/parity-harness.js';
import { serverDialect } from './support/parity-scenario.js';

const CATALOG = new URL('../fixtures/compiler-catalog/', import.meta.url).pathname;
const release = loadRelease(CATALOG, '2099-01-fixture');
const mapping = loadInputMapping(CATALOG, release);

const PRD_SAMPLE = [
  { userId: 'CK7186246', values: ['50000.00', '30000.00', '10000.00', '5000.00', '15000.00', '120000.00'] },
  { userId: 'CUST3267595', values: ['10000.00', '5000.00', '2000.00', '1000.00', '3000.00', '22000.00'] },
  { userId: 'NEG0001', values: ['100.00', '-1.50', '0', '0', '0', '100.00'] },
  { userId: 'USER4188152', values: ['120000.00', '20000.00', '5000.00', '2000.00', '8000.00', '160000.00'] },
];
const columns = [...mapping.columns.values()];
const users = PRD_SAMPLE.map(({ userId, values }) => ({ userId, label: userId, values: Object.fromEntries(columns.map((column, index) => [column, values[index] ?? '0'])) }));

describeWithDatabase('applyRelease / runChunk', () => {
  const database = useTestDatabase();

  async function statuses(): Promise<Record<string, string>> {
    const [rows] = await database().db.pool.query<RowDataPacket[]>('SELECT `user_id`, `processing_status` FROM `user_spending_data` ORDER BY `user_id`');
    return Object.fromEntries(rows.map((row) => [row['user_id'] as string, row['processing_status'] as string]));
  }

  async function recommendationCount(): Promise<number> {
    const [rows] = await database().db.pool.query<RowDataPacket[]>('SELECT COUNT(*) AS `n` FROM `card_recommendations`');
    return Number(rows[0]?.['n']);
  }

  it('refuses a release that is not installed, installs and records it, and refuses a foreign hash', async () => {
    const { db } = database();
    const dialect = await serverDialect(db);
    const compiled = compileRelease(release, mapping, dialect);
    await loadUsers(db, mapping, users);
    const connection = await db.pool.getConnection();
    try {
      const range = { batchId: 'b0', firstUserId: 'A', lastUserId: 'Z', mode: 'statements' } as const;
      await expect(runChunk(connection, compiled, range)).rejects.toBeInstanceOf(ReleaseNotInstalledError);

      await applyRelease(db, compiled, dialect);
      await applyRelease(db, compiled, dialect); // idempotent
      const [records] = await db.pool.query<RowDataPacket[]>('SELECT * FROM `cg_release`');
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        release_id: release.id,
        sql_sha256: compiled.procedureSha256,
        dialect: dialect.name,
        catalog_hash: release.contentHash,
        generator_version: compiled.generatorVersion,
      });
      const [routines] = await db.pool.query<RowDataPacket[]>(
        'SELECT `ROUTINE_NAME` FROM `information_schema`.`ROUTINES` WHERE `ROUTINE_SCHEMA` = DATABASE() AND `ROUTINE_TYPE` = ?',
        ['PROCEDURE'],
      );
      expect(routines.map((row) => row['ROUTINE_NAME'])).toEqual([compiled.procedureName]);

      const other = compileRelease(release, mapping, dialect, { generatorVersion: 'another-generator' });
      await expect(runChunk(connection, other, range)).rejects.toBeInstanceOf(ReleaseHashMismatchError);
      const wrongDialect = dialect.name === 'mariadb' ? DIALECTS.mysql : DIALECTS.mariadb;
      await expect(applyRelease(db, compileRelease(release, mapping, wrongDialect), wrongDialect)).rejects.toBeInstanceOf(ReleaseDialectMismatchError);
      expect(await statuses()).toEqual({ CK7186246: 'pending', CUST3267595: 'pending', NEG0001: 'pending', USER4188152: 'pending' });
    } finally {
      connection.release();
    }
  });

  it.each(['procedure', 'statements'] as const)('runs inside the caller’s transaction (%s): a rollback leaves nothing behind', async (mode) => {
    const { db } = database();
    const compiled = compileRelease(release, mapping, await serverDialect(db));
    const connection = await db.pool.getConnection();
    try {
      await connection.beginTransaction();
      const counts = await runChunk(connection, compiled, { batchId: `rolled-back-${mode}`, firstUserId: 'A', lastUserId: 'Z', mode });
      expect(counts).toEqual({ insertedRows: 27, completed: 3, failed: 1 });
      await connection.rollback();
    } finally {
      connection.release();
    }
    expect(await recommendationCount()).toBe(0);
    expect(Object.values(await statuses())).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it.each(['procedure', 'statements'] as const)(
    'a rolled-back chunk leaves nothing for the next chunk on the same connection (%s), and the session’s temporary-table limit is raised',
    async (mode) => {
      const { db } = database();
      const compiled = compileRelease(release, mapping, await serverDialect(db));
      const connection = await db.pool.getConnection();
      try {
        await connection.beginTransaction();
        expect(await runChunk(connection, compiled, { batchId: `rolled-back-${mode}`, firstUserId: 'CK', lastUserId: 'CUST9', mode })).toEqual({ insertedRows: 18, completed: 2, failed: 0 });
        await connection.rollback();
        const [settings] = await connection.query<RowDataPacket[]>('SELECT @@SESSION.tmp_table_size AS `tmp`, @@SESSION.max_heap_table_size AS `heap`');
        expect([Number(settings[0]?.['tmp']), Number(settings[0]?.['heap'])]).toEqual([CHUNK_TMP_TABLE_BYTES, CHUNK_TMP_TABLE_BYTES]);
        await connection.beginTransaction();
        expect(await runChunk(connection, compiled, { batchId: `next-${mode}`, firstUserId: 'N', lastUserId: 'Z', mode })).toEqual({ insertedRows: 9, completed: 1, failed: 1 });
        await connection.commit();
      } finally {
        connection.release();
      }
      const [rows] = await db.pool.query<RowDataPacket[]>('SELECT `user_id`, `batch_id`, COUNT(*) AS `n` FROM `card_recommendations` GROUP BY `user_id`, `batch_id`');
      expect(rows.map((row) => [row['user_id'], row['batch_id'], Number(row['n'])])).toEqual([['USER4188152', `next-${mode}`, 9]]);
      expect(await statuses()).toEqual({ CK7186246: 'pending', CUST3267595: 'pending', NEG0001: 'failed', USER4188152: 'completed' });
      await db.pool.query("UPDATE `user_spending_data` SET `processing_status` = 'pending', `processing_error` = NULL");
      await db.pool.query('DELETE FROM `card_recommendations`');
    },
  );

  it('processes only the range’s pending users, and a re-run replaces their rows', async () => {
    const { db } = database();
    const compiled = compileRelease(release, mapping, await serverDialect(db));
    const run = async (batchId: string, firstUserId: string, lastUserId: string) => {
      const connection = await db.pool.getConnection();
      try {
        await connection.beginTransaction();
        const counts = await runChunk(connection, compiled, { batchId, firstUserId, lastUserId, mode: 'procedure' });
        await connection.commit();
        return counts;
      } finally {
        connection.release();
      }
    };
    expect(await run('first', 'CK', 'CUST9')).toEqual({ insertedRows: 18, completed: 2, failed: 0 });
    expect(await statuses()).toEqual({ CK7186246: 'completed', CUST3267595: 'completed', NEG0001: 'pending', USER4188152: 'pending' });
    expect(await run('second', 'A', 'Z')).toEqual({ insertedRows: 9, completed: 1, failed: 1 });
    const [failed] = await db.pool.query<RowDataPacket[]>("SELECT `processing_error` FROM `user_spending_data` WHERE `user_id` = 'NEG0001'");
    expect(failed[0]?.['processing_error']).toBe('invalid input: avg_flipkart_gmv is negative (-1.50)');

    await db.pool.query("UPDATE `user_spending_data` SET `processing_status` = 'pending' WHERE `user_id` = 'CK7186246'");
    expect(await run('third', 'A', 'Z')).toEqual({ insertedRows: 9, completed: 1, failed: 0 });
    const [batches] = await db.pool.query<RowDataPacket[]>(
      'SELECT `user_id`, `batch_id`, COUNT(*) AS `n` FROM `card_recommendations` GROUP BY `user_id`, `batch_id` ORDER BY `user_id`',
    );
    expect(batches.map((row) => [row['user_id'], row['batch_id'], Number(row['n'])])).toEqual([
      ['CK7186246', 'third', 9],
      ['CUST3267595', 'first', 9],
      ['USER4188152', 'second', 9],
    ]);
  });

  const client = ['/usr/bin/mariadb', '/usr/bin/mysql'].find((path) => existsSync(path));
  it.skipIf(client === undefined)('install.sql and uninstall.sql run in the command-line client', async () => {
    const { db, url } = database();
    const dialect = await serverDialect(db);
    const compiled = compileRelease(release, mapping, dialect, { generatorVersion: 'cli-install' });
    const settings = parseDatabaseUrl(url);
    const args = [`--host=${settings.host}`, `--port=${settings.port}`, `--user=${settings.user ?? 'root'}`, settings.database ?? ''];
    const env = { ...process.env, MYSQL_PWD: settings.password ?? '' };
    execFileSync(client ?? 'mysql', args, { input: compiled.files['install.sql'], env });
    const [records] = await db.pool.query<RowDataPacket[]>('SELECT `sql_sha256`, `generator_version` FROM `cg_release`');
    expect(records[0]).toMatchObject({ sql_sha256: compiled.procedureSha256, generator_version: 'cli-install' });
    const connection = await db.pool.getConnection();
    try {
      await db.pool.query("UPDATE `user_spending_data` SET `processing_status` = 'pending'");
      await connection.beginTransaction();
      expect(await runChunk(connection, compiled, { batchId: 'cli', firstUserId: 'A', lastUserId: 'Z', mode: 'procedure' })).toEqual({ insertedRows: 27, completed: 3, failed: 1 });
      await connection.commit();

      execFileSync(client ?? 'mysql', args, { input: compiled.files['uninstall.sql'], env });
      await expect(runChunk(connection, compiled, { batchId: 'cli', firstUserId: 'A', lastUserId: 'Z', mode: 'procedure' })).rejects.toBeInstanceOf(ReleaseNotInstalledError);
    } finally {
      connection.release();
    }
  });

  it('refuses a procedure whose user-id parameters cannot be compared with the column, and installs one declared with its collation', async () => {
    const { db } = database();
    const dialect = await serverDialect(db);
    await db.pool.query('CREATE TABLE `usd_unicode` LIKE `user_spending_data`');
    await db.pool.query('ALTER TABLE `usd_unicode` MODIFY `user_id` VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL');
    await db.pool.query('CREATE TABLE `cr_unicode` LIKE `card_recommendations`');
    await db.pool.query('ALTER TABLE `cr_unicode` MODIFY `user_id` VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL');
    await db.pool.query("INSERT INTO `usd_unicode` SELECT * FROM `user_spending_data`");
    await db.pool.query("UPDATE `usd_unicode` SET `processing_status` = 'pending'");
    const tables = { inputTable: 'usd_unicode', outputTable: 'cr_unicode', procedureName: 'cg_test_unicode' };

    await expect(applyRelease(db, compileRelease(release, mapping, dialect, tables), dialect)).rejects.toBeInstanceOf(ProcedureCollationMismatchError);
    const declared = compileRelease(release, mapping, dialect, { ...tables, userIdCollation: 'utf8mb4_unicode_ci' });
    expect(declared.createProcedure).toContain('IN `p_first_user_id` VARCHAR(50) CHARACTER SET `utf8mb4` COLLATE `utf8mb4_unicode_ci`');
    await applyRelease(db, declared, dialect);
    const connection = await db.pool.getConnection();
    try {
      await connection.beginTransaction();
      expect(await runChunk(connection, declared, { batchId: 'unicode', firstUserId: 'A', lastUserId: 'Z', mode: 'procedure' })).toEqual({ insertedRows: 27, completed: 3, failed: 1 });
      await connection.rollback();
    } finally {
      connection.release();
    }
  });
});
