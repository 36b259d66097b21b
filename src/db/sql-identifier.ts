import { type RawBuilder, sql } from 'kysely';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A table name chosen at run time (configurable input/output tables), checked against a strict
 * pattern before Kysely backtick-quotes it. Identifiers cannot be bind parameters.
 */
export function tableIdentifier(name: string): RawBuilder<unknown> {
  if (!IDENTIFIER.test(name)) {
    throw new TypeError(`Invalid table name ${JSON.stringify(name)}: expected ${IDENTIFIER.source}`);
  }
  return sql.id(name);
}
