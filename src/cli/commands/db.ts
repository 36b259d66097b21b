/** `cardgenius db init | seed`: create and migrate the schema; fill user_spending_data with test users. */
import type { Command } from 'commander';
import { sql } from 'kysely';
import { parseDatabaseUrl, resolveDatabaseUrl } from '../../db/connection-url.js';
import { DatabaseUnreachableError } from '../../db/errors.js';
import { migrateToLatest } from '../../db/migrations/migrate.js';
import { createDatabase, type Database } from '../../db/pool.js';
import { MAX_SEED_BATCH, MAX_USER_NUMBER, seedUsers } from '../../db/seed-users.js';
import { isValidTableName } from '../../runner/sql.js';
import type { GlobalOptions } from '../catalog-context.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { printJson, printLine } from '../output.js';

const DATABASE_URL_HELP = 'mysql://user:pass@host:port/db (default: CARDGENIUS_DATABASE_URL or the local server, database cashkaro)';
/** MySQL's "Unknown database". */
const ER_BAD_DB_ERROR = 1049;

interface SeedCommandOptions {
  readonly users: string;
  readonly seed: string;
  readonly startId: string;
  readonly table: string;
  readonly concurrency: string;
  readonly databaseUrl?: string;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  if (!/^[0-9]{1,10}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

export function registerDb(program: Command, run: (action: () => Promise<ExitCode> | ExitCode) => Promise<void>): void {
  const db = program.command('db').description('database setup: create and migrate the schema, seed test users');

  db.command('init')
    .description("create the database if it is missing, then apply the engine's migrations (idempotent; prints what it applied)")
    .option('--database-url <url>', DATABASE_URL_HELP)
    .addHelpText('after', '\nExit codes: 0 schema up to date, 2 bad URL (no database name), 3 database unreachable, 70 a migration failed.')
    .action((options: { databaseUrl?: string }) =>
      run(async () => {
        const globals = program.opts<GlobalOptions>();
        const url = resolveDatabaseUrl(options.databaseUrl);
        const { database } = parseDatabaseUrl(url);
        if (database === undefined) throw new UsageError('the database URL names no database (mysql://user@host:port/<database>)');
        const { db: connected, created } = await connectCreatingDatabase(url, database);
        try {
          const applied = await migrateToLatest(connected);
          if (globals.json) printJson({ database, created, applied });
          else {
            if (created) printLine(`created database ${database}`);
            printLine(applied.length === 0 ? `${database}: schema already up to date` : `${database}: applied ${applied.join(', ')}`);
          }
          return EXIT.ok;
        } finally {
          await connected.close();
        }
      }),
    );

  db.command('seed')
    .description('add test users to user_spending_data: skewed monthly spend, deterministic from --seed; existing ids are left alone')
    .requiredOption('--users <n>', 'how many users')
    .option('--seed <n>', 'random seed: the same seed gives the same users', '1')
    .option('--start-id <n>', 'first user number; ids are U + 8 digits (U00000001)', '1')
    .option('--table <name>', 'table to fill', 'user_spending_data')
    .option('--concurrency <n>', `INSERTs in flight (each up to ${MAX_SEED_BATCH} rows)`, '2')
    .option('--database-url <url>', DATABASE_URL_HELP)
    .action((options: SeedCommandOptions) =>
      run(async () => {
        const globals = program.opts<GlobalOptions>();
        const users = wholeNumber('--users', options.users, 1, MAX_USER_NUMBER);
        const seed = wholeNumber('--seed', options.seed, 0, 2 ** 31 - 1);
        const startId = wholeNumber('--start-id', options.startId, 1, MAX_USER_NUMBER);
        if (startId + users - 1 > MAX_USER_NUMBER) throw new UsageError(`--start-id + --users must stay within ${MAX_USER_NUMBER} ids`);
        const concurrency = wholeNumber('--concurrency', options.concurrency, 1, 16);
        if (!isValidTableName(options.table)) throw new UsageError(`--table must be a plain table name, got "${options.table}"`);
        const database = await createDatabase(resolveDatabaseUrl(options.databaseUrl), { connectionLimit: concurrency + 1 });
        try {
          const progress = process.stderr.isTTY
            ? ({ done, total }: { done: number; total: number }) => process.stderr.write(`\rseeding ${done}/${total} users`)
            : undefined;
          let result;
          try {
            result = await seedUsers(database, { users, seed, startId, table: options.table, concurrency, ...(progress ? { onProgress: progress } : {}) });
          } catch (error) {
            if (error instanceof Error && /does not exist|lacks/.test(error.message)) throw new UsageError(error.message);
            throw error;
          } finally {
            if (progress) process.stderr.write('\n');
          }
          if (globals.json) printJson(result);
          else {
            printLine(
              `${result.table}: ${result.inserted} users inserted, ${result.existing} already present (${result.firstUserId}..${result.lastUserId})` +
                ` in ${(result.elapsedMs / 1000).toFixed(1)} s, ${result.rowsPerSecond} rows/s`,
            );
          }
          return EXIT.ok;
        } finally {
          await database.close();
        }
      }),
    );
}

/**
 * Connects to the URL's database; when the server says it does not exist (1049), connects to the
 * server alone, creates it, and connects again. An existing database needs no CREATE privilege.
 */
async function connectCreatingDatabase(url: string, database: string): Promise<{ db: Database; created: boolean }> {
  try {
    return { db: await createDatabase(url, { connectionLimit: 2 }), created: false };
  } catch (error) {
    if (!(error instanceof DatabaseUnreachableError) || error.errno !== ER_BAD_DB_ERROR) throw error;
  }
  const serverUrl = new URL(url);
  serverUrl.pathname = '';
  const server = await createDatabase(serverUrl.toString(), { connectionLimit: 1 });
  try {
    await sql`CREATE DATABASE IF NOT EXISTS ${sql.id(database)} CHARACTER SET utf8mb4`.execute(server.kysely);
  } finally {
    await server.close();
  }
  return { db: await createDatabase(url, { connectionLimit: 2 }), created: true };
}
