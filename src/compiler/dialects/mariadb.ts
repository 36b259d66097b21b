import type { Dialect } from './dialect.js';

export const mariadbDialect: Dialect = {
  name: 'mariadb',
  label: 'MariaDB 10.6+',
  serverFlavor: 'mariadb',
  // MariaDB's keyword list; it prints `MOD (a, b)` / `ROW_COUNT ()`, which MariaDB's parser accepts
  // (a space before the parenthesis is only an issue for the IGNORE_SPACE functions, none used here).
  // https://mariadb.com/kb/en/reserved-words/ , https://mariadb.com/kb/en/sql-mode/#ignore_space
  formatterLanguage: 'mariadb',
  // MariaDB 10.11 materializes the users CTE once per card SELECT (138 times a chunk); a temporary
  // table filled once is read instead. Unlike MySQL, MariaDB may reference a temporary table
  // several times in one query (no "Can't reopen table"; checked on 10.11 by the parity suites);
  // CREATE/DROP TEMPORARY TABLE commit nothing. docs/sql-numerics.md §7.
  // https://mariadb.com/kb/en/create-table/#create-temporary-table
  materializeChunkUsers: true,
};
