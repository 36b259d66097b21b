/**
 * What a run-time or configured SQL identifier (table, column) may look like: letters, digits and
 * underscores, not starting with a digit, at most 64 characters — so that backtick-quoting it is
 * always safe and means the same on MySQL, MariaDB and TiDB. Identifiers cannot be bind parameters.
 */
export const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function isPlainIdentifier(name: string): boolean {
  return PLAIN_IDENTIFIER.test(name);
}

/** The one message every layer gives for a bad table name. */
export function invalidTableNameMessage(name: string): string {
  return `Invalid table name ${JSON.stringify(name)}: expected ${PLAIN_IDENTIFIER.source}`;
}
