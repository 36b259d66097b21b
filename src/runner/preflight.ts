/** Checks a run makes before it claims anything, so a misconfigured run changes nothing. */
import { sql } from 'kysely';
import { createMigrator } from '../db/migrations/migrate.js';
import type { Database } from '../db/pool.js';
import { RunConfigurationError } from './errors.js';
import type { RunnerTables } from './run-types.js';

/** The database must hold every migration this engine knows (cg_lease.attempts and friends). */
export async function assertSchemaCurrent(db: Database): Promise<void> {
  const migrations = await createMigrator(db).getMigrations();
  const pending = migrations.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
  if (pending.length > 0) {
    throw new RunConfigurationError(`the database schema is behind this engine (pending: ${pending.join(', ')}): run \`cardgenius db init\``);
  }
}

/** Which of `names` are tables of the connected database. */
export async function existingTables(db: Database, names: readonly string[]): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`
    SELECT \`TABLE_NAME\` AS \`name\` FROM \`information_schema\`.\`TABLES\`
    WHERE \`TABLE_SCHEMA\` = DATABASE() AND \`TABLE_NAME\` IN (${sql.join(names)})
  `.execute(db.kysely);
  return new Set(rows.map((row) => row.name));
}

export async function assertTablesExist(db: Database, tables: RunnerTables): Promise<void> {
  const names = [tables.input, tables.output];
  const present = await existingTables(db, names);
  const missing = names.filter((name) => !present.has(name));
  if (missing.length > 0) {
    throw new RunConfigurationError(`table ${missing.join(' and ')} does not exist in this database (run \`cardgenius db init\`, or check --input-table/--output-table)`);
  }
}
