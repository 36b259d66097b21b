import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { MIGRATIONS, migrateToLatest } from '../../src/db/migrations/migrate.js';
import type { Database } from '../../src/db/pool.js';
import { insertUsers } from '../support/fixtures.js';
import { describeWithDatabase, useTestDatabase } from '../support/test-database.js';

/** [name, type, nullable, default, extra], normalised across MySQL 8 and MariaDB spellings. */
type ColumnShape = [string, string, 'YES' | 'NO', string | null, string];

// PRD 3.1, column for column. TIMESTAMPs without NOT NULL are nullable (explicit_defaults_for_timestamp=ON,
// the default on MySQL 8 and MariaDB 10.10+).
const USER_SPENDING_DATA: ColumnShape[] = [
  ['user_id', 'varchar(50)', 'NO', null, ''],
  ['avg_amazon_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['avg_flipkart_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['avg_myntra_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['avg_ajio_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['avg_grocery_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['avg_confirmed_gmv', 'decimal(12,2)', 'NO', '0.00', ''],
  ['processing_status', "enum('new','pending','completed','failed')", 'YES', 'new', ''],
  ['last_processed_at', 'timestamp', 'YES', null, ''],
  ['processing_error', 'text', 'YES', null, ''],
  ['created_at', 'timestamp', 'YES', 'current_timestamp', ''],
  ['updated_at', 'timestamp', 'YES', 'current_timestamp', 'on update current_timestamp'],
];

// PRD 3.2, column for column.
const CARD_RECOMMENDATIONS: ColumnShape[] = [
  ['id', 'bigint', 'NO', null, 'auto_increment'],
  ['user_id', 'varchar(50)', 'NO', null, ''],
  ['rank', 'tinyint', 'NO', null, ''],
  ['card_name', 'varchar(200)', 'NO', null, ''],
  ['card_id', 'varchar(100)', 'YES', null, ''],
  ['total_savings_yearly', 'decimal(12,2)', 'NO', null, ''],
  ['joining_fees', 'decimal(12,2)', 'NO', null, ''],
  ['total_extra_benefits', 'decimal(12,2)', 'NO', null, ''],
  ['net_savings', 'decimal(12,2)', 'NO', null, ''],
  ['amazon_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['flipkart_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['myntra_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['ajio_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['grocery_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['other_online_points', 'decimal(12,2)', 'YES', '0.00', ''],
  ['redemption_method', 'varchar(50)', 'YES', null, ''],
  ['redemption_rate', 'decimal(5,4)', 'YES', null, ''],
  ['processed_at', 'timestamp', 'YES', 'current_timestamp', ''],
  ['batch_id', 'varchar(50)', 'YES', null, ''],
  ['created_at', 'timestamp', 'YES', 'current_timestamp', ''],
  ['updated_at', 'timestamp', 'YES', 'current_timestamp', 'on update current_timestamp'],
];

const CG_RELEASE: ColumnShape[] = [
  ['release_id', 'varchar(32)', 'NO', null, ''],
  ['sql_sha256', 'char(64)', 'NO', null, ''],
  ['dialect', 'varchar(16)', 'NO', null, ''],
  ['catalog_hash', 'char(64)', 'NO', null, ''],
  ['generator_version', 'varchar(32)', 'NO', null, ''],
  ['installed_at', 'timestamp', 'NO', 'current_timestamp', ''],
];

const COUNTER = (name: string): ColumnShape => [name, 'int unsigned', 'NO', '0', ''];
const CG_RUN: ColumnShape[] = [
  ['batch_id', 'varchar(50)', 'NO', null, ''],
  ['mode', 'varchar(16)', 'NO', null, ''],
  ['release_id', 'varchar(32)', 'NO', null, ''],
  ['sql_sha256', 'char(64)', 'NO', null, ''],
  ['started_at', 'timestamp(3)', 'NO', 'current_timestamp(3)', ''],
  ['finished_at', 'timestamp(3)', 'YES', null, ''],
  ['status', 'varchar(16)', 'NO', 'running', ''],
  COUNTER('users_claimed'),
  COUNTER('users_completed'),
  COUNTER('users_failed'),
  COUNTER('users_reclaimed'),
  COUNTER('chunks'),
  COUNTER('retries'),
  ['users_per_second', 'decimal(12,2)', 'YES', null, ''],
  ['error', 'text', 'YES', null, ''],
  // 0003: the runner's own bookkeeping
  ['input_table', 'varchar(64)', 'NO', 'user_spending_data', ''],
  ['output_table', 'varchar(64)', 'NO', 'card_recommendations', ''],
  ['workers', 'smallint unsigned', 'YES', null, ''],
  ['chunk_size', 'int unsigned', 'YES', null, ''],
  ['lease_seconds', 'int unsigned', 'YES', null, ''],
  ['runner', 'varchar(100)', 'YES', null, ''],
  ['heartbeat_at', 'timestamp(3)', 'YES', null, ''],
  COUNTER('users_reset'),
  COUNTER('chunks_released'),
  COUNTER('leases_lost'),
];

const CG_LEASE: ColumnShape[] = [
  ['input_table', 'varchar(64)', 'NO', 'user_spending_data', ''],
  ['user_id', 'varchar(50)', 'NO', null, ''],
  ['batch_id', 'varchar(50)', 'NO', null, ''],
  ['owner_token', 'char(36)', 'NO', null, ''],
  ['lease_expires_at', 'timestamp(3)', 'NO', 'current_timestamp(3)', ''],
  ['attempts', 'smallint unsigned', 'NO', '0', ''],
];

async function columns(db: Database, table: string): Promise<ColumnShape[]> {
  const { rows } = await sql<{
    name: string;
    type: string;
    nullable: 'YES' | 'NO';
    column_default: string | null;
    extra: string;
  }>`
    SELECT \`COLUMN_NAME\` AS \`name\`, \`COLUMN_TYPE\` AS \`type\`, \`IS_NULLABLE\` AS \`nullable\`,
      \`COLUMN_DEFAULT\` AS \`column_default\`, \`EXTRA\` AS \`extra\`
    FROM \`information_schema\`.\`COLUMNS\`
    WHERE \`TABLE_SCHEMA\` = DATABASE() AND \`TABLE_NAME\` = ${table}
    ORDER BY \`ORDINAL_POSITION\`
  `.execute(db.kysely);
  return rows.map((row) => [
    row.name,
    // MariaDB (and MySQL < 8.0.19) print integer display widths: bigint(20), int(10) unsigned.
    row.type.replace(/^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/, '$1'),
    row.nullable,
    normaliseDefault(row.column_default),
    normaliseExpression(row.extra.replace(/DEFAULT_GENERATED/i, '')),
  ]);
}

/** MariaDB quotes string defaults, writes NULL as text and `current_timestamp()`; MySQL does neither. */
function normaliseDefault(value: string | null): string | null {
  if (value === null || value === 'NULL') return null;
  return normaliseExpression(value.replace(/^'(.*)'$/, '$1'));
}

function normaliseExpression(text: string): string {
  return text.toLowerCase().replace(/current_timestamp\(\)/g, 'current_timestamp').trim();
}

/** `[UNIQUE ]name(col[ DESC], ...)` per index, sorted by name, case-insensitively. */
async function indexes(db: Database, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string; non_unique: string | number; column_name: string; collation: string | null }>`
    SELECT \`INDEX_NAME\` AS \`name\`, \`NON_UNIQUE\` AS \`non_unique\`, \`COLUMN_NAME\` AS \`column_name\`,
      \`COLLATION\` AS \`collation\`
    FROM \`information_schema\`.\`STATISTICS\`
    WHERE \`TABLE_SCHEMA\` = DATABASE() AND \`TABLE_NAME\` = ${table}
    ORDER BY \`INDEX_NAME\`, \`SEQ_IN_INDEX\`
  `.execute(db.kysely);
  const byName = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${Number(row.non_unique) === 0 ? 'UNIQUE ' : ''}${row.name}`;
    byName.set(key, [...(byName.get(key) ?? []), `${row.column_name}${row.collation === 'D' ? ' DESC' : ''}`]);
  }
  // Sorted here, not by the server: information_schema collations differ (MySQL 8 sorts PRIMARY first).
  const byIndexName = (key: string): string => key.replace(/^UNIQUE /, '').toLowerCase();
  return [...byName]
    .sort(([left], [right]) => byIndexName(left).localeCompare(byIndexName(right)))
    .map(([key, columns]) => `${key}(${columns.join(', ')})`);
}

describeWithDatabase('migrations', () => {
  const testDb = useTestDatabase({ migrate: false });

  it('apply every migration once, then nothing: db init is idempotent', async () => {
    const { db } = testDb();
    expect(await migrateToLatest(db)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('create exactly the PRD columns (types, nullability, defaults)', async () => {
    const { db } = testDb();
    expect(await columns(db, 'user_spending_data')).toEqual(USER_SPENDING_DATA);
    expect(await columns(db, 'card_recommendations')).toEqual(CARD_RECOMMENDATIONS);
  });

  it('create the PRD indexes, including the descending one on net_savings', async () => {
    const { db } = testDb();
    expect(await indexes(db, 'user_spending_data')).toEqual([
      'idx_last_processed(last_processed_at)',
      'idx_processing_status(processing_status)',
      'UNIQUE PRIMARY(user_id)',
    ]);
    expect(await indexes(db, 'card_recommendations')).toEqual([
      'idx_batch_id(batch_id)',
      'idx_net_savings(net_savings DESC)',
      'idx_processed_at(processed_at)',
      'idx_user_id(user_id)',
      'UNIQUE PRIMARY(id)',
      'UNIQUE unique_user_rank(user_id, rank)',
    ]);
  });

  it('link card_recommendations to user_spending_data with ON DELETE/UPDATE CASCADE', async () => {
    const { db } = testDb();
    const { rows } = await sql<Record<string, string>>`
      SELECT \`rc\`.\`TABLE_NAME\` AS \`table\`, \`rc\`.\`REFERENCED_TABLE_NAME\` AS \`parent\`,
        \`rc\`.\`UPDATE_RULE\` AS \`on_update\`, \`rc\`.\`DELETE_RULE\` AS \`on_delete\`,
        \`k\`.\`COLUMN_NAME\` AS \`column\`, \`k\`.\`REFERENCED_COLUMN_NAME\` AS \`parent_column\`
      FROM \`information_schema\`.\`REFERENTIAL_CONSTRAINTS\` AS \`rc\`
      JOIN \`information_schema\`.\`KEY_COLUMN_USAGE\` AS \`k\`
        ON \`k\`.\`CONSTRAINT_SCHEMA\` = \`rc\`.\`CONSTRAINT_SCHEMA\` AND \`k\`.\`CONSTRAINT_NAME\` = \`rc\`.\`CONSTRAINT_NAME\`
      WHERE \`rc\`.\`CONSTRAINT_SCHEMA\` = DATABASE()
    `.execute(db.kysely);
    expect(rows).toEqual([
      {
        table: 'card_recommendations',
        parent: 'user_spending_data',
        on_update: 'CASCADE',
        on_delete: 'CASCADE',
        column: 'user_id',
        parent_column: 'user_id',
      },
    ]);
  });

  it('add no CHECK constraint: negative spending can be stored, so the engine must catch it', async () => {
    const { db } = testDb();
    const { rows } = await sql`
      SELECT \`CONSTRAINT_NAME\` FROM \`information_schema\`.\`CHECK_CONSTRAINTS\`
      WHERE \`CONSTRAINT_SCHEMA\` = DATABASE()
    `.execute(db.kysely);
    expect(rows).toEqual([]);
    await db.kysely.insertInto('user_spending_data').values({ user_id: 'NEG1', avg_amazon_gmv: '-1.00' }).execute();
    const stored = await db.kysely
      .selectFrom('user_spending_data')
      .select(['avg_amazon_gmv', 'avg_flipkart_gmv', 'processing_status'])
      .where('user_id', '=', 'NEG1')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ avg_amazon_gmv: '-1.00', avg_flipkart_gmv: '0.00', processing_status: 'new' });
  });

  it('create the cg_ bookkeeping tables and keep Kysely’s ledger under cg_', async () => {
    const { db } = testDb();
    expect(await columns(db, 'cg_release')).toEqual(CG_RELEASE);
    expect(await columns(db, 'cg_run')).toEqual(CG_RUN);
    expect(await columns(db, 'cg_lease')).toEqual(CG_LEASE);
    expect(await indexes(db, 'cg_lease')).toEqual([
      'idx_cg_lease_expires_at(lease_expires_at)',
      'idx_cg_lease_owner_token(owner_token)',
      'UNIQUE PRIMARY(input_table, user_id)',
    ]);
    const { rows } = await sql<{ name: string }>`
      SELECT \`TABLE_NAME\` AS \`name\` FROM \`information_schema\`.\`TABLES\`
      WHERE \`TABLE_SCHEMA\` = DATABASE() ORDER BY \`TABLE_NAME\`
    `.execute(db.kysely);
    expect(rows.map((row) => row.name)).toEqual([
      'card_recommendations',
      'cg_lease',
      'cg_migration',
      'cg_migration_lock',
      'cg_release',
      'cg_run',
      'user_spending_data',
    ]);
  });

  it('store and order by the reserved word `rank`, keep (user_id, rank) unique and cascade deletes', async () => {
    const { db } = testDb();
    await insertUsers(db, { RANK1: 'completed' });
    const row = (rank: number, net: string) => ({
      user_id: 'RANK1',
      rank,
      card_name: `Card ${rank}`,
      total_savings_yearly: net,
      joining_fees: '500.00',
      total_extra_benefits: '1000.00',
      net_savings: net,
    });
    await db.kysely.insertInto('card_recommendations').values([row(2, '22000.00'), row(1, '25500.00')]).execute();
    // The PRD's write path: REPLACE on the (user_id, rank) key.
    await sql`
      REPLACE INTO \`card_recommendations\` (\`user_id\`, \`rank\`, \`card_name\`, \`total_savings_yearly\`,
        \`joining_fees\`, \`total_extra_benefits\`, \`net_savings\`, \`batch_id\`)
      VALUES (${'RANK1'}, ${2}, ${'Axis Magnus Credit Card'}, ${'22000.00'}, ${'10000.00'}, ${'15000.00'}, ${'27000.00'}, ${'BATCH_1'})
    `.execute(db.kysely);
    const ranked = await db.kysely
      .selectFrom('card_recommendations')
      .select(['rank', 'card_name', 'net_savings', 'amazon_points'])
      .where('user_id', '=', 'RANK1')
      .orderBy('rank')
      .execute();
    expect(ranked).toEqual([
      { rank: 1, card_name: 'Card 1', net_savings: '25500.00', amazon_points: '0.00' },
      { rank: 2, card_name: 'Axis Magnus Credit Card', net_savings: '27000.00', amazon_points: '0.00' },
    ]);
    await expect(db.kysely.insertInto('card_recommendations').values(row(1, '1.00')).execute()).rejects.toThrow(
      /Duplicate entry/,
    );
    await db.kysely.deleteFrom('user_spending_data').where('user_id', '=', 'RANK1').execute();
    const left = await db.kysely.selectFrom('card_recommendations').select('id').where('user_id', '=', 'RANK1').execute();
    expect(left).toEqual([]);
  });
});

describeWithDatabase('migrations over existing production tables', () => {
  const testDb = useTestDatabase({ migrate: false });

  it('leave an existing user_spending_data untouched (CREATE TABLE IF NOT EXISTS)', async () => {
    const { db } = testDb();
    await sql`
      CREATE TABLE \`user_spending_data\` (
        \`user_id\` VARCHAR(50) PRIMARY KEY,
        \`avg_amazon_gmv\` DECIMAL(12, 2) NOT NULL DEFAULT 0,
        \`cashkaro_only\` INT NULL
      )
    `.execute(db.kysely);
    await sql`INSERT INTO \`user_spending_data\` (\`user_id\`, \`avg_amazon_gmv\`) VALUES (${'KEEP1'}, ${'12.34'})`.execute(
      db.kysely,
    );
    expect(await migrateToLatest(db)).toEqual(Object.keys(MIGRATIONS));
    const names = (await columns(db, 'user_spending_data')).map(([name]) => name);
    expect(names).toEqual(['user_id', 'avg_amazon_gmv', 'cashkaro_only']);
    const { rows } = await sql`SELECT \`user_id\`, \`avg_amazon_gmv\` FROM \`user_spending_data\``.execute(db.kysely);
    expect(rows).toEqual([{ user_id: 'KEEP1', avg_amazon_gmv: '12.34' }]);
  });
});
