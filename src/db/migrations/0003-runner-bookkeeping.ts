import { type Kysely, type Migration, sql } from 'kysely';

/**
 * What the batch runner needs beyond 0002.
 *
 * cg_lease:
 * - `input_table` joins the primary key: a `--mode test` run works on a copy of
 *   user_spending_data whose user ids are the production ids, and without it a test claim would
 *   overwrite (and so fence out) a production lease on the same user.
 * - `attempts` counts the chunk attempts that ended without a commit for this user (the chunk
 *   failed after its retries, or its lease expired and was reclaimed). A user that keeps taking
 *   its chunk down ends `failed` instead of going back to `new` for ever. The row outlives the
 *   lease for that reason; it is deleted when the user completes or fails.
 *
 * cg_run: where and how the run worked (tables, workers, chunk size, lease), a heartbeat so a
 * `running` row whose process died can be told from a live one, and the counters the runbook
 * reads besides 0002's (failed users reset by --retry-failed, chunks released after failing,
 * leases lost to fencing).
 *
 * One ALTER per table: each is applied as a unit by both servers.
 */
export const runnerBookkeeping: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      ALTER TABLE \`cg_lease\`
        ADD COLUMN \`input_table\` VARCHAR(64) NOT NULL DEFAULT 'user_spending_data' FIRST,
        ADD COLUMN \`attempts\` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
        DROP PRIMARY KEY,
        ADD PRIMARY KEY (\`input_table\`, \`user_id\`)
    `.execute(db);

    await sql`
      ALTER TABLE \`cg_run\`
        ADD COLUMN \`input_table\` VARCHAR(64) NOT NULL DEFAULT 'user_spending_data',
        ADD COLUMN \`output_table\` VARCHAR(64) NOT NULL DEFAULT 'card_recommendations',
        ADD COLUMN \`workers\` SMALLINT UNSIGNED NULL DEFAULT NULL,
        ADD COLUMN \`chunk_size\` INT UNSIGNED NULL DEFAULT NULL,
        ADD COLUMN \`lease_seconds\` INT UNSIGNED NULL DEFAULT NULL,
        ADD COLUMN \`runner\` VARCHAR(100) NULL DEFAULT NULL,
        ADD COLUMN \`heartbeat_at\` TIMESTAMP(3) NULL DEFAULT NULL,
        ADD COLUMN \`users_reset\` INT UNSIGNED NOT NULL DEFAULT 0,
        ADD COLUMN \`chunks_released\` INT UNSIGNED NOT NULL DEFAULT 0,
        ADD COLUMN \`leases_lost\` INT UNSIGNED NOT NULL DEFAULT 0,
        ADD INDEX \`idx_cg_run_started_at\` (\`started_at\`)
    `.execute(db);
  },
};
