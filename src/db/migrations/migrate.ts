import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { MigrationFailedError } from '../errors.js';
import type { Database } from '../pool.js';
import { prdTables } from './0001-prd-tables.js';
import { engineBookkeeping } from './0002-engine-bookkeeping.js';
import { runnerBookkeeping } from './0003-runner-bookkeeping.js';

/**
 * Every migration, in order. A static list rather than file-system discovery, so the same code
 * works from `src/` under vitest and from `dist/` after a build. Append only; never rename.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_prd_tables': prdTables,
  '0002_engine_bookkeeping': engineBookkeeping,
  '0003_runner_bookkeeping': runnerBookkeeping,
};

/** Kysely's own bookkeeping, under our `cg_` prefix instead of `kysely_migration*`. */
export const MIGRATION_TABLE = 'cg_migration';
export const MIGRATION_LOCK_TABLE = 'cg_migration_lock';

const staticProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

export function createMigrator(db: Database): Migrator {
  return new Migrator({
    db: db.kysely,
    provider: staticProvider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

/**
 * Brings the schema up to date (`db init`). Idempotent: returns the names of the migrations it
 * applied, an empty list when there was nothing to do.
 */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const { error, results = [] } = await createMigrator(db).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationFailedError(`Migration ${failed ?? '(setup)'} failed on ${db.redactedUrl}: ${reason}`, failed);
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
