import type { Dialect, DialectName } from './dialect.js';
import { mariadbDialect } from './mariadb.js';
import { mysqlDialect } from './mysql.js';

export type { Dialect, DialectName } from './dialect.js';

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  mysql: mysqlDialect,
  mariadb: mariadbDialect,
};

export const DIALECT_NAMES: readonly DialectName[] = ['mysql', 'mariadb'];

export function dialectByName(name: string): Dialect {
  const dialect = (DIALECTS as Record<string, Dialect | undefined>)[name];
  if (!dialect) throw new TypeError(`unknown SQL dialect "${name}" (expected ${DIALECT_NAMES.join(' or ')})`);
  return dialect;
}
