import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { createDatabase, type Database } from '../../src/db/pool.js';
import { isCi, skipBanner } from './skip-banner.js';
import type { TestServerInfo } from './test-server.js';

/** The server chosen by the global setup (see vitest.config.ts). */
export const testServer: TestServerInfo = inject('cardgeniusTestServer') ?? {
  available: false,
  reason: 'the vitest globalSetup test/support/global-setup.ts did not run',
};

/**
 * `describe` for suites that need a real server. Without one the suite is skipped (the global
 * setup has already printed why); with `CI` set it fails instead, because CI must run it.
 */
export function describeWithDatabase(name: string, body: () => void): void {
  if (testServer.available) {
    describe(name, body);
    return;
  }
  const { reason } = testServer;
  if (isCi()) {
    describe(name, () => {
      it('has a database server (required when CI is set)', () => {
        throw new Error(skipBanner(reason, true));
      });
    });
    return;
  }
  describe.skip(name, body);
}

export interface TestDatabase {
  /** `cg_test_<random>` */
  readonly name: string;
  /** Connection URL of this database (may carry a password: do not print it unredacted). */
  readonly url: string;
  readonly db: Database;
  /** Closes the pool and drops the database; safe to call twice. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Run all migrations into the new database. Default true. */
  readonly migrate?: boolean;
}

/** A fresh, uniquely named database on the test server, migrated unless asked otherwise. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = requireServerUrl();
  const name = `cg_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => sql`CREATE DATABASE ${sql.id(name)} CHARACTER SET utf8mb4`.execute(admin.kysely));

  const url = withDatabase(serverUrl, name);
  let db: Database | undefined;
  const drop = async (): Promise<void> => {
    await db?.close();
    await onServer(serverUrl, (admin) => sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.kysely));
  };
  try {
    db = await createDatabase(url, { connectionLimit: 5 });
    if (options.migrate ?? true) await migrateToLatest(db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, db, drop };
}

/**
 * Registers a fresh database for the enclosing suite: created in `beforeAll`, always dropped in
 * `afterAll`. Call inside `describeWithDatabase`; read it in tests through the returned getter.
 */
export function useTestDatabase(options: TestDatabaseOptions = {}): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase(options);
  });
  afterAll(async () => {
    await current?.drop();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('The test database exists only between beforeAll and afterAll');
    return current;
  };
}

/** Runs `work` over a short-lived server-level connection (no default database). */
export async function onServer<T>(serverUrl: string, work: (admin: Database) => Promise<T>): Promise<T> {
  const admin = await createDatabase(serverUrl, { connectionLimit: 1 });
  try {
    return await work(admin);
  } finally {
    await admin.close();
  }
}

export function requireServerUrl(): string {
  if (!testServer.available) throw new Error(`No test database server: ${testServer.reason}`);
  return testServer.url;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
