/**
 * PRD 10.1 test mode: the run works on copies of the two PRD tables. Missing copies are created
 * with `CREATE TABLE … LIKE` (same columns and indexes; foreign keys are not copied by LIKE) and
 * the input copy is filled with a random sample of `limit` users, reset to `new`.
 */
import { sql } from 'kysely';
import type { Database } from '../db/pool.js';
import { tableIdentifier } from '../db/sql-identifier.js';
import { RunConfigurationError } from './errors.js';
import { existingTables } from './preflight.js';
import { PRODUCTION_TABLES, type RunnerTables } from './run-types.js';

export interface TestTablesResult {
  readonly createdInput: boolean;
  readonly createdOutput: boolean;
  /** Users copied into a newly created input copy (0 when it already existed). */
  readonly copiedUsers: number;
}

export async function prepareTestTables(db: Database, tables: RunnerTables, options: { readonly limit: number }): Promise<TestTablesResult> {
  if (tables.input === PRODUCTION_TABLES.input || tables.output === PRODUCTION_TABLES.output) {
    throw new RunConfigurationError(
      `--mode test must not run on the production tables (${PRODUCTION_TABLES.input}, ${PRODUCTION_TABLES.output}): name copies with --input-table/--output-table`,
    );
  }
  const existing = await existingTables(db, [tables.input, tables.output, PRODUCTION_TABLES.input, PRODUCTION_TABLES.output]);
  const createInput = !existing.has(tables.input);
  const createOutput = !existing.has(tables.output);
  for (const [needed, source] of [
    [createInput, PRODUCTION_TABLES.input],
    [createOutput, PRODUCTION_TABLES.output],
  ] as const) {
    if (needed && !existing.has(source)) {
      throw new RunConfigurationError(`cannot create the test copies: ${source} does not exist (run \`cardgenius db init\`)`);
    }
  }

  let copiedUsers = 0;
  if (createInput) {
    await sql`CREATE TABLE ${tableIdentifier(tables.input)} LIKE ${tableIdentifier(PRODUCTION_TABLES.input)}`.execute(db.kysely);
    // PRD 10.1's random sample (ORDER BY RAND() LIMIT n), drawn over the ids alone so the sort
    // stays small on a 2M-row table; then every copied user starts afresh.
    const inserted = await sql`
      INSERT INTO ${tableIdentifier(tables.input)}
      SELECT \`u\`.* FROM ${tableIdentifier(PRODUCTION_TABLES.input)} AS \`u\`
      JOIN (
        SELECT \`user_id\` FROM ${tableIdentifier(PRODUCTION_TABLES.input)} ORDER BY RAND() LIMIT ${options.limit}
      ) AS \`sample\` ON \`sample\`.\`user_id\` = \`u\`.\`user_id\`
    `.execute(db.kysely);
    copiedUsers = Number(inserted.numAffectedRows ?? 0n);
    await sql`
      UPDATE ${tableIdentifier(tables.input)}
      SET \`processing_status\` = ${'new'}, \`processing_error\` = NULL, \`last_processed_at\` = NULL
    `.execute(db.kysely);
  }
  if (createOutput) {
    await sql`CREATE TABLE ${tableIdentifier(tables.output)} LIKE ${tableIdentifier(PRODUCTION_TABLES.output)}`.execute(db.kysely);
  }
  return { createdInput: createInput, createdOutput: createOutput, copiedUsers };
}
