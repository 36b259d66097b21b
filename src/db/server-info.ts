import { sql } from 'kysely';
import type { Database } from './pool.js';

export type ServerFlavor = 'mariadb' | 'mysql';

export interface ServerInfo {
  readonly flavor: ServerFlavor;
  /** Numeric version, e.g. `10.11.19` or `8.4.3`. */
  readonly version: string;
  /** `SELECT ... FOR UPDATE SKIP LOCKED`: MariaDB 10.6+, MySQL 8.0.1+. */
  readonly supportsSkipLocked: boolean;
}

// https://mariadb.com/kb/en/select/#skip-locked , https://dev.mysql.com/doc/refman/8.0/en/innodb-locking-reads.html
const SKIP_LOCKED_SINCE: Readonly<Record<ServerFlavor, readonly number[]>> = {
  mariadb: [10, 6, 0],
  mysql: [8, 0, 1],
};

export async function serverInfo(db: Database): Promise<ServerInfo> {
  const result = await sql<{ version: string }>`SELECT VERSION() AS ${sql.id('version')}`.execute(db.kysely);
  const version = result.rows[0]?.version;
  if (version === undefined) throw new Error('SELECT VERSION() returned no row');
  return describeServerVersion(version);
}

/** Reads `VERSION()` text such as `10.11.19-MariaDB-0+deb12u1` or `8.4.3`. */
export function describeServerVersion(versionText: string): ServerInfo {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(versionText);
  if (match === null) throw new Error(`Unrecognised server version "${versionText}"`);
  const parts = match.slice(1, 4).map(Number);
  const flavor: ServerFlavor = /mariadb/i.test(versionText) ? 'mariadb' : 'mysql';
  return {
    flavor,
    version: parts.join('.'),
    supportsSkipLocked: compareVersions(parts, SKIP_LOCKED_SINCE[flavor]) >= 0,
  };
}

function compareVersions(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
