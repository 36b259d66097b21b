import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The engine's own tables, prefixed `cg_` so they never collide with CashKaro's.
 *
 * Every TIMESTAMP has an explicit DEFAULT or NULL: on a server with
 * `explicit_defaults_for_timestamp=OFF` the first bare `TIMESTAMP NOT NULL` column silently gets
 * `ON UPDATE CURRENT_TIMESTAMP`, which would move a lease's expiry on every update.
 * https://dev.mysql.com/doc/refman/8.4/en/server-system-variables.html#sysvar_explicit_defaults_for_timestamp
 */
export const engineBookkeeping: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      CREATE TABLE IF NOT EXISTS \`cg_release\` (
        \`release_id\` VARCHAR(32) NOT NULL,
        \`sql_sha256\` CHAR(64) NOT NULL,
        \`dialect\` VARCHAR(16) NOT NULL,
        \`catalog_hash\` CHAR(64) NOT NULL,
        \`generator_version\` VARCHAR(32) NOT NULL,
        \`installed_at\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
        PRIMARY KEY (\`release_id\`)
      )
    `.execute(db);

    await sql`
      CREATE TABLE IF NOT EXISTS \`cg_run\` (
        \`batch_id\` VARCHAR(50) NOT NULL,
        \`mode\` VARCHAR(16) NOT NULL,
        \`release_id\` VARCHAR(32) NOT NULL,
        \`sql_sha256\` CHAR(64) NOT NULL,
        \`started_at\` TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        \`finished_at\` TIMESTAMP(3) NULL DEFAULT NULL,
        \`status\` VARCHAR(16) NOT NULL DEFAULT 'running',
        \`users_claimed\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`users_completed\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`users_failed\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`users_reclaimed\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`chunks\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`retries\` INT UNSIGNED NOT NULL DEFAULT 0,
        \`users_per_second\` DECIMAL(12, 2) NULL DEFAULT NULL,
        \`error\` TEXT NULL,
        PRIMARY KEY (\`batch_id\`),
        INDEX \`idx_cg_run_status\` (\`status\`)
      )
    `.execute(db);

    // A fresh row's default expiry is "now", i.e. already expired: a lease is only live once a
    // claim sets it explicitly.
    await sql`
      CREATE TABLE IF NOT EXISTS \`cg_lease\` (
        \`user_id\` VARCHAR(50) NOT NULL,
        \`batch_id\` VARCHAR(50) NOT NULL,
        \`owner_token\` CHAR(36) NOT NULL,
        \`lease_expires_at\` TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        PRIMARY KEY (\`user_id\`),
        INDEX \`idx_cg_lease_owner_token\` (\`owner_token\`),
        INDEX \`idx_cg_lease_expires_at\` (\`lease_expires_at\`)
      )
    `.execute(db);
  },
};
