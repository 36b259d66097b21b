import type { Dialect } from './dialect.js';

export const mariadbDialect: Dialect = {
  name: 'mariadb',
  label: 'MariaDB 10.6+',
  serverFlavor: 'mariadb',
  // MariaDB's keyword list; it prints `MOD (a, b)` / `ROW_COUNT ()`, which MariaDB's parser accepts
  // (a space before the parenthesis is only an issue for the IGNORE_SPACE functions, none used here).
  // https://mariadb.com/kb/en/reserved-words/ , https://mariadb.com/kb/en/sql-mode/#ignore_space
  formatterLanguage: 'mariadb',
};
