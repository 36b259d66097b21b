/**
 * Installs a compiled release: replaces its chunk procedure and records, in cg_release, the
 * SHA-256 of the procedure text it installed. runChunk refuses a release whose record is missing
 * or differs, so a stale or foreign procedure can never process users.
 *
 * DDL commits implicitly on both servers: never call this inside a transaction.
 */
import { sql } from 'kysely';
import type { CompiledRelease } from '../compiler/compile-release.js';
import type { Dialect } from '../compiler/dialects/dialect.js';
import { quoteIdentifier } from '../compiler/sql-literals.js';
import type { Database } from './pool.js';
import { serverInfo } from './server-info.js';

/** The compiled release targets another server flavour than the one it is being applied to. */
export class ReleaseDialectMismatchError extends Error {
  override readonly name = 'ReleaseDialectMismatchError';
}

/**
 * The procedure's user-id parameters and the input table's user_id column have different
 * collations: the server would refuse every CALL ("Illegal mix of collations"). Statement mode is
 * unaffected; for procedure mode compile with `userIdCollation` set to the column's collation.
 */
export class ProcedureCollationMismatchError extends Error {
  override readonly name = 'ProcedureCollationMismatchError';

  constructor(
    message: string,
    readonly columnCollation: string,
    readonly parameterCollation: string,
  ) {
    super(message);
  }
}

export interface AppliedRelease {
  readonly releaseId: string;
  readonly procedureName: string;
  readonly sqlSha256: string;
  readonly dialect: string;
}

export async function applyRelease(db: Database, compiled: CompiledRelease, dialect: Dialect): Promise<AppliedRelease> {
  if (compiled.dialect !== dialect.name) {
    throw new ReleaseDialectMismatchError(`release ${compiled.releaseId} was compiled for ${compiled.dialect}, not ${dialect.name}`);
  }
  const server = await serverInfo(db);
  if (server.flavor !== dialect.serverFlavor) {
    throw new ReleaseDialectMismatchError(
      `release ${compiled.releaseId} was compiled for ${dialect.label} but ${db.redactedUrl} runs ${server.flavor} ${server.version}`,
    );
  }

  await assertComparableUserIds(db, compiled);

  const connection = await db.pool.getConnection();
  try {
    await connection.query(`DROP PROCEDURE IF EXISTS ${quoteIdentifier(compiled.procedureName)}`);
    // procedure.sql as one statement (its header comments included): exactly the hashed text.
    await connection.query(compiled.files['procedure.sql']);
  } finally {
    connection.release();
  }

  const record = {
    sql_sha256: compiled.procedureSha256,
    dialect: compiled.dialect,
    catalog_hash: compiled.catalogHash,
    generator_version: compiled.generatorVersion,
    installed_at: sql<string>`CURRENT_TIMESTAMP`,
  };
  // `ON DUPLICATE KEY UPDATE col = ?` without VALUES() (deprecated in MySQL 8.0.20), same on MariaDB.
  await db.kysely
    .insertInto('cg_release')
    .values({ release_id: compiled.releaseId, ...record })
    .onDuplicateKeyUpdate(record)
    .execute();

  return {
    releaseId: compiled.releaseId,
    procedureName: compiled.procedureName,
    sqlSha256: compiled.procedureSha256,
    dialect: compiled.dialect,
  };
}

/** Refuses to install a procedure whose user-id parameters could not be compared with the table's column. */
async function assertComparableUserIds(db: Database, compiled: CompiledRelease): Promise<void> {
  const { rows } = await sql<{ column_collation: string | null; default_collation: string }>`
    SELECT \`c\`.\`COLLATION_NAME\` AS \`column_collation\`, \`s\`.\`DEFAULT_COLLATION_NAME\` AS \`default_collation\`
    FROM \`information_schema\`.\`SCHEMATA\` AS \`s\`
    LEFT JOIN \`information_schema\`.\`COLUMNS\` AS \`c\`
      ON \`c\`.\`TABLE_SCHEMA\` = \`s\`.\`SCHEMA_NAME\` AND \`c\`.\`TABLE_NAME\` = ${compiled.tables.input} AND \`c\`.\`COLUMN_NAME\` = ${compiled.userIdColumn}
    WHERE \`s\`.\`SCHEMA_NAME\` = DATABASE()
  `.execute(db.kysely);
  const row = rows[0];
  // No table yet (or a non-text id): nothing to compare; the first CALL will tell.
  if (!row?.column_collation) return;
  const parameterCollation = compiled.userIdCollation ?? row.default_collation;
  if (row.column_collation !== parameterCollation) {
    throw new ProcedureCollationMismatchError(
      `${compiled.tables.input}.${compiled.userIdColumn} uses collation ${row.column_collation} but the procedure's user-id parameters would use ${parameterCollation}: ` +
        `compile the release with userIdCollation: '${row.column_collation}' (statement mode is unaffected)`,
      row.column_collation,
      parameterCollation,
    );
  }
}
