import { type RawBuilder, sql } from 'kysely';
import { invalidTableNameMessage, isPlainIdentifier } from '../contract/sql-identifier-rule.js';

/**
 * A table name chosen at run time (configurable input/output tables), checked against a strict
 * pattern before Kysely backtick-quotes it. Identifiers cannot be bind parameters.
 */
export function tableIdentifier(name: string): RawBuilder<unknown> {
  if (!isPlainIdentifier(name)) throw new TypeError(invalidTableNameMessage(name));
  return sql.id(name);
}
